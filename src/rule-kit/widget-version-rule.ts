/**
 * What min-widget-version and prefer-supported-widget-version share: a version floor checked
 * in package.json ranges and in CDN URLs (code files and pages' `<script src>` / `<link href>`
 * blocks), each finding with the same edit table. A rule names its floor and its range message.
 */
import type { JSONSchema, TSESLint } from '@typescript-eslint/utils';
import { getPackageView, type VersionFloor } from '../analysis/views/package-view.js';
import { getPageView, type OldUrl } from '../analysis/views/page-view.js';
import { isJavaScript } from './create-rule.js';
import { fixOrSuggest } from './fix-or-suggest.js';
import { mergeListeners } from './listeners.js';
import { packageJsonListeners } from './package-json-rule.js';
import { FIX_MODE_SCHEMA } from './schema.js';
import type { WidgetVersionMessageIds, WidgetVersionOptions } from './widget-version-ids.js';

const VERSION_PATTERN = '^\\d+\\.\\d+\\.\\d+$';

/**
 * The meta both rules share, to spread into `meta`: edits (an autofix or a suggestion, by
 * the `fix` option), and the options: each version option (`minimum`, `fixTo`) with its
 * description, then `fix` and `ignoreDependencies`.
 */
export function widgetVersionEdits(versionOptions: Record<string, string>): {
  fixable: 'code';
  hasSuggestions: true;
  schema: JSONSchema.JSONSchema4[];
} {
  const versions = Object.fromEntries(
    Object.entries(versionOptions).map(([name, description]) => [name, { type: 'string', pattern: VERSION_PATTERN, description }]),
  );
  return {
    fixable: 'code' as const,
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          ...versions,
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
  };
}

/** The messages of the edits and of the page's paired file, the same in both rules. */
export const WIDGET_VERSION_EDIT_MESSAGES = {
  pairedUrl: 'Load widget {{target}} here too{{integrity}}: the page\u2019s other widget file moves to it.',
  bumpRange: 'Require `{{range}}`, then run `npm install`.',
  bumpUrl: 'Load `{{url}}`.',
} as const;

/** The message of each kind of URL finding (page-view.ts). */
const URL_MESSAGES: Record<OldUrl<WidgetVersionMessageIds>['kind'], WidgetVersionMessageIds> = {
  old: 'oldUrl',
  moved: 'oldUrlMoved',
  variant: 'oldUrlVariant',
  paired: 'pairedUrl',
};

const INTEGRITY = ' with a new `integrity` hash';
const INTEGRITY_MAYBE = ' (and any `integrity` hash)';

/**
 * The listeners of a widget-version rule: package.json ranges that admit a version below the
 * floor (`oldRange`, its data from `rangeData` besides target, range, minimum and installed),
 * and widget URLs below it in code files and page blocks.
 */
export function widgetVersionListeners(
  context: Readonly<TSESLint.RuleContext<WidgetVersionMessageIds, readonly unknown[]>>,
  floor: VersionFloor,
  options: WidgetVersionOptions,
  rangeData: Record<string, string> = {},
): TSESLint.RuleListener {
  const { minimum, target } = floor;
  const ignored = new Set(options.ignoreDependencies ?? []);
  const packageJson = packageJsonListeners(context, (root) => {
    for (const { loc, range, installed, edit } of getPackageView(context).widgetRangesBelow(root, floor, ignored, {
      messageId: 'bumpRange',
    })) {
      context.report({
        loc,
        messageId: 'oldRange',
        data: { ...rangeData, target, range, minimum, installed },
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
}
