import type { TSESTree } from '@typescript-eslint/types';
import { getClientView } from '../analysis/views/client-view.js';
import { createRule } from '../rule-kit/create-rule.js';
import { reportOnce } from '../rule-kit/widget-rule.js';
import { widgetInstanceListeners } from '../analysis/views/instance-view.js';

type MessageIds = 'resultSessionToken' | 'transactionSessionToken' | 'handOff' | 'setCookieSessionToken';

export default createRule<[], MessageIds>({
  name: 'no-session-token',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the Classic Engine session-token hand-off',
      recommended: 'error',
    },
    schema: [],
    messages: {
      resultSessionToken: "Take the widget's tokens instead of the result's `session.token`, which only the Classic Engine sets.",
      transactionSessionToken: 'Use the tokens of `idx.authenticate()` instead of the Classic `sessionToken` of `{{method}}`.',
      handOff: 'Take tokens instead of handing `{{method}}` a Classic Engine `sessionToken`.',
      setCookieSessionToken: 'Take tokens instead of handing `session.setCookieAndRedirect` a Classic Engine session token.',
    },
  },
  create(context) {
    const client = getClientView(context);
    const report = reportOnce(context);
    const reads: { node: TSESTree.Node; report: () => void }[] = [];
    /** The values written directly in a hand-off: a read there is that one finding. */
    const handedOff = new Set<TSESTree.Node>();

    /** Handler lists already collected (constructions kept in one variable share theirs). */
    const done = new WeakSet<readonly unknown[]>();

    // Every widget instance, its options known or not: only the Classic result has `session.token`.
    const widgets = widgetInstanceListeners(context, undefined, (widget) => {
      const all = widget.resultReads;
      if (done.has(all)) return;
      done.add(all);
      for (const { reads: resultReads } of all) {
        for (const read of resultReads) {
          if (read.kind !== 'session-token') continue;
          reads.push({ node: read.node, report: () => report({ node: read.node, messageId: 'resultSessionToken' }) });
        }
      }
    });

    return {
      ...widgets,
      CallExpression(call) {
        for (const { node, method } of client.transactionTokenReads(call)) {
          reads.push({ node, report: () => report({ node, messageId: 'transactionSessionToken', data: { method } }) });
        }
        for (const { node, value, method } of client.tokenHandOffs(call)) {
          if (value) handedOff.add(value);
          report(method === null ? { node, messageId: 'setCookieSessionToken' } : { node, messageId: 'handOff', data: { method } });
        }
      },
      'Program:exit'() {
        for (const read of reads) if (!handedOff.has(read.node)) read.report();
      },
    };
  },
});
