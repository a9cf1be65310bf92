/**
 * Real code: every rule of the plugin (the `migrate` config: every rule, every edit) over the published
 * Sign-In Widget and okta-auth-js packages, a current and an old major of each, with their
 * multi-megabyte bundles, HTML files and package.json files (tests/fixtures/corpus, its own
 * package.json and lockfile; `npm run corpus` installs it). Zero exceptions; files that do
 * not parse are counted, not failures. ESLint ignores node_modules by default, so the run
 * turns ignoring off and sets each package as its working directory; inline config
 * comments are off (the bundles name rules of their own build). The built plugin runs in
 * ESLint's worker threads (`concurrency: 'auto'`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/corpus/node_modules');
const PACKAGES = ['widget-7', 'widget-4', 'auth-js-8', 'auth-js-4'] as const;
const LARGE = 1024 * 1024;

describe.each(PACKAGES)('%s', (name) => {
  // `migrate`: every rule, and every edit computed as a fix or a suggestion.
  it.each(['migrate'] as const)('%s: every file linted, no exception', async (variant) => {
    const cwd = path.join(corpus, name);
    // Worker threads: the options come from a module (tests/corpus-options.js), one URL per run.
    process.env.OKTA_OIE_CORPUS = JSON.stringify({ cwd, variant });
    const eslint = await (ESLint as unknown as { fromOptionsModule(url: URL): Promise<ESLint> }).fromOptionsModule(
      new URL(`./corpus-options.js?${name}-${variant}`, import.meta.url),
    );
    const results = await eslint.lintFiles(['.']);
    let lines = 0;
    let bytes = 0;
    let large = 0;
    for (const result of results) {
      const text = readFileSync(result.filePath, 'utf8');
      lines += text.split('\n').length;
      bytes += text.length;
      if (text.length > LARGE) large += 1;
    }
    const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => `${path.relative(cwd, result.filePath)}: ${message.message}`));
    const findings = results.reduce((sum, result) => sum + result.messages.filter((message) => message.ruleId?.startsWith('okta-oie/')).length, 0);
    console.log(`${name} (${variant}): ${results.length} files, ${lines} lines, ${(bytes / LARGE).toFixed(1)} MB (${large} over 1 MB), ${findings} findings, ${fatal.length} parse errors`);
    expect(results.length).toBeGreaterThan(0);
    // Only parse errors may be fatal (none of ours: a crash throws out of lintFiles).
    for (const each of fatal) expect(each).toMatch(/Parsing error/);
  });
});
