import type { ESLint, Linter } from 'eslint';
import { NAMESPACE } from '../meta.js';
import { rules, type RuleId } from '../rules/index.js';
import type { RuleTarget } from '../types.js';

export type Variant = 'recommended' | 'migrate';

/** Rules with a `fix` option: their edit changes what runs, so only `migrate` makes it an autofix. */
export function hasFixOption(id: RuleId): boolean {
  const [schema] = (rules[id].meta.schema ?? []) as readonly { properties?: Record<string, unknown> }[];
  return schema?.properties?.fix !== undefined;
}

export function targetOf(id: RuleId): RuleTarget {
  return rules[id].meta.docs.target ?? 'js';
}

/**
 * The block each kind of file gets, without its rules. `js` has no `files`: like
 * typescript-eslint's and unicorn's rule blocks, it reaches every file another block of
 * the user's config lints (JS, JSX, TS, Vue, …) and never makes ESLint lint a file the
 * user did not ask for (a stray `vite.config.ts` in a JavaScript project). Its rules do
 * nothing in files of other languages (JSON, CSS, Markdown). It sets no parser.
 */
const TARGET_BLOCKS: Record<RuleTarget, Omit<Linter.Config, 'name' | 'plugins' | 'rules'>> = {
  js: {},
};

/**
 * A block that only adds files: `.jsx` (not linted by ESLint's defaults) with JSX parsing
 * on for ESLint's default parser, which then also reads JSX in `.js` (React apps created
 * before Vite keep JSX there).
 */
const JSX_BLOCK: Linter.Config = {
  files: ['**/*.{js,jsx}'],
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
};

/** The rules of one target at their documented severity; `migrate` promotes the migration edits to autofixes. */
function ruleEntries(target: RuleTarget, variant: Variant): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const id of Object.keys(rules) as RuleId[]) {
    if (targetOf(id) !== target) continue;
    const severity = rules[id].meta.docs.recommended;
    entries[`${NAMESPACE}/${id}`] = variant === 'migrate' && hasFixOption(id) ? [severity, { fix: 'autofix' }] : severity;
  }
  return entries;
}

/**
 * A flat-config array of named blocks, one per rule target (each with only its rules),
 * plus the JSX block. `migrate` mirrors `recommended` block for block.
 */
export function buildConfig(plugin: ESLint.Plugin, variant: Variant): Linter.Config[] {
  const prefix = variant === 'recommended' ? NAMESPACE : `${NAMESPACE}/migrate`;
  const blocks: Linter.Config[] = [];
  for (const [target, block] of Object.entries(TARGET_BLOCKS) as [RuleTarget, Linter.Config][]) {
    blocks.push({ name: `${prefix}/${target}`, ...block, plugins: { [NAMESPACE]: plugin }, rules: ruleEntries(target, variant) });
  }
  blocks.push({ name: `${prefix}/jsx`, ...JSX_BLOCK });
  return blocks;
}
