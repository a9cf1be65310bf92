import { classicRegistrationReads } from '../analysis/views/registration-view.js';
import { createRule } from '../rule-kit/create-rule.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

type MessageIds = 'classicSchema' | 'classicPostData';

export default createRule<[], MessageIds>({
  name: 'no-classic-registration-hooks',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `registration` hooks that read the Classic Engine schema or flat post data',
      recommended: 'warn',
    },
    schema: [],
    messages: {
      classicSchema: '`parseSchema` reads Classic `{{key}}`: on the Identity Engine it gets an array of `userProfile.*` inputs.',
      classicPostData: '`preSubmit` reads flat `{{key}}`: on the Identity Engine the post data is `{ userProfile: { … } }`.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    return widgetListeners(context, undefined, (widget, report) => {
      for (const read of classicRegistrationReads(widget, sourceCode)) {
        report({ node: read.node, messageId: read.hook === 'parseSchema' ? 'classicSchema' : 'classicPostData', data: { key: read.key } });
      }
    });
  },
});
