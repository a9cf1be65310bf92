import { widgetResultReads } from '../analysis/widget-results.js';
import { createRule } from '../utils/create-rule.js';
import { widgetListeners } from '../utils/widget-rule.js';

type MessageIds = 'classicShape' | 'classicValue';

export default createRule<[], MessageIds>({
  name: 'no-classic-widget-response',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reading Classic Engine result shapes in Sign-In Widget success handlers',
      recommended: 'warn',
    },
    schema: [],
    messages: {
      classicShape:
        "The widget result's `{{shape}}` exists only on the Classic Engine. On the Identity Engine the success handler gets `{ status: 'SUCCESS', tokens }`, so this reads `undefined`: use the result's `tokens`, and remove what depends on `{{shape}}`.",
      classicValue:
        "The widget result's `{{shape}}` is `'{{value}}'` only on the Classic Engine, so this branch never runs on the Identity Engine. There the success handler only gets `{ status: 'SUCCESS', tokens }` (the widget handles that step itself): remove the branch and use the result's `tokens`.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    /** Handler lists already reported (constructions kept in one variable share theirs). */
    const done = new WeakSet<readonly unknown[]>();
    return widgetListeners(context, undefined, (widget, report) => {
      const all = widgetResultReads(widget.construction, sourceCode);
      if (done.has(all)) return;
      done.add(all);
      for (const { reads } of all) {
        for (const read of reads) {
          if (read.kind !== 'classic') continue;
          report(
            read.value === null
              ? { node: read.node, messageId: 'classicShape', data: { shape: read.shape } }
              : { node: read.node, messageId: 'classicValue', data: { shape: read.shape, value: read.value } },
          );
        }
      }
    });
  },
});
