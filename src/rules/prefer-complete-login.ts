import type { MigrationRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { FIX_RULE_SCHEMA } from '../rule-kit/schema.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

export type PreferCompleteLoginOptions = Pick<MigrationRuleOptions, 'fix'>;
type Options = [PreferCompleteLoginOptions];
type MessageIds = 'customSuccessHandler' | 'useCompleteLogin';

export default createRule<Options, MessageIds>({
  name: 'prefer-complete-login',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `OktaUtil.completeLogin` as the success callback of the widget on Okta-hosted sign-in pages',
      recommended: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: FIX_RULE_SCHEMA,
    defaultOptions: [{ fix: 'suggestion' }],
    messages: {
      customSuccessHandler:
        'Pass `OktaUtil.completeLogin` as the success callback: only it completes an Identity Engine sign-in on a hosted page.',
      useCompleteLogin: 'Replace the success callback with `OktaUtil.completeLogin`.',
    },
  },
  create(context, [options]) {
    /** Handler lists already looked at (constructions kept in one variable share theirs; each call is reported once). */
    const done = new WeakSet<readonly unknown[]>();

    return widgetListeners(context, undefined, (widget, report) => {
      if (!widget.hosted) return;
      const handlers = widget.successHandlers;
      if (done.has(handlers)) return;
      done.add(handlers);
      for (const { items: own } of widget.renderElHandlers()) {
        // One handler that hands the result on (or might) is enough: nothing to say about the others.
        if (own.some((handler) => widget.handsToCompleteLogin(handler) !== false)) continue;
        for (const handler of own) {
          report({
            node: handler.argument,
            messageId: 'customSuccessHandler',
            // A handler that only sets the session and redirects can go in `migrate`; anything else it does is the app's behaviour.
            ...fixOrSuggest(options.fix, widget.completeLoginEdit(handler, { messageId: 'useCompleteLogin' })),
          });
        }
      }
    });
  },
});
