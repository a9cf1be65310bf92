/**
 * "A file that uses Okta": an `@okta/*` import, export-from, `require` or dynamic import,
 * a reference to the `OktaSignIn`, `OktaAuth` or `OktaUtil` globals, or a file of a package
 * whose package.json depends on Okta (okta-mentions.ts `inOktaPackage`). Rules whose
 * patterns are too generic to flag in any file (later issues) ask this first.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { OKTA_PACKAGE_SCOPE, OKTA_UTIL, OKTA_VALUES, WIDGET } from '../okta/values.js';
import { isModuleOf } from '../engine/modules.js';
import { isGlobalBinding, staticString } from '../engine/ast.js';
import { inOktaPackage } from './okta-mentions.js';

const cache = new WeakMap<object, boolean>();

/** The globals of Okta's CDN bundles and hosted pages. */
const OKTA_GLOBALS: ReadonlySet<string> = new Set(OKTA_VALUES.flatMap((value) => [...value.globals]));

/** Memoized per linted file. */
export function fileUsesOkta(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const cached = cache.get(sourceCode);
  if (cached !== undefined) return cached;
  let uses = [...importedModules(sourceCode)].some((module) => module.startsWith(OKTA_PACKAGE_SCOPE));
  if (!uses) {
    // References to the Okta globals: unresolved, or resolved to configured or ambient (`declare`) globals.
    uses = topLevelReferences(sourceCode, OKTA_GLOBALS).some(
      ({ identifier, resolved }) => identifier.type === T.Identifier && isGlobalBinding(resolved),
    );
  }
  if (!uses) uses = hasOktaDynamicImport(sourceCode);
  // A file of a package whose package.json depends on Okta.
  if (!uses) uses = inOktaPackage(sourceCode);
  cache.set(sourceCode, uses);
  return uses;
}

/**
 * `import('@okta/…')` anywhere: found from the text, so no extra AST walk. A string or
 * template token that starts with the scope begins one character before it in the text.
 */
function hasOktaDynamicImport(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const { text } = sourceCode;
  for (let at = text.indexOf(OKTA_PACKAGE_SCOPE, 1); at !== -1; at = text.indexOf(OKTA_PACKAGE_SCOPE, at + 1)) {
    const token = sourceCode.getTokenByRangeStart(at - 1);
    if (token?.type !== 'String' && token?.type !== 'Template') continue;
    const previous = sourceCode.getTokenBefore(token);
    const keyword = previous ? sourceCode.getTokenBefore(previous) : null;
    if (previous?.value === '(' && keyword?.value === 'import') return true;
  }
  return false;
}

/**
 * The references to these names that may reach a global: unresolved ones, and those of the
 * global and module scopes' variables of that name. Found by name, so a bundle's thousands
 * of top-level variables are not walked.
 */
function topLevelReferences(sourceCode: Readonly<TSESLint.SourceCode>, names: ReadonlySet<string>): TSESLint.Scope.Reference[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const found = globalScope.through.filter(({ identifier }) => identifier.type === T.Identifier && names.has(identifier.name));
  for (const scope of [globalScope, ...globalScope.childScopes.filter((child) => child.type === 'module')]) {
    for (const name of names) for (const reference of scope.set.get(name)?.references ?? []) found.push(reference);
  }
  return found;
}

const REQUIRE: ReadonlySet<string> = new Set(['require']);

const importCache = new WeakMap<object, ReadonlySet<string>>();

/** The modules a file imports (`import`, `export … from`, `import x = require()`, or a `require` call of the global). Memoized. */
function importedModules(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const cached = importCache.get(sourceCode);
  if (cached) return cached;
  const modules = new Set<string>();
  for (const statement of sourceCode.ast.body) {
    let source: TSESTree.Node | null | undefined = null;
    if (
      statement.type === T.ImportDeclaration ||
      statement.type === T.ExportAllDeclaration ||
      statement.type === T.ExportNamedDeclaration
    ) {
      source = statement.source;
    } else if (statement.type === T.TSImportEqualsDeclaration && statement.moduleReference.type === T.TSExternalModuleReference) {
      source = statement.moduleReference.expression;
    }
    const specifier = staticString(source);
    if (specifier !== null) modules.add(specifier);
  }
  for (const { identifier, resolved } of topLevelReferences(sourceCode, REQUIRE)) {
    if (identifier.type !== T.Identifier || !isGlobalBinding(resolved)) continue;
    const call = identifier.parent;
    const specifier = call?.type === T.CallExpression && call.callee === identifier ? staticString(call.arguments[0]) : null;
    if (specifier !== null) modules.add(specifier);
  }
  importCache.set(sourceCode, modules);
  return modules;
}

/** Does the file import (or require) this module? */
export function fileImports(sourceCode: Readonly<TSESLint.SourceCode>, module: string): boolean {
  return importedModules(sourceCode).has(module);
}

const widgetCache = new WeakMap<object, boolean>();

/**
 * "A file that uses the widget": it imports (or requires) a widget entry point, or refers
 * to the `OktaSignIn` global or the hosted page's `OktaUtil` (an Okta-hosted page renders
 * the widget). Memoized per linted file.
 */
export function fileUsesWidget(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const cached = widgetCache.get(sourceCode);
  if (cached !== undefined) return cached;
  let uses = [...importedModules(sourceCode)].some((module) => isModuleOf(WIDGET, module));
  if (!uses) {
    const names = new Set([...WIDGET.globals, ...OKTA_UTIL.globals]);
    uses = topLevelReferences(sourceCode, names).some(
      ({ identifier, resolved }) => identifier.type === T.Identifier && isGlobalBinding(resolved),
    );
  }
  widgetCache.set(sourceCode, uses);
  return uses;
}
