/**
 * A config that also lints other languages: the rules block has no `files`, so it
 * reaches JSON, CSS and Markdown files too. ESLint must run without an error, and our
 * rules must report nothing there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet, SOURCES } from './project.js';

const LANGUAGES_CONFIG = `import css from '@eslint/css';
import json from '@eslint/json';
import markdown from '@eslint/markdown';
import okta from 'eslint-plugin-okta-oie';

export default [
  { files: ['**/*.json'], ignores: ['package-lock.json'], plugins: { json }, language: 'json/json', rules: json.configs.recommended.rules },
  { files: ['**/*.css'], plugins: { css }, language: 'css/css', rules: css.configs.recommended.rules },
  { files: ['**/*.md'], plugins: { markdown }, language: 'markdown/commonmark', rules: { 'markdown/no-html': 'error' } },
  ...okta.configs.recommended,
];
`;

const JSONC_CONFIG = `import * as jsonc from 'jsonc-eslint-parser';
${readmeSnippet('esm').replace('export default [...okta.configs.recommended];', "export default [{ files: ['**/*.json'], ignores: ['package-lock.json'], languageOptions: { parser: jsonc } }, ...okta.configs.recommended];")}`;

describe('a config that lints JSON, CSS and Markdown too', () => {
  const project = new Project('languages');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    project.write({
      'src/login.js': SOURCES.js.text,
      // Names our listeners could meet in other ASTs: Identifier (CSS), Member and Object (JSON).
      'data/widget.json': `{ "OktaSignIn": { "new": true, "useInteractionCodeFlow": false, "clientId": "0oa1" } }\n`,
      'styles/login.css': `#okta-sign-in .okta-form-title { font-family: Identifier, sans-serif; }\n`,
      'docs/login.md': `# Login\n\n\`\`\`js\nconst widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com' });\n\`\`\`\n`,
      'eslint.config.js': LANGUAGES_CONFIG,
      'jsonc.config.js': JSONC_CONFIG,
    });
    install = project.install(
      {
        eslint: PINNED.eslint,
        '@eslint/json': PINNED['@eslint/json'],
        '@eslint/css': PINNED['@eslint/css'],
        '@eslint/markdown': PINNED['@eslint/markdown'],
        'jsonc-eslint-parser': PINNED['jsonc-eslint-parser'],
      },
      { type: 'module' },
    );
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it('@eslint/json, @eslint/css and @eslint/markdown: no error, our findings only in JavaScript', () => {
    const run = project.eslint('.');
    expect(findingsOf(run, 1)).toEqual([`src/login.js:${SOURCES.js.line} okta-oie/require-interaction-code-flow`]);
    expect(run.linted).toEqual([
      'data/widget.json',
      'docs/login.md',
      'eslint.config.js',
      'jsonc.config.js',
      'package.json',
      'src/login.js',
      'styles/login.css',
    ]);
  });

  it('jsonc-eslint-parser for JSON: no error, our findings only in JavaScript', () => {
    const run = project.eslint('--config', 'jsonc.config.js', '.');
    expect(findingsOf(run, 1)).toEqual([`src/login.js:${SOURCES.js.line} okta-oie/require-interaction-code-flow`]);
    expect(run.linted).toContain('data/widget.json');
  });
});
