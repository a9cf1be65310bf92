import type { ESLint, Linter } from 'eslint';
import { NAMESPACE } from '../meta.js';
import { rules, type RuleId } from '../rules/index.js';

/** Every file ESLint parses as JavaScript or TypeScript (TypeScript needs its parser; see README). */
export const JS_FILES = ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'];

/** Rules with a `fix` option: their edit changes what runs, so only `migrate` makes it an autofix. */
export function hasFixOption(id: RuleId): boolean {
  const [schema] = (rules[id].meta.schema ?? []) as readonly { properties?: Record<string, unknown> }[];
  return schema?.properties?.fix !== undefined;
}

/** The rules block of a config; `migrate` promotes the migration edits to autofixes. */
function ruleEntries(variant: 'recommended' | 'migrate'): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const id of Object.keys(rules) as RuleId[]) {
    const severity = rules[id].meta.docs?.recommended ?? 'error';
    entries[`${NAMESPACE}/${id}`] =
      variant === 'migrate' && hasFixOption(id) ? [severity, { fix: 'autofix' }] : severity;
  }
  return entries;
}

/**
 * A flat-config array of named, `files`-scoped blocks. It sets no parser, so it can be
 * spread before or after typescript-eslint's configs; it only turns on JSX for the
 * default parser, which then reads .jsx (and JSX in .js) on its own.
 */
export function buildConfig(plugin: ESLint.Plugin, variant: 'recommended' | 'migrate'): Linter.Config[] {
  const prefix = variant === 'recommended' ? NAMESPACE : `${NAMESPACE}/migrate`;
  return [
    {
      name: `${prefix}/js`,
      files: JS_FILES,
      plugins: { [NAMESPACE]: plugin },
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: ruleEntries(variant),
    },
  ];
}
