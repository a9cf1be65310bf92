/**
 * The `okta-oie/package-json` processor: a package.json that names Okta (an `@okta/`
 * dependency, an `npm:` alias of one, …: `analysis/questions/okta-mentions.ts`) is handed to ESLint
 * unchanged, as one block; any other package.json as no block at all, so no rule, ours or
 * the user's unscoped ones (`js.configs.recommended`, Prettier, `@stylistic`), lints it
 * through our config.
 *
 * The block is the file's own text under the name `package.json`: with the same text and
 * extension, ESLint lints it with the file's own config (no second config lookup: the
 * parser, the rules, `linterOptions` are the file's), so messages, fixes and suppressed
 * messages need no mapping. ESLint lints a block only when a config block's `files` match
 * its path (`…/package.json/0_package.json`): `PACKAGE_JSON_FILES` does.
 *
 * Plain preprocess/postprocess functions, so an eslintrc `overrides` entry can name the
 * processor as a flat config does.
 */
import type { Linter } from 'eslint';
import { mentionsOkta } from '../analysis/questions/okta-mentions.js';
import { usable } from '../deps.js';
import { PLUGIN_NAME, PLUGIN_VERSION } from '../meta.js';

/** The processor's name in the plugin (`okta-oie/package-json`). */
export const PACKAGE_JSON_PROCESSOR = 'package-json';

/** The name of the one block of an Okta package.json. */
const BLOCK = 'package.json';

/** The files of the `package-json` config block: every package.json, and the block of one. */
export const PACKAGE_JSON_FILES: readonly string[] = ['**/package.json', `**/package.json/*_${BLOCK}`];

export const packageJsonProcessor: Linter.Processor = {
  meta: { name: `${PLUGIN_NAME}/${PACKAGE_JSON_PROCESSOR}`, version: PLUGIN_VERSION },
  supportsAutofix: true,
  // A jsonc-eslint-parser that an app forced to an incompatible version: no block (one warning).
  preprocess: (text: string) => (mentionsOkta(text) && usable('jsonc-eslint-parser') ? [{ text, filename: BLOCK }] : []),
  postprocess: (messageLists: Linter.LintMessage[][]) => messageLists.flat(),
};
