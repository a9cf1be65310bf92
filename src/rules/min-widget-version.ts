import { WIDGET_VERSIONS } from '../analysis/okta/widget.js';
import { getPackageView, versionFloor } from '../analysis/views/package-view.js';
import { getPageView, type OldUrl } from '../analysis/views/page-view.js';
import type { FixMode } from '../types.js';
import { createRule, isJavaScript } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { mergeListeners } from '../rule-kit/listeners.js';
import { packageJsonListeners } from '../rule-kit/package-json-rule.js';
import { FIX_MODE_SCHEMA } from '../rule-kit/schema.js';

export interface MinWidgetVersionOptions {
  /** The lowest widget version allowed: `"5.2.0"` (the first with the Interaction Code flow) by default. */
  minimum?: string;
  /** The version an edit moves to when it is higher than `minimum`: `"5.11.0"` (Okta's documented minimum) by default. */
  fixTo?: string;
  /** `"suggestion"` (default) or `"autofix"` (the `migrate` config). */
  fix?: FixMode;
  /** package.json dependency names (keys, aliases included) not to check. */
  ignoreDependencies?: string[];
}
type Options = [MinWidgetVersionOptions];
type MessageIds =
  | 'oldRange'
  | 'oldUrl'
  | 'oldUrlMoved'
  | 'oldUrlVariant'
  | 'pairedUrl'
  | 'bumpRange'
  | 'bumpUrl';

const VERSION_PATTERN = '^\\d+\\.\\d+\\.\\d+$';
const INTEGRITY = ' with a new `integrity` hash';
const INTEGRITY_MAYBE = ' (and any `integrity` hash)';

/** The message of each kind of URL finding (page-view.ts). */
const URL_MESSAGES: Record<OldUrl<MessageIds>['kind'], MessageIds> = {
  old: 'oldUrl',
  moved: 'oldUrlMoved',
  variant: 'oldUrlVariant',
  paired: 'pairedUrl',
};

export default createRule<Options, MessageIds>({
  name: 'min-widget-version',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a Sign-In Widget with the Interaction Code flow (5.2.0 or later) in package.json and CDN URLs',
      recommended: 'error',
      targets: ['js', 'package-json', 'html-url'],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          minimum: {
            type: 'string',
            pattern: VERSION_PATTERN,
            description:
              `The lowest widget version allowed: "${WIDGET_VERSIONS.interactionCodeFlow}" (the first with the Interaction Code flow) by default; Okta\u2019s upgrade guide asks for ${WIDGET_VERSIONS.documentedMinimum} or later.`,
          },
          fixTo: {
            type: 'string',
            pattern: VERSION_PATTERN,
            description: `The version an edit moves to, when it is higher than \`minimum\`: "${WIDGET_VERSIONS.documentedMinimum}" (Okta\u2019s documented minimum) by default.`,
          },
          fix: FIX_MODE_SCHEMA,
          ignoreDependencies: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'package.json dependency names (keys, aliases included) not to check.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [
      { minimum: WIDGET_VERSIONS.interactionCodeFlow, fixTo: WIDGET_VERSIONS.documentedMinimum, fix: 'suggestion', ignoreDependencies: [] },
    ],
    messages: {
      oldRange:
        'Require widget {{target}} or later: `{{range}}` allows {{reason}}versions below {{minimum}}{{installed}}.',
      oldUrl: 'Load widget {{target}} or later{{integrity}}: {{version}} is Classic-only.',
      oldUrlMoved: 'Load widget {{target}} from Okta\u2019s current CDN{{integrity}}: {{version}} is Classic-only.',
      oldUrlVariant: 'Load widget {{target}} if it serves `{{file}}`{{integrity}}: {{version}} is Classic-only.',
      pairedUrl: 'Load widget {{target}} here too{{integrity}}: the page\u2019s other widget file moves to it.',
      bumpRange: 'Require `{{range}}`, then run `npm install`.',
      bumpUrl: 'Load `{{url}}`.',
    },
  },
  create(context, [options]) {
    // The edit moves to Okta's documented minimum, so prefer-supported-widget-version does not report it again.
    const floor = versionFloor(options.minimum ?? WIDGET_VERSIONS.interactionCodeFlow, options.fixTo ?? WIDGET_VERSIONS.documentedMinimum);
    const { minimum, target } = floor;
    const ignored = new Set(options.ignoreDependencies ?? []);

    const packages = getPackageView(context);
    const packageJson = packageJsonListeners(context, (root) => {
      for (const { loc, range, installed, edit } of packages.widgetRangesBelow(root, floor, ignored, { messageId: 'bumpRange' })) {
        context.report({
          loc,
          messageId: 'oldRange',
          data: { target, range, minimum, reason: floor.belowIsClassicOnly ? 'Classic-only ' : '', installed },
          ...fixOrSuggest(options.fix, edit),
        });
      }
    });
    if (packageJson) return packageJson;
    if (!isJavaScript(context.sourceCode.ast)) return {};
    // The URLs of a code file, or of a page's `<script src>` / `<link href>` block.
    const urls = getPageView(context).widgetUrlsBelow(floor, { messageId: 'bumpUrl' }, (url) => {
      context.report({
        loc: url.loc,
        messageId: URL_MESSAGES[url.kind],
        data: {
          target: url.target,
          version: url.version,
          file: url.file,
          integrity: url.integrity === 'maybe' ? INTEGRITY_MAYBE : url.integrity ? INTEGRITY : '',
        },
        ...fixOrSuggest(options.fix, url.edit),
      });
    });
    return mergeListeners(...urls);
  },
});
