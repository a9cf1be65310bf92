/**
 * The audit's internal rule: the facts the report needs beyond findings, as messages
 * (worker threads hand back only `LintMessage`s). One message per widget construction,
 * whose text is the JSON of a `WidgetFact`. The audit reads these and never shows them as
 * findings; no user config can name this plugin.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { OPTION } from '../analysis/okta/widget.js';
import type { WidgetView } from '../analysis/widget-view.js';
import type { OktaRuleModule } from '../types.js';
import { widgetListeners } from '../utils/widget-rule.js';

export const AUDIT_NAMESPACE = 'okta-oie-audit';
export const FACTS_RULE_ID = `${AUDIT_NAMESPACE}/facts`;

/**
 * Which engine a widget construction runs, as far as the code and the version tell:
 * `runs-oie`, `needs-flow` (5.2–6.x without `useInteractionCodeFlow: true`), `classic`
 * (below 5.2, `useClassicEngine: true`, or 7.x without an OIDC app), `hosted` (an
 * Okta-hosted page: Okta picks), `unknown`.
 */
export type EngineStatus = 'runs-oie' | 'needs-flow' | 'classic' | 'hosted' | 'unknown';

export interface WidgetFact {
  readonly kind: 'widget';
  readonly status: EngineStatus;
  /** The widget version as the rules name it (`6.9.0 (package-lock.json)`). */
  readonly version: string;
}

export function engineStatus(widget: WidgetView): EngineStatus {
  if (widget.hosted) return 'hosted';
  if (widget.runsIdentityEngine) return 'runs-oie';
  if (widget.hasInteractionCodeFlow === false) return 'classic';
  if (widget.option(OPTION.useClassicEngine).truth === 'true' && widget.defaultsToIdentityEngine === true) return 'classic';
  const flow = widget.option(OPTION.useInteractionCodeFlow).truth;
  if (widget.defaultsToIdentityEngine === false && flow !== 'true' && flow !== 'unknown') return 'needs-flow';
  const noApp = ([OPTION.clientId, OPTION.stateToken, OPTION.proxyIdxResponse] as const).every((key) => widget.option(key).presence === 'no');
  if (widget.defaultsToIdentityEngine === true && noApp) return 'classic';
  return 'unknown';
}

const facts = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Internal: facts for the migration audit', recommended: 'warn' },
    schema: [],
    messages: { fact: '{{json}}' },
  },
  create(context: Readonly<TSESLint.RuleContext<'fact', []>>): TSESLint.RuleListener {
    return widgetListeners(context, undefined, (widget, report) => {
      const fact: WidgetFact = { kind: 'widget', status: engineStatus(widget), version: widget.versionText };
      report({ node: widget.callee, messageId: 'fact', data: { json: JSON.stringify(fact) } });
    });
  },
};

/** The audit's own plugin: the facts rule only. */
export const auditPlugin = {
  meta: { name: AUDIT_NAMESPACE },
  rules: { facts: facts as unknown as OktaRuleModule },
};
