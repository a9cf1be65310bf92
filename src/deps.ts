/**
 * The plugin's heavier run-time dependencies, each loaded the first time a file needs it,
 * not when ESLint loads the plugin: every ESLint process and worker thread loads the
 * plugin, and most lint no package.json, no lockfile and no HTML page. Each accessor
 * loads its package once (synchronously: rules and processors are synchronous) and
 * returns the same module afterwards. `require` loads the CommonJS packages and, on the
 * Node versions we support (`require(esm)`), the ES-module ones (htmlparser2,
 * jsonc-eslint-parser).
 *
 * This is the one place a dependency is loaded: a check of a dependency's API (an
 * incompatible version forced by an app's `overrides`) belongs here, at first load.
 */
import { createRequire } from 'node:module';
import type * as Globals from 'globals';
import type * as HtmlParser2 from 'htmlparser2';
import type * as JsoncParser from 'jsonc-eslint-parser';
import type * as Semver from 'semver';
import type * as Yaml from 'yaml';
import type * as YarnParsers from '@yarnpkg/parsers';

const require = createRequire(import.meta.url);

/** A loader that requires `name` on first call and remembers it. */
function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}

/** `semver` (versions and ranges). */
export const semver: () => typeof Semver = lazy('semver');
/** `yaml` (pnpm lockfiles, when the line scanner cannot read one). */
export const yaml: () => typeof Yaml = lazy('yaml');
/** `@yarnpkg/parsers` (yarn lockfiles, v1 and berry). */
export const yarnParsers: () => typeof YarnParsers = lazy('@yarnpkg/parsers');
/** `htmlparser2` (the HTML processor). */
export const htmlparser2: () => typeof HtmlParser2 = lazy('htmlparser2');
/** `jsonc-eslint-parser` (package.json files). */
export const jsoncParser: () => typeof JsoncParser = lazy('jsonc-eslint-parser');
/** `globals` (the browser globals of inline scripts). */
export const globals: () => typeof Globals = lazy('globals');
