import type { TSESTree } from '@typescript-eslint/types';
import { classicRequestContextReads, isRequestContextCall } from '../analysis/views/request-context-view.js';
import { createRule, isJavaScript } from '../rule-kit/create-rule.js';

type MessageIds = 'classicPath' | 'classicPathNoEquivalent' | 'readBoth';

export default createRule<[], MessageIds>({
  name: 'no-classic-request-context',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Classic Engine paths of `OktaUtil.getRequestContext()` on Okta-hosted sign-in pages',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      classicPath: "`{{classic}}` is undefined in the Identity Engine's request context: read `{{identityEngine}}`.",
      classicPathNoEquivalent: 'Classic-only `{{classic}}`: the Identity Engine has {{note}}.',
      readBoth: 'Read `{{identityEngine}}`, falling back to `{{classic}}`.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    if (!isJavaScript(sourceCode.ast)) return {};
    const calls: TSESTree.CallExpression[] = [];
    return {
      CallExpression(node) {
        if (isRequestContextCall(node, sourceCode)) calls.push(node);
      },
      'Program:exit'() {
        if (calls.length === 0) return;
        for (const read of classicRequestContextReads(calls, sourceCode)) {
          const data = { classic: read.classic, identityEngine: read.identityEngine ?? '', note: read.note ?? '' };
          const { rewrite } = read;
          context.report({
            node: read.node,
            messageId: read.identityEngine ? 'classicPath' : 'classicPathNoEquivalent',
            data,
            suggest: rewrite ? [{ messageId: 'readBoth', data, fix: (fixer) => fixer.replaceTextRange(rewrite.range, rewrite.text) }] : [],
          });
        }
      },
    };
  },
});
