import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { hasFixOption, targetOf } from '../src/configs/build.js';
import { rules, type RuleId } from '../src/rules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ids = Object.keys(rules) as RuleId[];

describe('the plugin object', () => {
  it('has meta, rules, processors and configs', () => {
    expect(plugin.rules).toBe(rules);
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-okta-oie', version: expect.stringMatching(/^\d+\.\d+\.\d+/), namespace: 'okta-oie' });
    expect(Object.keys(plugin)).toEqual(['meta', 'rules', 'processors', 'configs']);
  });

  it.each(ids)('%s: docs URL of the released version, a deliberate type, a severity', (id) => {
    const { meta } = rules[id];
    expect(meta.docs?.url).toBe(`https://github.com/eslint-plugin-okta-oie/eslint-plugin-okta-oie/blob/v${plugin.meta.version}/docs/rules/${id}.md`);
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
  const jsRules = Object.fromEntries(ids.map((id) => [`okta-oie/${id}`, rules[id].meta.docs.recommended]));

  it('recommended: one rules block without files (every rule is a JavaScript rule today), and the JSX block', () => {
    expect(plugin.configs.recommended).toEqual([
      { name: 'okta-oie/js', plugins: { 'okta-oie': plugin }, rules: jsRules },
      {
        name: 'okta-oie/jsx',
        files: ['**/*.{js,jsx}'],
        languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      },
    ]);
    expect(ids.map(targetOf).every((target) => target === 'js')).toBe(true);
  });

  it('no block sets a parser, a language or a processor, and every block with rules registers this plugin', () => {
    for (const config of Object.values(plugin.configs)) {
      for (const block of config) {
        expect(block.languageOptions?.parser).toBeUndefined();
        expect(block.language).toBeUndefined();
        expect(block.processor).toBeUndefined();
        if (block.rules) expect(block.plugins?.['okta-oie']).toBe(plugin);
      }
    }
  });

  it('migrate mirrors recommended block for block, promoting only the migration edits to autofixes', () => {
    const { recommended, migrate } = plugin.configs;
    expect(ids.filter(hasFixOption)).toEqual(['no-unsupported-widget-options', 'require-interaction-code-flow']);
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
  it.each(ids)('%s: no listeners when the AST is not a JavaScript Program', (id) => {
    for (const type of ['Document', 'StyleSheet', 'root']) {
      const context = { sourceCode: { ast: { type } }, options: [], settings: {} };
      expect(rules[id].create(context as never)).toEqual({});
    }
  });
});

describe('npm run demo', () => {
  it('prints findings from every rule and leaves examples/ unchanged', () => {
    const before = execFileSync('git', ['status', '--porcelain', '--', 'examples'], { cwd: root, encoding: 'utf8' });
    const demo = spawnSync(process.execPath, ['scripts/demo.js'], { cwd: root, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    for (const id of ids) expect(demo.stdout).toMatch(new RegExp(`okta-oie/${id}\\s+[1-9]`));
    expect(execFileSync('git', ['status', '--porcelain', '--', 'examples'], { cwd: root, encoding: 'utf8' })).toBe(before);
  });
});
