/**
 * Calls on okta-auth-js clients, by member path (`signIn`, `tx.resume`,
 * `token.getWithRedirect`, `session.setCookieAndRedirect`): does a call match a path of
 * the data tables, and is its receiver a client (`receivers.ts`)? A method whose name is
 * Okta's own also counts on any receiver in a file that uses Okta; a generic one
 * (`signIn`, `redirect`) needs the client (docs/okta-facts.md#18-names-other-libraries-share). Also the values an
 * Authn transaction call resolves to (`await`, `.then`).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { memberKey, unwrap, wrapperAround } from '../engine/ast.js';
import { resolveHandler } from './callbacks.js';
import { IDX_OBJECT, SESSION_COOKIE_REDIRECT, SESSION_OBJECT } from '../okta/auth-js.js';
import { fileUsesOkta } from './okta-usage.js';
import { readsOfExpression, readsOfParameter, type ValueRead } from '../engine/reads.js';
import { clientEvidence } from './receivers.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `a.b.c(…)` read against a path `['b', 'c']` (`*` matches any key): the receiver `a`, or null when the callee is not that path. */
export function receiverOf(call: TSESTree.CallExpression, path: readonly string[], sourceCode: SourceCode): TSESTree.Node | null {
  let node = unwrap(call.callee);
  for (let i = path.length - 1; i >= 0; i -= 1) {
    if (node.type !== T.MemberExpression) return null;
    const key = memberKey(node, sourceCode);
    if (key === null || (path[i] !== '*' && key !== path[i])) return null;
    node = unwrap(node.object);
  }
  return node;
}

/** `<client>.idx`: the Identity Engine module, whose methods share names with the Classic ones (`idx.unlockAccount`). */
function isIdxModule(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  return node.type === T.MemberExpression && memberKey(node, sourceCode) === IDX_OBJECT;
}

/**
 * Is `call` the path on a client? `distinctive`: the method's name is Okta's own, so any
 * receiver counts in a file that uses Okta. Never a call under `.idx`.
 */
function isClientCall(call: TSESTree.CallExpression, path: readonly string[], distinctive: boolean, sourceCode: SourceCode): boolean {
  const receiver = receiverOf(call, path, sourceCode);
  if (!receiver || isIdxModule(receiver, sourceCode)) return false;
  return clientEvidence(receiver, sourceCode) !== null || (distinctive && fileUsesOkta(sourceCode));
}

/**
 * A matcher for a table of client calls: the entries whose path ends with the callee's
 * key, found by one map lookup (every call of a file is asked; almost none is a candidate),
 * then checked against the receiver in table order.
 */
export function clientCallMatcher<Entry extends { readonly path: readonly string[] }>(
  entries: readonly Entry[],
  distinctive: (entry: Entry) => boolean,
): (call: TSESTree.CallExpression, sourceCode: SourceCode) => Entry | undefined {
  const anyKey = entries.filter((entry) => entry.path.at(-1) === '*');
  // Each key's candidates, then the entries of any key, in table order: no list is built per call.
  const byKey = new Map<string, readonly Entry[]>();
  for (const { path } of entries) {
    const last = path.at(-1)!;
    if (last !== '*' && !byKey.has(last)) byKey.set(last, [...entries.filter((entry) => entry.path.at(-1) === last), ...anyKey]);
  }
  return (call, sourceCode) => {
    const callee = unwrap(call.callee);
    if (callee.type !== T.MemberExpression) return undefined;
    const key = memberKey(callee, sourceCode);
    if (key === null) return undefined;
    const candidates = byKey.get(key) ?? anyKey;
    for (const entry of candidates) if (isClientCall(call, entry.path, distinctive(entry), sourceCode)) return entry;
    return undefined;
  };
}

/** `<x>.session.setCookieAndRedirect(…)` (optional chaining and constant computed keys included): its callee and `session` object. */
export function sessionRedirectCall(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): { callee: TSESTree.MemberExpression; session: TSESTree.MemberExpression | null } | null {
  const callee = unwrap(call.callee);
  if (callee.type !== T.MemberExpression || memberKey(callee, sourceCode) !== SESSION_COOKIE_REDIRECT) return null;
  const object = unwrap(callee.object);
  const session = object.type === T.MemberExpression && memberKey(object, sourceCode) === SESSION_OBJECT ? object : null;
  // The name is Okta's; on an object that is not `<x>.session`, only in a file that uses Okta.
  return session || fileUsesOkta(sourceCode) ? { callee, session } : null;
}

/**
 * What code reads from the value a call's promise resolves to: `(await call).x`,
 * `const { x } = await call`, `call.then((value) => …)` (the handler resolved as a
 * success handler is: inline, named, `.bind`).
 */
export function readsOfResolvedValue(call: TSESTree.CallExpression, sourceCode: SourceCode): readonly ValueRead[] {
  const node = wrapperAround(call);
  const parent = node.parent;
  if (parent?.type === T.AwaitExpression) return readsOfExpression(parent, sourceCode);
  if (parent?.type === T.MemberExpression && parent.object === node && memberKey(parent, sourceCode) === 'then') {
    const then = parent.parent;
    const [onFulfilled] = then?.type === T.CallExpression && then.callee === parent ? then.arguments : [];
    if (!onFulfilled || onFulfilled.type === T.SpreadElement) return [];
    const handler = resolveHandler(onFulfilled, sourceCode);
    return handler.fn ? readsOfParameter(handler.fn, handler.parameter, sourceCode) : [];
  }
  return [];
}
