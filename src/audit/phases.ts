/**
 * The plan for people: what is left after the fixes, as a checklist in the order a
 * migration goes. Each rule's phase is data here (one table, checked complete by the
 * type), the order of the phases and the Admin Console step of the engine switch from
 * Okta's "Migrate to Okta Identity Engine" guide; the formats only render `Report.plan`.
 */
import { NAMESPACE } from '../meta.js';
import { rules, type RuleId } from '../rules/index.js';
import type { Finding, PlanStep, WidgetSummary } from './report.js';

export type Phase = 'versions' | 'engine' | 'results' | 'direct-auth' | 'customisations';

/** The phases in migration order, each with the Admin Console step that goes with it, if any. */
export const PHASES: readonly { readonly phase: Phase; readonly title: string; readonly adminConsole: string | null }[] = [
  { phase: 'versions', title: 'Widget and SDK versions', adminConsole: null },
  {
    phase: 'engine',
    title: 'Engine switch and the Interaction Code grant',
    adminConsole:
      "Enable the Interaction Code grant type on the authorization server's access policy rule " +
      '(Security → API → Authorization Servers → Access Policies) ' +
      'and on the app (Applications → the app → General → Grant type).',
  },
  { phase: 'results', title: 'Result handling and session hand-off', adminConsole: null },
  { phase: 'direct-auth', title: 'Direct authentication', adminConsole: null },
  { phase: 'customisations', title: 'Customisations', adminConsole: null },
];

/** Each rule's phase. */
export const RULE_PHASES: Readonly<Record<RuleId, Phase>> = {
  'min-widget-version': 'versions',
  'no-okta-idx-js': 'versions',
  'require-auth-resume': 'versions',
  'prefer-supported-widget-version': 'versions',
  'no-classic-engine': 'engine',
  'require-interaction-code-flow': 'engine',
  'no-obsolete-interaction-code-flow': 'engine',
  'no-pkce-disabled': 'engine',
  'require-oidc-config': 'engine',
  'no-classic-widget-response': 'results',
  'prefer-show-sign-in-to-get-tokens': 'results',
  'no-set-cookie-and-redirect': 'results',
  'prefer-complete-login': 'results',
  'no-session-token': 'results',
  'no-authn-api': 'direct-auth',
  'no-unsupported-widget-options': 'customisations',
  'no-classic-registration-hooks': 'customisations',
  'no-classic-request-context': 'customisations',
  'no-classic-dom-selectors': 'customisations',
  'no-otp-state-assignment': 'customisations',
  'no-page-rendered-event': 'customisations',
};

const ruleOf = (id: string): RuleId | null => {
  const short = id.startsWith(`${NAMESPACE}/`) ? id.slice(NAMESPACE.length + 1) : id;
  return short in rules ? (short as RuleId) : null;
};

/**
 * The checklist: per phase in order, per rule, the places left. The engine phase is there
 * also without findings when a widget runs (or is set to run) the Identity Engine, for
 * its Admin Console step.
 */
export function planOf(findings: readonly Finding[], widgets: readonly WidgetSummary[] = []): PlanStep[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  const engineInUse = widgets.some((widget) => widget.status === 'runs-oie' || widget.status === 'needs-flow');
  const steps: PlanStep[] = [];
  for (const { phase, title, adminConsole } of PHASES) {
    const items = [...byRule.entries()]
      .filter(([rule]) => {
        const id = ruleOf(rule);
        return id !== null && RULE_PHASES[id] === phase;
      })
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([rule, list]) => {
        const id = ruleOf(rule)!;
        return {
          rule,
          description: rules[id].meta.docs.description,
          docs: rules[id].meta.docs.url,
          locations: [...new Set(list.map((each) => `${each.path}:${each.line}`))],
        };
      });
    if (items.length > 0 || (adminConsole !== null && engineInUse)) steps.push({ phase, title, adminConsole, items });
  }
  return steps;
}
