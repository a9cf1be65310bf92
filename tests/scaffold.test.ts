/**
 * `scripts/create-rule.js` (`npm run new-rule`): in a copy of the repository (the files the
 * checks read; node_modules a link to ours), a scaffolded rule is in the configs, its docs
 * page and the README's rule list come from eslint-doc-generator, and its tests and the
 * docs checks pass, with no other edit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ID = 'no-scaffolded-thing';
/** What the checks below read: the sources, the rule tests' helpers, the docs and the tools' configs. */
const COPIED = [
  'src',
  'scripts',
  'docs/rules',
  'tests/rules',
  'tests/setup.ts',
  'tests/summary-reporter.ts',
  'tests/docs.test.ts',
  // docs examples that say they sit in a package that embeds the widget are linted in it
  'tests/fixtures/auth-resume',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'vitest.config.ts',
  '.eslint-doc-generatorrc.js',
  '.prettierrc.json',
  '.prettierignore',
  'README.md',
];

let copy: string;
const run = (command: string, args: readonly string[]) => spawnSync(command, args, { cwd: copy, encoding: 'utf8' });
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'okta-oie-scaffold-'));
  for (const each of COPIED) cpSync(path.join(root, each), path.join(copy, each), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const created = run(process.execPath, [
    'scripts/create-rule.js',
    ID,
    '--targets',
    'js,html-url',
    '--type',
    'suggestion',
    '--phase',
    'engine',
  ]);
  expect(created.stderr).toBe('');
  expect(created.status).toBe(0);
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm run new-rule', () => {
  it('writes the three files with one name and registers the rule', () => {
    for (const file of [`src/rules/${ID}.ts`, `tests/rules/${ID}.test.ts`, `docs/rules/${ID}.md`])
      expect(existsSync(path.join(copy, file)), file).toBe(true);
    expect(readFileSync(path.join(copy, 'src/rules/index.ts'), 'utf8')).toContain(`  '${ID}': noScaffoldedThing,`);
    expect(readFileSync(path.join(copy, 'src/audit/phases.ts'), 'utf8')).toContain(`  '${ID}': 'engine',`);
    expect(readFileSync(path.join(copy, `src/rules/${ID}.ts`), 'utf8')).toContain(`targets: ['js', 'html-url'],`);
  });

  it('refuses a rule that exists, an id that is not one, and an unknown target', () => {
    for (const args of [[ID], ['NoCamel'], ['no-thing', '--targets', 'css']]) {
      const refused = run(process.execPath, ['scripts/create-rule.js', ...args]);
      expect(refused.status, args.join(' ')).toBe(1);
      expect(refused.stderr).toMatch(/usage: npm run new-rule/);
    }
  });

  it('the rule is in the recommended and migrate configs, in the block of each of its targets', async () => {
    const { default: plugin } = (await import(path.join(copy, 'src/index.ts'))) as {
      default: { configs: Record<string, Linter.Config[]>; rules: Record<string, unknown> };
    };
    expect(Object.keys(plugin.rules)).toContain(ID);
    const rulesOf = (config: string, block: string) => plugin.configs[config]!.find((each) => each.name === block)?.rules ?? {};
    for (const [config, prefix] of [
      ['recommended', 'okta-oie'],
      ['migrate', 'okta-oie/migrate'],
    ] as const) {
      expect(rulesOf(config, `${prefix}/js`)[`okta-oie/${ID}`]).toBe('warn');
      expect(rulesOf(config, `${prefix}/html-urls`)[`okta-oie/${ID}`]).toBe('warn');
      expect(rulesOf(config, `${prefix}/package-json`)[`okta-oie/${ID}`]).toBeUndefined();
    }
  });

  it('writes its files formatted (npm run format would change nothing)', () => {
    const files = [`src/rules/${ID}.ts`, `tests/rules/${ID}.test.ts`, 'src/rules/index.ts', 'src/audit/phases.ts'];
    const checked = run(bin('prettier'), ['--check', ...files]);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
  });

  it('its tests and the docs checks (three files, the template, the examples) pass', () => {
    const vitest = run(bin('vitest'), ['run', `tests/rules/${ID}.test.ts`, 'tests/docs.test.ts']);
    expect(vitest.status, vitest.stdout + vitest.stderr).toBe(0);
    expect(vitest.stdout).toMatch(new RegExp(`tests/rules/${ID}\\.test\\.ts`));
  });

  it('it builds, and eslint-doc-generator writes its docs header and its README row (then --check passes)', () => {
    execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: copy });
    execFileSync(process.execPath, ['scripts/prune-declarations.js'], { cwd: copy });
    const generated = run(bin('eslint-doc-generator'), []);
    expect(generated.status, generated.stdout + generated.stderr).toBe(0);
    expect(readFileSync(path.join(copy, `docs/rules/${ID}.md`), 'utf8')).toMatch(/^# okta-oie\/no-scaffolded-thing\n\n📝 Disallow /);
    expect(readFileSync(path.join(copy, 'README.md'), 'utf8')).toContain(`[${ID}](docs/rules/${ID}.md)`);
    const checked = run(bin('eslint-doc-generator'), ['--check']);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
  });
});
