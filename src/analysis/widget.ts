/**
 * Widget detection: which `new` expressions construct the Okta Sign-In Widget, and
 * where the constructed instance goes.
 *
 * A constructor is the widget when its callee is bound to an import, `require` or
 * dynamic import of one of WIDGET_MODULES (default, named or namespace), to the global
 * `OktaSignIn` (also as `window.OktaSignIn`), or to a const that holds one of those.
 * A local binding that shadows the name is not the widget; an ambient
 * `declare const OktaSignIn` types the global and so is.
 */
import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  GLOBAL_OBJECT_NAMES,
  WIDGET_EXPORT_NAMES,
  WIDGET_GLOBAL,
  WIDGET_MODULES,
} from './okta-api.js';
import {
  dynamicImportedModule,
  findVariable,
  isGlobalBinding,
  requiredModule,
  singleInit,
  staticKeyName,
  unwrap,
} from './ast.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** Where the constructor came from: the CDN/hosted global, or a module specifier. */
export type WidgetOrigin = { kind: 'global' } | { kind: 'module'; specifier: string };

/** Where the constructed instance is kept, so later analyses can find calls on it. */
export type InstanceBinding =
  | { kind: 'variable'; variable: Variable }
  | { kind: 'this-member'; name: string }
  | { kind: 'inline' };

export interface WidgetConstruction {
  readonly node: TSESTree.NewExpression;
  /** The callee: where findings about the constructor as a whole are reported. */
  readonly callee: TSESTree.Expression;
  readonly origin: WidgetOrigin;
  /** The first argument (the options), if any. */
  readonly optionsArgument: TSESTree.Node | null;
  readonly instance: InstanceBinding;
}

const MAX_DEPTH = 8;
const cache = new WeakMap<TSESTree.NewExpression, WidgetConstruction | null>();

/** The widget construction for a `new` expression, or null when it is not the widget. Memoized per node. */
export function getWidgetConstruction(
  node: TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): WidgetConstruction | null {
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  const origin = constructorOrigin(node.callee, sourceCode.getScope(node), 0);
  const result: WidgetConstruction | null = origin
    ? {
        node,
        callee: node.callee,
        origin,
        optionsArgument: node.arguments[0] ?? null,
        instance: instanceBinding(node, sourceCode),
      }
    : null;
  cache.set(node, result);
  return result;
}

function isWidgetModule(specifier: string | null): specifier is string {
  return specifier !== null && WIDGET_MODULES.has(specifier);
}

/** Does this expression evaluate to the widget constructor? */
function constructorOrigin(expression: TSESTree.Node, scope: Scope, depth: number): WidgetOrigin | null {
  if (depth > MAX_DEPTH) return null;
  const node = unwrap(expression);
  switch (node.type) {
    case T.Identifier: {
      const variable = findVariable(scope, node);
      if (isGlobalBinding(variable)) return node.name === WIDGET_GLOBAL ? { kind: 'global' } : null;
      return variable ? bindingOrigin(variable, depth) : null;
    }
    case T.MemberExpression: {
      const name = staticKeyName(node, scope);
      if (name === null) return null;
      const object = unwrap(node.object);
      if (
        object.type === T.Identifier &&
        GLOBAL_OBJECT_NAMES.has(object.name) &&
        isGlobalBinding(findVariable(scope, object))
      ) {
        return name === WIDGET_GLOBAL ? { kind: 'global' } : null;
      }
      if (!WIDGET_EXPORT_NAMES.has(name)) return null;
      const specifier = moduleObject(object, scope, depth + 1);
      return specifier ? { kind: 'module', specifier } : null;
    }
    default: {
      // CommonJS: `module.exports` of the widget package is the constructor.
      const specifier = requiredModule(node, scope);
      return isWidgetModule(specifier) ? { kind: 'module', specifier } : null;
    }
  }
}

/** Does this expression evaluate to the widget module's namespace (or CommonJS exports)? Returns its specifier. */
function moduleObject(expression: TSESTree.Node, scope: Scope, depth: number): string | null {
  if (depth > MAX_DEPTH) return null;
  const node = unwrap(expression);
  const direct = requiredModule(node, scope) ?? dynamicImportedModule(node);
  if (direct !== null) return isWidgetModule(direct) ? direct : null;
  if (node.type !== T.Identifier) return null;
  const variable = findVariable(scope, node);
  if (!variable || isGlobalBinding(variable)) return null;
  for (const def of variable.defs) {
    if (def.type === 'ImportBinding') {
      const specifier = importSpecifierSource(def.node);
      const isNamespace =
        def.node.type === T.ImportNamespaceSpecifier || def.node.type === T.TSImportEqualsDeclaration;
      return isNamespace && isWidgetModule(specifier) ? specifier : null;
    }
  }
  const init = singleInit(variable);
  return init ? moduleObject(init, variable.scope, depth + 1) : null;
}

function importSpecifierSource(node: TSESTree.Node): string | null {
  if (node.type === T.TSImportEqualsDeclaration) {
    const ref = node.moduleReference;
    return ref.type === T.TSExternalModuleReference && ref.expression.type === T.Literal
      ? String(ref.expression.value)
      : null;
  }
  const declaration = node.parent;
  return declaration?.type === T.ImportDeclaration ? declaration.source.value : null;
}

/** The origin of a local binding, when it holds the constructor. */
function bindingOrigin(variable: Variable, depth: number): WidgetOrigin | null {
  const def = variable.defs[0];
  if (!def || variable.defs.length !== 1) return null;
  if (def.type === 'ImportBinding') {
    const specifier = importSpecifierSource(def.node);
    if (!isWidgetModule(specifier)) return null;
    switch (def.node.type) {
      case T.ImportDefaultSpecifier:
      case T.TSImportEqualsDeclaration:
        return { kind: 'module', specifier };
      case T.ImportSpecifier: {
        const imported = def.node.imported;
        const name = imported.type === T.Identifier ? imported.name : imported.value;
        return WIDGET_EXPORT_NAMES.has(name) ? { kind: 'module', specifier } : null;
      }
      default:
        return null;
    }
  }
  if (def.type !== 'Variable') return null;
  const declarator = def.node;
  if (!declarator.init) return null;
  if (declarator.id.type === T.Identifier) {
    const init = singleInit(variable);
    return init ? constructorOrigin(init, variable.scope, depth + 1) : null;
  }
  // `const { OktaSignIn } = require('@okta/okta-signin-widget')` (or `await import(…)`).
  if (declarator.id.type === T.ObjectPattern) {
    for (const property of declarator.id.properties) {
      if (property.type !== T.Property || property.value.type !== T.Identifier) continue;
      if (property.value.name !== variable.name) continue;
      const key = staticKeyName(property, variable.scope);
      if (key === null || !WIDGET_EXPORT_NAMES.has(key)) return null;
      const specifier = moduleObject(declarator.init, variable.scope, depth + 1);
      return specifier ? { kind: 'module', specifier } : null;
    }
  }
  return null;
}

function instanceBinding(
  node: TSESTree.NewExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): InstanceBinding {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === T.TSAsExpression ||
      parent.type === T.TSSatisfiesExpression ||
      parent.type === T.TSNonNullExpression ||
      parent.type === T.TSTypeAssertion)
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return { kind: 'inline' };
  if (parent.type === T.VariableDeclarator && parent.init === child && parent.id.type === T.Identifier) {
    const [variable] = sourceCode.getDeclaredVariables(parent);
    if (variable) return { kind: 'variable', variable };
  }
  if (parent.type === T.AssignmentExpression && parent.right === child) {
    const left = parent.left;
    if (left.type === T.Identifier) {
      const variable = findVariable(sourceCode.getScope(left), left);
      if (variable) return { kind: 'variable', variable };
    }
    if (left.type === T.MemberExpression && left.object.type === T.ThisExpression) {
      const name = staticKeyName(left, sourceCode.getScope(left));
      if (name !== null) return { kind: 'this-member', name };
    }
  }
  if (parent.type === T.PropertyDefinition && parent.value === child && !parent.static) {
    const name = parent.computed ? null : parent.key.type === T.Identifier ? parent.key.name : null;
    if (name !== null) return { kind: 'this-member', name };
  }
  return { kind: 'inline' };
}
