import { WIDGET_VERSIONS } from '../analysis/okta/widget.js';
import { versionFloor } from '../analysis/views/package-view.js';
import { createRule } from '../rule-kit/create-rule.js';
import { WIDGET_VERSION_EDIT_MESSAGES, widgetVersionEdits, widgetVersionListeners } from '../rule-kit/widget-version-rule.js';
import type { WidgetVersionMessageIds, WidgetVersionOptions } from '../rule-kit/widget-version-ids.js';

export interface MinWidgetVersionOptions extends WidgetVersionOptions {
  /** The lowest widget version allowed: `"5.2.0"` (the first with the Interaction Code flow) by default. */
  minimum?: string;
  /** The version an edit moves to when it is higher than `minimum`: `"5.11.0"` (Okta's documented minimum) by default. */
  fixTo?: string;
}
type Options = [MinWidgetVersionOptions];

export default createRule<Options, WidgetVersionMessageIds>({
  name: 'min-widget-version',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a Sign-In Widget with the Interaction Code flow (5.2.0 or later) in package.json and CDN URLs',
      recommended: 'error',
      targets: ['js', 'package-json', 'html-url'],
    },
    ...widgetVersionEdits({
      minimum:
        `The lowest widget version allowed: "${WIDGET_VERSIONS.interactionCodeFlow}" (the first with the Interaction Code flow) ` +
        `by default; Okta\u2019s upgrade guide asks for ${WIDGET_VERSIONS.documentedMinimum} or later.`,
      fixTo:
        `The version an edit moves to, when it is higher than \`minimum\`: ` +
        `"${WIDGET_VERSIONS.documentedMinimum}" (Okta\u2019s documented minimum) by default.`,
    }),
    defaultOptions: [
      { minimum: WIDGET_VERSIONS.interactionCodeFlow, fixTo: WIDGET_VERSIONS.documentedMinimum, fix: 'suggestion', ignoreDependencies: [] },
    ],
    messages: {
      oldRange: 'Require widget {{target}} or later: `{{range}}` allows {{reason}}versions below {{minimum}}{{installed}}.',
      oldUrl: 'Load widget {{target}} or later{{integrity}}: {{version}} is Classic-only.',
      oldUrlMoved: 'Load widget {{target}} from Okta\u2019s current CDN{{integrity}}: {{version}} is Classic-only.',
      oldUrlVariant: 'Load widget {{target}} if it serves `{{file}}`{{integrity}}: {{version}} is Classic-only.',
      ...WIDGET_VERSION_EDIT_MESSAGES,
    },
  },
  create(context, [options]) {
    // The edit moves to Okta's documented minimum, so prefer-supported-widget-version does not report it again.
    const floor = versionFloor(options.minimum ?? WIDGET_VERSIONS.interactionCodeFlow, options.fixTo ?? WIDGET_VERSIONS.documentedMinimum);
    return widgetVersionListeners(context, floor, options, { reason: floor.belowIsClassicOnly ? 'Classic-only ' : '' });
  },
});
