import { removeOptionFix } from '../analysis/edits.js';
import { OPTION } from '../analysis/okta/widget.js';
import type { WidgetRuleOptions } from '../types.js';
import { createRule } from '../utils/create-rule.js';
import { fixOrSuggest } from '../utils/fix-or-suggest.js';
import { WIDGET_RULE_SCHEMA } from '../utils/schema.js';
import { widgetListeners } from '../utils/widget-rule.js';

export type NoObsoleteInteractionCodeFlowOptions = WidgetRuleOptions;
type Options = [NoObsoleteInteractionCodeFlowOptions];
type MessageIds = 'obsoleteFlow' | 'obsoleteFlowNotTrue' | 'removeFlow';

export default createRule<Options, MessageIds>({
  name: 'no-obsolete-interaction-code-flow',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow `useInteractionCodeFlow` on Sign-In Widget 7.0 and later, which ignores it',
      recommended: 'warn',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: WIDGET_RULE_SCHEMA,
    defaultOptions: [{}],
    messages: {
      obsoleteFlow:
        '`useInteractionCodeFlow` was removed in Sign-In Widget 7.0 and does nothing on {{version}}: the widget runs the Identity Engine by default. Remove it.',
      obsoleteFlowNotTrue:
        '`useInteractionCodeFlow` was removed in Sign-In Widget 7.0 and is ignored on {{version}}: a `false` value no longer keeps the Classic Engine, the widget runs the Identity Engine whenever it has a top-level `clientId`. Remove it (`useClassicEngine: true` is the deprecated way to stay on Classic).',
      removeFlow: 'Remove `useInteractionCodeFlow` (ignored since widget 7.0).',
    },
  },
  create(context, [options]) {
    return widgetListeners(context, options.widgetVersion, (widget, report) => {
      const flow = widget.option(OPTION.useInteractionCodeFlow);
      if (!flow.entry || widget.defaultsToIdentityEngine !== true) return;
      const remove = removeOptionFix(context.sourceCode, flow.entry);
      // `true` does nothing on 7.x: removing it changes nothing. `false` reads as "stay on Classic": explain, and only suggest.
      const isTrue = flow.truth === 'true';
      report({
        node: flow.entry.node,
        messageId: isTrue ? 'obsoleteFlow' : 'obsoleteFlowNotTrue',
        data: { version: `widget ${widget.version.version}` },
        ...fixOrSuggest(isTrue ? 'autofix' : 'suggestion', { fix: remove, suggest: [{ messageId: 'removeFlow', fix: remove }] }),
      });
    });
  },
});
