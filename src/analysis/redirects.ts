/**
 * Does a function do nothing but send the browser elsewhere? Its statements may only
 * redirect (`location.href = …`, `location.assign(…)`, `location.replace(…)`, on `window`,
 * `window.top` or `document` too), set a cookie (`document.cookie = …`), or call a method
 * of the session it was handed (`res.session.setCookieAndRedirect(…)`); under `if`s whose
 * tests only read values; with arguments that only read values. Okta-free: the caller
 * says which session call counts.
 */
import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import { isSideEffectFree, unwrap, type FunctionNode } from './ast.js';

/** Global functions without side effects that redirect URLs are built with. */
const PURE_CALLS = new Set(['encodeURIComponent', 'encodeURI', 'String']);

/** A value read without side effects: also operators and the pure calls over such values. */
function readsOnly(node: TSESTree.Node): boolean {
  const inner = unwrap(node);
  switch (inner.type) {
    case T.BinaryExpression:
    case T.LogicalExpression:
      return inner.left.type !== T.PrivateIdentifier && readsOnly(inner.left) && readsOnly(inner.right);
    case T.ConditionalExpression:
      return readsOnly(inner.test) && readsOnly(inner.consequent) && readsOnly(inner.alternate);
    case T.TemplateLiteral:
      return inner.expressions.every(readsOnly);
    case T.CallExpression:
      return (
        inner.callee.type === T.Identifier &&
        PURE_CALLS.has(inner.callee.name) &&
        inner.arguments.every((argument) => argument.type !== T.SpreadElement && readsOnly(argument))
      );
    default:
      return isSideEffectFree(inner);
  }
}

/** The dotted path of a member chain of plain names (`window.location.href`), or null. */
function dottedPath(node: TSESTree.Node): string | null {
  const inner = unwrap(node);
  if (inner.type === T.Identifier) return inner.name;
  if (inner.type !== T.MemberExpression || inner.computed || inner.property.type !== T.Identifier) return null;
  const object = dottedPath(inner.object);
  return object === null ? null : `${object}.${inner.property.name}`;
}

const LOCATIONS = ['location', 'window.location', 'window.top.location', 'document.location', 'self.location'];
const LOCATION_TARGETS = new Set([...LOCATIONS, ...LOCATIONS.map((each) => `${each}.href`), 'document.cookie']);
const LOCATION_CALLS = new Set(LOCATIONS.flatMap((each) => [`${each}.assign`, `${each}.replace`]));

/** What a caller accepts as a session call: `(callee) => boolean`. */
export type SessionCall = (callee: TSESTree.MemberExpression) => boolean;

interface Walk {
  readonly sessionCall: SessionCall;
  /** How many redirects were seen. */
  redirects: number;
}

function isRedirect(expression: TSESTree.Node, walk: Walk): boolean {
  const found = redirects(expression, walk.sessionCall);
  if (found) walk.redirects += 1;
  return found;
}

function redirects(expression: TSESTree.Node, sessionCall: SessionCall): boolean {
  const inner = unwrap(expression);
  if (inner.type === T.AssignmentExpression) {
    const target = dottedPath(inner.left);
    return inner.operator === '=' && target !== null && LOCATION_TARGETS.has(target) && readsOnly(inner.right);
  }
  if (inner.type !== T.CallExpression || inner.arguments.some((argument) => argument.type === T.SpreadElement || !readsOnly(argument))) return false;
  const callee = unwrap(inner.callee);
  if (callee.type !== T.MemberExpression) return false;
  const path = dottedPath(callee);
  return (path !== null && LOCATION_CALLS.has(path)) || sessionCall(callee);
}

function statementsRedirect(statements: readonly TSESTree.Statement[], walk: Walk): boolean {
  return statements.every((statement) => statementRedirects(statement, walk));
}

function statementRedirects(statement: TSESTree.Statement, walk: Walk): boolean {
  switch (statement.type) {
    case T.ExpressionStatement:
      return isRedirect(statement.expression, walk);
    case T.BlockStatement:
      return statementsRedirect(statement.body, walk);
    case T.IfStatement:
      return (
        readsOnly(statement.test) &&
        statementRedirects(statement.consequent, walk) &&
        (statement.alternate === null || statementRedirects(statement.alternate, walk))
      );
    case T.ReturnStatement:
      return statement.argument === null;
    case T.EmptyStatement:
      return true;
    default:
      return false;
  }
}

/** Does the function only redirect or set the session (and do so at least once)? */
export function onlyRedirects(fn: FunctionNode, sessionCall: SessionCall): boolean {
  if (fn.async || fn.generator) return false;
  const walk: Walk = { sessionCall, redirects: 0 };
  const only = fn.body.type === T.BlockStatement ? statementsRedirect(fn.body.body, walk) : isRedirect(fn.body, walk);
  return only && walk.redirects > 0;
}
