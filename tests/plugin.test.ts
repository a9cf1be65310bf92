import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { hasFixOption } from '../src/configs/build.js';
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

describe('configs', () => {
  it('are named, files-scoped blocks that register the plugin', () => {
    for (const [name, config] of Object.entries(plugin.configs)) {
      for (const block of config) {
        expect(block.name).toMatch(/^okta-oie\//);
        expect(block.files).toEqual(['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}']);
        expect(block.plugins?.['okta-oie']).toBe(plugin);
        expect(block.languageOptions?.parser, name).toBeUndefined();
      }
    }
  });

  it('recommended turns every rule on at its documented severity', () => {
    const [block] = plugin.configs.recommended;
    expect(block?.rules).toEqual(Object.fromEntries(ids.map((id) => [`okta-oie/${id}`, rules[id].meta.docs?.recommended])));
  });

  it('migrate differs only in promoting the migration edits to autofixes', () => {
    const [block] = plugin.configs.migrate;
    expect(ids.filter(hasFixOption)).toEqual(['no-unsupported-widget-options', 'require-interaction-code-flow']);
    expect(block?.rules).toEqual(
      Object.fromEntries(
        ids.map((id) => {
          const severity = rules[id].meta.docs?.recommended;
          return [`okta-oie/${id}`, hasFixOption(id) ? [severity, { fix: 'autofix' }] : severity];
        }),
      ),
    );
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
