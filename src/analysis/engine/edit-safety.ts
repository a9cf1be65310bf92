/**
 * May an edit of an options object be an autofix? Only when the analysis sees every
 * reader of the text it changes: the object reaches the one construction the finding is
 * about and nothing else, and every other reference to it is a read of a different key
 * or a write. Passing it to anything else (another widget included), spreading it into a
 * second object, exporting, logging or serialising it, or reading the edited key (or an
 * object that holds it) makes the edit a suggestion. Okta-free.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { findVariable, isGlobalCall, staticKeyName } from './ast.js';
import type { OptionEntry } from './options.js';
import { EDIT_MAX_REFERENCES, EDIT_READER_DEPTH } from './limits.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

const handOnsByVariable = new WeakMap<Variable, number>();

/**
 * How many references hand the object itself on (not a member, not the target of
 * `Object.assign`). Counted once per binding: with two or more, no edit of it is private.
 */
function handOns(variable: Variable, sourceCode: SourceCode): number {
  let count = handOnsByVariable.get(variable);
  if (count === undefined) {
    count = 0;
    for (const reference of variable.references) {
      if (reference.init) continue;
      const whole = sameObjectAs(reference.identifier, sourceCode);
      const parent = whole.parent;
      if (parent?.type === T.MemberExpression && parent.object === whole) continue;
      if (
        parent?.type === T.CallExpression &&
        parent.arguments[0] === whole &&
        isGlobalCall(parent, 'Object', 'assign', sourceCode.getScope(parent))
      )
        continue;
      count += 1;
    }
    handOnsByVariable.set(variable, count);
  }
  return count;
}

/** The outermost node that still evaluates to the same object: through TS wrappers, `?.` and `Object.freeze()`. */
function sameObjectAs(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  let current = node;
  for (let parent = current.parent; parent; parent = current.parent) {
    const wraps =
      ((parent.type === T.TSAsExpression ||
        parent.type === T.TSSatisfiesExpression ||
        parent.type === T.TSNonNullExpression ||
        parent.type === T.TSTypeAssertion ||
        parent.type === T.ChainExpression) &&
        parent.expression === current) ||
      (parent.type === T.CallExpression &&
        parent.arguments[0] === current &&
        isGlobalCall(parent, 'Object', 'freeze', sourceCode.getScope(parent)));
    if (!wraps) return current;
    current = parent;
  }
  return current;
}

/**
 * Which declared types see the object as a key is inserted into it, and whether each
 * accepts the new key. `accepts` answers for one type (the widget's own options type,
 * say); once an assertion it accepts hides the literal (`x as WidgetOptions`), no outer
 * type sees the literal's keys. Null: types are not checked (an edit that adds no key).
 */
interface DeclaredTypes {
  accepts(type: TSESTree.TypeNode): boolean;
}

/** `as const` checks nothing: it only narrows the literal. */
function isConstAssertion(type: TSESTree.TypeNode): boolean {
  return type.type === T.TSTypeReference && type.typeName.type === T.Identifier && type.typeName.name === 'const';
}

/**
 * The types that check the object on its way from `node` to `whole` (see `sameObjectAs`):
 * `satisfies T`, `as T` and `<T>x` (not `as const`), `Object.freeze<T>(…)`. Returns
 * false when one rejects the insertion, 'hidden' when an accepted assertion hides the
 * literal's keys from every type further out, true otherwise.
 */
function wrappersAccept(node: TSESTree.Node, whole: TSESTree.Node, types: DeclaredTypes): boolean | 'hidden' {
  let hidden = false;
  for (let current = node; current !== whole && current.parent; current = current.parent) {
    const parent: TSESTree.Node = current.parent;
    const checked: TSESTree.TypeNode[] =
      parent.type === T.TSSatisfiesExpression
        ? [parent.typeAnnotation]
        : (parent.type === T.TSAsExpression || parent.type === T.TSTypeAssertion) && !isConstAssertion(parent.typeAnnotation)
          ? [parent.typeAnnotation]
          : parent.type === T.CallExpression
            ? (parent.typeArguments?.params ?? [])
            : [];
    if (hidden || checked.length === 0) continue;
    if (!checked.every((type) => types.accepts(type))) return false;
    if (parent.type === T.TSAsExpression || parent.type === T.TSTypeAssertion) hidden = true;
  }
  return hidden ? 'hidden' : true;
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).every((key, index) => key === b[index]);
}

/**
 * Does every reader of `path` in the object `expression` evaluates to read it through
 * the construction `use`? With `types`, also: does every declared type the object meets
 * on its way there accept an inserted key at `path` (see `DeclaredTypes`)?
 */
function reachesOnly(
  expression: TSESTree.Node,
  path: readonly string[],
  use: TSESTree.NewExpression,
  sourceCode: SourceCode,
  types: DeclaredTypes | null = null,
  depth = 0,
): boolean {
  if (depth > EDIT_READER_DEPTH) return false;
  const node = sameObjectAs(expression, sourceCode);
  let outer = types;
  if (types) {
    const wrapped = wrappersAccept(expression, node, types);
    if (wrapped === false) return false;
    if (wrapped === 'hidden') outer = null;
  }
  const parent = node.parent;
  switch (parent?.type) {
    case T.NewExpression:
      return parent === use && parent.arguments[0] === node;
    case T.Property: {
      if (parent.value !== node || parent.parent.type !== T.ObjectExpression) return false;
      const key = staticKeyName(parent, sourceCode.getScope(parent));
      return key !== null && reachesOnly(parent.parent, [...key.split('.'), ...path], use, sourceCode, outer, depth + 1);
    }
    case T.SpreadElement:
      return parent.parent.type === T.ObjectExpression && reachesOnly(parent.parent, path, use, sourceCode, outer, depth + 1);
    case T.CallExpression: {
      if (!isGlobalCall(parent, 'Object', 'assign', sourceCode.getScope(parent))) return false;
      // `Object.assign<T, U>(…)` checks its arguments against its type arguments.
      if (outer && !(parent.typeArguments?.params ?? []).every((type) => outer.accepts(type))) return false;
      const [target] = parent.arguments;
      // Merged into a fresh object that the call returns, or the target itself.
      if (target === node || target?.type === T.ObjectExpression) return reachesOnly(parent, path, use, sourceCode, outer, depth + 1);
      return false;
    }
    case T.VariableDeclarator: {
      if (parent.init !== node || parent.id.type !== T.Identifier) return false;
      // A typed variable checks the object it is initialised with.
      const annotation = parent.id.typeAnnotation?.typeAnnotation;
      if (outer && annotation && !outer.accepts(annotation)) return false;
      const [variable] = sourceCode.getDeclaredVariables(parent);
      return variable !== undefined && bindingReachesOnly(variable, path, use, null, sourceCode, outer, depth + 1);
    }
    default:
      return false;
  }
}

/**
 * Every reference to a binding of the object is the one that carries it into `use`, a
 * read of a key that does not overlap `path`, or a write (the analysis folds those in,
 * or makes their keys unknown). `edited` is the assignment the edit changes, if any.
 */
function bindingReachesOnly(
  variable: Variable,
  path: readonly string[],
  use: TSESTree.NewExpression,
  edited: TSESTree.Node | null,
  sourceCode: SourceCode,
  types: DeclaredTypes | null,
  depth: number,
): boolean {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Variable' || def.parent.parent?.type === T.ExportNamedDeclaration) return false;
  return referencesReachOnly(variable, path, use, edited, sourceCode, types, depth);
}

/** The reference loop of `bindingReachesOnly`, for a binding whose declaration is checked. */
function referencesReachOnly(
  variable: Variable,
  path: readonly string[],
  use: TSESTree.NewExpression,
  edited: TSESTree.Node | null,
  sourceCode: SourceCode,
  types: DeclaredTypes | null,
  depth: number,
): boolean {
  if (variable.references.length > EDIT_MAX_REFERENCES || handOns(variable, sourceCode) > 1) return false;
  let carriers = 0;
  for (const reference of variable.references) {
    if (reference.init) continue;
    const scope = sourceCode.getScope(reference.identifier);
    const chain: string[] = [];
    let top: TSESTree.Node = reference.identifier;
    while (top.parent?.type === T.MemberExpression && top.parent.object === top) {
      const key = staticKeyName(top.parent, scope);
      if (key === null) return false;
      chain.push(...key.split('.'));
      top = top.parent;
    }
    const parent = top.parent;
    if (!parent) return false;
    if (chain.length > 0) {
      if (parent === edited) continue;
      // Any other reader or writer of the edited key, or of an object holding it.
      if (overlaps(chain, path)) return false;
      continue;
    }
    // The object itself.
    const whole = sameObjectAs(top, sourceCode);
    const holder = whole.parent;
    if (holder === use && use.arguments[0] === whole) {
      if (types && wrappersAccept(top, whole, types) === false) return false;
      carriers += 1;
    } else if (
      holder?.type === T.CallExpression &&
      holder.arguments[0] === whole &&
      isGlobalCall(holder, 'Object', 'assign', sourceCode.getScope(holder))
    ) {
      // Object.assign(cfg, …): a write into it.
      continue;
    } else if (
      (holder?.type === T.SpreadElement ||
        (holder?.type === T.CallExpression && isGlobalCall(holder, 'Object', 'assign', sourceCode.getScope(holder)))) &&
      reachesOnly(top, path, use, sourceCode, types, depth + 1)
    ) {
      carriers += 1;
    } else {
      return false;
    }
  }
  return carriers === 1;
}

/** The path of an entry inside the object its property belongs to: the property's own key, dots split. */
function propertyPath(property: TSESTree.Property, sourceCode: SourceCode): string[] | null {
  return staticKeyName(property, sourceCode.getScope(property))?.split('.') ?? null;
}

/** Is the text an edit of this entry changes (its property, or its `cfg.x = …;` statement) read only by `use`? */
export function isPrivateEntry(entry: OptionEntry, use: TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  if (entry.property) {
    const path = propertyPath(entry.property, sourceCode);
    return path !== null && entry.property.parent.type === T.ObjectExpression && reachesOnly(entry.property.parent, path, use, sourceCode);
  }
  const assignment = entry.statement?.expression;
  if (assignment?.type !== T.AssignmentExpression) return false;
  const path: string[] = [];
  let object: TSESTree.Node = assignment.left;
  while (object.type === T.MemberExpression) {
    const key = staticKeyName(object, sourceCode.getScope(object));
    if (key === null) return false;
    path.unshift(...key.split('.'));
    object = object.object;
  }
  if (object.type !== T.Identifier) return false;
  const variable = findVariable(sourceCode.getScope(object), object);
  return variable !== null && bindingReachesOnly(variable, path, use, assignment, sourceCode, null, 0);
}

/**
 * May inserting `key` into the object literal `literal` be an autofix? Only when `use`
 * is its only reader (`reachesOnly`) and every declared type that checks it on the way
 * accepts the key: `satisfies T`, `as T`, `<T>x`, `Object.freeze<T>()`, a typed variable,
 * of the literal or of any object it is nested or spread in, through any nesting of
 * wrappers. `as const` checks nothing. `isOwnType` says which types accept it (the
 * widget's own options type); any other may reject it. A literal that flows anywhere
 * else (a typed parameter, a class property, a return value) is not private anyway.
 */
export function canInsertInto(
  literal: TSESTree.ObjectExpression,
  key: string,
  use: TSESTree.NewExpression,
  sourceCode: SourceCode,
  isOwnType: (type: TSESTree.TypeNode) => boolean,
): boolean {
  return reachesOnly(literal, [key], use, sourceCode, { accepts: isOwnType });
}

/** `module.exports` at a module's top level (`module` a global: not declared in the module). */
function isModuleExportsTarget(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (node.type !== T.MemberExpression || node.computed || node.property.type !== T.Identifier || node.property.name !== 'exports')
    return false;
  const object = node.object;
  return object.type === T.Identifier && object.name === 'module' && findVariable(sourceCode.getScope(object), object) === null;
}

/** `module.exports = <node>;` as a statement of the module's top level. */
function isWholeCommonJsExport(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const parent = node.parent;
  return (
    parent?.type === T.AssignmentExpression &&
    parent.operator === '=' &&
    parent.right === node &&
    parent.parent.type === T.ExpressionStatement &&
    parent.parent.parent.type === T.Program &&
    isModuleExportsTarget(parent.left, sourceCode)
  );
}

/**
 * In the module that holds an options object another module constructs with: may
 * inserting `key` into the literal be an autofix as far as this module goes? Only when
 * the literal is exactly one export of its module and nothing in the module reads or
 * writes it: `export default {…}`, `module.exports = {…}`, or a `const` that is exported
 * once (`export const x = {…}`, `export default x`, `export { x }`, `module.exports = x`)
 * and referenced nowhere else; every declared type on the way accepts the key (as in
 * `canInsertInto`). Who imports the module is the caller's question (a scan of the package).
 */
export function isOnlyExport(
  literal: TSESTree.ObjectExpression,
  key: string,
  sourceCode: SourceCode,
  isOwnType: (type: TSESTree.TypeNode) => boolean,
): boolean {
  const types: DeclaredTypes = { accepts: isOwnType };
  const whole = sameObjectAs(literal, sourceCode);
  if (wrappersAccept(literal, whole, types) === false) return false;
  const parent = whole.parent;
  if (parent?.type === T.ExportDefaultDeclaration) return true;
  if (isWholeCommonJsExport(whole, sourceCode)) return true;
  if (parent?.type !== T.VariableDeclarator || parent.init !== whole || parent.id.type !== T.Identifier) return false;
  const declaration = parent.parent;
  if (declaration.type !== T.VariableDeclaration || declaration.kind !== 'const') return false;
  const annotation = parent.id.typeAnnotation?.typeAnnotation;
  if (annotation && !isOwnType(annotation)) return false;
  const [variable] = sourceCode.getDeclaredVariables(parent);
  if (!variable || variable.defs.length !== 1 || variable.references.length > EDIT_MAX_REFERENCES) return false;
  let exports = declaration.parent.type === T.ExportNamedDeclaration ? 1 : 0;
  for (const reference of variable.references) {
    if (reference.init) continue;
    const identifier = reference.identifier;
    const holder = identifier.parent;
    if (holder?.type === T.ExportSpecifier && holder.local === identifier) exports += 1;
    else if (holder?.type === T.ExportDefaultDeclaration) exports += 1;
    else if (isWholeCommonJsExport(identifier, sourceCode)) exports += 1;
    // Any other reference (a read, a write, a second export under another name) is another reader.
    else return false;
  }
  return exports === 1;
}

/**
 * In the file that constructs with an imported options object: is `use` the only reader
 * of `key` there? The binding is an import (`import config from`, `import { config }
 * from`) or a `const` bound to a `require()`, and every reference to it is the one that
 * carries it into `use` or a read of a key that does not overlap `key` (as `isPrivateEntry`).
 */
export function isImportPrivateTo(variable: Variable, key: string, use: TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || (def?.type !== 'ImportBinding' && def?.type !== 'Variable')) return false;
  if (def.type === 'Variable' && (def.parent.kind !== 'const' || def.parent.parent?.type === T.ExportNamedDeclaration)) return false;
  return referencesReachOnly(variable, [key], use, null, sourceCode, null, 0);
}
