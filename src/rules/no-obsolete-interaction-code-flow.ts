import type { TSESTree } from '@typescript-eslint/types';
import { analyzeWidget, widgetOption } from '../analysis/engine.js';
import { removeOptionFix } from '../analysis/edits.js';
import { OPTION, WIDGET_VERSIONS } from '../analysis/okta-api.js';
import { lookup } from '../analysis/options.js';
import { resolveWidgetVersion, versionAtLeast } from '../analysis/versions.js';
import { createRule } from '../utils/create-rule.js';
import { objectOptionSchema, widgetVersionSchema } from '../utils/schema.js';

export interface NoObsoleteInteractionCodeFlowOptions {
  /** Widget version or range, or `"detect"`. */
  widgetVersion?: string;
}
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
    fixable: 'code',
    hasSuggestions: true,
    schema: objectOptionSchema({ widgetVersion: widgetVersionSchema }),
    defaultOptions: [{}],
    messages: {
      obsoleteFlow:
        '`useInteractionCodeFlow` was removed in Sign-In Widget 7.0 and does nothing on {{version}}: the widget runs the Identity Engine by default. Remove it.',
      obsoleteFlowNotTrue:
        '`useInteractionCodeFlow` was removed in Sign-In Widget 7.0 and is ignored on {{version}}: a `false` value no longer keeps the Classic Engine, the widget runs the Identity Engine whenever it has a top-level `clientId`. Remove it (`useClassicEngine: true` is the deprecated way to stay on Classic).',
      removeFlow: 'Remove `useInteractionCodeFlow` (ignored since widget 7.0).',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();
    return {
      NewExpression(node) {
        const widget = analyzeWidget(node, sourceCode);
        if (!widget?.options) return;
        const found = lookup(widget.options.root, [OPTION.useInteractionCodeFlow]);
        if (found.state !== 'present' || reported.has(found.entry.node)) return;
        const { entry } = found;
        const { version } = resolveWidgetVersion(context, options.widgetVersion);
        if (versionAtLeast(version, WIDGET_VERSIONS.oieDefault) !== true) return;
        reported.add(entry.node);
        const remove = removeOptionFix(sourceCode, entry);
        const isTrue = widgetOption(widget, [OPTION.useInteractionCodeFlow], sourceCode) === 'true';
        const data = { version: `widget ${version}` };
        if (isTrue) {
          context.report({ node: entry.node, messageId: 'obsoleteFlow', data, fix: remove });
        } else {
          context.report({
            node: entry.node,
            messageId: 'obsoleteFlowNotTrue',
            data,
            suggest: remove ? [{ messageId: 'removeFlow', fix: remove }] : [],
          });
        }
      },
    };
  },
});
