/**
 * Real code: every rule of the plugin (the `migrate` config: every rule, every edit) over the published
 * Sign-In Widget and okta-auth-js packages, a current and an old major of each, with their
 * multi-megabyte bundles, HTML files and package.json files (tests/fixtures/corpus, its own
 * package.json and lockfile; `npm run corpus` installs it). Zero exceptions; the findings of
 * each rule on each package are the table below (Okta's own code is no Classic app to migrate);
 * files that do not parse are counted (none today), not failures. ESLint ignores node_modules by default, so the run
 * turns ignoring off and sets each package as its working directory; inline config
 * comments are off (the bundles name rules of their own build). The built plugin runs in
 * ESLint's worker threads (`concurrency: 'auto'`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../dist/index.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/corpus/node_modules');
const PACKAGES = ['widget-7', 'widget-4', 'auth-js-8', 'auth-js-4'] as const;
const LARGE = 1024 * 1024;

/**
 * Findings of each rule on each package, in the order of PACKAGES. A rule missing from the
 * table is expected to find nothing (a new rule needs a row only when it finds something).
 */
const FINDINGS: Record<string, readonly [number, number, number, number]> = {
  //                                     widget-7 widget-4 auth-js-8 auth-js-4
  'min-widget-version': /*                   */ [0, 0, 0, 0],
  // The widget's package.json depends on okta-auth-js, so its Classic (v1) code is Okta code: its own
  // Authn calls on clients of its own (`tx.resume`, `verifyRecoveryToken`, …), in its bundles and ESM sources.
  'no-authn-api': /*                         */ [0, 0, 0, 0],
  'no-classic-engine': /*                    */ [0, 0, 0, 0],
  'no-classic-widget-response': /*           */ [0, 0, 0, 0],
  'no-obsolete-interaction-code-flow': /*    */ [0, 0, 0, 0],
  'no-okta-idx-js': /*                       */ [0, 0, 0, 0],
  'no-pkce-disabled': /*                     */ [0, 0, 0, 0],
  'no-session-token': /*                     */ [0, 0, 0, 0],
  'no-set-cookie-and-redirect': /*           */ [0, 0, 0, 0],
  'no-unsupported-widget-options': /*        */ [0, 0, 0, 0],
  'prefer-complete-login': /*                */ [0, 0, 0, 0],
  'prefer-show-sign-in-to-get-tokens': /*    */ [0, 0, 0, 0],
  'prefer-supported-widget-version': /*      */ [0, 0, 0, 0],
  'require-interaction-code-flow': /*        */ [0, 0, 0, 0],
  'require-oidc-config': /*                  */ [0, 0, 0, 0],
};
/** Files that do not parse, per package (order of PACKAGES). */
const PARSE_ERRORS = [0, 0, 0, 0] as const;

it('the findings table names only rules of the plugin', () => {
  expect(Object.keys(FINDINGS).filter((id) => !(id in plugin.rules))).toEqual([]);
});

describe.each(PACKAGES)('%s', (name) => {
  // `migrate`: every rule, and every edit computed as a fix or a suggestion.
  const column = PACKAGES.indexOf(name);
  it.each(['migrate'] as const)('%s: every file linted, no exception, the findings of the table', async (variant) => {
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
    const fatal = results.flatMap((result) =>
      result.messages.filter((message) => message.fatal).map((message) => `${path.relative(cwd, result.filePath)}: ${message.message}`),
    );
    const ids = [...new Set([...Object.keys(plugin.rules), ...Object.keys(FINDINGS)])].sort();
    const findings = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const message of results.flatMap((result) => result.messages)) {
      if (message.ruleId?.startsWith('okta-oie/')) findings[message.ruleId.slice('okta-oie/'.length)]! += 1;
    }
    const total = Object.values(findings).reduce((sum, count) => sum + count, 0);
    console.log(
      `${name} (${variant}): ${results.length} files, ${lines} lines, ${(bytes / LARGE).toFixed(1)} MB (${large} over 1 MB), ${total} ` +
        `findings, ${fatal.length} parse errors`,
    );
    expect(results.length).toBeGreaterThan(0);
    expect(findings).toEqual(Object.fromEntries(ids.map((id) => [id, FINDINGS[id]?.[column] ?? 0])));
    // Only parse errors may be fatal (none of ours: a crash throws out of lintFiles).
    for (const each of fatal) expect(each).toMatch(/Parsing error/);
    expect(fatal).toHaveLength(PARSE_ERRORS[column]!);
  });
});
