/**
 * Module and global resolution: does an expression evaluate to a value that a table row
 * describes (an export of a module, or a global)?
 *
 * A value is reached through any import form (default, named, namespace, `import x =
 * require()`), `require` (also `.default` and destructuring), a dynamic `import()`, a
 * const that holds one of those, or a global (`X`, `window.X`, `const { X } = window`).
 * A local binding that shadows a global is not the global; an ambient `declare const X`
 * types the global and so is. This module knows nothing about Okta: the rows come from
 * `okta/values.ts`.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { dynamicImportedModule, findVariable, isGlobalBinding, requiredModule, singleInit, staticKeyName, unwrap } from './ast.js';
import { VALUE_DEPTH } from './limits.js';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** One row of the table: a value and every way code can reach it. */
export interface ValueTarget {
  /** A name for the value (its global's name). */
  readonly name: string;
  /** Module specifiers that export it: exact strings, or patterns (bundle file paths). */
  readonly modules: readonly (string | RegExp)[];
  /** The export names that are it. */
  readonly exports: ReadonlySet<string>;
  /**
   * The module's CommonJS `module.exports` is the value itself (a UMD bundle), so
   * `require(m)`, `import x = require(m)` and, without `esModuleInterop`, `import * as x`
   * are it.
   */
  readonly commonJsExport: boolean;
  /** Globals that hold it (set by a `<script>` tag or the page). */
  readonly globals: ReadonlySet<string>;
}

/** How the value was reached. */
export type ValueOrigin = { kind: 'global'; name: string } | { kind: 'module'; specifier: string };

export interface ResolvedValue {
  readonly target: ValueTarget;
  readonly origin: ValueOrigin;
}

/** Names through which browser code reaches globals (`window.OktaSignIn`). */
const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(['window', 'globalThis', 'self']);

/** Is `specifier` one of the row's modules? */
export function isModuleOf(target: ValueTarget, specifier: string): boolean {
  return target.modules.some((module) => (typeof module === 'string' ? module === specifier : module.test(specifier)));
}

/** The module a binding is imported from (`import x from 'm'`, `import x = require('m')`), if it is an import. */
export function importedFrom(variable: Variable): string | null {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  return def?.type === 'ImportBinding' ? importSource(def.node) : null;
}

class Resolver {
  constructor(private readonly targets: readonly ValueTarget[]) {}

  private moduleTargets(specifier: string | null): ValueTarget[] {
    if (specifier === null) return [];
    return this.targets.filter((target) => isModuleOf(target, specifier));
  }

  private global(name: string): ResolvedValue | null {
    const target = this.targets.find((t) => t.globals.has(name));
    return target ? { target, origin: { kind: 'global', name } } : null;
  }

  /** The module's export `name`. */
  private exported(specifier: string, name: string): ResolvedValue | null {
    const target = this.moduleTargets(specifier).find((t) => t.exports.has(name));
    return target ? { target, origin: { kind: 'module', specifier } } : null;
  }

  /** The module's CommonJS `module.exports`. */
  private commonJs(specifier: string | null): ResolvedValue | null {
    const target = this.moduleTargets(specifier).find((t) => t.commonJsExport);
    return target && specifier ? { target, origin: { kind: 'module', specifier } } : null;
  }

  value(expression: TSESTree.Node, scope: Scope, depth: number): ResolvedValue | null {
    if (depth > VALUE_DEPTH) return null;
    const node = unwrap(expression);
    switch (node.type) {
      case T.Identifier: {
        const variable = findVariable(scope, node);
        if (isGlobalBinding(variable)) return this.global(node.name);
        return variable ? this.binding(variable, depth) : null;
      }
      case T.MemberExpression: {
        const name = staticKeyName(node, scope);
        if (name === null) return null;
        if (this.isGlobalObject(node.object, scope)) return this.global(name);
        const specifier = this.namespace(node.object, scope, depth + 1);
        return specifier === null ? null : this.exported(specifier, name);
      }
      default:
        return this.commonJs(requiredModule(node, scope));
    }
  }

  private isGlobalObject(expression: TSESTree.Node, scope: Scope, depth = 0): boolean {
    const node = unwrap(expression);
    if (node.type !== T.Identifier || depth > VALUE_DEPTH) return false;
    const variable = findVariable(scope, node);
    if (isGlobalBinding(variable)) return GLOBAL_OBJECT_NAMES.has(node.name);
    // `(function (w) { … })(window)`
    const source = variable ? parameterSource(variable) : null;
    return source?.kind === 'argument' && this.isGlobalObject(source.argument, source.scope, depth + 1);
  }

  /** Does this expression evaluate to a known module's namespace (or CommonJS exports)? Returns its specifier. */
  namespace(expression: TSESTree.Node, scope: Scope, depth: number): string | null {
    if (depth > VALUE_DEPTH) return null;
    const node = unwrap(expression);
    const direct = requiredModule(node, scope) ?? dynamicImportedModule(node);
    if (direct !== null) return this.moduleTargets(direct).length > 0 ? direct : null;
    if (node.type !== T.Identifier) return null;
    const variable = findVariable(scope, node);
    if (!variable || isGlobalBinding(variable)) return null;
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === 'ImportBinding') {
      const isNamespace = def.node.type === T.ImportNamespaceSpecifier || def.node.type === T.TSImportEqualsDeclaration;
      const specifier = importSource(def.node);
      return isNamespace && this.moduleTargets(specifier).length > 0 ? specifier : null;
    }
    const source = parameterSource(variable);
    if (source?.kind === 'namespace' && source.pattern.type === T.Identifier) return this.namespace(source.of, source.scope, depth + 1);
    const init = singleInit(variable);
    return init ? this.namespace(init, variable.scope, depth + 1) : null;
  }

  /** The value a local binding holds. */
  private binding(variable: Variable, depth: number): ResolvedValue | null {
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    if (!def) return null;
    if (def.type === 'ImportBinding') return this.importBinding(def.node);
    if (def.type === 'Parameter') {
      // `import('…').then(({ default: OktaSignIn }) => …)`, `(function (W) { … })(window.OktaSignIn)`
      const source = parameterSource(variable);
      if (source?.kind === 'argument') return this.value(source.argument, source.scope, depth + 1);
      if (source?.kind === 'namespace' && source.pattern.type === T.ObjectPattern) {
        return this.destructured(source.pattern, variable, source.of, source.scope, depth);
      }
      return null;
    }
    if (def.type !== 'Variable') return null;
    const { id, init } = def.node;
    if (!init) return null;
    if (id.type === T.Identifier) {
      const single = singleInit(variable);
      return single ? this.value(single, variable.scope, depth + 1) : null;
    }
    // `const { OktaSignIn } = require('…')`, `= await import('…')`, `= window`.
    return id.type === T.ObjectPattern ? this.destructured(id, variable, init, variable.scope, depth) : null;
  }

  /** `{ OktaSignIn } = object`: the member of the object that the binding takes. */
  private destructured(
    pattern: TSESTree.ObjectPattern,
    variable: Variable,
    object: TSESTree.Node,
    scope: Scope,
    depth: number,
  ): ResolvedValue | null {
    const property = pattern.properties.find(
      (p): p is TSESTree.Property => p.type === T.Property && p.value.type === T.Identifier && p.value.name === variable.name,
    );
    const key = property ? staticKeyName(property, variable.scope) : null;
    if (key === null) return null;
    if (this.isGlobalObject(object, scope)) return this.global(key);
    const specifier = this.namespace(object, scope, depth + 1);
    return specifier === null ? null : this.exported(specifier, key);
  }

  private importBinding(node: TSESTree.Node): ResolvedValue | null {
    const specifier = importSource(node);
    if (specifier === null) return null;
    switch (node.type) {
      case T.ImportDefaultSpecifier:
        return this.exported(specifier, 'default');
      case T.ImportSpecifier:
        return this.exported(specifier, node.imported.type === T.Identifier ? node.imported.name : node.imported.value);
      case T.ImportNamespaceSpecifier:
      case T.TSImportEqualsDeclaration:
        return this.commonJs(specifier);
      default:
        return null;
    }
  }
}

/**
 * What a function parameter is bound to, when the syntax shows it: the argument of an
 * immediately invoked function (`(function (w) { … })(window)`), or the namespace of a
 * dynamic import whose `.then` callback it is (`import('m').then((m) => …)`).
 */
function parameterSource(
  variable: Variable,
):
  | { kind: 'argument'; argument: TSESTree.Node; scope: Scope }
  | { kind: 'namespace'; of: TSESTree.Node; pattern: TSESTree.Parameter; scope: Scope }
  | null {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Parameter') return null;
  const fn = def.node;
  if (fn.type !== T.FunctionExpression && fn.type !== T.ArrowFunctionExpression) return null;
  const index = fn.params.findIndex((param) => param.range[0] <= def.name.range[0] && def.name.range[1] <= param.range[1]);
  const param = fn.params[index];
  const call = fn.parent;
  if (!param || call?.type !== T.CallExpression) return null;
  const scope = variable.scope.upper ?? variable.scope;
  if (call.callee === fn) {
    const argument = call.arguments[index];
    return param.type === T.Identifier && argument && argument.type !== T.SpreadElement ? { kind: 'argument', argument, scope } : null;
  }
  const callee = unwrap(call.callee);
  if (index !== 0 || call.arguments[0] !== fn || callee.type !== T.MemberExpression || staticKeyName(callee, scope) !== 'then') return null;
  return dynamicImportedModule(unwrap(callee.object)) === null
    ? null
    : { kind: 'namespace', of: unwrap(callee.object), pattern: param, scope };
}

function importSource(node: TSESTree.Node): string | null {
  if (node.type === T.TSImportEqualsDeclaration) {
    const reference = node.moduleReference;
    return reference.type === T.TSExternalModuleReference && reference.expression.type === T.Literal
      ? String(reference.expression.value)
      : null;
  }
  const declaration = node.parent;
  return declaration?.type === T.ImportDeclaration ? declaration.source.value : null;
}

/** Which row's value an expression evaluates to, and how it was reached; null when none (or unknown). */
export function resolveValue(expression: TSESTree.Node, scope: Scope, targets: readonly ValueTarget[]): ResolvedValue | null {
  return new Resolver(targets).value(expression, scope, 0);
}

/** `<value>.<method>(…)`: the call of a method of a row's value, e.g. `OktaUtil.getSignInWidgetConfig()`. */
export function isMethodCall(node: TSESTree.CallExpression, scope: Scope | (() => Scope), target: ValueTarget, method: string): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== T.MemberExpression) return false;
  // A plain `.name` that is not the method needs no scope (the common case, on every call of a file).
  if (!callee.computed && (callee.property.type !== T.Identifier || callee.property.name !== method)) return false;
  const known = typeof scope === 'function' ? scope() : scope;
  if (staticKeyName(callee, known) !== method) return false;
  return resolveValue(callee.object, known, [target]) !== null;
}

/** Test frameworks' calls that name a module by its specifier (Jest and Vitest). */
const MOCK_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['jest', new Set(['mock', 'doMock', 'unmock', 'dontMock', 'setMock', 'requireActual', 'requireMock', 'createMockFromModule'])],
  ['vi', new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock'])],
]);

/**
 * `jest.mock('m', …)`, `vi.importActual('m')` and the like: the specifier argument, or
 * `'dynamic'` when it is not a plain string; null for any other call.
 */
export function mockedModule(call: TSESTree.CallExpression): { node: TSESTree.StringLiteral; specifier: string } | 'dynamic' | null {
  const callee = unwrap(call.callee);
  if (callee.type !== T.MemberExpression || callee.computed || callee.object.type !== T.Identifier) return null;
  if (callee.property.type !== T.Identifier || !MOCK_CALLS.get(callee.object.name)?.has(callee.property.name)) return null;
  const [argument] = call.arguments;
  if (argument?.type === T.Literal && typeof argument.value === 'string') return { node: argument, specifier: argument.value };
  return 'dynamic';
}
