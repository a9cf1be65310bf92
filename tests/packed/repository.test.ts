/**
 * A repository with JavaScript, TypeScript, package.json files, HTML pages and an
 * Okta-hosted sign-in template (the e2e fixture project `pages`, plus two sources), linted
 * with `recommended` and nothing else but the README's org set-ups: typescript-eslint and
 * `js.configs.recommended` beside ours, JSON through @eslint/json or eslint-plugin-jsonc,
 * HTML through eslint-plugin-html or @html-eslint. ESLint must exit 0 or 1, never crash,
 * and our findings must stay the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet, SOURCES, summary } from './project.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file).split(path.sep).join('/')] = readFileSync(file, 'utf8');
  }
  return files;
}

/** The fixture project, in `site/` (its package.json declares the widget), beside two sources of the repository's own. */
const SITE = Object.fromEntries(Object.entries(filesOf(path.join(fixtures, 'e2e/pages'))).map(([file, text]) => [`site/${file}`, text]));
const MIGRATED = Object.fromEntries(
  Object.entries(filesOf(path.join(fixtures, 'e2e-expected/migrate/pages'))).map(([file, text]) => [`site/${file}`, text]),
);
const TS_SOURCE =
  `import OktaSignIn from '@okta/okta-signin-widget';\n\nexport const widget: unknown = new OktaSignIn({ baseUrl: ` +
  `'https://acme.okta.com', clientId: '0oa1', redirectUri: '/cb' });\n`;

const SOURCE_FILES = { ...SITE, 'src/login.js': SOURCES.js.text, 'src/login.ts': TS_SOURCE };

/** What our rules find in the repository: the same on every set-up. */
const OURS = [
  'site/package.json:6 okta-oie/min-widget-version',
  'site/packages/ui-kit/package.json:5 okta-oie/min-widget-version',
  'site/packages/ui-kit/package.json:8 okta-oie/min-widget-version',
  'site/public/legacy.html:4 okta-oie/min-widget-version',
  'site/public/legacy.html:5 okta-oie/min-widget-version',
  'site/public/login.html:6 okta-oie/min-widget-version',
  'site/public/login.html:7 okta-oie/min-widget-version',
  'site/public/login.html:12 okta-oie/require-interaction-code-flow',
  'site/public/login.html:23 okta-oie/no-classic-dom-selectors',
  'site/public/sri.html:4 okta-oie/min-widget-version',
  'site/public/sri.html:5 okta-oie/min-widget-version',
  'site/src/app.js:4 okta-oie/min-widget-version',
  'site/templates/branded.hbs:12 okta-oie/require-interaction-code-flow',
  'site/templates/custom.hbs:17 okta-oie/prefer-complete-login',
  'site/templates/custom.hbs:19 okta-oie/no-set-cookie-and-redirect',
  'site/templates/custom.hbs:19 okta-oie/no-classic-request-context',
  `src/login.js:${SOURCES.js.line} okta-oie/require-interaction-code-flow`,
  'src/login.ts:3 okta-oie/require-interaction-code-flow',
].sort();

const ours = (findings: string[]) => findings.filter((finding) => finding.includes(' okta-oie/'));

describe('a repository with JS, TS, package.json and HTML files, on ESLint 10', () => {
  const project = new Project('repository');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    const org = readmeSnippet('org-typescript');
    project.write({
      ...SOURCE_FILES,
      'eslint.config.js': org,
      'migrate.config.js': org.replace('okta.configs.recommended', 'okta.configs.migrate'),
      'ours-first.config.js': org.replace(
        '[js.configs.recommended, ...tseslint.configs.recommended, ...okta.configs.recommended]',
        '[...okta.configs.recommended, js.configs.recommended, ...tseslint.configs.recommended]',
      ),
      'json.config.js': readmeSnippet('json-language'),
      'jsonc.config.js': readmeSnippet('jsonc-plugin'),
      'eslint-plugin-html.config.js': readmeSnippet('eslint-plugin-html'),
      'html-eslint.config.js': readmeSnippet('html-eslint'),
      'html-eslint-language.config.js': readmeSnippet('html-eslint-language'),
    });
    install = project.install(
      {
        eslint: PINNED.eslint,
        '@eslint/js': PINNED['@eslint/js'],
        typescript: PINNED.typescript6,
        'typescript-eslint': PINNED['typescript-eslint'],
        '@eslint/json': PINNED['@eslint/json'],
        'eslint-plugin-jsonc': PINNED['eslint-plugin-jsonc'],
        'eslint-plugin-html': PINNED['eslint-plugin-html'],
        '@html-eslint/parser': PINNED['@html-eslint/parser'],
        '@html-eslint/eslint-plugin': PINNED['@html-eslint/eslint-plugin'],
      },
      { type: 'module' },
    );
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it('[js.configs.recommended, ...tseslint.configs.recommended, ...okta.configs.recommended]: our findings and nothing else', () => {
    const run = project.eslint('.');
    expect(findingsOf(run, 1)).toEqual(OURS);
    expect(run.linted).toEqual(
      expect.arrayContaining([
        'package.json',
        'site/package.json',
        'site/public/login.html',
        'site/templates/custom.hbs',
        'site/templates/default.hbs',
        'src/login.ts',
      ]),
    );
  });

  it('--fix with recommended changes no file; with migrate, the files the e2e suite expects', () => {
    findingsOf(project.eslint('--fix', '.'), 1);
    for (const [file, text] of Object.entries(SITE)) expect(project.read(file), file).toBe(text);
    const migrated = project.eslint('--config', 'migrate.config.js', '--fix', '.');
    expect(migrated.stderr).toBe('');
    expect(migrated.status).toBe(1);
    for (const [file, text] of Object.entries({ ...SITE, ...MIGRATED })) expect(project.read(file), file).toBe(text);
    project.write(SOURCE_FILES);
  });

  it(
    'ours first: typescript-eslint then parses package.json itself; our findings stay, ' +
      'and its no-unused-expressions reports line 1 (README: spread ours last)',
    () => {
      const run = project.eslint('--config', 'ours-first.config.js', '.');
      const findings = findingsOf(run, 1);
      expect(ours(findings)).toEqual(OURS);
      // The repository's own package.json names no Okta package: no block of ours, no rule reads it.
      expect(findings.filter((finding) => !finding.includes(' okta-oie/'))).toEqual([
        'site/package.json:1 @typescript-eslint/no-unused-expressions',
        'site/packages/ui-kit/package.json:1 @typescript-eslint/no-unused-expressions',
      ]);
    },
  );

  it.each(['json.config.js', 'jsonc.config.js'])('%s: JSON linted by the org config, our package.json findings still there', (config) => {
    const run = project.eslint('--config', config, '.');
    expect(ours(findingsOf(run, 1))).toEqual(OURS.filter((finding) => !finding.startsWith('src/login.ts')));
  });

  it('eslint-plugin-html on the same files: our processor takes over, nothing twice', () => {
    const run = project.eslint('--config', 'eslint-plugin-html.config.js', '.');
    expect(findingsOf(run, 1)).toEqual(OURS.filter((finding) => !finding.startsWith('src/login.ts')));
  });

  it.each(['html-eslint.config.js', 'html-eslint-language.config.js'])(
    '%s with the html-with-page processor: the HTML rules and ours',
    (config) => {
      const run = project.eslint('--config', config, '.');
      const findings = findingsOf(run, 1);
      expect(ours(findings)).toEqual(OURS.filter((finding) => !finding.startsWith('src/login.ts')));
      // legacy.html is the one page without <html lang>.
      expect(findings.filter((finding) => !finding.includes(' okta-oie/'))).toEqual([
        expect.stringMatching(/^site\/public\/legacy\.html:2 .*require-lang$/),
      ]);
    },
  );
});

describe('the same repository on ESLint 9.15.0', () => {
  const project = new Project('repository-eslint-9');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    project.write({ ...SITE, 'src/login.js': SOURCES.js.text, 'eslint.config.js': readmeSnippet('esm') });
    install = project.install({ eslint: PINNED.eslint9 }, { type: 'module' });
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it('recommended alone lints package.json files and pages, with the same findings', () => {
    const run = project.eslint('.');
    expect(summary(run)).toEqual(OURS.filter((finding) => !finding.startsWith('src/login.ts')));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });
});
