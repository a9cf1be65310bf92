import { classicSelectorListeners } from '../analysis/views/instance-view.js';
import { createRule } from '../rule-kit/create-rule.js';

type MessageIds = 'classicId';

export default createRule<[], MessageIds>({
  name: 'no-classic-dom-selectors',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow selectors of element ids that only the Classic Engine widget renders',
      recommended: 'warn',
    },
    schema: [],
    messages: {
      classicId: '`#{{id}}` is Classic-only; the Identity Engine renders `{{replacement}}`.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    return classicSelectorListeners(context, (match) => {
      context.report({
        loc: { start: sourceCode.getLocFromIndex(match.start), end: sourceCode.getLocFromIndex(match.end) },
        messageId: 'classicId',
        data: { id: match.id, replacement: match.replacement },
      });
    });
  },
});
