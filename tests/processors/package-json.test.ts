/**
 * The package.json processor with real ESLint: a package.json that names no Okta reaches
 * no rule (ours, or an org config's unscoped ones); one that names Okta is linted exactly
 * as it was without the processor (messages, fixes, directives).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@eslint/json';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const cwd = path.dirname(fileURLToPath(import.meta.url));

/** Unscoped rules an org config spreads beside ours (core and formatting rules that read any AST's tokens and text). */
const ORG_RULES: Linter.Config = {
  linterOptions: { reportUnusedDisableDirectives: 'error' },
  rules: {
    'no-trailing-spaces': 'error',
    'eol-last': 'error',
    'no-multi-spaces': 'error',
    'no-undef': 'error',
    'max-len': ['error', { code: 40 }],
  },
};

/** `recommended` or `migrate` as they were before the processor: the package-json block without it. */
const withoutProcessor = (config: Linter.Config[]) =>
  config.map(({ processor, ...block }) =>
    block.name?.endsWith('/package-json') ? { ...block, files: ['**/package.json'] } : { ...block, ...(processor ? { processor } : {}) },
  );

async function lint(
  text: string,
  { variant = 'recommended', fix = false, old = false }: { variant?: 'recommended' | 'migrate'; fix?: boolean; old?: boolean } = {},
) {
  const config = old ? withoutProcessor(plugin.configs[variant]) : plugin.configs[variant];
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...config, ORG_RULES], fix });
  const [result] = await eslint.lintText(text, { filePath: path.join(cwd, 'app/package.json') });
  return result!;
}

const manifest = (dependencies: string) => `{\n  "name": "app",  \n  "version": "1.0.0",\n  ${dependencies}\n}`;

describe('a package.json that names no Okta package', () => {
  it.each([
    ['no dependencies', manifest('"private": true')],
    ['other dependencies and aliases', manifest('"dependencies": { "react": "^18.2.0", "widget": "npm:okta-lookalike@1.0.0" }')],
    ['not JSON at all', '{ "name": "app", '],
  ])('%s: no message from any rule, no fix', async (_, text) => {
    for (const variant of ['recommended', 'migrate'] as const) {
      const result = await lint(text, { variant, fix: true });
      expect(result.messages).toEqual([]);
      expect(result.output).toBeUndefined();
    }
    // Before: the org config's rules reached it through our block.
    expect((await lint(text, { old: true })).messages.length).toBeGreaterThan(0);
  });
});

describe('a package.json that names an Okta package: as before the processor', () => {
  it.each([
    ['a widget range', manifest('"dependencies": { "@okta/okta-signin-widget": "^4.5.0" }')],
    ['an npm: alias in devDependencies', manifest('"devDependencies": { "widget": "npm:@okta/okta-signin-widget@^4.5.0" }')],
    ['a peer range', manifest('"peerDependencies": { "@okta/okta-signin-widget": "^4.5.0 || ^7.0.0" }')],
    ['okta-idx-js', manifest('"optionalDependencies": { "@okta/okta-idx-js": "^0.26.0" }')],
    ['only Okta packages without a finding', manifest('"dependencies": { "@okta/okta-auth-js": "^7.0.0" }')],
    ['a BOM', `\uFEFF${manifest('"dependencies": { "@okta/okta-signin-widget": "^4.5.0" }')}`],
    ['an escaped scope', manifest('"dependencies": { "\\u0040okta\\/okta-signin-widget": "^4.5.0" }')],
    [
      'a used and an unused eslint-disable comment (jsonc)',
      `{\n  // eslint-disable-next-line no-trailing-spaces\n  "name": "app",  \n  // eslint-disable-next-line no-undef\n  ` +
        `"dependencies": { "@okta/okta-signin-widget": "^4.5.0" }\n}\n`,
    ],
  ])('%s: the same messages, fixes and output', async (_, text) => {
    for (const variant of ['recommended', 'migrate'] as const) {
      const before = await lint(text, { variant, old: true });
      const after = await lint(text, { variant });
      expect(after.messages).toEqual(before.messages);
      expect(after.suppressedMessages).toEqual(before.suppressedMessages);
      expect(after.messages.length).toBeGreaterThan(0);
      const fixedBefore = await lint(text, { variant, old: true, fix: true });
      const fixedAfter = await lint(text, { variant, fix: true });
      expect(fixedAfter.output).toBe(fixedBefore.output);
      expect(fixedAfter.messages).toEqual(fixedBefore.messages);
    }
  });

  it('migrate --fix writes the range through the processor', async () => {
    const result = await lint(manifest('"dependencies": { "@okta/okta-signin-widget": "^4.5.0" }'), { variant: 'migrate', fix: true });
    expect(result.output).toBe(`${manifest('"dependencies": { "@okta/okta-signin-widget": "^5.11.0" }').replace('"app",  ', '"app",')}\n`);
  });
});

describe("the README's recipe for a config that lints JSON itself", () => {
  it('without our package-json block, the JSON rules see every package.json and ours still read the Okta ones', async () => {
    const config: Linter.Config[] = [
      { files: ['**/*.json'], plugins: { json }, language: 'json/json', rules: { 'json/no-duplicate-keys': 'error' } },
      ...plugin.configs.recommended.filter((block) => block.name !== 'okta-oie/package-json'),
    ];
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
    const lint = async (text: string) =>
      (await eslint.lintText(text, { filePath: path.join(cwd, 'app/package.json') }))[0]!.messages.map((m) => `${m.line} ${m.ruleId}`);
    expect(await lint('{ "name": "a", "name": "b" }')).toEqual(['1 json/no-duplicate-keys']);
    expect(await lint('{ "name": "a",\n  "dependencies": { "@okta/okta-signin-widget": "^4.5.0" } }')).toEqual([
      '2 okta-oie/min-widget-version',
    ]);
  });
});
