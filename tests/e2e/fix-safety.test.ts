/**
 * Every edit safe, end to end: `eslint --fix` over tests/fixtures/fix-safety with each
 * config, then the scripts run (in a vm, with a mock widget that records its options)
 * before and after the fix. What each widget would do is computed from its options with
 * the widget's rules (which router, what it reads, or a throw at start-up):
 * - `recommended --fix` changes nothing any widget, or the app, does;
 * - `migrate --fix` may switch a widget from the Classic router to the Identity Engine one
 *   (dropping only what that router never reads), and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { ESLint, type Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import semver from 'semver';
import { afterAll, describe, expect, it } from 'vitest';
import { UNSUPPORTED_OPTIONS } from '../../src/analysis/okta/widget.js';
import plugin from '../../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const fixtures = path.join(root, 'tests/fixtures/fix-safety');
const SCRIPTS = [
  'v6/conditional.js',
  'v6/loaded-config.js',
  'v6/pkce.js',
  'v6/plain.js',
  'v7/effects.js',
  'v7/read-later.js',
  'v7/shared.js',
  'v7/tidy.js',
  'cdn/page.js',
];
/** The version each folder runs; the lint config knows all but the CDN page's. */
const RUNS: Record<string, string> = { v6: '6.9.0', v7: '7.49.0', cdn: '6.9.0' };

function configFor(variant: 'recommended' | 'migrate'): Linter.Config[] {
  return [
    ...plugin.configs[variant],
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    { files: ['v6/**', 'typed/**'], settings: { okta: { widgetVersion: '6.9.0' } } },
    { files: ['v7/**'], settings: { okta: { widgetVersion: '^7.20.0' } } },
  ];
}

type Options = Record<string, unknown>;
const isRecord = (value: unknown): value is Options => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A deep copy of plain data (functions kept as a marker), for comparisons. */
function snapshot(value: unknown): unknown {
  if (typeof value === 'function') return '[function]';
  if (Array.isArray(value)) return value.map(snapshot);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshot(v)]));
  return value;
}

function removePath(object: Options, keys: readonly string[]): void {
  const [head, ...rest] = keys;
  if (head === undefined) return;
  for (const key of head === '*' ? Object.keys(object) : [head]) {
    if (rest.length === 0) delete object[key];
    else if (isRecord(object[key])) {
      removePath(object[key], rest);
      if (Object.keys(object[key]).length === 0) delete object[key];
    }
  }
}

/** Options as the Identity Engine router reads them: without the Classic-only ones. */
function withoutClassicOnly(options: Options): Options {
  const copy = snapshot(options) as Options;
  for (const { path: keys } of UNSUPPORTED_OPTIONS) removePath(copy, keys);
  return copy;
}

/**
 * What a widget of this version does with these options (docs/okta-facts.md#9-widget-versions-and-what-each-one-added,
 * docs/okta-facts.md#10-which-engine-a-widget-runs).
 */
function behaviour(options: Options, version: string) {
  const authParams = isRecord(options.authParams) ? options.authParams : {};
  const authClient = options.authClient as { options?: Options } | undefined;
  const flow = options.useInteractionCodeFlow === true;
  const classicEngine = options.useClassicEngine === true;
  const pkceOff = authParams.pkce === false || authClient?.options?.pkce === false;
  const token = options.stateToken;
  const v1Token = typeof token === 'string' && token.startsWith('00');
  let router: 'classic' | 'oie' | 'throws';
  if (semver.gte(version, '7.0.0')) {
    const hasClient = Boolean(options.clientId || authParams.clientId || authClient);
    if (!classicEngine && hasClient && pkceOff) router = 'throws';
    else router = (!options.clientId && !token && !options.proxyIdxResponse) || v1Token || classicEngine ? 'classic' : 'oie';
  } else if (semver.gte(version, '5.2.0')) {
    if (semver.gte(version, '5.4.0') && flow && pkceOff) router = 'throws';
    else router = flow || options.proxyIdxResponse || (token && !v1Token) ? 'oie' : 'classic';
  } else {
    router = 'classic';
  }
  const reads = snapshot(options) as Options;
  delete reads[semver.gte(version, '7.0.0') ? 'useInteractionCodeFlow' : 'useClassicEngine'];
  if (router === 'oie') for (const { path: keys } of UNSUPPORTED_OPTIONS) removePath(reads, keys);
  return { router, reads };
}

/** Run a script with mock globals; what each recorded widget does, and what the app left on `window`. */
function run(code: string, version: string, windowState: Options = {}) {
  const widgets: Record<string, ReturnType<typeof behaviour>> = {};
  const window: Options = { ...windowState };
  class OktaAuth {
    constructor(readonly options: Options) {}
  }
  class OktaSignIn {
    constructor(readonly options: Options) {}
  }
  const record = (name: string, widget: OktaSignIn) => {
    widgets[name] = behaviour(widget.options, version);
  };
  vm.runInNewContext(code, { window, OktaAuth, OktaSignIn, record });
  return { widgets, window: snapshot(window) };
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function fixed(variant: 'recommended' | 'migrate'): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), `okta-oie-fix-safety-${variant}-`));
  scratch.push(dir);
  cpSync(fixtures, dir, { recursive: true });
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: configFor(variant), fix: true });
  const results = await eslint.lintFiles(['.']);
  expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([]);
  await ESLint.outputFixes(results);
  // A second pass changes nothing.
  const again = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: configFor(variant), fix: true }).lintFiles(['.']);
  expect(again.filter((r) => r.output !== undefined).map((r) => r.filePath)).toEqual([]);
  return dir;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const versionOf = (file: string) => RUNS[file.split('/')[0]!]!;
/** The window states each script is run with: both branches of the conditional one. */
const states = (file: string): Options[] =>
  file === 'v6/conditional.js' ? [{ legacy: true }, { legacy: false }] : [{ loaded: { clientId: '0oa1' } }];

describe.each(['recommended', 'migrate'] as const)('%s --fix', (variant) => {
  let dir: string;

  it('fixes the fixture project in one pass', async () => {
    dir = await fixed(variant);
  });

  it.each(SCRIPTS)('%s: no widget or app behaviour changes, but the engine switch migrate is for', (file) => {
    for (const state of states(file)) {
      const before = run(read(fixtures, file), versionOf(file), state);
      const after = run(read(dir, file), versionOf(file), state);
      expect(after.window, 'what the app did').toEqual(before.window);
      for (const [name, was] of Object.entries(before.widgets)) {
        const now = after.widgets[name]!;
        expect(now.router, `${name} does not start throwing`).not.toBe(variant === 'migrate' && was.router !== 'throws' ? 'throws' : '');
        if (variant === 'migrate' && was.router === 'classic' && now.router === 'oie') {
          // The switch: the Identity Engine router reads everything it read before, less what it never reads, plus the switch itself.
          const { useInteractionCodeFlow, ...rest } = now.reads;
          expect([undefined, true], name).toContain(useInteractionCodeFlow);
          expect(rest, name).toEqual(withoutClassicOnly(was.reads));
        } else {
          expect(now, name).toEqual(was);
        }
      }
    }
  });

  it('leaves typed options that another type checks to a suggestion, and the result type-checks with --strict', () => {
    expect(read(dir, 'typed/typed.ts')).toBe(read(fixtures, 'typed/typed.ts'));
    const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'typed')], {
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('rewrites the /classic import together with its test mock', () => {
    const text = read(dir, 'mocks/login.test.js');
    expect(text).toContain(`import OktaSignIn from '@okta/okta-signin-widget';`);
    expect(text).toContain(`vi.mock('@okta/okta-signin-widget', `);
  });

  it('leaves tidy text: no whitespace-only line, no empty object, no comment that lost its option', () => {
    for (const file of SCRIPTS) {
      const text = read(dir, file);
      expect(
        text.split('\n').filter((line) => line.length > 0 && line.trim() === ''),
        file,
      ).toEqual([]);
      expect(text, file).not.toMatch(/\{\s*\}/);
    }
    if (variant === 'migrate') {
      expect(read(dir, 'v7/tidy.js')).toBe(`record('widget', new OktaSignIn({
  clientId: '0oa1',
  redirectUri: '/cb',
  el: '#okta-login-container',
}));
`);
      // The inserted flag never takes over a trailing comment.
      expect(read(dir, 'v6/plain.js')).toBe(`record('widget', new OktaSignIn({
  clientId: '0oa1',
  redirectUri: '/cb', // the SPA callback
  useInteractionCodeFlow: true
}));
`);
    }
  });
});

describe('what migrate switched, and what it left to people', () => {
  it('switches the plain 6.x widget, and nothing whose switch is unsafe', async () => {
    const dir = await fixed('migrate');
    expect(run(read(dir, 'v6/plain.js'), '6.9.0').widgets.widget?.router).toBe('oie');
    // PKCE is off in its auth client: inserting the flag would make 6.9.0 throw.
    expect(read(dir, 'v6/pkce.js')).toBe(read(fixtures, 'v6/pkce.js'));
    // Shared by a Classic widget: registration stays where the Classic widget reads it.
    expect(read(dir, 'v7/shared.js')).toBe(read(fixtures, 'v7/shared.js'));
    // The CDN page runs 6.9.0 whatever package.json says: its flag stays.
    expect(read(dir, 'cdn/page.js')).toBe(read(fixtures, 'cdn/page.js'));
    // Written under a condition, or overwritten by loadConfig(): unknown, untouched.
    expect(read(dir, 'v6/conditional.js')).toBe(read(fixtures, 'v6/conditional.js'));
    expect(read(dir, 'v6/loaded-config.js')).toBe(read(fixtures, 'v6/loaded-config.js'));
  });
});
