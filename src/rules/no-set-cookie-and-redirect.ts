import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { ownerOfThis, findVariable, isGlobalBinding, unwrap, variableNamed } from '../analysis/engine/ast.js';
import { sessionRedirectCall } from '../analysis/questions/client-calls.js';
import { TOKEN_HAND_OFF, WIDGET_AUTH_CLIENT } from '../analysis/okta/auth-js.js';
import { HOSTED_COMPLETE_LOGIN, HOSTED_UTIL_GLOBAL } from '../analysis/okta/hosted.js';
import { clientEvidence } from '../analysis/questions/receivers.js';
import { widgetResultReads } from '../analysis/questions/widget-results.js';
import type { SuccessHandler } from '../analysis/questions/callbacks.js';
import { createRule } from '../rule-kit/create-rule.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

type MessageIds = 'hostedPage' | 'embeddedWidget' | 'authnSession' | 'classicHandOff' | 'useCompleteLogin' | 'useHandleLoginRedirect';
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The whole call as written (an optional chain included): what an edit replaces. */
function outermost(call: TSESTree.CallExpression): TSESTree.Node {
  return call.parent?.type === T.ChainExpression ? call.parent : call;
}

/**
 * The text that names the widget instance of a handler's render call at `at`: the render
 * call's receiver, when it is a name that means the same instance there (the same
 * variable, or `this.<name>` of the same class).
 */
function widgetNameAt(handler: SuccessHandler, at: TSESTree.Node, sourceCode: SourceCode): string | null {
  const callee = unwrap(handler.call.callee);
  if (callee.type !== T.MemberExpression) return null;
  const receiver = unwrap(callee.object);
  if (receiver.type === T.Identifier) {
    const variable = findVariable(sourceCode.getScope(receiver), receiver);
    return variable && variableNamed(sourceCode.getScope(at), receiver.name) === variable ? receiver.name : null;
  }
  if (receiver.type === T.MemberExpression && unwrap(receiver.object).type === T.ThisExpression && !receiver.computed) {
    const body = ownerOfThis(receiver);
    return body && ownerOfThis(at) === body ? sourceCode.getText(receiver) : null;
  }
  return null;
}

export default createRule<[], MessageIds>({
  name: 'no-set-cookie-and-redirect',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `session.setCookieAndRedirect`, the Classic Engine session hand-off',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      hostedPage: 'Use `OktaUtil.completeLogin` instead of `session.setCookieAndRedirect`, the Classic Engine hand-off.',
      embeddedWidget: 'Take the widget\u2019s tokens instead of calling `session.setCookieAndRedirect`, the Classic Engine hand-off.',
      authnSession: 'Sign in with `idx.authenticate()` instead of `session.setCookieAndRedirect`, the Classic Authentication API hand-off.',
      classicHandOff: 'Replace `session.setCookieAndRedirect`, the Classic Engine hand-off, with tokens or `OktaUtil.completeLogin`.',
      useCompleteLogin: 'Call `OktaUtil.completeLogin({{result}})` instead.',
      useHandleLoginRedirect: "Hand the result's tokens to `{{client}}.handleLoginRedirect` instead.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const calls: { call: TSESTree.CallExpression; session: TSESTree.MemberExpression | null; callee: TSESTree.MemberExpression }[] = [];
    /** The success handler (and its widget's kind) a `res.session.setCookieAndRedirect` member belongs to. */
    const inHandlers = new Map<TSESTree.Node, { handler: SuccessHandler; hosted: boolean }>();

    /** The kind of widget that last collected each handler list (constructions kept in one variable share theirs; the last one counts). */
    const collected = new WeakMap<readonly unknown[], boolean>();

    const widgets = widgetListeners(context, undefined, (widget) => {
      const all = widgetResultReads(widget.construction, sourceCode);
      if (collected.get(all) === widget.hosted) return;
      collected.set(all, widget.hosted);
      for (const { reads } of all) {
        for (const read of reads) if (read.kind === 'set-cookie') inHandlers.set(read.node, { handler: read.handler, hosted: widget.hosted });
      }
    });

    function report(call: TSESTree.CallExpression, session: TSESTree.MemberExpression | null, callee: TSESTree.MemberExpression): void {
      const found = inHandlers.get(callee);
      const node = callee.property;
      const replace = (text: string) => (fixer: TSESLint.RuleFixer) => fixer.replaceText(outermost(call), text);
      const args = call.arguments;
      if (found && session && !args.some((arg) => arg.type === T.SpreadElement)) {
        const result = sourceCode.getText(session.object);
        if (found.hosted) {
          const canName = isGlobalBinding(variableNamed(sourceCode.getScope(call), HOSTED_UTIL_GLOBAL));
          context.report({
            node,
            messageId: 'hostedPage',
            suggest: canName
              ? [{ messageId: 'useCompleteLogin', data: { result }, fix: replace(`${HOSTED_UTIL_GLOBAL}.${HOSTED_COMPLETE_LOGIN}(${result})`) }]
              : [],
          });
          return;
        }
        const widget = widgetNameAt(found.handler, call, sourceCode);
        const client = widget === null ? null : `${widget}.${WIDGET_AUTH_CLIENT}`;
        const uri = args[0] ? `, ${sourceCode.getText(args[0])}` : '';
        context.report({
          node,
          messageId: 'embeddedWidget',
          suggest:
            client === null
              ? []
              : [
                  {
                    messageId: 'useHandleLoginRedirect',
                    data: { client },
                    fix: replace(`${client}.${TOKEN_HAND_OFF.handleLoginRedirect}(${result}.tokens${uri})`),
                  },
                ],
        });
        return;
      }
      if (found) {
        context.report({ node, messageId: found.hosted ? 'hostedPage' : 'embeddedWidget' });
        return;
      }
      const authn = session !== null && clientEvidence(session.object, sourceCode) !== null;
      context.report({ node, messageId: authn ? 'authnSession' : 'classicHandOff' });
    }

    return {
      ...widgets,
      CallExpression(call) {
        const found = sessionRedirectCall(call, sourceCode);
        if (found) calls.push({ call, ...found });
      },
      'Program:exit'() {
        for (const { call, session, callee } of calls) report(call, session, callee);
      },
    };
  },
});
