/**
 * Small, Okta-free AST helpers shared by the analysis modules.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { eslintUtils } from '../../deps.js';
import { T } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** See through TypeScript-only wrappers (`as`, `satisfies`, `!`, `<T>x`) and optional chains. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case T.TSAsExpression:
      case T.TSSatisfiesExpression:
      case T.TSNonNullExpression:
      case T.TSTypeAssertion:
      case T.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The outermost of the TypeScript wrappers and optional chains around a node (the reverse of `unwrap`): where its value is used. */
export function wrapperAround(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && isWrapper(current.parent, current)) current = current.parent;
  return current;
}

function isWrapper(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case T.TSAsExpression:
    case T.TSSatisfiesExpression:
    case T.TSNonNullExpression:
    case T.TSTypeAssertion:
    case T.ChainExpression:
      return parent.expression === child;
    default:
      return false;
  }
}

/** The static name of a property key or member property, or null when it is computed at run time. */
export function staticKeyName(node: TSESTree.Property | TSESTree.MemberExpression, scope: Scope): string | null {
  if (node.type === T.Property && !node.computed) {
    if (node.key.type === T.Identifier) return node.key.name;
    if (node.key.type === T.Literal) return String(node.key.value);
    return null;
  }
  return eslintUtils().getPropertyName(node as never, scope as never) ?? null;
}

/**
 * The static name of a member's property, without asking for its scope when the syntax
 * alone gives it (`a.b`, `a['b']`, ``a[`b`]``): the cheap first question of the listeners
 * that run on every call of a file. A computed key is resolved through the scope.
 */
export function memberKey(node: TSESTree.MemberExpression, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const { property } = node;
  if (!node.computed) return property.type === T.Identifier ? property.name : null;
  if (property.type === T.Literal)
    return typeof property.value === 'string' || typeof property.value === 'number' ? String(property.value) : null;
  if (property.type === T.TemplateLiteral && property.expressions.length === 0) return property.quasis[0]?.value.cooked ?? null;
  // `a[b]`, common in bundles: resolved once per node, whichever rule asks first.
  let key = computedKeys.get(node);
  if (key === undefined) {
    key = staticKeyName(node, sourceCode.getScope(node));
    computedKeys.set(node, key);
  }
  return key;
}

const computedKeys = new WeakMap<TSESTree.MemberExpression, string | null>();

/**
 * The variable an identifier refers to. `scope` must be the innermost scope around it
 * (what `sourceCode.getScope(identifier)` returns): the lookup then goes by name up the
 * scope chain, without searching the child scopes for the node (a search that costs as
 * many steps as a module has functions).
 */
export function findVariable(scope: Scope, node: TSESTree.Identifier): Variable | null {
  return eslintUtils().findVariable(scope as never, node.name) as Variable | null;
}

/** The variable a name refers to from a scope (the innermost scope at the place that names it), or null. */
export function variableNamed(scope: Scope, name: string): Variable | null {
  return eslintUtils().findVariable(scope as never, name) as Variable | null;
}

/**
 * The value of an expression when the syntax alone determines it (literals, `const`
 * bindings when a scope is given, operators over those), or null.
 */
export function staticValue(node: TSESTree.Node, scope?: Scope): { value: unknown } | null {
  return eslintUtils().getStaticValue(node as never, scope as never);
}

/** True for a node inside an ambient (`declare …`) declaration. */
function isAmbient(node: TSESTree.Node | undefined): boolean {
  for (let current = node; current; current = current.parent) {
    if ('declare' in current && current.declare === true) return true;
    if (current.type === T.Program) return false;
  }
  return false;
}

/**
 * A reference to a global: not declared in the file (or declared through the config's
 * `globals`), or declared only ambiently (`declare const OktaSignIn: …`), which types the
 * global rather than shadowing it.
 */
export function isGlobalBinding(variable: Variable | null): boolean {
  if (!variable) return true;
  if (variable.defs.length === 0) return true;
  return variable.defs.every((def) => isAmbient(def.node));
}

/**
 * The expression a variable is bound to, when it is bound once and never reassigned:
 * `const x = …`, or a `let`/`var` with an initializer and no other write.
 */
export function singleInit(variable: Variable): TSESTree.Expression | null {
  let init = singleInits.get(variable);
  if (init === undefined) {
    init = findSingleInit(variable);
    singleInits.set(variable, init);
  }
  return init;
}

/** Memoized per variable: bindings used many times are asked many times. */
const singleInits = new WeakMap<Variable, TSESTree.Expression | null>();

function findSingleInit(variable: Variable): TSESTree.Expression | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def?.type !== 'Variable') return null;
  const declarator = def.node;
  if (declarator.id.type !== T.Identifier || !declarator.init) return null;
  for (const ref of variable.references) {
    if (ref.isWrite() && !ref.init) return null;
  }
  return declarator.init;
}

/**
 * The values written to a `let`/`const`/`var` binding declared once by name: its initializer
 * and the right side of every plain `=` assignment. Null when it is not such a binding,
 * or when another write (`+=`, `++`, a destructuring, a `for…of`) may change it.
 */
export function writtenValues(variable: Variable): TSESTree.Expression[] | null {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.node.id.type !== T.Identifier) return null;
  const values: TSESTree.Expression[] = [];
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue;
    if (reference.init) {
      if (!def.node.init) return null;
      values.push(def.node.init);
      continue;
    }
    const assignment = reference.identifier.parent;
    if (assignment?.type !== T.AssignmentExpression || assignment.operator !== '=' || assignment.left !== reference.identifier) return null;
    values.push(assignment.right);
  }
  return values;
}

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * The function an expression evaluates to, when the syntax shows it: inline, a function
 * declaration, or a binding (bound once) to a function or arrow expression.
 */
export function resolveFunction(node: TSESTree.Node, scope: Scope): FunctionNode | null {
  const inner = unwrap(node);
  if (inner.type === T.FunctionExpression || inner.type === T.ArrowFunctionExpression) return inner;
  if (inner.type !== T.Identifier) return null;
  const variable = findVariable(scope, inner);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'FunctionName') return def.node.type === T.FunctionDeclaration ? def.node : null;
  const init = variable ? singleInit(variable) : null;
  const fn = init ? unwrap(init) : null;
  return fn?.type === T.FunctionExpression || fn?.type === T.ArrowFunctionExpression ? fn : null;
}

/** The nearest enclosing function (or the Program) of a node. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case T.FunctionDeclaration:
      case T.FunctionExpression:
      case T.ArrowFunctionExpression:
      case T.Program:
        return current;
      default:
        break;
    }
  }
  return node;
}

/** The string value of a string literal or a template literal without expressions. */
export function staticString(node: TSESTree.Node | null | undefined): string | null {
  if (!node) return null;
  if (node.type === T.Literal && typeof node.value === 'string') return node.value;
  if (node.type === T.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** `Owner.method(…)` with the unshadowed global `Owner` (`Object.assign(…)`, `Object.freeze(…)`). */
export function isGlobalCall(call: TSESTree.CallExpression, owner: string, method: string, scope: Scope): boolean {
  const callee = unwrap(call.callee);
  if (callee.type !== T.MemberExpression || callee.object.type !== T.Identifier || callee.object.name !== owner) return false;
  return isGlobalBinding(findVariable(scope, callee.object)) && staticKeyName(callee, scope) === method;
}

/** Calls that only read their arguments: `console.*(…)` and `JSON.stringify(…)`, on the unshadowed globals. */
export function isReadOnlyCall(node: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== T.MemberExpression || callee.object.type !== T.Identifier) return false;
  const owner = callee.object.name;
  if (owner !== 'console' && owner !== 'JSON') return false;
  if (!isGlobalBinding(findVariable(scope, callee.object))) return false;
  return owner === 'console' || staticKeyName(callee, scope) === 'stringify';
}

/** `require('x')` with the unshadowed global `require`: returns 'x'. */
export function requiredModule(node: TSESTree.Node, scope: Scope): string | null {
  if (node.type !== T.CallExpression || node.arguments.length !== 1) return null;
  const { callee } = node;
  if (callee.type !== T.Identifier || callee.name !== 'require') return null;
  if (!isGlobalBinding(findVariable(scope, callee))) return null;
  return staticString(node.arguments[0]);
}

/** `import('x')` or `await import('x')`: returns 'x'. */
export function dynamicImportedModule(node: TSESTree.Node): string | null {
  const inner = node.type === T.AwaitExpression ? node.argument : node;
  if (inner.type !== T.ImportExpression) return null;
  return staticString(inner.source);
}

/** Is there a loop, inside the function of `node`, around both `node` and `other`? (Then code after `node` also runs before it.) */
export function sharesLoop(node: TSESTree.Node, other: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case T.ForStatement:
      case T.ForInStatement:
      case T.ForOfStatement:
      case T.WhileStatement:
      case T.DoWhileStatement:
        if (contains(current, other)) return true;
        break;
      case T.FunctionDeclaration:
      case T.FunctionExpression:
      case T.ArrowFunctionExpression:
      case T.Program:
        return false;
      default:
        break;
    }
  }
  return false;
}

/**
 * Does `write` (an expression) run, every time, before `use` does? It is the expression
 * of a statement in a statement list (not under an `if`, a loop, `try`, `&&`, `?:` or a
 * `case`) that also holds `use`, in the same function, before it.
 */
export function runsBefore(write: TSESTree.Node, use: TSESTree.Node): boolean {
  const statement = write.parent;
  if (statement?.type !== T.ExpressionStatement || statement.expression !== write) return false;
  const list = statement.parent;
  if (list?.type !== T.Program && list?.type !== T.BlockStatement && list?.type !== T.StaticBlock) return false;
  return contains(list, use) && statement.range[1] <= use.range[0] && enclosingFunction(statement) === enclosingFunction(use);
}

/**
 * Evaluating it has no side effect: a literal, an identifier, a member chain with static
 * keys, a template or unary/array/object expression of those, or a function.
 */
export function isSideEffectFree(node: TSESTree.Node): boolean {
  const inner = unwrap(node);
  switch (inner.type) {
    case T.Literal:
    case T.Identifier:
    case T.ThisExpression:
    case T.FunctionExpression:
    case T.ArrowFunctionExpression:
      return true;
    case T.MemberExpression:
      return (!inner.computed || inner.property.type === T.Literal) && isSideEffectFree(inner.object);
    case T.TemplateLiteral:
      return inner.expressions.every(isSideEffectFree);
    case T.UnaryExpression:
      return inner.operator !== 'delete' && isSideEffectFree(inner.argument);
    case T.ArrayExpression:
      return inner.elements.every((element) => element === null || (element.type !== T.SpreadElement && isSideEffectFree(element)));
    case T.ObjectExpression:
      return inner.properties.every((property) => property.type === T.Property && !property.computed && isSideEffectFree(property.value));
    default:
      return false;
  }
}

/** Statement lists, where an expression statement can be deleted without breaking syntax. */
export function isInStatementList(statement: TSESTree.Node): boolean {
  const parent = statement.parent;
  return (
    parent?.type === T.Program ||
    parent?.type === T.BlockStatement ||
    parent?.type === T.StaticBlock ||
    parent?.type === T.SwitchCase ||
    parent?.type === T.TSModuleBlock
  );
}

/**
 * What `this` is at a node, when the syntax shows it: the class whose instance it is (in
 * a method or field, through arrows), or the object literal whose method it is in (a Vue
 * options object, a plain object of handlers). Null in any other function.
 */
export type ThisOwner = TSESTree.ClassBody | TSESTree.ObjectExpression;

export function ownerOfThis(node: TSESTree.Node): ThisOwner | null {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case T.FunctionDeclaration:
      case T.StaticBlock:
        return null;
      case T.FunctionExpression: {
        const parent = current.parent;
        if (parent?.type === T.Property && parent.value === current && parent.parent.type === T.ObjectExpression) return parent.parent;
        if (parent?.type !== T.MethodDefinition || parent.static) return null;
        break;
      }
      case T.PropertyDefinition:
        if (current.static) return null;
        break;
      case T.ClassBody:
        return current;
      default:
        break;
    }
  }
  return null;
}

/**
 * The function of a non-static method or field `name` of a class, or of a method or
 * function-valued property of an object literal (in a Vue options object, also of its
 * `methods`, which Vue puts on `this`).
 */
export function memberFunction(owner: ThisOwner, name: string): FunctionNode | null {
  const own = ownMemberFunction(owner, name);
  if (own || owner.type !== T.ObjectExpression) return own;
  const methods = owner.properties.find(
    (property): property is TSESTree.Property =>
      property.type === T.Property && !property.computed && property.key.type === T.Identifier && property.key.name === 'methods',
  );
  return methods?.value.type === T.ObjectExpression ? ownMemberFunction(methods.value, name) : null;
}

function ownMemberFunction(owner: ThisOwner, name: string): FunctionNode | null {
  const members = owner.type === T.ClassBody ? owner.body : owner.properties;
  for (const member of members) {
    if (member.type !== T.MethodDefinition && member.type !== T.PropertyDefinition && member.type !== T.Property) continue;
    if (member.computed || ('static' in member && member.static)) continue;
    const key = member.key.type === T.Identifier ? member.key.name : member.key.type === T.Literal ? String(member.key.value) : null;
    if (key !== name) continue;
    if (member.type === T.MethodDefinition)
      return member.kind === 'method' && member.value.type === T.FunctionExpression ? member.value : null;
    const value = member.value ? unwrap(member.value) : null;
    return value?.type === T.ArrowFunctionExpression || value?.type === T.FunctionExpression ? value : null;
  }
  return null;
}

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What a class or object literal writes to `this.<name>`: its non-static fields of that
 * name (a class), and the values written: field initializers and the right side of every
 * `this.<name> = …`, null for a write that is not a plain `=`.
 */
export function thisMemberWrites(
  owner: ThisOwner,
  name: string,
  sourceCode: SourceCode,
): { fields: TSESTree.PropertyDefinition[]; values: (TSESTree.Expression | null)[] } {
  const fields: TSESTree.PropertyDefinition[] = [];
  const values: (TSESTree.Expression | null)[] = [];
  for (const member of owner.type === T.ClassBody ? owner.body : []) {
    if (
      member.type !== T.PropertyDefinition ||
      member.static ||
      member.computed ||
      member.key.type !== T.Identifier ||
      member.key.name !== name
    )
      continue;
    fields.push(member);
    if (member.value) values.push(member.value);
  }
  for (const read of thisMembers(owner, name, sourceCode)) {
    const assignment = read.parent;
    if (assignment?.type === T.AssignmentExpression && assignment.left === read)
      values.push(assignment.operator === '=' ? assignment.right : null);
  }
  return { fields, values };
}

const thisMemberIndex = new WeakMap<ThisOwner, Map<string, TSESTree.MemberExpression[]>>();

/**
 * Every `this.<name>` member expression whose `this` is `owner` (not in nested classes or functions with their own `this`). One walk per
 * owner.
 */
export function thisMembers(body: ThisOwner, name: string, sourceCode: SourceCode): readonly TSESTree.MemberExpression[] {
  let index = thisMemberIndex.get(body);
  if (!index) {
    const found = new Map<string, TSESTree.MemberExpression[]>();
    forEachNode(body, sourceCode.visitorKeys, (node) => {
      if (node.type !== T.MemberExpression || node.object.type !== T.ThisExpression || ownerOfThis(node) !== body) return;
      const key = staticKeyName(node, sourceCode.getScope(node));
      if (key === null) return;
      const list = found.get(key) ?? [];
      list.push(node);
      found.set(key, list);
    });
    index = found;
    thisMemberIndex.set(body, index);
  }
  return index.get(name) ?? [];
}

export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** Visit every node under `root` (itself included), in source order, by the parser's visitor keys. */
export function forEachNode(
  root: TSESTree.Node,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
  visit: (node: TSESTree.Node) => void,
): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const children: TSESTree.Node[] = [];
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const each of Array.isArray(child) ? child : [child]) {
        if (each && typeof (each as { type?: unknown }).type === 'string') children.push(each as TSESTree.Node);
      }
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
}
