import { AST_NODE_TYPES as T } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { insertProperty, replaceValue } from '../analysis/edits.js';
import { OPTION } from '../analysis/okta/widget.js';
import type { WidgetView } from '../analysis/widget-view.js';
import type { MigrationRuleOptions } from '../types.js';
import { createRule } from '../utils/create-rule.js';
import { fixOrSuggest } from '../utils/fix-or-suggest.js';
import { MIGRATION_RULE_SCHEMA } from '../utils/schema.js';
import { widgetListeners } from '../utils/widget-rule.js';

export type RequireInteractionCodeFlowOptions = MigrationRuleOptions;
type Options = [RequireInteractionCodeFlowOptions];
type MessageIds = 'missingFlow' | 'missingFlowUnknownVersion' | 'missingFlowOldWidget' | 'enableFlow';

/** Why no edit can be offered; each sentence ends the message. */
const BLOCKERS = {
  none: '',
  clientId:
    ' No edit is offered: the options have no top-level `clientId`, so the widget has no OIDC app to run the flow for (see okta-oie/require-oidc-config).',
  pkce: ' No edit is offered: `authParams.pkce` is `false`, and the Interaction Code flow requires PKCE (see okta-oie/no-pkce-disabled).',
  literal: ' No edit is offered: the options are not an object literal this rule can edit.',
} as const;

/** Why no edit can be offered, if anything stops it. */
function blockerOf(widget: WidgetView, editable: boolean): keyof typeof BLOCKERS {
  if (widget.option(OPTION.clientId).presence !== 'yes') return 'clientId';
  if (widget.option(OPTION.authParams, OPTION.pkce).truth === 'false') return 'pkce';
  return editable ? 'none' : 'literal';
}

export default createRule<Options, MessageIds>({
  name: 'require-interaction-code-flow',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `useInteractionCodeFlow: true` on embedded Sign-In Widgets before 7.0',
      recommended: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: MIGRATION_RULE_SCHEMA,
    defaultOptions: [{ fix: 'suggestion' }],
    messages: {
      missingFlow:
        'Sign-In Widget {{version}} built {{current}} runs the Classic Engine router, even in an Identity Engine org. Set `useInteractionCodeFlow: true`, and enable the Interaction Code grant for the app and its authorization server.{{blocker}}',
      missingFlowUnknownVersion:
        'This Sign-In Widget is built {{current}}. On widget 5.2–6.x it then runs the Classic Engine router, even in an Identity Engine org; on 7.x the option is harmless and unnecessary. Set `useInteractionCodeFlow: true` (set `settings.okta.widgetVersion` to be exact).{{blocker}}',
      missingFlowOldWidget:
        'Sign-In Widget {{version}} is older than 5.2.0 and has no Interaction Code flow, so it can only run the Classic Engine. Upgrade the widget to 5.2.0 or later (7.x runs the Identity Engine by default) and set `useInteractionCodeFlow: true`.{{blocker}}',
      enableFlow:
        'Set `useInteractionCodeFlow: true` (switches this widget to the Identity Engine; enable the Interaction Code grant first).',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    return widgetListeners(context, options.widgetVersion, (widget, report) => {
      if (widget.hosted || widget.defaultsToIdentityEngine === true) return;
      const flow = widget.option(OPTION.useInteractionCodeFlow);
      if (flow.truth === 'true' || flow.truth === 'unknown') return;

      const current = flow.entry;
      const { literal } = widget.options;
      const editable = current
        ? (current.property ?? (current.node.type === T.AssignmentExpression ? current.node : null))
        : null;
      const blocker = blockerOf(widget, current ? editable !== null : literal !== null);
      const fix: TSESLint.ReportFixFunction | null =
        blocker !== 'none'
          ? null
          : (fixer) =>
              editable
                ? replaceValue(fixer, editable, 'true')
                : insertProperty(fixer, sourceCode, literal!, OPTION.useInteractionCodeFlow, 'true');
      const { version } = widget.version;
      report({
        node: current?.node ?? widget.callee,
        messageId:
          version === null
            ? 'missingFlowUnknownVersion'
            : widget.hasInteractionCodeFlow === false
              ? 'missingFlowOldWidget'
              : 'missingFlow',
        data: {
          version: version ?? 'unknown',
          current: current ? 'with `useInteractionCodeFlow` not `true`' : 'without `useInteractionCodeFlow: true`',
          blocker: BLOCKERS[blocker],
        },
        ...fixOrSuggest(options.fix, { fix, suggest: [{ messageId: 'enableFlow', fix }] }),
      });
    });
  },
});
