/**
 * Okta-free: what a binding imported from the app's own code holds, in the module that
 * exports it. ESM (`export default`, `export const`, `export { a as b }`, re-exports
 * `export { default as config } from`, `export *`) and CommonJS (`module.exports = {…}`,
 * `module.exports.x =`, `exports.x =`), read either way round (`import config from` a
 * CommonJS module is its `module.exports`; `require()` of an ES module is its namespace:
 * unknown). The answer is the node of the value in the other module, with that module's
 * SourceCode and the point at which an importer sees it (the module's end: every write at
 * its top level has run); the options analysis evaluates it there.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { dynamicImportedModule, findVariable, isGlobalBinding, requiredModule, staticKeyName, unwrap } from '../engine/ast.js';
import { MODULE_DEPTH } from '../engine/limits.js';
import { budgetOf, languageOf, loadModule, type Budget, type ProjectModule } from './modules.js';
import { moduleSpecifiers, resolveModule } from './resolve.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** A value in another module: its node, that module's SourceCode, and where an importer sees it. */
export interface ImportedValue {
  readonly node: TSESTree.Node;
  readonly sourceCode: SourceCode;
  readonly use: TSESTree.Node;
  readonly file: string;
}

/** The whole CommonJS `module.exports` (what `require()` returns). */
const MODULE_EXPORTS = Symbol('module.exports');
type ExportName = string | typeof MODULE_EXPORTS;

/** The bound of the file being linted, for the modules its imports lead to (set on entry from it; linting is synchronous). */
let current: Budget | null = null;

const ends = new WeakMap<TSESTree.Program, TSESTree.Node>();

/** A node at the module's end: writes at its top level run before it, writes in functions may not. */
function endOf(program: TSESTree.Program): TSESTree.Node {
  let end = ends.get(program);
  if (!end) {
    end = {
      type: T.EmptyStatement,
      range: [program.range[1], program.range[1]],
      loc: { start: program.loc.end, end: program.loc.end },
      parent: program,
    };
    ends.set(program, end);
  }
  return end;
}

/** What a binding (or a `require()` call) of `sourceCode` imports from the app's code: specifier and export name. */
function importOf(binding: Variable | TSESTree.CallExpression, sourceCode: SourceCode): { specifier: string; name: ExportName } | null {
  if (!('defs' in binding)) {
    const specifier = requiredModule(binding, sourceCode.getScope(binding));
    return specifier === null ? null : { specifier, name: MODULE_EXPORTS };
  }
  const def = binding.defs.length === 1 ? binding.defs[0] : undefined;
  if (def?.type === 'ImportBinding') {
    const node = def.node;
    const declaration = node.parent;
    if (declaration?.type !== T.ImportDeclaration || declaration.importKind === 'type') return null;
    if (node.type === T.ImportDefaultSpecifier) return { specifier: declaration.source.value, name: 'default' };
    if (node.type === T.ImportSpecifier && node.importKind !== 'type') {
      return { specifier: declaration.source.value, name: node.imported.type === T.Identifier ? node.imported.name : node.imported.value };
    }
    return null;
  }
  // `const { oidc } = require('./config')`, `= await import('./config')`
  if (def?.type !== 'Variable' || def.node.id.type !== T.ObjectPattern || !def.node.init) return null;
  const init = unwrap(def.node.init);
  const scope = sourceCode.getScope(def.node);
  const required = requiredModule(init, scope);
  const imported = init.type === T.AwaitExpression ? dynamicImportedModule(unwrap(init.argument)) : null;
  const specifier = required ?? imported;
  if (specifier === null) return null;
  const property = def.node.id.properties.find(
    (p): p is TSESTree.Property => p.type === T.Property && p.value.type === T.Identifier && p.value.name === binding.name,
  );
  const key = property ? staticKeyName(property, scope) : null;
  return key === null ? null : { specifier, name: key };
}

const isModuleObject = (node: TSESTree.Node, name: string, sourceCode: SourceCode): boolean =>
  node.type === T.Identifier && node.name === name && isGlobalOrUndeclared(node, sourceCode);

function isGlobalOrUndeclared(node: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = findVariable(sourceCode.getScope(node), node);
  return variable === null || isGlobalBinding(variable);
}

/** `module.exports` (or `exports` when `viaExports`) as the member chain `node`. */
function isModuleExports(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const inner = unwrap(node);
  if (isModuleObject(inner, 'exports', sourceCode)) return true;
  return (
    inner.type === T.MemberExpression &&
    !inner.computed &&
    inner.property.type === T.Identifier &&
    inner.property.name === 'exports' &&
    isModuleObject(unwrap(inner.object), 'module', sourceCode)
  );
}

/** The property `name` of an object literal (its value), when written plainly. */
function propertyOf(object: TSESTree.Node, name: string, sourceCode: SourceCode): TSESTree.Node | null {
  const literal = unwrap(object);
  if (literal.type !== T.ObjectExpression) return null;
  let found: TSESTree.Node | null = null;
  for (const property of literal.properties) {
    if (property.type === T.SpreadElement) return null;
    const key = staticKeyName(property, sourceCode.getScope(property));
    if (key === null) return null;
    if (key === name) found = property.kind === 'init' ? property.value : null;
  }
  return found;
}

/** The CommonJS exports of a module: `module.exports = value` and `module.exports.x = …` / `exports.x = …` at its top level. */
function commonJsExport(module: ProjectModule, name: ExportName): TSESTree.Node | null {
  const { sourceCode } = module;
  let whole: TSESTree.Node | null = null;
  let named: TSESTree.Node | null = null;
  for (const statement of sourceCode.ast.body) {
    if (
      statement.type !== T.ExpressionStatement ||
      statement.expression.type !== T.AssignmentExpression ||
      statement.expression.operator !== '='
    )
      continue;
    const { left, right } = statement.expression;
    if (left.type === T.MemberExpression && isModuleExports(left, sourceCode) && !isModuleObject(unwrap(left), 'exports', sourceCode))
      whole = right;
    else if (
      typeof name === 'string' &&
      left.type === T.MemberExpression &&
      !left.computed &&
      left.property.type === T.Identifier &&
      left.property.name === name &&
      isModuleExports(left.object, sourceCode)
    )
      named = right;
  }
  if (name === MODULE_EXPORTS || name === 'default') return whole;
  return named ?? (whole ? propertyOf(whole, name, sourceCode) : null);
}

/** The node of export `name` of a module, following re-exports; null when it cannot be seen. */
function exportOf(module: ProjectModule, name: ExportName, budget: Budget, depth: number): ImportedValue | null {
  if (depth > MODULE_DEPTH) return null;
  const { sourceCode } = module;
  const value = (node: TSESTree.Node): ImportedValue => ({ node, sourceCode, use: endOf(sourceCode.ast), file: module.file });
  const json = module.file.toLowerCase().endsWith('.json');
  let hasEsm = false;
  for (const statement of sourceCode.ast.body) {
    if (statement.type === T.ExportDefaultDeclaration) {
      hasEsm = true;
      if (name === 'default' || (json && name === MODULE_EXPORTS)) return value(statement.declaration);
      if (json && typeof name === 'string') {
        const property = propertyOf(statement.declaration, name, sourceCode);
        return property ? value(property) : null;
      }
    } else if (statement.type === T.ExportNamedDeclaration) {
      hasEsm = true;
      if (statement.exportKind === 'type') continue;
      const declaration = statement.declaration;
      if ((declaration?.type === T.FunctionDeclaration || declaration?.type === T.ClassDeclaration) && declaration.id?.name === name)
        return value(declaration);
      if (declaration?.type === T.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === T.Identifier && declarator.id.name === name) return value(declarator.id);
        }
      }
      for (const specifier of statement.specifiers) {
        const exported = specifier.exported.type === T.Identifier ? specifier.exported.name : specifier.exported.value;
        if (exported !== name) continue;
        const local = specifier.local.type === T.Identifier ? specifier.local.name : specifier.local.value;
        if (!statement.source) return specifier.local.type === T.Identifier ? value(specifier.local) : null;
        return reexport(module, statement.source.value, local, budget, depth);
      }
    } else if (statement.type === T.ExportAllDeclaration) {
      hasEsm = true;
      if (statement.exported === null && typeof name === 'string' && name !== 'default') {
        const found = reexport(module, statement.source.value, name, budget, depth);
        if (found) return found;
      }
    }
  }
  if (hasEsm || (json && name !== MODULE_EXPORTS)) return null;
  const found = commonJsExport(module, name);
  return found ? value(found) : null;
}

function reexport(module: ProjectModule, specifier: string, name: string, budget: Budget, depth: number): ImportedValue | null {
  const file = resolveModule(module.file, specifier);
  const next = file ? loadModule(file, module.language, budget) : null;
  return next ? exportOf(next, name, budget, depth + 1) : null;
}

/**
 * What a binding of `sourceCode` imported from the app's own code (an import, a
 * destructured `require()`), or a `require()` call, holds in the module that exports it;
 * null when it is not such an import, the module is not the app's (a package of
 * node_modules) or cannot be read, or the export cannot be seen.
 */
export function importedValue(binding: Variable | TSESTree.CallExpression, sourceCode: SourceCode): ImportedValue | null {
  const language = languageOf(sourceCode);
  if (!language) return null;
  const linted = budgetOf(sourceCode);
  if (linted) current = linted;
  const budget = linted ?? current;
  if (!budget) return null;
  const imported = importOf(binding, sourceCode);
  if (!imported) return null;
  const file = resolveModule(language.file, imported.specifier);
  const module = file ? loadModule(file, language, budget) : null;
  return module ? exportOf(module, imported.name, budget, 0) : null;
}

/** The app's modules a linted file names in its imports and `require()`s (resolved paths; a package's are not). */
export function importedFiles(sourceCode: SourceCode): readonly string[] {
  const known = importedFilesOf.get(sourceCode);
  if (known) return known;
  const language = languageOf(sourceCode);
  if (!language) return [];
  const files = new Set<string>();
  for (const specifier of moduleSpecifiers(sourceCode.text)) {
    if (specifier.startsWith('@okta/')) continue;
    const file = resolveModule(language.file, specifier);
    if (file) files.add(file);
  }
  const answer = [...files];
  importedFilesOf.set(sourceCode, answer);
  return answer;
}

/** Each linted file's answer (the Okta gate and the imported-instance question both ask). */
const importedFilesOf = new WeakMap<SourceCode, readonly string[]>();

/**
 * Count the imports followed in modules read for a linted file against that file's bound
 * (a view that loads modules itself, not through an import of the file: callback-view.ts).
 */
export function followImportsFor(linted: SourceCode): void {
  const budget = budgetOf(linted);
  if (budget) current = budget;
}
