/**
 * What `no-classic-request-context` asks: which reads of `OktaUtil.getRequestContext()`
 * (the Okta-hosted page's global, unshadowed) take a Classic Engine path
 * (`target.clientId`, `authentication.request`, …; okta/hosted.ts), and how each can read
 * the Identity Engine path with the Classic one as its fallback.
 *
 * A file that also reads the Identity Engine shape of the same part (`ctx.app…` beside
 * `ctx.target…`) serves both engines: nothing to say. A read through a destructuring, a
 * rename of part of the path, a write, or a path whose guard (`ctx.target && …`) would
 * need rewriting too gets no rewrite: a person decides.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { isMethodCall } from '../engine/modules.js';
import { readsOfExpression } from '../engine/reads.js';
import { HOSTED_REQUEST_CONTEXT_METHOD, REQUEST_CONTEXT_PATHS, type RequestContextPath } from '../okta/hosted.js';
import { OKTA_UTIL } from '../okta/values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface ClassicContextRead {
  /** The node that reads the Classic path's last key (where the finding goes). */
  readonly node: TSESTree.Node;
  /** `target.clientId`. */
  readonly classic: string;
  /** `app.value.id`, or null when the Identity Engine has no such value. */
  readonly identityEngine: string | null;
  /** What the Identity Engine has instead, when there is no path (for the message). */
  readonly note: string | null;
  /** The rewrite of `node` (its range) that reads the Identity Engine path first, or null. */
  readonly rewrite: { readonly range: TSESTree.Range; readonly text: string } | null;
}

/** Is this call `OktaUtil.getRequestContext()` (also `window.OktaUtil…`), on the unshadowed global? */
export function isRequestContextCall(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  return isMethodCall(call, () => sourceCode.getScope(call), OKTA_UTIL, HOSTED_REQUEST_CONTEXT_METHOD);
}

const startsWith = (keys: readonly string[], prefix: readonly string[]) =>
  prefix.length <= keys.length && prefix.every((key, i) => keys[i] === key);

/** Parents where an expression of any precedence stands without parentheses. */
function standsAlone(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case T.VariableDeclarator:
    case T.ExpressionStatement:
    case T.ReturnStatement:
    case T.ArrayExpression:
    case T.TemplateLiteral:
    case T.JSXExpressionContainer:
    case T.SpreadElement:
    case T.IfStatement:
    case T.SwitchStatement:
    case T.WhileStatement:
    case T.DoWhileStatement:
      return parent.type !== T.IfStatement || parent.test === node;
    case T.AssignmentExpression:
    case T.AssignmentPattern:
      return parent.right === node;
    case T.Property:
      return parent.value === node;
    case T.CallExpression:
    case T.NewExpression:
      return parent.arguments.includes(node as TSESTree.CallExpressionArgument);
    case T.ConditionalExpression:
      return parent.test !== node;
    case T.ArrowFunctionExpression:
      return parent.body === node;
    default:
      return false;
  }
}

/**
 * The rewrite of a read `root.a.b` (segments `a`, `b` with `b` the Classic path's end) as
 * `root.app?.value?.id ?? root.a.b` when the read uses optional chaining, else as
 * `root.app ? root.app.value.id : root.a.b` (the guard: the part only the Identity Engine
 * has); parenthesised where the place needs it.
 */
function rewriteOf(
  segments: readonly TSESTree.Node[],
  identityEngine: readonly string[],
  guardPath: readonly string[],
  sourceCode: SourceCode,
): ClassicContextRead['rewrite'] {
  const members: TSESTree.MemberExpression[] = [];
  for (const [i, node] of segments.entries()) {
    if (node.type !== T.MemberExpression || (i > 0 && node.object !== segments[i - 1])) return null;
    members.push(node);
  }
  const first = members[0];
  const last = members[members.length - 1];
  if (!first || !last) return null;
  const root = first.object;
  if (![T.Identifier, T.ThisExpression, T.MemberExpression, T.CallExpression].includes(root.type)) return null;
  // The place the value goes: the whole optional chain when the read ends it.
  const place = last.parent?.type === T.ChainExpression ? last.parent : last;
  const parent = place.parent;
  if (
    (parent?.type === T.AssignmentExpression && parent.left === place) ||
    parent?.type === T.UpdateExpression ||
    (parent?.type === T.UnaryExpression && parent.operator === 'delete')
  ) {
    return null;
  }
  const rootText = sourceCode.getText(root);
  const classicText = sourceCode.getText(place);
  const optional = members.some((member) => member.optional);
  let text: string;
  if (optional) {
    const [head, ...rest] = identityEngine;
    text = `${rootText}${first.optional ? '?.' : '.'}${head}${rest.map((key) => `?.${key}`).join('')} ?? ${classicText}`;
  } else {
    if (guardPath.length === 0) return null;
    const guard = `${rootText}.${guardPath.join('.')}`;
    text = `${guard} ? ${rootText}.${identityEngine.join('.')} : ${classicText}`;
  }
  if (!standsAlone(place)) {
    text = `(${text})`;
    // A statement that now starts with `(` must not continue the one before it (no `;` there).
    const statement = enclosingStatementStartingAt(place);
    const before = statement ? sourceCode.getTokenBefore(statement) : null;
    if (before && ![';', '{', '}'].includes(before.value)) text = `;${text}`;
  }
  return { range: place.range, text };
}

/** The expression statement that starts where `node` starts, if any. */
function enclosingStatementStartingAt(node: TSESTree.Node): TSESTree.ExpressionStatement | null {
  for (let current: TSESTree.Node | undefined = node; current?.range[0] === node.range[0]; current = current.parent) {
    if (current.type === T.ExpressionStatement) return current;
  }
  return null;
}

/**
 * The Classic reads of the request contexts a file gets (every `OktaUtil.getRequestContext()`
 * call it makes), each once, in source order.
 */
export function classicRequestContextReads(calls: readonly TSESTree.CallExpression[], sourceCode: SourceCode): ClassicContextRead[] {
  const reads = calls.flatMap((call) => readsOfExpression(call, sourceCode)).filter((read) => read.segments.length > 0);
  const keysOf = reads.map((read) => read.segments.map((segment) => segment.key));
  const readsShape = (shapes: RequestContextPath['identityEngineShape']) =>
    keysOf.some((keys) => shapes.some((shape) => startsWith(keys, shape)));
  // Guards: a read that ends inside a Classic path and is not part of an Identity Engine one (`ctx.target && …`).
  const guards = keysOf.filter(
    (keys) =>
      REQUEST_CONTEXT_PATHS.some((row) => keys.length < row.classic.length && startsWith(row.classic, keys)) &&
      !REQUEST_CONTEXT_PATHS.some((row) => row.identityEngine && startsWith(row.identityEngine, keys)),
  );
  const found = new Map<TSESTree.Node, ClassicContextRead>();
  for (const [i, read] of reads.entries()) {
    const keys = keysOf[i]!;
    const row = REQUEST_CONTEXT_PATHS.find((each) => startsWith(keys, each.classic));
    if (!row || readsShape(row.identityEngineShape)) continue;
    const segments = read.segments.slice(0, row.classic.length).map((segment) => segment.node);
    const node = segments[segments.length - 1]!;
    if (found.has(node)) continue;
    const guarded = guards.some((guard) => startsWith(row.classic, guard));
    found.set(node, {
      node,
      classic: row.classic.join('.'),
      identityEngine: row.identityEngine?.join('.') ?? null,
      note: row.note ?? null,
      rewrite:
        row.identityEngine && !guarded ? rewriteOf(segments, row.identityEngine, row.identityEngineShape[0] ?? [], sourceCode) : null,
    });
  }
  return [...found.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
}
