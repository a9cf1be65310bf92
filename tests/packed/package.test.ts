/**
 * What `npm pack` of a fresh clone ships, and `npm install <git url>`, which npm builds
 * with the package's `prepare` script.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, inject, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippetNames, SOURCES } from './project.js';

const { clone, files } = inject('pack');
const manifest = JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

describe('npm pack of a fresh clone', () => {
  it('ships the built plugin, its declarations, the docs and the license', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/types.d.ts',
        'dist/rules/index.d.ts',
        'dist/analysis/questions/widget.js',
        'docs/rules/require-interaction-code-flow.md',
        'README.md',
        'LICENSE',
        'package.json',
      ]),
    );
    expect(files.filter((file) => !/^(dist|docs)\//.test(file)).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin/eslint-plugin-okta-oie.js',
      'package.json',
    ]);
    expect(files).toEqual(expect.arrayContaining(['dist/audit/cli.js', 'dist/audit/options-module.js', 'docs/audit-report.schema.json']));
  });

  it('ships only declarations that import eslint, our dependencies, or each other', () => {
    const declarations = files.filter((file) => file.endsWith('.d.ts'));
    expect(declarations.length).toBeGreaterThan(2);
    expect(declarations.filter((file) => file.startsWith('dist/analysis/'))).toEqual([]);
    const allowed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
    for (const file of declarations) {
      const info = ts.preProcessFile(readFileSync(path.join(clone, file), 'utf8'), true, true);
      for (const { fileName } of info.importedFiles) {
        if (fileName.startsWith('.'))
          expect(files, `${file} imports ${fileName}`).toContain(
            path.posix.join(path.posix.dirname(file), fileName.replace(/\.js$/, '.d.ts')),
          );
        else expect(allowed, `${file} imports ${fileName}`).toContain(fileName);
      }
    }
  });

  it('has no TypeScript in its dependencies or peers (a new dependency is a deliberate change here)', () => {
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      '@eslint-community/eslint-utils',
      '@yarnpkg/parsers',
      'diff',
      'globals',
      'htmlparser2',
      'ignore',
      'jsonc-eslint-parser',
      'minimatch',
      'semver',
      'yaml',
    ]);
    expect(Object.keys(manifest.peerDependencies)).toEqual(['eslint']);
  });
});

describe('npm install <git url>', () => {
  const project = new Project('git-install');

  it('builds dist/ through the prepare script and lints', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(path.join(clone, '.git/info/exclude'), 'node_modules\n');
    git('add', '-A');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'fresh clone');
    project.write({
      'src/login.js': SOURCES.js.text,
      'eslint.config.js': `import okta from 'eslint-plugin-okta-oie';\n\nexport default [...okta.configs.recommended];\n`,
    });
    const install = project.install({ eslint: PINNED.eslint }, { type: 'module' }, `git+file://${clone}`);
    expect(install.status, install.output).toBe(0);
    expect(project.has('node_modules/eslint-plugin-okta-oie/dist/index.js')).toBe(true);
    expect(findingsOf(project.eslint('.'), 1)).toEqual([`src/login.js:${SOURCES.js.line} okta-oie/require-interaction-code-flow`]);
  });
});

describe("the README's snippets", () => {
  it('are each used as a config by a scenario here', () => {
    // javascript: esm, cjs; typescript: esm, typed, typescript; vue: vue, vue-typescript; lockfiles: esm; audit-first: audit-npx (commands,
    // not a config); org-config: org-*; repository: org-typescript, json-language, jsonc-plugin, eslint-plugin-html, html-eslint*, esm;
    // eslint8: cra, angular-eslintrc, vue2-eslintrc, eslintrc (a plain JavaScript folder).
    expect(readmeSnippetNames().sort()).toEqual([
      'angular-eslintrc',
      'audit-npx',
      'cjs',
      'cra',
      'eslint-plugin-html',
      'eslintrc',
      'esm',
      'html-eslint',
      'html-eslint-language',
      'json-language',
      'jsonc-plugin',
      'org-app',
      'org-config',
      'org-migrate',
      'org-typescript',
      'typed',
      'typescript',
      'vue',
      'vue-typescript',
      'vue2-eslintrc',
    ]);
  });
});
