import { WIDGET_VERSIONS } from '../analysis/okta/widget.js';
import { getPackageView, versionFloor } from '../analysis/views/package-view.js';
import { getPageView, type OldUrl } from '../analysis/views/page-view.js';
import type { FixMode } from '../types.js';
import { createRule, isJavaScript } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { mergeListeners } from '../rule-kit/listeners.js';
import { packageJsonListeners } from '../rule-kit/package-json-rule.js';
import { FIX_MODE_SCHEMA } from '../rule-kit/schema.js';

export interface PreferSupportedWidgetVersionOptions {
  /** The version an edit moves to when it is higher than Okta's documented minimum (5.11.0). */
  fixTo?: string;
  /** `"suggestion"` (default) or `"autofix"` (the `migrate` config). */
  fix?: FixMode;
  /** package.json dependency names (keys, aliases included) not to check. */
  ignoreDependencies?: string[];
}
type Options = [PreferSupportedWidgetVersionOptions];
type MessageIds = 'oldRange' | 'oldUrl' | 'oldUrlMoved' | 'oldUrlVariant' | 'pairedUrl' | 'bumpRange' | 'bumpUrl';

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

/**
 * Okta documents 5.11.0 as the lowest widget for the Identity Engine upgrade
 * (docs/okta-facts.md#6-documented-minimum-widget-version-5110). Versions below 5.2.0
 * have no Interaction Code flow at all: min-widget-version's (one owner per problem), so
 * a range, page or file that admits one is left to it.
 */
export default createRule<Options, MessageIds>({
  name: 'prefer-supported-widget-version',
  meta: {
    type: 'suggestion',
    docs: {
      description: `Prefer a Sign-In Widget of ${WIDGET_VERSIONS.documentedMinimum} or later, Okta\u2019s documented minimum for the Identity Engine, in package.json and CDN URLs`,
      recommended: 'warn',
      targets: ['js', 'package-json', 'html-url'],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          fixTo: {
            type: 'string',
            pattern: VERSION_PATTERN,
            description: `The version an edit moves to, when it is higher than ${WIDGET_VERSIONS.documentedMinimum}.`,
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
    defaultOptions: [{ fix: 'suggestion', ignoreDependencies: [] }],
    messages: {
      oldRange: '`{{range}}` allows widgets below Okta\u2019s minimum {{minimum}}{{installed}}: require {{target}} or later.',
      oldUrl: 'Load widget {{target}} or later{{integrity}}: {{version}} is below Okta\u2019s minimum for the Identity Engine.',
      oldUrlMoved: 'Load widget {{target}} from Okta\u2019s current CDN{{integrity}}: {{version}} is below Okta\u2019s minimum.',
      oldUrlVariant: 'Load widget {{target}} if it serves `{{file}}`{{integrity}}: {{version}} is too old.',
      pairedUrl: 'Load widget {{target}} here too{{integrity}}: the page\u2019s other widget file moves to it.',
      bumpRange: 'Require `{{range}}`, then run `npm install`.',
      bumpUrl: 'Load `{{url}}`.',
    },
  },
  create(context, [options]) {
    const floor = versionFloor(WIDGET_VERSIONS.documentedMinimum, options.fixTo, WIDGET_VERSIONS.interactionCodeFlow);
    const { minimum, target } = floor;
    const ignored = new Set(options.ignoreDependencies ?? []);

    const packages = getPackageView(context);
    const packageJson = packageJsonListeners(context, (root) => {
      for (const { loc, range, installed, edit } of packages.widgetRangesBelow(root, floor, ignored, { messageId: 'bumpRange' })) {
        context.report({ loc, messageId: 'oldRange', data: { target, range, minimum, installed }, ...fixOrSuggest(options.fix, edit) });
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
