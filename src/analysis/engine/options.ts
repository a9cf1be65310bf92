/**
 * Options resolution: what an object argument of a call or `new` expression holds at the
 * moment the call runs, as far as the syntax tells (`new OktaSignIn({…})`,
 * `signInWithRedirect({ sessionToken })`, `new OktaAuth({…})`).
 *
 * The object is the argument as an object literal, or an identifier bound once to one
 * (seen through TS `as`/`satisfies`/`!`), merged with spreads and `Object.assign` sources
 * that resolve the same way, and with the writes made to the bound object before the
 * call (`cfg.x = …`, `cfg['features.x'] = …`, `cfg.features.x = …`,
 * `Object.assign(cfg, …)`). Anything that cannot be resolved makes the keys it could
 * touch unknown: never a guess.
 *
 * Keys with dots (`'features.registration'`) are paths, as the widget reads them.
 *
 * A caller may add a layer: calls whose result seeds the object with unknown keys (the
 * widget's `OktaUtil.getSignInWidgetConfig()`), and constructions that only read an
 * object passed to them (another widget built from the same options).
 *
 * This is the mutually recursive core (objects, bindings, writes); the questions asked of
 * a resolved object (lookup, truth, presence, static values) are in option-queries.ts.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  contains,
  enclosingFunction,
  findVariable,
  isGlobalBinding,
  isGlobalCall,
  isReadOnlyCall,
  runsBefore,
  sharesLoop,
  singleInit,
  staticKeyName,
  unwrap,
} from './ast.js';
import { OPTIONS_DEPTH, OPTIONS_MAX_CHANGES } from './limits.js';

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

type OptionValue =
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

export interface ResolvedObject {
  readonly root: OptionsObject;
  /** A seed call of the layer (`OktaUtil.getSignInWidgetConfig()`) fed the object. */
  readonly seeded: boolean;
}

/** What a caller adds to the resolution (see the module comment). */
export interface ObjectLayer {
  /** A call whose result seeds the object: its keys are unknown, and the result is marked `seeded`. */
  seeds?(call: TSESTree.CallExpression, scope: Scope): boolean;
  /** A construction that only reads the object passed as its first argument. */
  reads?(construction: TSESTree.NewExpression, sourceCode: SourceCode): boolean;
  /**
   * What a binding imported from another module (or a `require()` call) holds there: the
   * value's node, that module's SourceCode and the point an importer sees it at; null when
   * it cannot be seen (unknown).
   */
  imported?(binding: TSESLint.Scope.Variable | TSESTree.CallExpression, sourceCode: SourceCode): ForeignValue | null;
}

/** A value in another module (see {@link ObjectLayer.imported}). */
interface ForeignValue {
  readonly node: TSESTree.Node;
  readonly sourceCode: SourceCode;
  readonly use: TSESTree.Node;
}

interface Context {
  /** The module whose nodes are being evaluated (another module's, inside an imported value). */
  sourceCode: SourceCode;
  /** The call: writes after it (in the same function) do not reach it (an imported value: its module's end). */
  use: TSESTree.Node;
  readonly layer: ObjectLayer;
  seeded: boolean;
  depth: number;
  /** How many bindings evaluated so far had writes (their value depends on where the call is). */
  dependent: number;
}

const NO_LAYER: ObjectLayer = {};
const cache = new WeakMap<ObjectLayer, WeakMap<TSESTree.Node, (ResolvedObject | null)[]>>();

/**
 * Resolve the object passed as argument `index` of a call or construction. A missing
 * argument is an empty object; null when the argument is opaque (a parameter, a call
 * result, a spread): then every key is unknown. Memoized per call, argument and layer.
 */
export function resolveObjectArgument(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  sourceCode: SourceCode,
  layer: ObjectLayer = NO_LAYER,
): ResolvedObject | null {
  let byCall = cache.get(layer);
  if (!byCall) {
    byCall = new WeakMap();
    cache.set(layer, byCall);
  }
  let results = byCall.get(call);
  if (!results) {
    results = [];
    byCall.set(call, results);
  }
  const cached = results[index];
  if (cached !== undefined) return cached;
  // A spread before the argument hides which value lands at `index`.
  const before = call.arguments.slice(0, index + 1);
  const argument = call.arguments[index];
  let result: ResolvedObject | null = null;
  if (before.some((a) => a.type === T.SpreadElement)) {
    result = null;
  } else if (!argument) {
    result = { root: emptyObject(null), seeded: false };
  } else {
    const context: Context = { sourceCode, use: call, layer, seeded: false, depth: 0, dependent: 0 };
    const root = evaluateObject(argument, context);
    result = root ? { root, seeded: context.seeded } : null;
  }
  results[index] = result;
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
  if (context.depth > OPTIONS_DEPTH) return null;
  context.depth += 1;
  try {
    const node = unwrap(expression);
    const scope = context.sourceCode.getScope(node);
    switch (node.type) {
      case T.ObjectExpression:
        return evaluateLiteral(node, context);
      case T.Identifier:
        return evaluateBinding(node, scope, context);
      case T.MemberExpression:
        return evaluateImportedMember(node, scope, context);
      case T.CallExpression: {
        if (context.layer.seeds?.(node, scope)) {
          context.seeded = true;
          return { entries: new Map(), open: true, literal: null };
        }
        const foreign = context.layer.imported?.(node, context.sourceCode);
        if (foreign) return evaluateForeign(foreign, context);
        // Object.freeze returns the object it is given.
        if (isGlobalCall(node, 'Object', 'freeze', scope)) {
          const [frozen] = node.arguments;
          return frozen && frozen.type !== T.SpreadElement ? evaluateObject(frozen, context) : null;
        }
        if (isObjectAssign(node, scope)) {
          const [target, ...sources] = node.arguments;
          if (!target || target.type === T.SpreadElement) return null;
          const evaluated = evaluateObject(target, context);
          if (!evaluated) return null;
          const object = sources.length > 0 ? owned(evaluated) : evaluated;
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

/** Evaluate a value of another module where it lives (its SourceCode, its end), then come back. */
function evaluateForeign(foreign: ForeignValue, context: Context): OptionsObject | null {
  const { sourceCode, use } = context;
  context.sourceCode = foreign.sourceCode;
  context.use = foreign.use;
  try {
    return evaluateObject(foreign.node, context);
  } finally {
    context.sourceCode = sourceCode;
    context.use = use;
  }
}

/**
 * `config.oidc` where `config` is imported from another module: the nested object of the
 * imported value. (A member of a local binding stays unknown, as before.)
 */
function evaluateImportedMember(node: TSESTree.MemberExpression, scope: Scope, context: Context): OptionsObject | null {
  const base = unwrap(node.object);
  const key = staticKeyName(node, scope);
  if (key === null || base.type !== T.Identifier || !context.layer.imported) return null;
  const variable = findVariable(scope, base);
  if (!variable || isGlobalBinding(variable)) return null;
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  const init = singleInit(variable);
  const imported = def?.type === 'ImportBinding' || (init !== null && unwrap(init).type === T.CallExpression);
  if (!imported) return null;
  const object = evaluateObject(base, context);
  const entry = object?.entries.get(key);
  if (!entry) return null;
  return entry.value.kind === 'object' ? entry.value.object : null;
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
    const value: OptionValue = member.kind !== 'init' ? { kind: 'unknown' } : objectOrExpression(member.value, context);
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
    if (SHARED.has(child)) {
      // A nested object of a shared value: this object gets its own copy to write into.
      child = owned(child);
      object.entries.set(head, { ...existing, value: { kind: 'object', object: child } });
    }
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

/**
 * Values of bindings already evaluated, shared by every call that sees the same value: per
 * layer and binding, keyed by the depth and by what each write means for the call
 * (`situation`). An object here (and every object it holds) is never written again
 * ({@link SHARED}): an evaluation that would change one writes to a copy.
 */
const bindingValues = new WeakMap<ObjectLayer, WeakMap<TSESLint.Scope.Variable, Map<string, { object: OptionsObject; seeded: boolean }>>>();
const SHARED = new WeakSet<OptionsObject>();

/** Mark an object and everything it holds as shared. */
function share(object: OptionsObject): void {
  if (SHARED.has(object)) return;
  SHARED.add(object);
  for (const entry of object.entries.values()) if (entry.value.kind === 'object') share(entry.value.object);
}

/** The object itself, or a copy to write into when it is shared (nested objects are copied when written: setPath). */
function owned(object: OptionsObject): OptionsObject {
  return SHARED.has(object) ? { entries: new Map(object.entries), open: object.open, literal: object.literal } : object;
}

function evaluateBinding(node: TSESTree.Identifier, scope: Scope, context: Context): OptionsObject | null {
  const variable = findVariable(scope, node);
  if (!variable || isGlobalBinding(variable)) return null;
  const init = singleInit(variable);
  const foreign = init ? null : (context.layer.imported?.(variable, context.sourceCode) ?? null);
  if (!init && !foreign) return null;
  const changes = changingReferences(variable, context);
  const writes = changes.length > 0 && changes.length <= OPTIONS_MAX_CHANGES;
  let byVariable = bindingValues.get(context.layer);
  if (!byVariable) {
    byVariable = new WeakMap();
    bindingValues.set(context.layer, byVariable);
  }
  let values = byVariable.get(variable);
  if (!values) {
    values = new Map();
    byVariable.set(variable, values);
  }
  const key = `${context.depth}:${writes ? situation(changes, context.use) : ''}`;
  const known = values.get(key);
  if (known) {
    if (known.seeded) context.seeded = true;
    if (writes) context.dependent += 1;
    return known.object;
  }
  const dependentBefore = context.dependent;
  const seededBefore = context.seeded;
  context.seeded = false;
  let object = foreign ? evaluateForeign(foreign, context) : evaluateObject(init!, context);
  if (object) {
    if (changes.length > 0) object = owned(object);
    applyWrites(object, variable, context);
  }
  const seeded = context.seeded;
  context.seeded = seededBefore || seeded;
  // Shared only when no binding it reads had writes of its own (those depend on the call too).
  if (object && context.dependent === dependentBefore) {
    share(object);
    values.set(key, { object, seeded });
  }
  if (writes) context.dependent += 1;
  return object;
}

interface WriteFacts {
  readonly fn: TSESTree.Node;
  /** The node whose `runsBefore` applyReference may ask: the parent of the member chain. */
  readonly write: TSESTree.Node | null;
  /** When `write` is the expression of a statement in a statement list: that statement, its list and its function. */
  readonly statement: { readonly node: TSESTree.Node; readonly list: TSESTree.Node; readonly fn: TSESTree.Node } | null;
}
const writeFacts = new WeakMap<TSESTree.Identifier, WriteFacts>();

function factsOf(identifier: TSESTree.Identifier, context: Context): WriteFacts {
  let facts = writeFacts.get(identifier);
  if (!facts) {
    const chain = memberChain(identifier, context.sourceCode.getScope(identifier));
    const write = 'computed' in chain ? null : (chain.top.parent ?? null);
    const statement = write?.parent;
    const list = statement?.parent;
    facts = {
      fn: enclosingFunction(identifier),
      write,
      statement:
        statement?.type === T.ExpressionStatement &&
        statement.expression === write &&
        (list?.type === T.Program || list?.type === T.BlockStatement || list?.type === T.StaticBlock)
          ? { node: statement, list, fn: enclosingFunction(statement) }
          : null,
    };
    writeFacts.set(identifier, facts);
  }
  return facts;
}

/**
 * What each write of a binding means for a call, as applyWrites and applyReference decide
 * it: skipped (inside the call, or after it in its function), or applied with
 * `runsBefore` false or true. Calls with the same situation see the same value.
 */
function situation(changes: readonly TSESTree.Identifier[], use: TSESTree.Node): string {
  const useFunction = enclosingFunction(use);
  const loops: TSESTree.Node[] = [];
  for (let current = use.parent; current && current !== useFunction; current = current.parent) {
    if (LOOPS.has(current.type)) loops.push(current);
  }
  let key = '';
  for (const identifier of changes) {
    const facts = writeFacts.get(identifier)!;
    if (contains(use, identifier)) {
      key += '0';
      continue;
    }
    const later = identifier.range[0] > use.range[1];
    if (later && facts.fn === useFunction && !loops.some((loop) => contains(loop, identifier))) {
      key += '0';
      continue;
    }
    const { statement } = facts;
    const before =
      statement !== null && contains(statement.list, use) && statement.node.range[1] <= use.range[0] && statement.fn === useFunction;
    key += before ? '2' : '1';
  }
  return key;
}

const LOOPS: ReadonlySet<string> = new Set([T.ForStatement, T.ForInStatement, T.ForOfStatement, T.WhileStatement, T.DoWhileStatement]);

function isObjectAssign(node: TSESTree.CallExpression, scope: Scope): boolean {
  return isGlobalCall(node, 'Object', 'assign', scope);
}

/** Apply the writes made to a bound options object before the constructor runs. */
function applyWrites(object: OptionsObject, variable: TSESLint.Scope.Variable, context: Context): void {
  const events = changingReferences(variable, context);
  // Bounded work per call: an object changed in that many places counts as unknown.
  if (events.length > OPTIONS_MAX_CHANGES) {
    openUp(object);
    return;
  }
  const useFunction = enclosingFunction(context.use);
  for (const identifier of events) {
    if (contains(context.use, identifier)) continue;
    // After the call, in the same function and not in a loop around both: too late to matter.
    const later = identifier.range[0] > context.use.range[1];
    if (later && enclosingFunction(identifier) === useFunction && !sharesLoop(context.use, identifier)) continue;
    applyReference(object, identifier, context);
  }
}

const changesByLayer = new WeakMap<ObjectLayer, WeakMap<TSESLint.Scope.Variable, TSESTree.Identifier[]>>();

/**
 * The references to a binding that may change the object it holds: not its declaration,
 * and not a use that only reads it (a read of a key, a spread, a condition, logging,
 * another construction the layer knows only reads it). Classified once per binding and
 * layer, so many constructions of one object cost linear time.
 */
function changingReferences(variable: TSESLint.Scope.Variable, context: Context): TSESTree.Identifier[] {
  let byVariable = changesByLayer.get(context.layer);
  if (!byVariable) {
    byVariable = new WeakMap();
    changesByLayer.set(context.layer, byVariable);
  }
  let changes = byVariable.get(variable);
  if (!changes) {
    changes = [];
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      if (!reference.init && !onlyReads(identifier, context)) {
        changes.push(identifier);
        factsOf(identifier, context);
      }
    }
    byVariable.set(variable, changes);
  }
  return changes;
}

/** Does this reference leave the object as it is, whatever call it is compared with? (The cases of applyReference that do nothing.) */
function onlyReads(identifier: TSESTree.Identifier, context: Context): boolean {
  const scope = context.sourceCode.getScope(identifier);
  const chain = memberChain(identifier, scope);
  if ('computed' in chain) return !isWriteTarget(chain.computed);
  const { path, top } = chain;
  const parent = top.parent;
  if (!parent) return true;
  if ((parent.type === T.AssignmentExpression && parent.left === top) || isWriteTarget(top)) return false;
  if (parent.type === T.CallExpression) {
    if (parent.callee === top) return false;
    return isObjectAssign(parent, scope) ? parent.arguments[0] !== top : isReadOnlyCall(parent, scope);
  }
  if (path.length > 0) return !isEscape(parent, top);
  if (parent.type === T.NewExpression) {
    return parent.arguments[0] === top && (context.layer.reads?.(parent, context.sourceCode) ?? false);
  }
  return (
    // `export { cfg }`, `export default cfg`: exporting a binding does not change it.
    parent.type === T.ExportSpecifier ||
    parent.type === T.ExportDefaultDeclaration ||
    parent.type === T.SpreadElement ||
    parent.type === T.MemberExpression ||
    parent.type === T.IfStatement ||
    parent.type === T.UnaryExpression ||
    parent.type === T.BinaryExpression ||
    parent.type === T.LogicalExpression
  );
}

/** `cfg.features.x` → the path `['features', 'x']` and the outermost member; null for a computed key. */
function memberChain(
  identifier: TSESTree.Identifier,
  scope: Scope,
): { path: string[]; top: TSESTree.Node } | { computed: TSESTree.MemberExpression; path: string[] } {
  const path: string[] = [];
  let top: TSESTree.Node = identifier;
  while (top.parent?.type === T.MemberExpression && top.parent.object === top) {
    const name = staticKeyName(top.parent, scope);
    if (name === null) return { computed: top.parent, path };
    path.push(...name.split('.'));
    top = top.parent;
  }
  return { path, top };
}

/**
 * One reference that may change the bound object (see `onlyReads` for those that cannot),
 * before the call or in a place that may run before it.
 */
function applyReference(object: OptionsObject, identifier: TSESTree.Identifier, context: Context): void {
  const scope = context.sourceCode.getScope(identifier);
  const chain = memberChain(identifier, scope);
  if ('computed' in chain) {
    // cfg[key] = …: any key may change.
    touchPath(object, chain.path, chain.computed);
    return;
  }
  const { path, top } = chain;
  const parent = top.parent!;
  if (parent.type === T.AssignmentExpression && parent.left === top) {
    applyAssignment(object, path, parent, context);
  } else if (parent.type === T.CallExpression && !isWriteTarget(top)) {
    applyCall(object, path, top, parent, scope, context);
  } else if (path.length > 0) {
    // Updated, deleted, or a member object that escapes: that subtree is unknown.
    touchPath(object, path, parent);
  } else {
    // Anything else (assigned elsewhere, returned, passed on): it may be changed anywhere.
    openUp(object);
  }
}

/**
 * `cfg.x = value`: folded in when it is a plain `=` that always runs before the call;
 * under a condition, in a loop or another function it makes the key unknown.
 * `cfg = …`: anything.
 */
function applyAssignment(
  object: OptionsObject,
  path: readonly string[],
  assignment: TSESTree.AssignmentExpression,
  context: Context,
): void {
  if (path.length === 0) {
    openUp(object);
  } else if (assignment.operator !== '=' || !runsBefore(assignment, context.use)) {
    touchPath(object, path, assignment);
  } else {
    setPath(object, path, {
      key: path.join('.'),
      value: objectOrExpression(assignment.right, context),
      node: assignment,
      property: null,
      statement: assignment.parent?.type === T.ExpressionStatement ? assignment.parent : null,
    });
  }
}

/** The object, or a member of it, as a callee or as an argument of a call that may change it. */
function applyCall(
  object: OptionsObject,
  path: readonly string[],
  top: TSESTree.Node,
  call: TSESTree.CallExpression,
  scope: Scope,
  context: Context,
): void {
  if (call.callee === top) {
    // A method call on the object or one of its members may change it.
    touchPath(object, path.slice(0, -1), call);
  } else if (isObjectAssign(call, scope) && path.length === 0 && runsBefore(call, context.use)) {
    for (const source of call.arguments.slice(1)) mergeSource(object, source, context);
  } else {
    // Into a member (`Object.assign(cfg.features, x)`), conditionally, or passed on.
    touchPath(object, path, call);
  }
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

/**
 * The object an expression evaluates to (a literal, a binding, `Object.assign`/`freeze`),
 * as code at `use` sees it (no layer): for an object that is not a call's argument, such
 * as the value of a property (`{ provide: TOKEN, useValue: config }`). Null when opaque.
 */
export function resolveObjectValue(
  node: TSESTree.Node,
  use: TSESTree.Node,
  sourceCode: SourceCode,
  layer: ObjectLayer = NO_LAYER,
): OptionsObject | null {
  const context: Context = { sourceCode, use, layer, seeded: false, depth: 0, dependent: 0 };
  return evaluateObject(node, context);
}

/**
 * The object a name is bound to, with every write to it folded in, as a call at `use`
 * sees it (no layer): for the queries that follow a member read (`config.clientId`).
 */
export function resolveBinding(node: TSESTree.Identifier, use: TSESTree.Node, sourceCode: SourceCode): OptionsObject | null {
  const context: Context = { sourceCode, use, layer: NO_LAYER, seeded: false, depth: 0, dependent: 0 };
  return evaluateBinding(node, sourceCode.getScope(use), context);
}
