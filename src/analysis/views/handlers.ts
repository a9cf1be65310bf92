/**
 * The answers the widget view gives about success handlers that need more than one line:
 * the widget instance's name at a node, `OktaUtil.completeLogin` as a value, and the
 * `renderEl` → token method rewrite. Used by `widget-view.ts` only.
 */
import { COMPLETE_LOGIN_DEPTH } from '../engine/limits.js';
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { findVariable, isGlobalBinding, ownerOfThis, singleInit, staticKeyName, unwrap, variableNamed } from '../engine/ast.js';
import { resolveValue } from '../engine/modules.js';
import type { SuccessHandler } from '../questions/callbacks.js';
import { TOKEN_HAND_OFF, WIDGET_AUTH_CLIENT } from '../okta/auth-js.js';
import { HOSTED_COMPLETE_LOGIN, HOSTED_UTIL_GLOBAL } from '../okta/hosted.js';
import { OKTA_UTIL } from '../okta/values.js';
import { WIDGET_REMOVE_METHOD, type WidgetTokenMethod } from '../okta/widget.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The text that names the widget instance of a handler's render call at `at`: the render
 * call's receiver, when it is a name that means the same instance there (the same
 * variable, or `this.<name>` of the same class).
 */
export function widgetNameAt(handler: SuccessHandler, at: TSESTree.Node, sourceCode: SourceCode): string | null {
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

/** Is the hosted page's `OktaUtil` global (not shadowed) at `at`, so an edit can name it? */
export function namesOktaUtil(at: TSESTree.Node, sourceCode: SourceCode): boolean {
  return isGlobalBinding(variableNamed(sourceCode.getScope(at), HOSTED_UTIL_GLOBAL));
}

/** `OktaUtil.completeLogin` as a value: the member, a `.bind(…)` of it, or a const holding either. */
export function isCompleteLoginValue(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): boolean {
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

/** A file's style: does some line start with a tab, and its line end. Read once per file. */
interface FileStyle {
  readonly tabs: boolean;
  readonly eol: string;
}

const styles = new WeakMap<SourceCode, FileStyle>();

function fileStyle(sourceCode: SourceCode): FileStyle {
  let style = styles.get(sourceCode);
  if (!style) {
    style = { tabs: /^\t/m.test(sourceCode.text), eol: sourceCode.text.includes('\r\n') ? '\r\n' : '\n' };
    styles.set(sourceCode, style);
  }
  return style;
}

/** The line's indentation, and one level more in the file's style. */
function indentation(sourceCode: SourceCode, node: TSESTree.Node, style: FileStyle): { outer: string; inner: string } {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  const outer = /^\s*/.exec(line)?.[0] ?? '';
  const unit = outer.includes('\t') || style.tabs ? '\t' : '  ';
  return { outer, inner: outer + unit };
}

/**
 * The replacement of a `renderEl` call (with its `.then`, when it has one) by a token
 * method: the new call and the range it replaces, or null when the call's shape leaves no
 * clear edit (spread arguments, no options, a receiver that is not a name).
 */
export function tokenMethodReplacement(
  call: TSESTree.CallExpression,
  handlers: readonly SuccessHandler[],
  method: WidgetTokenMethod,
  sourceCode: SourceCode,
): { range: TSESTree.Range; text: string } | null {
  const callee = unwrap(call.callee);
  if (callee.type !== T.MemberExpression) return null;
  const receiver = unwrap(callee.object);
  const named =
    receiver.type === T.Identifier ||
    (receiver.type === T.MemberExpression && unwrap(receiver.object).type === T.ThisExpression && !receiver.computed);
  const [options, , onError] = call.arguments;
  if (!named || !options || call.arguments.some((arg) => arg.type === T.SpreadElement)) return null;
  const then = handlers.find((handler) => handler.via === 'then');
  const thenCall = then?.argument.parent;
  if (then && (thenCall?.type !== T.CallExpression || thenCall.arguments.some((arg) => arg.type === T.SpreadElement))) return null;
  const replaced = then ? (thenCall as TSESTree.CallExpression) : call;
  const errorHandler = then ? (replaced.arguments[1] ?? onError) : onError;
  const widget = sourceCode.getText(receiver);
  const style = fileStyle(sourceCode);
  const { outer, inner } = indentation(sourceCode, replaced, style);
  const { eol } = style;
  // `function` keeps an ES5 page ES5; `this.widget` needs an arrow to keep its `this`.
  const success = handlers.find((handler) => handler.via === 'argument' || handler.via === 'then');
  const useFunction = success?.inline && success.argument.type === T.FunctionExpression && receiver.type === T.Identifier;
  const [parameter, body] =
    method === 'showSignInToGetTokens'
      ? [
          'tokens',
          [
            `${widget}.${WIDGET_AUTH_CLIENT}.${TOKEN_HAND_OFF.tokenManager}.${TOKEN_HAND_OFF.setTokens}(tokens);`,
            `${widget}.${WIDGET_REMOVE_METHOD}();`,
          ],
        ]
      : ['res', [`${widget}.${WIDGET_AUTH_CLIENT}.${TOKEN_HAND_OFF.handleLoginRedirect}(res.tokens);`]];
  const head = useFunction ? `function (${parameter}) {` : `(${parameter}) => {`;
  const fn = [head, ...body.map((line) => `${inner}${line}`), `${outer}}`].join(eol);
  const rest = errorHandler && errorHandler.type !== T.SpreadElement ? `, ${sourceCode.getText(errorHandler)}` : '';
  return { range: replaced.range, text: `${widget}.${method}(${sourceCode.getText(options)}).then(${fn}${rest})` };
}
