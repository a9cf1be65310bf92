/**
 * Does a function do nothing but hand the browser to the session it was given? Its
 * statements may only call a method of that session (`res.session.setCookieAndRedirect(url)`,
 * which sets the session cookie and redirects to `url`) and redirect to that same target
 * (`location.href = url`, `location.assign(url)`, `location.replace(url)`, on `window`,
 * `window.top` or `document` too); under `if`s whose tests only read values; with
 * arguments that only read values. A cookie of its own (`document.cookie = …`, a cookie
 * library) or a redirect anywhere else is the app's behaviour, so the answer is no.
 * Okta-free: the caller says which session call counts.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from './node-types.js';
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
const LOCATION_TARGETS = new Set([...LOCATIONS, ...LOCATIONS.map((each) => `${each}.href`)]);
const LOCATION_CALLS = new Set(LOCATIONS.flatMap((each) => [`${each}.assign`, `${each}.replace`]));

/** What a caller accepts as a session call: `(callee) => boolean`. */
export type SessionCall = (callee: TSESTree.MemberExpression) => boolean;

/**
 * A value as a key two redirects can be compared by: a string, a name or a member chain
 * of plain names (`ctx.authentication.request.redirect_uri`); null for anything else.
 */
function targetKey(node: TSESTree.Node | undefined): string | null {
  if (!node) return null;
  const inner = unwrap(node);
  if (inner.type === T.Literal) return typeof inner.value === 'string' ? JSON.stringify(inner.value) : null;
  if (inner.type === T.TemplateLiteral && inner.expressions.length === 0) return JSON.stringify(inner.quasis[0]!.value.cooked);
  const path = dottedPath(inner);
  return path === null ? null : `@${path}`;
}

interface Walk {
  readonly sessionCall: SessionCall;
  /** The targets of the session calls seen (null: one that cannot be compared). */
  readonly sessionTargets: (string | null)[];
  /** The targets of the location redirects seen. */
  readonly redirectTargets: (string | null)[];
}

/** Is the expression a session call or a redirect (recorded in the walk)? */
function isRedirect(expression: TSESTree.Node, walk: Walk): boolean {
  const inner = unwrap(expression);
  if (inner.type === T.AssignmentExpression) {
    const target = dottedPath(inner.left);
    if (inner.operator !== '=' || target === null || !LOCATION_TARGETS.has(target) || !readsOnly(inner.right)) return false;
    walk.redirectTargets.push(targetKey(inner.right));
    return true;
  }
  if (inner.type !== T.CallExpression || inner.arguments.some((argument) => argument.type === T.SpreadElement || !readsOnly(argument)))
    return false;
  const callee = unwrap(inner.callee);
  if (callee.type !== T.MemberExpression) return false;
  const path = dottedPath(callee);
  const target = targetKey(inner.arguments[0]);
  if (path !== null && LOCATION_CALLS.has(path)) walk.redirectTargets.push(target);
  else if (walk.sessionCall(callee)) walk.sessionTargets.push(target);
  else return false;
  return true;
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

/**
 * Does the function only set the session and redirect: at least one session call, and
 * every other redirect to a target a session call of it redirects to?
 */
export function onlySetsSessionAndRedirects(fn: FunctionNode, sessionCall: SessionCall): boolean {
  if (fn.async || fn.generator) return false;
  const walk: Walk = { sessionCall, sessionTargets: [], redirectTargets: [] };
  const only = fn.body.type === T.BlockStatement ? statementsRedirect(fn.body.body, walk) : isRedirect(fn.body, walk);
  return (
    only &&
    walk.sessionTargets.length > 0 &&
    walk.redirectTargets.every((target) => target !== null && walk.sessionTargets.includes(target))
  );
}
