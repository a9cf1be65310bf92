import { OPTION } from '../analysis/okta/widget.js';
import type { WidgetView } from '../analysis/views/widget-view.js';
import type { WidgetRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { WIDGET_RULE_SCHEMA } from '../rule-kit/schema.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

export type NoPkceDisabledOptions = WidgetRuleOptions;
type Options = [NoPkceDisabledOptions];
type MessageIds = 'pkceDisabled' | 'removePkce';

/**
 * Does the widget run the Interaction Code flow with PKCE checked, on the versions that may run?
 * - `useInteractionCodeFlow: true` on a range that admits 5.2.0 or later: the flow never
 *   works without PKCE (5.4–6.x throw at start-up), unless every version is 7.x and
 *   `useClassicEngine: true` keeps it on Classic;
 * - every version 7.x: the constructor throws whenever `useClassicEngine` is not `true`
 *   and the auth client has a `clientId` (top level, `authParams`, or a passed `authClient`).
 */
function requiresPkce(widget: WidgetView): boolean {
  if (widget.defaultsToIdentityEngine === true) return widget.classicEngineOff && widget.authClientHasClientId;
  return widget.option(OPTION.useInteractionCodeFlow).truth === true && widget.hasInteractionCodeFlow !== false;
}

export default createRule<Options, MessageIds>({
  name: 'no-pkce-disabled',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `pkce: false` on Sign-In Widgets that run the Interaction Code flow',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: WIDGET_RULE_SCHEMA,
    defaultOptions: [{}],
    messages: {
      pkceDisabled: 'Remove `pkce: false`{{where}}: the Interaction Code flow requires PKCE.',
      removePkce: 'Remove `pkce: false`.',
    },
  },
  create(context, [options]) {
    return widgetListeners(context, options.widgetVersion, (widget, report) => {
      const off = widget.pkceOffAt;
      if (!off || !requiresPkce(widget)) return;
      report({
        node: off.entry.node,
        messageId: 'pkceDisabled',
        data: { where: off.inAuthClient ? ' from the `authClient`' : '' },
        ...fixOrSuggest('suggestion', widget.removeOption(off.entry, { messageId: 'removePkce' })),
      });
    });
  },
});
