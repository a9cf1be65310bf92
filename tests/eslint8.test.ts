/**
 * ESLint 8.57 (the peer range's floor): what it lacks is made up inside the plugin. Rule
 * `meta.defaultOptions` are merged by ESLint only from 9.15 (flat config), so `createRule`
 * merges them the way ESLint does where the configured options lack them, and never twice.
 * The eslintrc configs are the flat configs' blocks written the eslintrc way.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import * as eslint8 from 'eslint-v8';
import { describe, expect, it } from 'vitest';
import { BLOCKS, buildConfig, ruleEntries } from '../src/configs/build.js';
import { buildLegacyConfig } from '../src/configs/legacy.js';
import plugin from '../src/index.js';
import { rules, type RuleId } from '../src/rules/index.js';
import { createRule, withDefaultOptions } from '../src/rule-kit/create-rule.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** ESLint 9.15's own merge (not exported by its package: loaded by path). */
const { deepMergeArrays } = require(path.join(root, 'node_modules/eslint-v9-floor/lib/shared/deep-merge-arrays.js')) as {
  deepMergeArrays: (defaults: unknown[] | undefined, options: unknown[]) => unknown[];
};

/** ESLint 8.57.1's Linter under flat config (the class `loadESLint({ useFlatConfig: true })` lints with). */
const linter8 = () => new eslint8.Linter({ configType: 'flat' } as never);

/** A rule that records the options createRule hands it and ESLint's own `context.options`. */
function spyRule() {
  const seen: { options: unknown; contextOptions: unknown }[] = [];
  const rule = createRule({
    name: 'spy',
    meta: {
      type: 'problem',
      docs: { description: 'spy', recommended: 'error' },
      schema: [{ type: 'object', additionalProperties: true }, { type: 'string' }],
      defaultOptions: [{ fix: 'suggestion', nested: { keep: 1, replace: 2 }, list: ['a'] }],
      messages: {},
    },
    create(context, options) {
      seen.push({ options, contextOptions: context.options });
      return {};
    },
  });
  return { seen, plugins: { spy: { rules: { spy: rule } } } };
}

const USER_OPTIONS = [
  [],
  [{}],
  [{ fix: 'autofix' }],
  [{ nested: { replace: 3 } }],
  [{ list: ['b', 'c'], extra: true }],
  [{ fix: 'autofix' }, 'second'],
];

describe('meta.defaultOptions on ESLint 8.57.1', () => {
  it.each(USER_OPTIONS)('the rule gets what ESLint 9.15 merges, for options %j', (...options) => {
    const { seen, plugins } = spyRule();
    const config = { plugins, rules: { 'spy/spy': ['error', ...options] as Linter.RuleEntry } };
    // A file that names Okta: in any other, our rules make no listeners (createRule's gate).
    const code = "import OktaSignIn from '@okta/okta-signin-widget';";
    linter8().verify(code, config as never, 'a.js');
    new Linter().verify(code, config, 'a.js');
    const [on8, on10] = seen;
    expect(on8?.contextOptions).toEqual(options);
    expect(on8?.options).toEqual(deepMergeArrays(spyDefaults(), options));
    // ESLint 10 merged them already: the same array, not merged a second time.
    expect(on10?.options).toEqual(on8?.options);
    expect(on10?.options).toBe(on10?.contextOptions);
  });

  it("merges like ESLint 9.15's deepMergeArrays for every rule's defaults", () => {
    for (const id of Object.keys(rules) as RuleId[]) {
      const defaults = rules[id].meta.defaultOptions as unknown[] | undefined;
      for (const options of USER_OPTIONS) expect(withDefaultOptions(defaults, options), id).toEqual(deepMergeArrays(defaults, options));
    }
  });

  it('returns options that already hold every default as they are', () => {
    const merged = [{ fix: 'autofix', nested: { keep: 1, replace: 2 }, list: [] }];
    expect(withDefaultOptions(spyDefaults(), merged)).toBe(merged);
    expect(withDefaultOptions(undefined, merged)).toBe(merged);
  });

  it(
    'a rule configured without options uses its defaults ' +
      "(min-widget-version's minimum, prefer-show-sign-in-to-get-tokens' replacement)",
    () => {
      const okta = { plugins: { 'okta-oie': plugin } };
      const packageJson = `{ "dependencies": { "@okta/okta-signin-widget": "^4.3.2" } }\n`;
      const pkg = linter8().verify(
        packageJson,
        [
          {
            ...okta,
            files: ['**/package.json'],
            languageOptions: { parser: plugin.configs.recommended[2]!.languageOptions!.parser },
            rules: { 'okta-oie/min-widget-version': 'error' },
          },
        ] as never,
        'package.json',
      );
      // Its minimum (5.2.0) and its target (fixTo, 5.11.0).
      expect(pkg.map((m) => [m.ruleId, m.messageId, m.message.includes('5.2.0'), m.message.includes('5.11.0')])).toEqual([
        ['okta-oie/min-widget-version', 'oldRange', true, true],
      ]);

      const code =
        `import OktaSignIn from '@okta/okta-signin-widget';\nconst w = new OktaSignIn({ clientId: 'x', ` +
        `useInteractionCodeFlow: true });\nw.renderEl({ el: '#x' }, (res) => { go(res.user); });\n`;
      const js = linter8().verify(code, [{ ...okta, rules: { 'okta-oie/prefer-show-sign-in-to-get-tokens': 'warn' } }] as never, 'a.js');
      expect(js.map((m) => [m.ruleId, m.line, m.messageId, m.message.includes('`showSignInToGetTokens`')])).toEqual([
        ['okta-oie/prefer-show-sign-in-to-get-tokens', 3, 'classicHandler', true],
      ]);
    },
  );
});

function spyDefaults(): unknown[] {
  return [{ fix: 'suggestion', nested: { keep: 1, replace: 2 }, list: ['a'] }];
}

describe('the eslintrc configs', () => {
  it.each(['recommended', 'migrate'] as const)('legacy-%s is its flat config block for block', (variant) => {
    const legacy = buildLegacyConfig(variant);
    expect(plugin.configs[`legacy-${variant}`]).toEqual(legacy);
    const flat = buildConfig(plugin, variant);
    // The block without `files` is the base config; every other block is an override with its globs and rules.
    expect(legacy.plugins).toEqual(['okta-oie']);
    expect(legacy.rules).toEqual(ruleEntries('js', variant));
    expect(legacy.overrides?.map((o) => [o.files, o.rules])).toEqual(flat.filter((b) => b.files).map((b) => [b.files, b.rules]));
    expect(BLOCKS.filter((b) => !b.config.files).map((b) => b.name)).toEqual(['js']);
  });

  it('names the parser of package.json, the processor of pages and the language options of their blocks the eslintrc way', () => {
    const [jsx, packageJson, html, scripts, modules, urls] = buildLegacyConfig('recommended').overrides!;
    expect(jsx).toEqual({ files: ['**/*.{js,jsx}'], parserOptions: { ecmaFeatures: { jsx: true } } });
    expect(packageJson).toMatchObject({
      files: ['**/package.json', '**/package.json/*_package.json'],
      processor: 'okta-oie/package-json',
      parser: 'jsonc-eslint-parser',
    });
    expect(html).toEqual({ files: ['**/*.{html,htm,hbs,handlebars,mustache,ejs,njk,jsp,erb}'], processor: 'okta-oie/html' });
    expect(scripts).toMatchObject({
      parserOptions: { sourceType: 'script', ecmaVersion: 'latest' },
      globals: { OktaSignIn: 'readonly', OktaUtil: 'readonly' },
    });
    expect(modules).toMatchObject({ parserOptions: { sourceType: 'module', ecmaVersion: 'latest' } });
    expect(urls).toEqual({
      files: ['**/*.{html,htm,hbs,handlebars,mustache,ejs,njk,jsp,erb}/*.okta-url'],
      rules: ruleEntries('html-url', 'recommended'),
    });
  });

  it("are valid eslintrc configs for ESLint 8.57.1's schema", () => {
    const validator = require(path.join(root, 'node_modules/eslint-v8/node_modules/@eslint/eslintrc/lib/shared/config-validator.js')) as {
      default: new () => { validateConfigSchema(config: unknown, source: string): void };
    };
    const Validator = validator.default;
    for (const name of ['legacy-recommended', 'legacy-migrate'] as const) {
      expect(() => new Validator().validateConfigSchema(plugin.configs[name], name)).not.toThrow();
    }
  });
});
