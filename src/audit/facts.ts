/**
 * The audit's internal rule: the facts the report needs beyond findings, as messages
 * (worker threads hand back only `LintMessage`s), whose text is the JSON of a fact: one
 * per widget construction (`WidgetFact`), and one per comment that would silence or
 * reconfigure our rules (`DirectiveFact`): the audit lints with inline configuration off,
 * so that a comment cannot change what it finds or what `--fix` edits, and applies the
 * `eslint-disable` comments itself, counting what they silence. The audit reads these and
 * never shows them as findings; no user config can name this plugin.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { OPTION } from '../analysis/okta/widget.js';
import type { WidgetView } from '../analysis/views/widget-view.js';
import type { OktaRuleModule } from '../types.js';
import { mergeListeners } from '../rule-kit/listeners.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';
import { NAMESPACE } from '../meta.js';

export const AUDIT_NAMESPACE = 'okta-oie-audit';
export const FACTS_RULE_ID = `${AUDIT_NAMESPACE}/facts`;

/**
 * Which engine a widget construction runs, as far as the code and the version tell:
 * `runs-oie`, `needs-flow` (5.2–6.x without `useInteractionCodeFlow: true`), `classic`
 * (below 5.2, `useClassicEngine: true`, or 7.x without an OIDC app), `hosted` (an
 * Okta-hosted page: Okta picks), `unknown`.
 */
export type EngineStatus = 'runs-oie' | 'needs-flow' | 'classic' | 'hosted' | 'unknown';

interface WidgetFact {
  readonly kind: 'widget';
  readonly status: EngineStatus;
  /** The widget version as the rules name it (`6.9.0 (package-lock.json)`). */
  readonly version: string;
}

/**
 * A comment about our rules, at the comment's location: `disable`/`enable` (block
 * comments, from there on), `disable-line`, `disable-next-line` (the line after the
 * comment ends), `off` (an `/* eslint okta-oie/…: off *\/` comment: the rule off in the
 * whole file) and `config` (an inline severity or options for our rule: ignored).
 * `rules` is null for every rule.
 */
export interface DirectiveFact {
  readonly kind: 'directive';
  readonly type: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'off' | 'config';
  readonly rules: readonly string[] | null;
}

/**
 * The edit `require-interaction-code-flow` cannot make from the linted file: its widget's
 * options live in another module of the app (absolute `file`), where `useInteractionCodeFlow:
 * true` belongs. At the construction's callee, where the rule's finding is. `blocker` says
 * why a person must make it (another file imports the module, …); null: `--fix=migrate`
 * makes it there.
 */
export interface HomeEditFact {
  readonly kind: 'home-edit';
  readonly rule: string;
  readonly file: string;
  readonly range: readonly [number, number];
  readonly text: string;
  readonly blocker: string | null;
}

export type Fact = WidgetFact | DirectiveFact | HomeEditFact;

const DIRECTIVE = /^(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable|eslint)(?:\s|$)/u;
const OUR_RULE_SETTING = /["']?(okta-oie\/[\w-]+)["']?\s*:\s*\[?\s*["']?(off|warn|error|0|1|2)\b/gu;

/** What a comment says about our rules, as ESLint reads directive comments; null when nothing. */
function directiveOf(comment: {
  readonly type: string;
  readonly value: string;
  readonly loc?: { start: { line: number }; end: { line: number } } | null;
}): DirectiveFact | null {
  const text = comment.value.trim();
  const match = DIRECTIVE.exec(text);
  if (!match) return null;
  const keyword = match[1]!;
  const body = text
    .slice(keyword.length)
    .split(/\s-{2,}\s/u)[0]!
    .trim();
  const line = comment.type === 'Line';
  if (keyword === 'eslint') {
    if (line) return null;
    const settings = [...body.matchAll(OUR_RULE_SETTING)];
    if (settings.length === 0) return null;
    const off = settings.filter((each) => each[2] === 'off' || each[2] === '0').map((each) => each[1]!);
    return off.length > 0
      ? { kind: 'directive', type: 'off', rules: off }
      : { kind: 'directive', type: 'config', rules: settings.map((each) => each[1]!) };
  }
  const type = keyword.slice('eslint-'.length) as DirectiveFact['type'];
  if (line && (type === 'disable' || type === 'enable')) return null; // ESLint reads these only in block comments
  if (type === 'disable-line' && comment.loc && comment.loc.start.line !== comment.loc.end.line) return null;
  if (body === '') return { kind: 'directive', type, rules: null };
  const ours = body
    .split(',')
    .map((each) => each.trim())
    .filter((each) => each.startsWith(`${NAMESPACE}/`));
  return ours.length > 0 ? { kind: 'directive', type, rules: ours } : null;
}

function engineStatus(widget: WidgetView): EngineStatus {
  if (widget.hosted) return 'hosted';
  if (widget.runsIdentityEngine) return 'runs-oie';
  if (widget.hasInteractionCodeFlow === false) return 'classic';
  if (widget.option(OPTION.useClassicEngine).truth === true && widget.defaultsToIdentityEngine === true) return 'classic';
  const flow = widget.option(OPTION.useInteractionCodeFlow).truth;
  if (widget.defaultsToIdentityEngine === false && flow !== true && flow !== 'unknown') return 'needs-flow';
  const noApp = ([OPTION.clientId, OPTION.stateToken, OPTION.proxyIdxResponse] as const).every(
    (key) => widget.option(key).presence === false,
  );
  if (widget.defaultsToIdentityEngine === true && noApp) return 'classic';
  return 'unknown';
}

/**
 * The insertion `require-interaction-code-flow` offers where its own autofix condition
 * holds (5.2–6.x, an OIDC app, PKCE on, `useInteractionCodeFlow` absent: the rule's
 * `blocker === 'none'` case), when the options literal is in another module.
 */
function flowHomeEdit(widget: WidgetView): HomeEditFact | null {
  if (widget.hosted || widget.defaultsToIdentityEngine === true || widget.hasInteractionCodeFlow === false) return null;
  if (widget.option(OPTION.useInteractionCodeFlow).truth !== undefined || widget.option(OPTION.clientId).presence !== true) return null;
  if (widget.startsFromIdentityEngineState !== false || widget.pkceOff !== false) return null;
  const home = widget.homeInsertion(OPTION.useInteractionCodeFlow, 'true');
  if (!home) return null;
  return {
    kind: 'home-edit',
    rule: `${NAMESPACE}/require-interaction-code-flow`,
    file: home.file,
    range: home.range,
    text: home.text,
    blocker: home.blocker,
  };
}

const facts = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Internal: facts for the migration audit', recommended: 'warn' },
    schema: [],
    messages: { fact: '{{json}}' },
  },
  create(context: Readonly<TSESLint.RuleContext<'fact', []>>): TSESLint.RuleListener {
    const directives: TSESLint.RuleListener = {
      Program() {
        let comments: readonly {
          type: string;
          value: string;
          loc: { start: { line: number; column: number }; end: { line: number; column: number } };
        }[];
        try {
          comments = context.sourceCode.getAllComments?.() ?? [];
        } catch {
          return; // a language without comments
        }
        for (const comment of comments) {
          const fact = directiveOf(comment);
          if (fact) context.report({ loc: comment.loc, messageId: 'fact', data: { json: JSON.stringify(fact) } });
        }
      },
    };
    return mergeListeners(
      directives,
      widgetListeners(context, undefined, (widget, report) => {
        const fact: WidgetFact = { kind: 'widget', status: engineStatus(widget), version: widget.versionText };
        report({ node: widget.callee, messageId: 'fact', data: { json: JSON.stringify(fact) } });
        const home = flowHomeEdit(widget);
        // A second fact on the same node: reported directly (reportOnce keeps one per node).
        if (home) context.report({ node: widget.callee, messageId: 'fact', data: { json: JSON.stringify(home) } });
      }),
    );
  },
};

/** The audit's own plugin: the facts rule only. */
export const auditPlugin = {
  meta: { name: AUDIT_NAMESPACE },
  rules: { facts: facts as unknown as OktaRuleModule },
};
