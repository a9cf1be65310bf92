/** The per-file, version-bound view of a widget construction: option answers and version questions by name. */
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { getWidgetView, type WidgetView } from '../../src/analysis/views/widget-view.js';
import { probe } from './harness.js';

function view(code: string, widgetVersion: string, option?: string): WidgetView | null {
  let found: WidgetView | null | undefined;
  probe(
    code,
    (context) => ({
      NewExpression(node: TSESTree.NewExpression) {
        found ??= getWidgetView(context, node, option);
      },
    }),
    'file.ts',
    { okta: { widgetVersion } },
  );
  if (found === undefined) throw new Error('no new expression');
  return found;
}

const questions = (w: WidgetView | null) =>
  w && {
    flowExists: w.hasInteractionCodeFlow,
    oieDefault: w.defaultsToIdentityEngine,
    runsOie: w.runsIdentityEngine,
  };

describe('version questions', () => {
  const oidc = `new OktaSignIn({ clientId: 'x' });`;
  const flow = `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`;
  const classic = `new OktaSignIn({ clientId: 'x', useClassicEngine: true });`;
  const noClient = `new OktaSignIn({ baseUrl: 'b', useInteractionCodeFlow: true });`;

  it.each([
    ['4.5.0', flow, { flowExists: false, oieDefault: false, runsOie: false }],
    ['5.2.0', flow, { flowExists: true, oieDefault: false, runsOie: true }],
    ['5.4.0', flow, { flowExists: true, oieDefault: false, runsOie: true }],
    ['6.9.0', oidc, { flowExists: true, oieDefault: false, runsOie: false }],
    ['7.0.0', oidc, { flowExists: true, oieDefault: true, runsOie: true }],
    ['^7.20.0', classic, { flowExists: true, oieDefault: true, runsOie: false }],
    ['7.0.0', noClient, { flowExists: true, oieDefault: true, runsOie: false }],
    ['detect', flow, { flowExists: 'unknown', oieDefault: 'unknown', runsOie: true }],
    ['detect', noClient, { flowExists: 'unknown', oieDefault: 'unknown', runsOie: false }],
    // Ranges are sets: a question is true or false only when it holds for every version.
    ['^6.4.0', flow, { flowExists: true, oieDefault: false, runsOie: true }],
    ['>=6.0.0', oidc, { flowExists: true, oieDefault: 'unknown', runsOie: false }],
    ['^5.0.0', flow, { flowExists: 'unknown', oieDefault: false, runsOie: true }],
    ['4.x || 7.x', oidc, { flowExists: 'unknown', oieDefault: 'unknown', runsOie: false }],
  ])('widget %s: %s', (version, code, expected) => {
    expect(questions(view(code, version))).toEqual(expected);
  });

  it('carries the version and where it came from; the rule option outranks the setting', () => {
    expect(view(`new OktaSignIn({});`, '^6.1.0')?.version).toMatchObject({
      version: '6.1.0',
      range: '>=6.1.0 <7.0.0-0',
      written: '^6.1.0',
      source: 'settings',
    });
    expect(view(`new OktaSignIn({});`, '^6.1.0', '7.2.0')?.version).toMatchObject({ version: '7.2.0', source: 'option' });
    expect(view(`new OktaSignIn({});`, '^6.1.0')?.versionText).toBe('`^6.1.0` (settings.okta.widgetVersion)');
  });

  it('a 7.x-only entry point narrows what is not known more exactly', () => {
    const oie = `import W from '@okta/okta-signin-widget/oie';\nnew W({});`;
    expect(view(oie, 'detect')?.version).toMatchObject({ range: '>=7.0.0', source: 'import' });
    expect(view(oie, 'detect')?.defaultsToIdentityEngine).toBe(true);
    expect(view(oie, '>=6')?.defaultsToIdentityEngine).toBe(true);
    expect(view(oie, '>=6')?.versionText).toBe('7.0.0 or later by its import');
    // An exact version stays as the files say.
    expect(view(oie, '6.9.0')?.defaultsToIdentityEngine).toBe(false);
  });
});

describe('option answers', () => {
  it('answer truth, presence and the entry in one question', () => {
    const w = view(
      `const cfg = { authParams: { pkce: false }, clientId: '' };\ncfg.useClassicEngine = true;\nnew OktaSignIn(cfg);`,
      '7.0.0',
    )!;
    const pkce = w.option('authParams', 'pkce');
    expect([pkce.truth, pkce.presence, pkce.entry?.key]).toEqual([false, true, 'pkce']);
    expect(w.option('clientId').presence).toBe(false);
    const classic = w.option('useClassicEngine');
    expect([classic.truth, classic.entry?.statement?.type]).toEqual([true, 'ExpressionStatement']);
    expect(w.option('zzz')).toEqual({ truth: undefined, presence: false, entry: null });
  });

  it('is null for opaque options or another constructor', () => {
    expect(view(`function f(o) { return new OktaSignIn(o); }`, '7.0.0')).toBeNull();
    expect(view(`new Map();`, '7.0.0')).toBeNull();
  });
});

describe('edits on the options (each with its autofix verdict)', () => {
  const suggestion = { messageId: 'edit' } as const;
  const HEAD = "import OktaSignIn from '@okta/okta-signin-widget';\n";

  it('removeOption: an autofix only when nothing else reads the entry and no effect is dropped', () => {
    const own = view(`${HEAD}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, '7.20.0')!;
    const entry = own.option('useInteractionCodeFlow').entry!;
    expect(own.removeOption(entry, suggestion)).toMatchObject({ autofix: true, suggest: [{ messageId: 'edit' }] });
    expect(own.removeOption(entry, suggestion).fix).toBeTypeOf('function');
    expect(own.removeOption(entry, suggestion, false).autofix).toBe(false);

    const shared = view(
      `${HEAD}const cfg = { clientId: 'x', useInteractionCodeFlow: true };\nnew OktaSignIn(cfg);\nconsole.log(cfg);`,
      '7.20.0',
    )!;
    expect(shared.removeOption(shared.option('useInteractionCodeFlow').entry!, suggestion).autofix).toBe(false);

    const effect = view(`${HEAD}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: flag() });`, '7.20.0')!;
    expect(effect.removeOption(effect.option('useInteractionCodeFlow').entry!, suggestion).autofix).toBe(false);
  });

  it('setOption replaces where the option is set and inserts where it is not', () => {
    const set = view(`${HEAD}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: false });`, '6.9.0')!;
    expect(set.setOption('useInteractionCodeFlow', 'true', suggestion)).toMatchObject({ autofix: true });
    const absent = view(`${HEAD}new OktaSignIn({ clientId: 'x' });`, '6.9.0')!;
    expect(absent.insertOption('useInteractionCodeFlow', 'true', suggestion).fix).toBeTypeOf('function');
  });
});
