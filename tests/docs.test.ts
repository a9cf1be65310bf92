/**
 * Each rule is three files with one name, its docs page follows the template, and every
 * ❌ example is reported by its rule while every ✅ example is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules, type RuleId } from '../src/rules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ids = (Object.keys(rules) as RuleId[]).sort();
const names = (dir: string, suffix: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(suffix) && f !== `index${suffix}`)
    .map((f) => f.slice(0, -suffix.length))
    .sort();

it('every rule has a source file, a test file and a docs page, and nothing else does', () => {
  expect(names('src/rules', '.ts')).toEqual(ids);
  expect(names('tests/rules', '.test.ts')).toEqual(ids);
  expect(names('docs/rules', '.md')).toEqual(ids);
});

interface Example {
  kind: 'incorrect' | 'correct';
  code: string;
  language: string;
  line: number;
}

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  let kind: Example['kind'] | null = null;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.startsWith('## ')) kind = null;
    if (line.startsWith('### ❌')) kind = 'incorrect';
    if (line.startsWith('### ✅')) kind = 'correct';
    const fence = /^```(js|jsx|ts|tsx|json|html)\s*$/.exec(line);
    if (fence && kind) {
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end] !== '```') end += 1;
      found.push({ kind, code: lines.slice(start, end).join('\n'), language: fence[1] ?? 'js', line: start });
      i = end;
    }
  }
  return found;
}

describe.each(ids)('docs/rules/%s.md', (id) => {
  const markdown = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');
  const rule = rules[id];

  it('follows the template', () => {
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    const hasOptions = ((rule.meta.schema ?? []) as unknown[]).length > 0;
    expect(headings).toEqual([
      '## Why',
      '## Examples',
      ...(hasOptions ? ['## Options'] : []),
      '## When not to use it',
      '## Further reading',
    ]);
    expect(markdown).toContain('### ❌ Incorrect');
    expect(markdown).toContain('### ✅ Correct');
    expect(markdown).toMatch(/## Further reading[\s\S]*https:\/\/developer\.okta\.com\/docs\/guides\//);
  });

  const cases = examples(markdown);
  it('has examples of both kinds', () => {
    expect(cases.some((c) => c.kind === 'incorrect')).toBe(true);
    expect(cases.some((c) => c.kind === 'correct')).toBe(true);
  });

  // JS and TS examples with the rule alone; package.json and HTML examples through the
  // `recommended` blocks for their kind of file (the jsonc parser, the HTML processor).
  const onlyThisRule: Linter.RulesRecord = Object.fromEntries(
    Object.keys(rules).map((other) => [`okta-oie/${other}`, other === id ? 'error' : 'off']),
  );
  it.each(cases.map((c) => [`${c.kind} example at line ${c.line}`, c] as const))('%s', (_name, example) => {
    const version = /settings: okta\.widgetVersion = '([^']+)'/.exec(example.code)?.[1] ?? 'detect';
    const typescript = example.language.startsWith('ts');
    // An example that says it sits in a package that depends on the widget is linted in one (require-auth-resume).
    const embeds = /in a package that depends on `?@okta\/okta-signin-widget/.test(example.code);
    const filename =
      example.language === 'json'
        ? 'package.json'
        : embeds
          ? path.join(root, 'tests/fixtures/auth-resume/embedded', `example.${example.language}`)
          : `example.${example.language}`;
    const messages = new Linter({ cwd: root }).verify(
      example.code,
      [
        { files: ['**/*.{js,jsx,ts,tsx}'], plugins: { 'okta-oie': plugin as never }, rules: { [`okta-oie/${id}`]: 'error' } },
        { files: ['**/*.{js,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
        ...(typescript ? [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } }] : []),
        ...(['json', 'html'].includes(example.language)
          ? [...(plugin.configs.recommended as Linter.Config[]), { rules: onlyThisRule }]
          : []),
        { settings: { okta: { widgetVersion: version } } },
      ],
      // ESLint's Linter keeps only `.js` blocks of a processor unless told otherwise (the ESLint class asks the config).
      { filename, filterCodeBlock: () => true },
    );
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    if (example.kind === 'incorrect') expect(messages.length).toBeGreaterThan(0);
    else expect(messages).toEqual([]);
  });
});

describe('README.md', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```(js|ts)\n([\s\S]*?)^```$/gm)].map((m) => ({ language: m[1]!, code: m[2]! }));

  it('has code blocks (the marked ones are linted as configs by the packed-plugin tests, tests/packed/)', () => {
    expect(blocks.length).toBeGreaterThan(8);
    expect(readme.match(/<!-- snippet: [\w-]+ -->/g)?.length).toBeGreaterThan(6);
  });

  it.each(blocks.map((block, index) => [index, block] as const))('code block %i parses', (_index, block) => {
    const messages = new Linter({ cwd: root }).verify(
      block.code,
      [
        { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
        { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
      ],
      block.code.startsWith('// eslint.config.cjs') ? 'snippet.cjs' : `snippet.${block.language}`,
    );
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });
});
