/**
 * The project model's cache (issue 21 items 7 and 8): a saved change to an imported module is
 * seen by the next lint of the importer in the same process (an editor's ESLint server; the
 * cache key is path, time and size, each path stat-ed at most once a second: the test moves
 * the clock, it never waits), and each module is parsed at most once per process however
 * many files import it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it, vi } from 'vitest';
import plugin from '../../src/index.js';
import { answerStats, parseStats } from '../../src/analysis/project/modules.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/project/react-widget-5', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'okta-project-'));
cpSync(FIXTURE, scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const login = path.join(scratch, 'src/Login.js');
const config = path.join(scratch, 'src/config.js');
const linter = new Linter({ configType: 'flat', cwd: scratch });
const lint = (file: string, text = readFileSync(file, 'utf8')) =>
  linter
    .verify(
      text,
      [
        {
          files: ['**/*.js'],
          languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { 'okta-oie': plugin as never },
          rules: { 'okta-oie/require-interaction-code-flow': 'error' },
        },
      ],
      { filename: file },
    )
    .map((message) => `${message.ruleId ?? 'fatal'}:${message.messageId ?? message.message}@${message.line}`);

describe('project model cache', () => {
  it('sees a saved change to config.js on the next lint of Login.js in the same process', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      expect(lint(login)).toEqual(['okta-oie/require-interaction-code-flow:missingFlow@9']);
      writeFileSync(
        config,
        readFileSync(config, 'utf8').replace(
          "clientId: '0oa1abcdefgHIJKLM357',",
          "clientId: '0oa1abcdefgHIJKLM357',\n  useInteractionCodeFlow: true,",
        ),
      );
      // What a path is stays known for a second (read.ts): an editor lints again after that.
      vi.setSystemTime(Date.now() + 1500);
      expect(lint(login)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('resolves an import again once a second has passed: a module created after the first lint is seen', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const file = path.join(scratch, 'src/LateLogin.js');
      const text = "import OktaSignIn from '@okta/okta-signin-widget';\nimport { config } from './late-config';\nnew OktaSignIn(config);\n";
      // No such module: its options are unknown, and unknown is silent.
      expect(lint(file, text)).toEqual([]);
      writeFileSync(
        path.join(scratch, 'src/late-config.js'),
        "export const config = { issuer: 'https://acme.okta.com', clientId: '0oa1late' };\n",
      );
      vi.setSystemTime(Date.now() + 1500);
      expect(lint(file, text)).toEqual(['okta-oie/require-interaction-code-flow:missingFlow@3']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('parses each module at most once per process, however many files import it', () => {
    const before = parseStats.byFile.get(path.join(scratch, 'src/okta/base-config.js')) ?? 0;
    for (let i = 0; i < 5; i += 1) {
      const file = path.join(scratch, `src/Login${i}.js`);
      const text = `import OktaSignIn from '@okta/okta-signin-widget';\nimport { config } from './okta';\nnew OktaSignIn(config);\n`;
      expect(lint(file, text)).toEqual(['okta-oie/require-interaction-code-flow:missingFlow@3']);
    }
    expect(before).toBe(0);
    // config.js changed in the test before: one parse per version of it.
    for (const [file, count] of parseStats.byFile)
      if (file.startsWith(scratch) && file !== config) expect({ file, count }).toEqual({ file, count: 1 });
    expect(parseStats.byFile.get(config)).toBe(2);
    expect(parseStats.byFile.get(path.join(scratch, 'src/okta/base-config.js'))).toBe(1);
  });

  it('the Okta gate reads each imported module once, however many files that name no Okta import it', () => {
    const module = path.join(scratch, 'src/okta-widget.js');
    writeFileSync(module, "import OktaSignIn from '@okta/okta-signin-widget';\nexport default new OktaSignIn({ issuer: 'x' });\n");
    for (let i = 0; i < 5; i += 1) lint(path.join(scratch, `src/Page${i}.js`), "import widget from './okta-widget';\nwidget.remove();\n");
    expect(answerStats.byFile.get(module)).toBe(1);
  });
});
