/**
 * The eslintrc configs (`plugin:okta-oie/legacy-recommended`, `legacy-migrate`) for
 * ESLint 8.57 projects that still use `.eslintrc*` or package.json's `eslintConfig`. They
 * are the flat configs' blocks (build.ts) written the eslintrc way, so both systems lint
 * the same files with the same rules:
 * - the `js` block (no `files`) is the base config: its rules reach every file the rest
 *   of the user's config lints;
 * - every block with `files` is an `overrides` entry with the same globs (eslintrc matches
 *   a glob with a slash relative to the config that extends ours, `**` at any depth, and
 *   the processor's blocks by their virtual names, `page.html/0_0.js`);
 * - a parser object becomes its package name, which eslintrc resolves relative to the
 *   plugin's own file, so `jsonc-eslint-parser` comes from our dependencies even when the
 *   project does not install it;
 * - a block that sets a `sourceType` (the inline scripts of HTML pages) also gets flat
 *   config's default `ecmaVersion: 'latest'`: eslintrc's default (5) has no modules.
 *
 * A block key with no eslintrc form fails the build of the configs (and the tests).
 */
import type { Linter } from 'eslint';
import { NAMESPACE } from '../meta.js';
import { BLOCKS, PACKAGE_JSON_PARSER, PACKAGE_JSON_PARSER_NAME, ruleEntries, type BlockSpec, type Variant } from './build.js';

type LegacyConfig = Linter.LegacyConfig;
type LegacyOverride = NonNullable<LegacyConfig['overrides']>[number];

/** The name eslintrc resolves a parser by: its package name (`meta.name`; ours without loading it). */
function parserName(block: string, parser: unknown): string {
  const name =
    parser === PACKAGE_JSON_PARSER ? PACKAGE_JSON_PARSER_NAME : (parser as { meta?: { name?: unknown } } | undefined)?.meta?.name;
  if (typeof name !== 'string') throw new Error(`${NAMESPACE} legacy config: the parser of block "${block}" has no meta.name`);
  return name;
}

/** The language options eslintrc has a form for. */
const LEGACY_LANGUAGE_OPTIONS = ['parser', 'parserOptions', 'sourceType', 'ecmaVersion', 'globals'];

/** One flat block's settings (not its `files`, rules or plugins) in eslintrc form. */
function legacySettings({ name, config }: BlockSpec): Omit<LegacyOverride, 'files'> {
  const legacy: Omit<LegacyOverride, 'files'> = {};
  const { processor, languageOptions = {}, ...rest } = config;
  const unsupported = Object.keys(rest).filter((key) => key !== 'files');
  if (unsupported.length > 0)
    throw new Error(`${NAMESPACE} legacy config: block "${name}" sets ${unsupported.join(', ')}, which has no eslintrc form`);
  if (processor !== undefined) {
    if (typeof processor !== 'string') throw new Error(`${NAMESPACE} legacy config: the processor of block "${name}" is not a name`);
    legacy.processor = processor;
  }
  // Read key by key: `globals` stays a getter (the page globals are made when eslintrc first reads them).
  const { parser, parserOptions, sourceType, ecmaVersion } = languageOptions;
  const unsupportedOptions = Object.keys(languageOptions).filter((key) => !LEGACY_LANGUAGE_OPTIONS.includes(key));
  if (unsupportedOptions.length > 0) {
    throw new Error(
      `${NAMESPACE} legacy config: block "${name}" sets languageOptions.${unsupportedOptions.join(', ')}, which has no eslintrc form`,
    );
  }
  if (parser !== undefined) legacy.parser = parserName(name, parser);
  if (parserOptions !== undefined || sourceType !== undefined || ecmaVersion !== undefined) {
    legacy.parserOptions = {
      ...(parserOptions as Linter.ParserOptions | undefined),
      ...(sourceType !== undefined ? { sourceType: sourceType as 'script' | 'module', ecmaVersion: 'latest' } : {}),
      ...(ecmaVersion !== undefined ? { ecmaVersion } : {}),
    } as Linter.ParserOptions;
  }
  if (Object.hasOwn(languageOptions, 'globals')) {
    Object.defineProperty(legacy, 'globals', { enumerable: true, get: () => languageOptions.globals as Linter.Globals });
  }
  return legacy;
}

/**
 * An eslintrc config: the plugin, the rules of the `js` target for every file, and one
 * `overrides` entry per flat block with `files` (JSX, package.json with its parser, HTML
 * pages with the processor, and the processor's script and URL blocks).
 */
export function buildLegacyConfig(variant: Variant): LegacyConfig {
  const config: LegacyConfig = { plugins: [NAMESPACE] };
  const overrides: LegacyOverride[] = [];
  for (const block of BLOCKS) {
    const settings = legacySettings(block);
    const rules = block.rules ? { rules: ruleEntries(block.rules, variant) } : {};
    // Property descriptors, not spreads: a spread would read the `globals` getter now.
    if (block.config.files === undefined)
      Object.defineProperties(config, { ...Object.getOwnPropertyDescriptors(settings), ...Object.getOwnPropertyDescriptors(rules) });
    else
      overrides.push(
        Object.defineProperties(
          { files: block.config.files.flat() },
          { ...Object.getOwnPropertyDescriptors(settings), ...Object.getOwnPropertyDescriptors(rules) },
        ),
      );
  }
  config.overrides = overrides;
  return config;
}
