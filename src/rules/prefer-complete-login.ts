import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { findVariable, isGlobalBinding, memberKey, singleInit, staticKeyName, unwrap, variableNamed } from '../analysis/engine/ast.js';
import { handlersByCall, reachesCall, successHandlers, type SuccessHandler } from '../analysis/questions/callbacks.js';
import { isMethodCall, resolveValue } from '../analysis/engine/modules.js';
import { SESSION_COOKIE_REDIRECT } from '../analysis/okta/auth-js.js';
import { HOSTED_COMPLETE_LOGIN, HOSTED_UTIL_GLOBAL } from '../analysis/okta/hosted.js';
import { OKTA_UTIL } from '../analysis/okta/values.js';
import { onlySetsSessionAndRedirects } from '../analysis/engine/redirects.js';
import type { MigrationRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { FIX_RULE_SCHEMA } from '../rule-kit/schema.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';
import { COMPLETE_LOGIN_DEPTH } from '../analysis/engine/limits.js';

export type PreferCompleteLoginOptions = Pick<MigrationRuleOptions, 'fix'>;
type Options = [PreferCompleteLoginOptions];
type MessageIds = 'customSuccessHandler' | 'useCompleteLogin';

type SourceCode = Readonly<TSESLint.SourceCode>;

const COMPLETE_LOGIN = `${HOSTED_UTIL_GLOBAL}.${HOSTED_COMPLETE_LOGIN}`;

/** `OktaUtil.completeLogin` as a value: the member, a `.bind(…)` of it, or a const holding either. */
function isCompleteLoginValue(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): boolean {
  const inner = unwrap(node);
  const scope = sourceCode.getScope(inner);
  if (inner.type === T.MemberExpression) {
    return staticKeyName(inner, scope) === HOSTED_COMPLETE_LOGIN && resolveValue(inner.object, scope, [OKTA_UTIL]) !== null;
  }
  if (depth > COMPLETE_LOGIN_DEPTH) return false;
  if (inner.type === T.CallExpression && inner.callee.type === T.MemberExpression && staticKeyName(inner.callee, scope) === 'bind') {
    return isCompleteLoginValue(inner.callee.object, sourceCode, depth + 1);
  }
  if (inner.type === T.Identifier) {
    const variable = findVariable(scope, inner);
    const init = variable ? singleInit(variable) : null;
    return init !== null && isCompleteLoginValue(init, sourceCode, depth + 1);
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'prefer-complete-login',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `OktaUtil.completeLogin` as the success callback of the widget on Okta-hosted sign-in pages',
      recommended: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: FIX_RULE_SCHEMA,
    defaultOptions: [{ fix: 'suggestion' }],
    messages: {
      customSuccessHandler:
        'Pass `OktaUtil.completeLogin` as the success callback: only it completes an Identity Engine sign-in on a hosted page.',
      useCompleteLogin: 'Replace the success callback with `OktaUtil.completeLogin`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const completes = (call: TSESTree.CallExpression) => isMethodCall(call, sourceCode.getScope(call), OKTA_UTIL, HOSTED_COMPLETE_LOGIN);

    /** Where the edit can name the global: `OktaUtil` is not shadowed at the handler. */
    const canName = (handler: SuccessHandler) => isGlobalBinding(variableNamed(sourceCode.getScope(handler.argument), HOSTED_UTIL_GLOBAL));

    /** `res.session.setCookieAndRedirect(…)` on any object (the handler's own result, or a copy of it), constant computed keys included as in `no-set-cookie-and-redirect`. */
    const isSessionRedirect = (callee: TSESTree.MemberExpression) => memberKey(callee, sourceCode) === SESSION_COOKIE_REDIRECT;

    /** Handler lists already looked at (constructions kept in one variable share theirs; each call is reported once). */
    const done = new WeakSet<readonly SuccessHandler[]>();

    return widgetListeners(context, undefined, (widget, report) => {
      if (!widget.hosted) return;
      const handlers = successHandlers(widget.construction, sourceCode);
      if (done.has(handlers)) return;
      done.add(handlers);
      for (const [call, own] of handlersByCall(handlers)) {
        if (call.callee.type !== T.MemberExpression || staticKeyName(call.callee, sourceCode.getScope(call)) !== 'renderEl') continue;
        // One handler that hands the result on (or might) is enough: nothing to say about the others.
        const verdicts = own.map((handler) => (isCompleteLoginValue(handler.argument, sourceCode) ? true : reachesCall(handler, sourceCode, completes)));
        if (verdicts.some((verdict) => verdict !== false)) continue;
        for (const handler of own) {
          const fix: TSESLint.ReportFixFunction | null = canName(handler)
            ? (fixer) => fixer.replaceText(handler.argument, COMPLETE_LOGIN)
            : null;
          report({
            node: handler.argument,
            messageId: 'customSuccessHandler',
            // A handler written in place that only sets the session and redirects (`setCookieAndRedirect`, or a
            // redirect to its target) can go in `migrate`; anything else it does (a cookie of the app's, a redirect
            // elsewhere, any other call), or a function someone else may call, is the app's behaviour: a person decides.
            ...fixOrSuggest(options.fix, {
              fix,
              autofix: handler.inline && handler.fn !== null && onlySetsSessionAndRedirects(handler.fn, isSessionRedirect),
              suggest: [{ messageId: 'useCompleteLogin', fix }],
            }),
          });
        }
      }
    });
  },
});
