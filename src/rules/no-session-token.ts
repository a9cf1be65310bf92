import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../analysis/engine/ast.js';
import { clientCallMatcher, readsOfResolvedValue, sessionRedirectCall } from '../analysis/questions/client-calls.js';
import { AUTHN_TRANSACTION_SOURCES, SESSION_TOKEN_HAND_OFFS, SESSION_TOKEN_KEY } from '../analysis/okta/auth-js.js';
import { resolveObjectArgument } from '../analysis/engine/options.js';
import { isSetInCode, lookup } from '../analysis/engine/option-queries.js';
import { clientEvidence } from '../analysis/questions/receivers.js';
import { widgetResultReads } from '../analysis/questions/widget-results.js';
import { createRule } from '../rule-kit/create-rule.js';
import { reportOnce, widgetListeners } from '../rule-kit/widget-rule.js';

type MessageIds = 'resultSessionToken' | 'transactionSessionToken' | 'handOff' | 'setCookieSessionToken';

const matchTransactionSource = clientCallMatcher(AUTHN_TRANSACTION_SOURCES, (entry) => entry.distinctive);
const matchHandOff = clientCallMatcher(SESSION_TOKEN_HAND_OFFS, (entry) => !entry.needsClient);

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
    const { sourceCode } = context;
    const report = reportOnce(context);
    const reads: { node: TSESTree.Node; report: () => void }[] = [];
    /** The values written directly in a hand-off: a read there is that one finding. */
    const handedOff = new Set<TSESTree.Node>();

    /** Handler lists already collected (constructions kept in one variable share theirs). */
    const done = new WeakSet<readonly unknown[]>();

    const widgets = widgetListeners(context, undefined, (widget) => {
      const all = widgetResultReads(widget.construction, sourceCode);
      if (done.has(all)) return;
      done.add(all);
      for (const { reads: resultReads } of all) {
        for (const read of resultReads) {
          if (read.kind !== 'session-token') continue;
          reads.push({ node: read.node, report: () => report({ node: read.node, messageId: 'resultSessionToken' }) });
        }
      }
    });

    function transactionReads(call: TSESTree.CallExpression): void {
      const source = matchTransactionSource(call, sourceCode);
      if (!source) return;
      const method = source.path.join('.');
      for (const read of readsOfResolvedValue(call, sourceCode)) {
        const [first] = read.segments;
        if (first?.key !== SESSION_TOKEN_KEY) continue;
        reads.push({ node: first.node, report: () => report({ node: first.node, messageId: 'transactionSessionToken', data: { method } }) });
      }
    }

    function handOffs(call: TSESTree.CallExpression): void {
      const handOff = matchHandOff(call, sourceCode);
      if (handOff) {
        const { path, options } = handOff;
        const resolved = resolveObjectArgument(call, options, sourceCode);
        const found = resolved ? lookup(resolved.root, [SESSION_TOKEN_KEY]) : null;
        if (found?.state === 'present' && isSetInCode(found.entry)) {
          const { entry } = found;
          if (entry.value.kind === 'expression') handedOff.add(unwrap(entry.value.node));
          report({ node: entry.node, messageId: 'handOff', data: { method: path.join('.') } });
        }
      }
      const redirect = sessionRedirectCall(call, sourceCode);
      const [token] = call.arguments;
      if (!redirect || !token || token.type === T.SpreadElement) return;
      // okta-auth-js's `session.setCookieAndRedirect(sessionToken, redirectUrl)`; a Classic widget result's takes only the URL.
      const onClient = redirect.session !== null && clientEvidence(redirect.session.object, sourceCode) !== null;
      if (!onClient && call.arguments.length < 2) return;
      handedOff.add(unwrap(token));
      report({ node: token, messageId: 'setCookieSessionToken' });
    }

    return {
      ...widgets,
      CallExpression(call) {
        transactionReads(call);
        handOffs(call);
      },
      'Program:exit'() {
        for (const read of reads) if (!handedOff.has(read.node)) read.report();
      },
    };
  },
});
