import type { TSESTree } from '@typescript-eslint/types';
import { analyzeWidget, checksPkce, widgetOption } from '../analysis/engine.js';
import { removeOptionFix } from '../analysis/edits.js';
import { OPTION } from '../analysis/okta-api.js';
import { lookup } from '../analysis/options.js';
import { resolveWidgetVersion } from '../analysis/versions.js';
import { createRule } from '../utils/create-rule.js';
import { objectOptionSchema, widgetVersionSchema } from '../utils/schema.js';

export interface NoPkceDisabledOptions {
  /** Widget version or range, or `"detect"`. */
  widgetVersion?: string;
}
type Options = [NoPkceDisabledOptions];
type MessageIds = 'pkceDisabled' | 'removePkce';

const PKCE_PATH = [OPTION.authParams, OPTION.pkce];

export default createRule<Options, MessageIds>({
  name: 'no-pkce-disabled',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `authParams.pkce: false` on Sign-In Widgets that run the Interaction Code flow',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: objectOptionSchema({ widgetVersion: widgetVersionSchema }),
    defaultOptions: [{}],
    messages: {
      pkceDisabled:
        '`pkce: false` turns PKCE off, but this widget runs the Interaction Code flow, which requires PKCE: the widget throws a configuration error at start-up. Remove `pkce: false`; a server-side web app passes `codeChallenge` and `state` from its backend instead.',
      removePkce: 'Remove `pkce: false` (PKCE is on by default).',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();
    return {
      NewExpression(node) {
        const widget = analyzeWidget(node, sourceCode);
        if (!widget?.options) return;
        if (widgetOption(widget, PKCE_PATH, sourceCode) !== 'false') return;
        const found = lookup(widget.options.root, PKCE_PATH);
        if (found.state !== 'present' || reported.has(found.entry.node)) return;

        const { version } = resolveWidgetVersion(context, options.widgetVersion);
        if (!checksPkce(widget, version, sourceCode)) return;

        reported.add(found.entry.node);
        const remove = removeOptionFix(sourceCode, found.entry);
        context.report({
          node: found.entry.node,
          messageId: 'pkceDisabled',
          suggest: remove ? [{ messageId: 'removePkce', fix: remove }] : [],
        });
      },
    };
  },
});
