/**
 * Success handlers: the functions a widget instance hands its result to. For a widget
 * construction, the calls of its render methods on the instance (`signIn.renderEl(…)`,
 * `this.widget.showSignIn(…)`, `new OktaSignIn(…).renderEl(…)`), and for each the
 * handler that receives the result: `renderEl`'s success argument, or the `.then` of the
 * call. A handler is resolved when the syntax shows the function: inline, a function
 * declaration, a `const` bound to a function or arrow, `this.method` or a class field of
 * the class around it, and any of those through `.bind(thisArg, …)` (each bound argument
 * shifts which parameter receives the result). Anything else (a prop, an import, a
 * parameter) is a handler whose function is unknown.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  memberFunction,
  ownerOfThis,
  forEachNode,
  isReadOnlyCall,
  resolveFunction,
  staticKeyName,
  thisMembers,
  unwrap,
  wrapperAround,
  type FunctionNode,
} from '../engine/ast.js';
import { WIDGET_RENDER_METHODS } from '../okta/widget.js';
import type { Tri } from '../engine/tri.js';
import type { WidgetConstruction } from './widget.js';
import { HANDLER_BIND_DEPTH, REACH_CALL_DEPTH } from '../engine/limits.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface Handler {
  /** The function, when the syntax shows it; null when it cannot be seen. */
  readonly fn: FunctionNode | null;
  /** Which parameter of `fn` receives the value (arguments bound with `.bind` come first). */
  readonly parameter: number;
  /** The argument is the function itself, written in place (nothing else can reach it). */
  readonly inline: boolean;
}

export interface SuccessHandler extends Handler {
  /** The render call on the instance (`renderEl(…)`, `showSignIn(…)`). */
  readonly call: TSESTree.CallExpression;
  readonly method: string;
  /** The handler as written: the argument an edit replaces. */
  readonly argument: TSESTree.Expression;
  /** `renderEl`'s success argument, or the `.then` of the call. */
  readonly via: 'argument' | 'then';
}

/** The function a handler argument evaluates to. */
export function resolveHandler(argument: TSESTree.Node, sourceCode: SourceCode, depth = 0): Handler {
  const node = unwrap(argument);
  const scope = sourceCode.getScope(node);
  if (node.type === T.FunctionExpression || node.type === T.ArrowFunctionExpression) return { fn: node, parameter: 0, inline: true };
  if (node.type === T.Identifier) return { fn: resolveFunction(node, scope), parameter: 0, inline: false };
  if (node.type === T.MemberExpression && unwrap(node.object).type === T.ThisExpression) {
    const body = ownerOfThis(node);
    const name = staticKeyName(node, scope);
    return { fn: body && name !== null ? memberFunction(body, name) : null, parameter: 0, inline: false };
  }
  // `f.bind(thisArg, a, b)`: the result arrives after the bound arguments.
  if (node.type === T.CallExpression && depth < HANDLER_BIND_DEPTH) {
    const callee = unwrap(node.callee);
    if (
      callee.type === T.MemberExpression &&
      staticKeyName(callee, scope) === 'bind' &&
      !node.arguments.some((a) => a.type === T.SpreadElement)
    ) {
      const target = resolveHandler(callee.object, sourceCode, depth + 1);
      return { fn: target.fn, parameter: target.parameter + Math.max(0, node.arguments.length - 1), inline: false };
    }
  }
  return { fn: null, parameter: 0, inline: false };
}

/** The `x.method(…)` call whose object is `object` (through TypeScript wrappers), if that is what `object` sits in. */
function methodCallOn(object: TSESTree.Node, sourceCode: SourceCode): { call: TSESTree.CallExpression; method: string } | null {
  const inner = wrapperAround(object);
  const member = inner.parent;
  if (member?.type !== T.MemberExpression || member.object !== inner) return null;
  const call = member.parent;
  if (call?.type !== T.CallExpression || call.callee !== member) return null;
  const method = staticKeyName(member, sourceCode.getScope(member));
  return method === null ? null : { call, method };
}

/** The expressions that evaluate to the widget instance: its variable's reads, `this.<name>` reads, or the `new` itself. */
function instanceReads(construction: WidgetConstruction, sourceCode: SourceCode): TSESTree.Node[] {
  const { instance } = construction;
  if (instance.kind === 'variable') return instance.variable.references.filter((ref) => ref.isRead()).map((ref) => ref.identifier);
  if (instance.kind === 'imported') return [...instance.reads];
  if (instance.kind === 'this-member') {
    const body = ownerOfThis(construction.node);
    return body ? [...thisMembers(body, instance.name, sourceCode)] : [];
  }
  return [construction.node];
}

/** `null` or `undefined` written as an argument. */
function isNothing(node: TSESTree.Node): boolean {
  const inner = unwrap(node);
  return (inner.type === T.Literal && inner.value === null) || (inner.type === T.Identifier && inner.name === 'undefined');
}

/**
 * The handlers found from one set of instance reads: every construction kept in one
 * variable (`let widget` assigned many times) or one `this.<name>` of a class shares them,
 * so they are found once for all of them (an object per variable, per class and name, or
 * per inline construction).
 */
const byVariable = new WeakMap<object, readonly SuccessHandler[]>();
const byThisMember = new WeakMap<TSESTree.Node, Map<string, readonly SuccessHandler[]>>();

/** Where the handlers of a construction are cached, and the cache entry's key. */
function cacheSlot(construction: WidgetConstruction): {
  get(): readonly SuccessHandler[] | undefined;
  set(value: readonly SuccessHandler[]): void;
} {
  const { instance } = construction;
  if (instance.kind === 'variable') {
    return { get: () => byVariable.get(instance.variable), set: (value) => byVariable.set(instance.variable, value) };
  }
  if (instance.kind === 'imported') return { get: () => byVariable.get(instance.key), set: (value) => byVariable.set(instance.key, value) };
  if (instance.kind === 'this-member') {
    const body = ownerOfThis(construction.node);
    if (body) {
      let byName = byThisMember.get(body);
      if (!byName) {
        byName = new Map();
        byThisMember.set(body, byName);
      }
      const names = byName;
      return { get: () => names.get(instance.name), set: (value) => names.set(instance.name, value) };
    }
  }
  return { get: () => byVariable.get(construction.node), set: (value) => byVariable.set(construction.node, value) };
}

/**
 * The success handlers of a widget construction's render calls, in source order.
 * Memoized: constructions kept in the same variable or `this` member get the same array.
 */
export function successHandlers(construction: WidgetConstruction, sourceCode: SourceCode): readonly SuccessHandler[] {
  const slot = cacheSlot(construction);
  const cached = slot.get();
  if (cached) return cached;
  const handlers: SuccessHandler[] = [];
  for (const read of instanceReads(construction, sourceCode)) {
    const found = methodCallOn(read, sourceCode);
    const render = found ? WIDGET_RENDER_METHODS.get(found.method) : undefined;
    if (!found || !render) continue;
    const { call, method } = found;
    const argument = render.successArgument === null ? undefined : call.arguments[render.successArgument];
    // `renderEl(options, null, onError)`: no success handler, nothing to resolve.
    if (argument && argument.type !== T.SpreadElement && !isNothing(argument)) {
      handlers.push({ ...resolveHandler(argument, sourceCode), call, method, argument, via: 'argument' });
    }
    const then = methodCallOn(call, sourceCode);
    const [onFulfilled] = then?.method === 'then' ? then.call.arguments : [];
    if (onFulfilled && onFulfilled.type !== T.SpreadElement) {
      handlers.push({ ...resolveHandler(onFulfilled, sourceCode), call, method, argument: onFulfilled, via: 'then' });
    }
  }
  handlers.sort((a, b) => a.argument.range[0] - b.argument.range[0]);
  slot.set(handlers);
  return handlers;
}

/** Items grouped by their render call, in the order of each call's first item. */
export function groupByCall<T>(items: readonly T[], callOf: (item: T) => TSESTree.CallExpression): Map<TSESTree.CallExpression, T[]> {
  const grouped = new Map<TSESTree.CallExpression, T[]>();
  for (const item of items) {
    const call = callOf(item);
    const group = grouped.get(call);
    if (group) group.push(item);
    else grouped.set(call, [item]);
  }
  return grouped;
}

const handlerGroups = new WeakMap<readonly SuccessHandler[], ReadonlyMap<TSESTree.CallExpression, readonly SuccessHandler[]>>();

/** A handler list grouped by render call (memoized per list). */
export function handlersByCall(handlers: readonly SuccessHandler[]): ReadonlyMap<TSESTree.CallExpression, readonly SuccessHandler[]> {
  let grouped = handlerGroups.get(handlers);
  if (!grouped) {
    grouped = groupByCall(handlers, (handler) => handler.call);
    handlerGroups.set(handlers, grouped);
  }
  return grouped;
}

/** Parents under which a read of the result only looks at it. */
const LOOKS_AT: ReadonlySet<string> = new Set([
  T.BinaryExpression,
  T.UnaryExpression,
  T.IfStatement,
  T.SwitchStatement,
  T.ExpressionStatement,
]);

/**
 * Does a handler make a call that `isTarget` accepts (true), surely not (false), or
 * cannot the analysis tell ('unknown': the function cannot be seen, it reads
 * `arguments`, or its result goes where the analysis cannot follow: stored, returned, or
 * passed to a function it cannot see)? A function of the file the result is passed to is
 * followed, a few calls deep.
 */
export function reachesCall(
  handler: Handler,
  sourceCode: SourceCode,
  isTarget: (call: TSESTree.CallExpression) => boolean,
  depth = 0,
): Tri {
  const { fn } = handler;
  if (!fn || depth > REACH_CALL_DEPTH) return 'unknown';
  let reach: Tri = false;
  forEachNode(fn.body, sourceCode.visitorKeys, (node) => {
    if (reach === true) return;
    if (node.type === T.CallExpression && isTarget(node)) reach = true;
    else if (node.type === T.Identifier && node.name === 'arguments' && fn.type !== T.ArrowFunctionExpression) reach = 'unknown';
  });
  if (reach !== false) return reach;
  const parameter = fn.params[handler.parameter];
  if (parameter?.type !== T.Identifier) return false;
  const variable = sourceCode.getDeclaredVariables(fn).find((each) => each.identifiers[0] === parameter);
  for (const reference of variable?.references ?? []) {
    const read = reference.identifier;
    const parent = read.parent;
    if (!parent || (parent.type === T.MemberExpression && parent.object === read) || LOOKS_AT.has(parent.type)) continue;
    if (parent.type !== T.CallExpression || parent.callee === read) return 'unknown';
    if (isReadOnlyCall(parent, sourceCode.getScope(parent))) continue;
    const index = parent.arguments.indexOf(read as TSESTree.Identifier);
    const callee = resolveFunction(parent.callee, sourceCode.getScope(parent));
    const next = reachesCall({ fn: callee, parameter: index, inline: false }, sourceCode, isTarget, depth + 1);
    if (next !== false) return next;
  }
  return false;
}
