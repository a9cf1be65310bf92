import type { ESLint, Linter } from 'eslint';
import { jsoncParser } from '../deps.js';
import { NAMESPACE } from '../meta.js';
import { HTML_FILES, HTML_PROCESSOR, pageGlobals } from '../processors/html.js';
import { PACKAGE_FILES_SETTING, packageFilesSetting } from './package-files.js';
import { PACKAGE_JSON_FILES, PACKAGE_JSON_PROCESSOR } from '../processors/package-json.js';
import { rules, type RuleId } from '../rules/index.js';
import { FIX_MODE_SCHEMA } from '../rule-kit/schema.js';
import type { RuleTarget } from '../types.js';

export type Variant = 'recommended' | 'migrate';

/**
 * jsonc-eslint-parser, loaded when ESLint first parses a package.json with it (or reads its
 * `meta`, to cache or print the config): loading the plugin does not load the parser.
 */
/** Its package name, which eslintrc resolves (configs/legacy.ts); a test checks it against `meta.name`. */
export const PACKAGE_JSON_PARSER_NAME = 'jsonc-eslint-parser';

export const PACKAGE_JSON_PARSER = {
  get meta(): { name?: string; version?: string } {
    return jsoncParser().meta;
  },
  parseForESLint(code: string, options?: Record<string, unknown>): ReturnType<ReturnType<typeof jsoncParser>['parseForESLint']> {
    return jsoncParser().parseForESLint(code, options);
  },
} satisfies Linter.Parser;

/**
 * Rules whose edit changes what runs, so only `migrate` makes it an autofix: the rules that
 * declare the shared `fix` option (`FIX_MODE_SCHEMA`) in `meta.schema`. The promotion IS
 * that option set to `"autofix"`, so the option is the declaration: no second flag that
 * could disagree with it. (tests/plugin.test.ts: a `fix` property of any other schema fails.)
 */
export function hasFixOption(id: RuleId): boolean {
  const [schema] = (rules[id].meta.schema ?? []) as readonly { properties?: Record<string, unknown> }[];
  return schema?.properties?.fix === FIX_MODE_SCHEMA;
}

/** The kinds of file a rule reads. */
export function targetsOf(id: RuleId): readonly RuleTarget[] {
  return rules[id].meta.docs.targets ?? ['js'];
}

export interface BlockSpec {
  /** The block name after the prefix. */
  readonly name: string;
  /** The rules of this target go in the block. */
  readonly rules?: RuleTarget;
  readonly config: Omit<Linter.Config, 'name' | 'plugins' | 'rules'>;
}

/** A page script's language options; `globals` is read (and made) only when ESLint lints a page's script. */
function pageLanguageOptions(sourceType: 'script' | 'module'): Linter.LanguageOptions {
  return {
    sourceType,
    get globals() {
      return pageGlobals();
    },
  };
}

/**
 * The blocks, in order, without their rules:
 * - `js` has no `files`: like typescript-eslint's and unicorn's rule blocks, it reaches
 *   every file another block of the user's config lints (JS, JSX, TS, Vue, the inline
 *   scripts of HTML pages, …) and never makes ESLint lint a file the user did not ask
 *   for (a stray `vite.config.ts` in a JavaScript project). Its rules do nothing in files
 *   of other languages. It sets no parser.
 * - `jsx` only adds `.jsx` (not linted by ESLint's defaults), with JSX parsing on for
 *   ESLint's default parser, which then also reads JSX in `.js` (React apps created
 *   before Vite keep JSX there).
 * - `package-json` lints every package.json with jsonc-eslint-parser, a parser of the
 *   JavaScript language: the user's unscoped JavaScript rules (`js.configs.recommended`,
 *   typescript-eslint's) run on its AST without crashing, which `@eslint/json`'s language
 *   does not allow (measured: `sourceCode.getAllComments is not a function`). Its
 *   processor hands ESLint only a package.json that names Okta (unchanged, one block), so
 *   the user's unscoped rules never reach any other package.json through this block.
 * - `html` hands HTML pages and sign-in templates to our processor (nothing of a page that
 *   names no Okta); `html-scripts` and
 *   `html-modules` are its inline scripts (classic scripts are scripts, not modules, and
 *   see the globals an Okta page defines); `html-urls` are the widget `<script src>` and
 *   `<link href>` values of a page.
 */
export const BLOCKS: readonly BlockSpec[] = [
  { name: 'js', rules: 'js', config: {} },
  {
    name: 'jsx',
    config: { files: ['**/*.{js,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  },
  {
    name: 'package-json',
    rules: 'package-json',
    config: {
      files: [...PACKAGE_JSON_FILES],
      processor: `${NAMESPACE}/${PACKAGE_JSON_PROCESSOR}`,
      languageOptions: { parser: PACKAGE_JSON_PARSER },
    },
  },
  { name: 'html', config: { files: [HTML_FILES], processor: `${NAMESPACE}/${HTML_PROCESSOR}` } },
  {
    name: 'html-scripts',
    config: { files: [`${HTML_FILES}/*.js`], languageOptions: pageLanguageOptions('script') },
  },
  { name: 'html-modules', config: { files: [`${HTML_FILES}/*.mjs`], languageOptions: pageLanguageOptions('module') } },
  { name: 'html-urls', rules: 'html-url', config: { files: [`${HTML_FILES}/*.okta-url`] } },
];

/** The rules of one target at their documented severity; `migrate` promotes the migration edits to autofixes. */
export function ruleEntries(target: RuleTarget, variant: Variant): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const id of Object.keys(rules) as RuleId[]) {
    if (!targetsOf(id).includes(target)) continue;
    const severity = rules[id].meta.docs.recommended;
    entries[`${NAMESPACE}/${id}`] = variant === 'migrate' && hasFixOption(id) ? [severity, { fix: 'autofix' }] : severity;
  }
  return entries;
}

/**
 * A flat-config array of named blocks: one per kind of file, each with only its rules
 * (a rule that reads several kinds is in each of their blocks). Every block registers
 * the plugin, so any of them works on its own. `migrate` mirrors `recommended` block for
 * block.
 */
export function buildConfig(plugin: ESLint.Plugin, variant: Variant): Linter.Config[] {
  const prefix = variant === 'recommended' ? NAMESPACE : `${NAMESPACE}/migrate`;
  // `eslint --cache` lints a file again when a package file changes (configs/package-files.ts).
  const settings = { [PACKAGE_FILES_SETTING]: packageFilesSetting() };
  return BLOCKS.map(({ name, rules: target, config }) => ({
    name: `${prefix}/${name}`,
    ...config,
    plugins: { [NAMESPACE]: plugin },
    settings,
    ...(target ? { rules: ruleEntries(target, variant) } : {}),
  }));
}
