/**
 * Options resolution: what the options object of a widget constructor holds at the
 * moment the constructor runs, as far as the syntax tells.
 *
 * The options are the first argument as an object literal, or an identifier bound once
 * to one (seen through TS `as`/`satisfies`/`!`), merged with spreads and
 * `Object.assign` sources that resolve the same way, and with the writes made to the
 * bound object before the constructor (`cfg.x = …`, `cfg['features.x'] = …`,
 * `cfg.features.x = …`, `Object.assign(cfg, …)`). Anything that cannot be resolved makes
 * the keys it could touch unknown: never a guess.
 *
 * Keys with dots (`'features.registration'`) are paths, as the widget reads them.
 */
import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { HOSTED_CONFIG_METHOD, HOSTED_UTIL_GLOBAL } from './okta-api.js';
import { getWidgetConstruction } from './widget.js';
import {
  contains,
  enclosingFunction,
  findVariable,
  isGlobalBinding,
  singleInit,
  staticKeyName,
  staticValue,
  unwrap,
} from './ast.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** One option as set in the code. */
export interface OptionEntry {
  readonly key: string;
  readonly value: OptionValue;
  /** Where a finding about this option goes: the Property, or the assignment expression. */
  readonly node: TSESTree.Node;
  /** The property in an object literal, when the option is written as one. */
  readonly property: TSESTree.Property | null;
  /** The statement that sets the option (`cfg.x = …;`), when it is set by assignment. */
  readonly statement: TSESTree.ExpressionStatement | null;
}

export type OptionValue =
  | { readonly kind: 'object'; readonly object: OptionsObject }
  | { readonly kind: 'expression'; readonly node: TSESTree.Node }
  | { readonly kind: 'unknown' };

export interface OptionsObject {
  readonly entries: Map<string, OptionEntry>;
  /** Keys not listed may still be set (an unresolved spread, a computed key, a hosted seed). */
  open: boolean;
  /** The object literal that holds the entries, where a new property can be inserted. */
  literal: TSESTree.ObjectExpression | null;
}

export interface ResolvedOptions {
  readonly root: OptionsObject;
  /** Seeded by `OktaUtil.getSignInWidgetConfig()`: an Okta-hosted sign-in page. */
  readonly hosted: boolean;
}

export type Lookup =
  | { readonly state: 'present'; readonly entry: OptionEntry }
  | { readonly state: 'absent' }
  | { readonly state: 'unknown' };

/** A boolean option read as known true, known false, absent or unknown. */
export type Truth = 'true' | 'false' | 'absent' | 'unknown';

const MAX_DEPTH = 8;

interface Context {
  readonly sourceCode: SourceCode;
  /** The constructor: writes after it (in the same function) do not reach it. */
  readonly use: TSESTree.Node;
  hosted: boolean;
  depth: number;
}

const cache = new WeakMap<TSESTree.Node, ResolvedOptions | null>();

/**
 * Resolve the options passed to a constructor. Returns null when the argument is opaque
 * (a parameter, a call result): then every key is unknown. Memoized per constructor.
 */
export function resolveOptions(
  constructorNode: TSESTree.NewExpression,
  sourceCode: SourceCode,
): ResolvedOptions | null {
  const cached = cache.get(constructorNode);
  if (cached !== undefined) return cached;
  const argument = constructorNode.arguments[0];
  let result: ResolvedOptions | null = null;
  if (!argument) {
    result = { root: emptyObject(null), hosted: false };
  } else if (argument.type !== T.SpreadElement) {
    const context: Context = { sourceCode, use: constructorNode, hosted: false, depth: 0 };
    const root = evaluateObject(argument, context);
    result = root ? { root, hosted: context.hosted } : null;
  }
  cache.set(constructorNode, result);
  return result;
}

function emptyObject(literal: TSESTree.ObjectExpression | null): OptionsObject {
  return { entries: new Map(), open: false, literal };
}

/** Forget every key: something could have overwritten any of them. */
function openUp(object: OptionsObject): void {
  object.entries.clear();
  object.open = true;
}

function evaluateObject(expression: TSESTree.Node, context: Context): OptionsObject | null {
  if (context.depth > MAX_DEPTH) return null;
  context.depth += 1;
  try {
    const node = unwrap(expression);
    const scope = context.sourceCode.getScope(node);
    switch (node.type) {
      case T.ObjectExpression:
        return evaluateLiteral(node, context);
      case T.Identifier:
        return evaluateBinding(node, scope, context);
      case T.CallExpression: {
        if (isHostedConfigCall(node, scope)) {
          context.hosted = true;
          return { entries: new Map(), open: true, literal: null };
        }
        if (isObjectAssign(node, scope)) {
          const [target, ...sources] = node.arguments;
          if (!target || target.type === T.SpreadElement) return null;
          const object = evaluateObject(target, context);
          if (!object) return null;
          for (const source of sources) mergeSource(object, source, context);
          return object;
        }
        return null;
      }
      default:
        return null;
    }
  } finally {
    context.depth -= 1;
  }
}

function evaluateLiteral(node: TSESTree.ObjectExpression, context: Context): OptionsObject {
  const object = emptyObject(node);
  for (const member of node.properties) {
    if (member.type === T.SpreadElement) {
      mergeSource(object, member.argument, context);
      continue;
    }
    const key = staticKeyName(member, context.sourceCode.getScope(member));
    if (key === null) {
      openUp(object);
      continue;
    }
    const value: OptionValue =
      member.kind !== 'init'
        ? { kind: 'unknown' }
        : objectOrExpression(member.value, context);
    setPath(object, key.split('.'), {
      key,
      value,
      node: member,
      property: member,
      statement: null,
    });
  }
  return object;
}

function objectOrExpression(node: TSESTree.Node, context: Context): OptionValue {
  const inner = unwrap(node);
  if (inner.type === T.ObjectExpression || inner.type === T.Identifier) {
    const object = evaluateObject(inner, context);
    if (object) return { kind: 'object', object };
  }
  return { kind: 'expression', node };
}

function mergeSource(object: OptionsObject, source: TSESTree.Node, context: Context): void {
  const resolved = source.type === T.SpreadElement ? null : evaluateObject(source, context);
  if (!resolved) {
    openUp(object);
    return;
  }
  if (resolved.open) openUp(object);
  for (const entry of resolved.entries.values()) object.entries.set(entry.key, entry);
}

/** Set an entry at a path; intermediate objects are created (or opened, when their base is unknown). */
function setPath(object: OptionsObject, path: readonly string[], entry: OptionEntry): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    object.entries.set(head, { ...entry, key: head });
    return;
  }
  const existing = object.entries.get(head);
  let child: OptionsObject;
  if (existing?.value.kind === 'object') {
    child = existing.value.object;
  } else {
    child = { entries: new Map(), open: existing !== undefined || object.open, literal: null };
    object.entries.set(head, {
      key: head,
      value: { kind: 'object', object: child },
      node: entry.node,
      property: null,
      statement: null,
    });
  }
  setPath(child, rest, entry);
}

/** Make a path unknown: something wrote to it with a value we cannot see. */
function touchPath(object: OptionsObject, path: readonly string[], node: TSESTree.Node): void {
  if (path.length === 0) {
    openUp(object);
    return;
  }
  setPath(object, path, { key: path.join('.'), value: { kind: 'unknown' }, node, property: null, statement: null });
}

function evaluateBinding(node: TSESTree.Identifier, scope: Scope, context: Context): OptionsObject | null {
  const variable = findVariable(scope, node);
  if (!variable || isGlobalBinding(variable)) return null;
  const init = singleInit(variable);
  if (!init) return null;
  const object = evaluateObject(init, context);
  if (!object) return null;
  applyWrites(object, variable, context);
  return object;
}

function isHostedConfigCall(node: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== T.MemberExpression) return false;
  const object = unwrap(callee.object);
  if (object.type !== T.Identifier || object.name !== HOSTED_UTIL_GLOBAL) return false;
  if (!isGlobalBinding(findVariable(scope, object))) return false;
  return staticKeyName(callee, scope) === HOSTED_CONFIG_METHOD;
}

function isObjectAssign(node: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = unwrap(node.callee);
  return (
    callee.type === T.MemberExpression &&
    callee.object.type === T.Identifier &&
    callee.object.name === 'Object' &&
    isGlobalBinding(findVariable(scope, callee.object)) &&
    staticKeyName(callee, scope) === 'assign'
  );
}

/** Calls that only read their arguments. */
function isReadOnlyCall(node: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== T.MemberExpression || callee.object.type !== T.Identifier) return false;
  const owner = callee.object.name;
  if (owner !== 'console' && owner !== 'JSON') return false;
  if (!isGlobalBinding(findVariable(scope, callee.object))) return false;
  return owner === 'console' || staticKeyName(callee, scope) === 'stringify';
}

/** Apply the writes made to a bound options object before the constructor runs. */
function applyWrites(object: OptionsObject, variable: TSESLint.Scope.Variable, context: Context): void {
  const useFunction = enclosingFunction(context.use);
  for (const reference of variable.references) {
    if (reference.init) continue;
    const identifier = reference.identifier;
    if (contains(context.use, identifier)) continue;
    const sameFunction = enclosingFunction(identifier) === useFunction;
    // After the constructor, in the same function: too late to matter.
    if (sameFunction && identifier.range[0] > context.use.range[1]) continue;
    applyReference(object, identifier as TSESTree.Identifier, sameFunction, context);
  }
}

function applyReference(
  object: OptionsObject,
  identifier: TSESTree.Identifier,
  sameFunction: boolean,
  context: Context,
): void {
  const scope = context.sourceCode.getScope(identifier);
  // Walk up the member chain: cfg.features.x → path ['features', 'x'].
  const path: string[] = [];
  let top: TSESTree.Node = identifier;
  while (top.parent?.type === T.MemberExpression && top.parent.object === top) {
    const name = staticKeyName(top.parent, scope);
    if (name === null) {
      // cfg[key] = …: any key may change.
      if (isWriteTarget(top.parent)) touchPath(object, path, top.parent);
      return;
    }
    path.push(...name.split('.'));
    top = top.parent;
  }
  const parent = top.parent;
  if (!parent) return;

  if (parent.type === T.AssignmentExpression && parent.left === top) {
    if (path.length === 0) {
      openUp(object);
      return;
    }
    if (parent.operator !== '=' || !sameFunction) {
      touchPath(object, path, parent);
      return;
    }
    const statement = parent.parent?.type === T.ExpressionStatement ? parent.parent : null;
    setPath(object, path, {
      key: path.join('.'),
      value: objectOrExpression(parent.right, context),
      node: parent,
      property: null,
      statement,
    });
    return;
  }
  if (isWriteTarget(top)) {
    touchPath(object, path, parent);
    return;
  }
  if (parent.type === T.CallExpression && parent.callee === top) {
    // A method call on the object or one of its members may change it.
    touchPath(object, path.slice(0, -1), parent);
    return;
  }
  if (path.length > 0 && parent.type === T.MemberExpression) return;
  if (parent.type === T.CallExpression && parent.arguments.includes(top as TSESTree.CallExpressionArgument)) {
    if (isObjectAssign(parent, scope) && parent.arguments[0] === top && path.length === 0) {
      for (const source of parent.arguments.slice(1)) {
        if (sameFunction) mergeSource(object, source, context);
        else openUp(object);
      }
      return;
    }
    if (isObjectAssign(parent, scope) || isReadOnlyCall(parent, scope)) return;
    touchPath(object, path, parent);
    return;
  }
  if (path.length > 0) {
    // Reading an option: harmless unless the read value is an object that escapes.
    if (isEscape(parent, top)) touchPath(object, path, parent);
    return;
  }
  if (parent.type === T.SpreadElement || parent.type === T.MemberExpression) return;
  // Another widget built from the same object reads it; any other constructor may change it.
  if (parent.type === T.NewExpression && parent.arguments[0] === top && getWidgetConstruction(parent, context.sourceCode)) return;
  if (
    parent.type === T.IfStatement ||
    parent.type === T.UnaryExpression ||
    parent.type === T.BinaryExpression ||
    parent.type === T.LogicalExpression
  ) {
    return;
  }
  // Anything else (assigned elsewhere, returned, passed on): it may be changed anywhere.
  openUp(object);
}

function isWriteTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  return (
    (parent.type === T.AssignmentExpression && parent.left === node) ||
    parent.type === T.UpdateExpression ||
    (parent.type === T.UnaryExpression && parent.operator === 'delete')
  );
}

function isEscape(parent: TSESTree.Node, node: TSESTree.Node): boolean {
  switch (parent.type) {
    case T.NewExpression:
      return parent.arguments.includes(node as TSESTree.CallExpressionArgument);
    case T.VariableDeclarator:
      return parent.init === node;
    case T.AssignmentExpression:
      return parent.right === node;
    case T.Property:
      return parent.value === node;
    case T.ArrayExpression:
    case T.ReturnStatement:
      return true;
    default:
      return false;
  }
}

/** Set by a property or an assignment we can point at (not a parent made up for a path, nor a touch). */
export function isSetInCode(entry: OptionEntry): boolean {
  return entry.property !== null || entry.statement !== null;
}

/** Every option set in code at a path, with its dotted name; `*` in the path matches any key. */
export function findEntries(
  object: OptionsObject,
  path: readonly string[],
  prefix: readonly string[] = [],
): { entry: OptionEntry; name: string }[] {
  const [head, ...rest] = path;
  if (head === undefined) return [];
  const keys = head === '*' ? [...object.entries.keys()] : [head];
  return keys.flatMap((key) => {
    const entry = object.entries.get(key);
    if (!entry) return [];
    const name = [...prefix, key];
    if (rest.length === 0) return isSetInCode(entry) ? [{ entry, name: name.join('.') }] : [];
    return entry.value.kind === 'object' ? findEntries(entry.value.object, rest, name) : [];
  });
}

/** Look an option up by path (`['authParams', 'pkce']`). */
export function lookup(object: OptionsObject, path: readonly string[]): Lookup {
  const [head, ...rest] = path;
  if (head === undefined) return { state: 'unknown' };
  const entry = object.entries.get(head);
  if (!entry) return object.open ? { state: 'unknown' } : { state: 'absent' };
  // Touched by code we cannot follow (`delete cfg.a`, `cfg.a += …`): it may or may not be set.
  if (entry.value.kind === 'unknown' && !isSetInCode(entry)) return { state: 'unknown' };
  if (rest.length === 0) return { state: 'present', entry };
  switch (entry.value.kind) {
    case 'object':
      return lookup(entry.value.object, rest);
    case 'unknown':
      return { state: 'unknown' };
    case 'expression': {
      const value = staticValue(entry.value.node);
      return value !== null && (value.value === undefined || value.value === null)
        ? { state: 'absent' }
        : { state: 'unknown' };
    }
  }
}

/** The static value of an entry, or undefined when it is not known. */
export function staticValueOf(
  entry: OptionEntry,
  sourceCode: SourceCode,
): { value: unknown } | undefined {
  if (entry.value.kind !== 'expression') return undefined;
  const { node } = entry.value;
  return staticValue(node, sourceCode.getScope(node)) ?? undefined;
}

/** A boolean option: known `true`, known `false`, absent, or unknown (dynamic, spread, non-boolean). */
export function truthOf(root: OptionsObject, path: readonly string[], sourceCode: SourceCode): Truth {
  const found = lookup(root, path);
  if (found.state !== 'present') return found.state;
  const value = staticValueOf(found.entry, sourceCode);
  if (value?.value === true) return 'true';
  if (value?.value === false) return 'false';
  if (value && value.value === undefined) return 'absent';
  return 'unknown';
}

/** Is an option set to something (not absent, `undefined`, `null` or `''`)? */
export function presenceOf(
  root: OptionsObject,
  path: readonly string[],
  sourceCode: SourceCode,
): 'yes' | 'no' | 'unknown' {
  const found = lookup(root, path);
  if (found.state === 'absent') return 'no';
  if (found.state === 'unknown') return 'unknown';
  if (found.entry.value.kind !== 'expression') return 'yes';
  const value = staticValueOf(found.entry, sourceCode);
  if (value && (value.value === undefined || value.value === null || value.value === '')) return 'no';
  return 'yes';
}
