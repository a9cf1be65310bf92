import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import { analyzeWidget, widgetHas, widgetOption } from '../analysis/engine.js';
import { insertProperty, replaceValue } from '../analysis/edits.js';
import { OPTION, WIDGET_VERSIONS } from '../analysis/okta-api.js';
import { lookup } from '../analysis/options.js';
import { resolveWidgetVersion, versionAtLeast } from '../analysis/versions.js';
import { createRule } from '../utils/create-rule.js';
import type { FixMode } from '../types.js';
import { fixModeSchema, fixOrSuggest } from '../utils/fix-or-suggest.js';
import { objectOptionSchema, widgetVersionSchema } from '../utils/schema.js';

export interface RequireInteractionCodeFlowOptions {
  /** `"suggestion"` (default) or `"autofix"` (the `migrate` config). */
  fix?: FixMode;
  /** Widget version or range, or `"detect"`. */
  widgetVersion?: string;
}
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

export default createRule<Options, MessageIds>({
  name: 'require-interaction-code-flow',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `useInteractionCodeFlow: true` on embedded Sign-In Widgets before 7.0',
      recommended: 'error',
    },
    fixable: 'code',
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions come from fixOrSuggest()
    hasSuggestions: true,
    schema: objectOptionSchema({ fix: fixModeSchema, widgetVersion: widgetVersionSchema }),
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
    const mode = options.fix ?? 'suggestion';
    const reported = new Set<TSESTree.Node>();

    return {
      NewExpression(node) {
        const widget = analyzeWidget(node, sourceCode);
        if (!widget?.options || widget.hosted) return;
        const { version } = resolveWidgetVersion(context, options.widgetVersion);
        if (versionAtLeast(version, WIDGET_VERSIONS.oieDefault) === true) return;
        const flow = widgetOption(widget, [OPTION.useInteractionCodeFlow], sourceCode);
        if (flow === 'true' || flow === 'unknown') return;

        const found = lookup(widget.options.root, [OPTION.useInteractionCodeFlow]);
        const current = found.state === 'present' ? found.entry : null;
        const target = current?.node ?? widget.construction.callee;
        if (reported.has(target)) return;
        reported.add(target);

        const literal = widget.options.root.literal;
        const editable = current
          ? (current.property ?? (current.node.type === T.AssignmentExpression ? current.node : null))
          : null;
        let blocker: keyof typeof BLOCKERS = 'none';
        if (widgetHas(widget, [OPTION.clientId], sourceCode) !== 'yes') blocker = 'clientId';
        else if (widgetOption(widget, [OPTION.authParams, OPTION.pkce], sourceCode) === 'false') blocker = 'pkce';
        else if (current ? !editable : !literal) blocker = 'literal';

        const belowFlow = versionAtLeast(version, WIDGET_VERSIONS.interactionCodeFlow) === false;
        const messageId: MessageIds =
          version === null ? 'missingFlowUnknownVersion' : belowFlow ? 'missingFlowOldWidget' : 'missingFlow';
        const data = {
          version: version ?? 'unknown',
          current: current ? 'with `useInteractionCodeFlow` not `true`' : 'without `useInteractionCodeFlow: true`',
          blocker: BLOCKERS[blocker],
        };
        if (blocker !== 'none') {
          context.report({ node: target, messageId, data });
          return;
        }
        context.report({
          node: target,
          messageId,
          data,
          ...fixOrSuggest<MessageIds>(mode, 'enableFlow', (fixer) =>
            editable
              ? replaceValue(fixer, editable, 'true')
              : insertProperty(fixer, sourceCode, literal!, OPTION.useInteractionCodeFlow, 'true'),
          ),
        });
      },
    };
  },
});
