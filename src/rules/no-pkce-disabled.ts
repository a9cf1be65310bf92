import { removeOptionFix } from '../analysis/edits.js';
import { OPTION } from '../analysis/okta/widget.js';
import type { WidgetRuleOptions } from '../types.js';
import { createRule } from '../utils/create-rule.js';
import { fixOrSuggest } from '../utils/fix-or-suggest.js';
import { WIDGET_RULE_SCHEMA } from '../utils/schema.js';
import { widgetListeners } from '../utils/widget-rule.js';

export type NoPkceDisabledOptions = WidgetRuleOptions;
type Options = [NoPkceDisabledOptions];
type MessageIds = 'pkceDisabled' | 'removePkce';

export default createRule<Options, MessageIds>({
  name: 'no-pkce-disabled',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `authParams.pkce: false` on Sign-In Widgets that run the Interaction Code flow',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: WIDGET_RULE_SCHEMA,
    defaultOptions: [{}],
    messages: {
      pkceDisabled:
        '`pkce: false` turns PKCE off, but this widget runs the Interaction Code flow, which requires PKCE: the widget throws a configuration error at start-up. Remove `pkce: false`; a server-side web app passes `codeChallenge` and `state` from its backend instead.',
      removePkce: 'Remove `pkce: false` (PKCE is on by default).',
    },
  },
  create(context, [options]) {
    return widgetListeners(context, options.widgetVersion, (widget, report) => {
      const pkce = widget.option(OPTION.authParams, OPTION.pkce);
      if (pkce.truth !== 'false' || !pkce.entry || !widget.checksPkce) return;
      const remove = removeOptionFix(context.sourceCode, pkce.entry);
      report({
        node: pkce.entry.node,
        messageId: 'pkceDisabled',
        ...fixOrSuggest('suggestion', { fix: remove, suggest: [{ messageId: 'removePkce', fix: remove }] }),
      });
    });
  },
});
