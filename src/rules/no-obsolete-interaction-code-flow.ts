import { OPTION } from '../analysis/okta/widget.js';
import type { WidgetRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { WIDGET_RULE_EDITS } from '../rule-kit/schema.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

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
    ...WIDGET_RULE_EDITS,
    messages: {
      obsoleteFlow: 'Remove `useInteractionCodeFlow`, which widget 7.x ignores: widget {{version}}.',
      obsoleteFlowNotTrue: 'Remove `useInteractionCodeFlow`: 7.x ignores its `false` (use `useClassicEngine`): widget {{version}}.',
      removeFlow: 'Remove `useInteractionCodeFlow`.',
    },
  },
  create(context, [options]) {
    return widgetListeners(context, options.widgetVersion, (widget, report) => {
      const flow = widget.option(OPTION.useInteractionCodeFlow);
      if (!flow.entry || widget.defaultsToIdentityEngine !== true) return;
      // `true` does nothing on 7.x, so removing it changes nothing at run time, if nothing
      // else reads it and its value has no effect. `false` reads as "stay on Classic": explain, and only suggest.
      const isTrue = flow.truth === true;
      report({
        node: flow.entry.node,
        messageId: isTrue ? 'obsoleteFlow' : 'obsoleteFlowNotTrue',
        data: { version: widget.versionText },
        ...fixOrSuggest('autofix', widget.removeOption(flow.entry, { messageId: 'removeFlow' }, isTrue)),
      });
    });
  },
});
