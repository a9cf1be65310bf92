import { WIDGET_VERSIONS } from '../analysis/okta/widget.js';
import { versionFloor } from '../analysis/views/package-view.js';
import { createRule } from '../rule-kit/create-rule.js';
import { WIDGET_VERSION_EDIT_MESSAGES, widgetVersionEdits, widgetVersionListeners } from '../rule-kit/widget-version-rule.js';
import type { WidgetVersionMessageIds, WidgetVersionOptions } from '../rule-kit/widget-version-ids.js';

export interface PreferSupportedWidgetVersionOptions extends WidgetVersionOptions {
  /** The version an edit moves to when it is higher than Okta's documented minimum (5.11.0). */
  fixTo?: string;
}
type Options = [PreferSupportedWidgetVersionOptions];

/**
 * Okta documents 5.11.0 as the lowest widget for the Identity Engine upgrade
 * (docs/okta-facts.md#6-documented-minimum-widget-version-5110). Versions below 5.2.0
 * have no Interaction Code flow at all: min-widget-version's (one owner per problem), so
 * a range, page or file that admits one is left to it.
 */
export default createRule<Options, WidgetVersionMessageIds>({
  name: 'prefer-supported-widget-version',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        `Prefer a Sign-In Widget of ${WIDGET_VERSIONS.documentedMinimum} or later, ` +
        `Okta\u2019s documented minimum for the Identity Engine, in package.json and CDN URLs`,
      recommended: 'warn',
      targets: ['js', 'package-json', 'html-url'],
    },
    ...widgetVersionEdits({ fixTo: `The version an edit moves to, when it is higher than ${WIDGET_VERSIONS.documentedMinimum}.` }),
    defaultOptions: [{ fix: 'suggestion', ignoreDependencies: [] }],
    messages: {
      oldRange: '`{{range}}` allows widgets below Okta\u2019s minimum {{minimum}}{{installed}}: require {{target}} or later.',
      oldUrl: 'Load widget {{target}} or later{{integrity}}: {{version}} is below Okta\u2019s minimum for the Identity Engine.',
      oldUrlMoved: 'Load widget {{target}} from Okta\u2019s current CDN{{integrity}}: {{version}} is below Okta\u2019s minimum.',
      oldUrlVariant: 'Load widget {{target}} if it serves `{{file}}`{{integrity}}: {{version}} is too old.',
      ...WIDGET_VERSION_EDIT_MESSAGES,
    },
  },
  create(context, [options]) {
    const floor = versionFloor(WIDGET_VERSIONS.documentedMinimum, options.fixTo, WIDGET_VERSIONS.interactionCodeFlow);
    return widgetVersionListeners(context, floor, options);
  },
});
