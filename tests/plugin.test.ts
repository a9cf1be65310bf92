import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { hasFixOption, PACKAGE_JSON_PARSER, PACKAGE_JSON_PARSER_NAME, targetsOf } from '../src/configs/build.js';
import { pageGlobals } from '../src/processors/html.js';
import { processors } from '../src/processors/index.js';
import { FIX_MODE_SCHEMA } from '../src/rule-kit/schema.js';
import { rules, type RuleId } from '../src/rules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ids = Object.keys(rules) as RuleId[];

describe('the plugin object', () => {
  it('has meta, rules, processors and configs', () => {
    expect(plugin.rules).toBe(rules);
    expect(plugin.processors).toBe(processors);
    expect(Object.keys(plugin.processors)).toEqual(['html', 'html-with-page', 'package-json']);
    expect(plugin.meta).toEqual({
      name: 'eslint-plugin-okta-oie',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      namespace: 'okta-oie',
    });
    expect(Object.keys(plugin)).toEqual(['meta', 'rules', 'processors', 'configs']);
  });

  it.each(ids)('%s: docs URL of the released version, a deliberate type, a severity', (id) => {
    const { meta } = rules[id];
    expect(meta.docs?.url).toBe(
      `https://github.com/eslint-plugin-okta-oie/eslint-plugin-okta-oie/blob/v${plugin.meta.version}/docs/rules/${id}.md`,
    );
    expect(['problem', 'suggestion']).toContain(meta.type);
    expect(['error', 'warn']).toContain(meta.docs?.recommended);
  });
});

describe('messages', () => {
  // The first sentence says what is wrong and what to do; the docs, which the editor links, say the rest.
  it.each(ids)('%s: the first sentence of each message is short', (id) => {
    for (const [messageId, text] of Object.entries(rules[id].meta.messages)) {
      const first = text.split(/(?<=[.)])\s(?=[A-Z])/)[0]!;
      expect(first.length, `${messageId}: ${first}`).toBeLessThanOrEqual(130);
    }
  });
});

describe('configs', () => {
  const ruleIds = (target: string) =>
    Object.fromEntries(
      ids.filter((id) => targetsOf(id).includes(target as never)).map((id) => [`okta-oie/${id}`, rules[id].meta.docs.recommended]),
    );
  const HTML = '**/*.{html,htm,hbs,handlebars,mustache,ejs,njk,jsp,erb}';

  it('recommended: a block per kind of file, each with only its rules; JavaScript rules without files', () => {
    const plugins = { 'okta-oie': plugin };
    // Every block carries the package files' key for `eslint --cache` (tests/e2e/cache.test.ts).
    const settings = plugin.configs.recommended[0]!.settings!;
    expect(Object.keys(settings)).toEqual(['okta-oie/package-files']);
    expect(JSON.parse(JSON.stringify(settings))).toEqual({ 'okta-oie/package-files': expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(plugin.configs.recommended.every((block) => block.settings === settings)).toBe(true);
    expect(
      plugin.configs.recommended.map((block) => Object.fromEntries(Object.entries(block).filter(([key]) => key !== 'settings'))),
    ).toEqual([
      { name: 'okta-oie/js', plugins, rules: ruleIds('js') },
      { name: 'okta-oie/jsx', files: ['**/*.{js,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } }, plugins },
      {
        name: 'okta-oie/package-json',
        files: ['**/package.json', '**/package.json/*_package.json'],
        processor: 'okta-oie/package-json',
        languageOptions: { parser: PACKAGE_JSON_PARSER },
        plugins,
        rules: ruleIds('package-json'),
      },
      { name: 'okta-oie/html', files: [HTML], processor: 'okta-oie/html', plugins },
      {
        name: 'okta-oie/html-scripts',
        files: [`${HTML}/*.js`],
        languageOptions: { sourceType: 'script', globals: pageGlobals() },
        plugins,
      },
      {
        name: 'okta-oie/html-modules',
        files: [`${HTML}/*.mjs`],
        languageOptions: { sourceType: 'module', globals: pageGlobals() },
        plugins,
      },
      { name: 'okta-oie/html-urls', files: [`${HTML}/*.okta-url`], plugins, rules: ruleIds('html-url') },
    ]);
    expect(Object.keys(ruleIds('js'))).toEqual(ids.map((id) => `okta-oie/${id}`));
    expect(ruleIds('package-json'), 'a new rule that targets package-json goes here (tests/plugin.test.ts)').toEqual({
      'okta-oie/min-widget-version': 'error',
      'okta-oie/no-okta-idx-js': 'error',
      'okta-oie/prefer-supported-widget-version': 'warn',
      'okta-oie/require-auth-resume': 'warn',
    });
    expect(ruleIds('html-url'), 'a new rule that targets html-url goes here (tests/plugin.test.ts)').toEqual({
      'okta-oie/min-widget-version': 'error',
      'okta-oie/no-classic-engine': 'error',
      'okta-oie/prefer-supported-widget-version': 'warn',
    });
  });

  it('no block sets a language; only the package.json block sets a parser; every block registers this plugin', () => {
    const { recommended, migrate } = plugin.configs;
    for (const config of [recommended, migrate]) {
      for (const block of config) {
        expect(block.language).toBeUndefined();
        if (!block.name?.endsWith('/package-json')) expect(block.languageOptions?.parser).toBeUndefined();
        expect(block.plugins?.['okta-oie']).toBe(plugin);
      }
    }
  });

  // `migrate` promotes what `meta.schema` declares: the shared `fix` option (configs/build.ts).
  it.each(ids)("%s: a `fix` option is the shared FIX_MODE_SCHEMA, so migrate's promotion follows from the schema", (id) => {
    for (const schema of (rules[id].meta.schema ?? []) as readonly { properties?: Record<string, unknown> }[]) {
      if (schema.properties?.fix === undefined) continue;
      expect(
        schema.properties.fix,
        `${id}: declare \`fix: FIX_MODE_SCHEMA\` (src/rule-kit/schema.ts) in src/rules/${id}.ts, or name the option otherwise`,
      ).toBe(FIX_MODE_SCHEMA);
    }
  });

  it('migrate mirrors recommended block for block, promoting only the migration edits to autofixes', () => {
    const { recommended, migrate } = plugin.configs;
    expect(
      ids.filter(hasFixOption),
      'the rules migrate promotes: a new rule with the `fix` option goes in this list (tests/plugin.test.ts)',
    ).toEqual([
      'min-widget-version',
      'no-otp-state-assignment',
      'no-unsupported-widget-options',
      'prefer-complete-login',
      'prefer-supported-widget-version',
      'require-interaction-code-flow',
    ]);
    expect(migrate.map((block) => block.name)).toEqual(recommended.map((block) => block.name?.replace(/^okta-oie\//, 'okta-oie/migrate/')));
    migrate.forEach((block, index) => {
      const twin = recommended[index]!;
      expect({ ...block, name: twin.name, rules: twin.rules }).toEqual(twin);
      expect(block.rules).toEqual(
        twin.rules &&
          Object.fromEntries(
            Object.entries(twin.rules).map(([key, severity]) => [
              key,
              hasFixOption(key.slice('okta-oie/'.length) as RuleId) ? [severity, { fix: 'autofix' }] : severity,
            ]),
          ),
      );
    });
  });
});

describe('JavaScript rules in files of other languages', () => {
  // The rules block has no `files`, so it reaches JSON, CSS or Markdown files that other
  // blocks lint: create() must do nothing there (end to end in tests/packed).
  const jsOnly = ids.filter((id) => targetsOf(id).join() === 'js');
  it.each(jsOnly)('%s: no listeners when the AST is not a JavaScript Program', (id) => {
    const asts = [
      { type: 'Document' },
      { type: 'StyleSheet' },
      { type: 'root' },
      { type: 'Program', body: [{ type: 'JSONExpressionStatement' }] },
    ];
    for (const ast of asts) {
      const context = { sourceCode: { ast }, options: [], settings: {} };
      expect(rules[id].create(context as never)).toEqual({});
    }
  });

  it('the rules that read other kinds of file are the ones that say so', () => {
    expect(ids.filter((id) => !jsOnly.includes(id)).sort(), 'a new rule with targets beyond js goes here (tests/plugin.test.ts)').toEqual([
      'min-widget-version',
      'no-classic-engine',
      'no-okta-idx-js',
      'prefer-supported-widget-version',
      'require-auth-resume',
    ]);
  });

  it('no-classic-engine (JavaScript and HTML URL blocks): no listeners on other ASTs either', () => {
    const asts = [
      { type: 'Document' },
      { type: 'StyleSheet' },
      { type: 'root' },
      { type: 'Program', body: [{ type: 'JSONExpressionStatement' }] },
    ];
    for (const ast of asts) {
      const context = { sourceCode: { ast, text: '' }, options: [{}], settings: {}, filename: 'x.json', physicalFilename: 'x.json' };
      expect(rules['no-classic-engine'].create(context as never)).toEqual({});
    }
  });
});

describe('npm run demo', () => {
  it('prints findings from every rule and leaves examples/ unchanged', () => {
    const before = execFileSync('git', ['status', '--porcelain', '--', 'examples'], { cwd: root, encoding: 'utf8' });
    const demo = spawnSync(process.execPath, ['scripts/demo.js'], { cwd: root, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    for (const id of ids)
      expect(demo.stdout, `${id} finds nothing in examples/: add code it reports to an example app there`).toMatch(
        new RegExp(`okta-oie/${id}\\s+[1-9]`),
      );
    expect(execFileSync('git', ['status', '--porcelain', '--', 'examples'], { cwd: root, encoding: 'utf8' })).toBe(before);
  });
});

describe('loading the plugin', () => {
  it(
    'loads none of the dependencies a file may need (semver, yaml, the parsers, globals, eslint-utils) until a file needs it, ' +
      'and never typescript-eslint',
    () => {
      const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(${JSON.stringify(`${root}/package.json`)});
      const plugin = (await import(${JSON.stringify(`${root}/dist/index.js`)})).default;
      const lazy = /node_modules\\/(globals|semver|yaml|htmlparser2|jsonc-eslint-parser|@yarnpkg\\/parsers|@eslint-community\\/eslint-utils|@typescript-eslint\\/types)\\//;
      const loaded = () => Object.keys(require.cache).filter((file) => lazy.test(file)).map((file) => file.replace(/.*node_modules\\//, ''));
      const atImport = loaded();
      void plugin.configs['legacy-recommended'].overrides.length;
      const globals = plugin.configs['legacy-recommended'].overrides.find((o) => 'globals' in o).globals;
      console.log(JSON.stringify({ atImport, pageGlobals: Object.keys(globals).length, afterGlobals: [...new Set(loaded().map((f) => f.split('/')[0]))] }));`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout) as { atImport: string[]; pageGlobals: number; afterGlobals: string[] };
      expect(out.atImport).toEqual([]);
      expect(out.pageGlobals).toBeGreaterThan(100);
      expect(out.afterGlobals).toEqual(['globals']);
    },
  );

  it("the package.json parser's name for eslintrc is the parser's own meta.name", () => {
    expect(PACKAGE_JSON_PARSER.meta.name).toBe(PACKAGE_JSON_PARSER_NAME);
  });
});
