import { createRule } from '../rule-kit/create-rule.js';
import { reportOnce } from '../rule-kit/widget-rule.js';
import { widgetInstanceListeners } from '../analysis/views/instance-view.js';

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
      classicShape: "Use the result's `tokens` instead of `{{shape}}`, which only the Classic Engine's widget result has.",
      classicValue: "Remove this branch, as `{{shape}}` is `'{{value}}'` only on the Classic Engine.",
    },
  },
  create(context) {
    /** Handler lists already reported (constructions kept in one variable share theirs). */
    const done = new WeakSet<readonly unknown[]>();
    const report = reportOnce(context);
    // Every widget instance, its options known or not: these shapes exist only in the Classic result.
    return widgetInstanceListeners(context, undefined, (widget) => {
      const all = widget.resultReads;
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
