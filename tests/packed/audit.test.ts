/**
 * The audit command as a user runs it: the `bin` of the installed tarball, over
 * repositories it knows nothing about. Which parsers it uses (none installed; installed
 * beside it as `npx -p` does; the repository's own, refused when it is ESLint 8-era, and
 * passed over when it cannot parse: typescript-eslint 8 on an Angular 10 app's TypeScript
 * 4.0), its exit codes, and the command it prints for a plugin installed from a tarball.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/audit/report.js';
import { PINNED, Project } from './project.js';

const WIDGET =
  `import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ issuer: 'https://x', clientId: ` +
  `'c', redirectUri: '/cb' });\n`;
const TYPESCRIPT =
  `import OktaSignIn from '@okta/okta-signin-widget';\nconst options: { clientId: string } = { clientId: 'c' };\nexport ` +
  `const w = new OktaSignIn({ ...options, redirectUri: '/cb' } as never);\nexport const v = new OktaSignIn({ clientId: 'c', redirectUri: ` +
  `'/cb' });\n`;
const VUE =
  `<script setup lang="ts">\nimport OktaSignIn from '@okta/okta-signin-widget';\nconst widget = new OktaSignIn({ clientId: ` +
  `'c', redirectUri: '/cb' });\n</script>\n\n<template><div /></template>\n`;

/** A TypeScript + Vue app on widget 6.x: the repository audited (never installed unless a case says so). */
function app(project: Project): Project {
  return project.write({
    'app/package.json': `${JSON.stringify({ name: 'app', private: true, dependencies: { '@okta/okta-signin-widget': '^6.9.0' } }, null, 2)}\n`,
    'app/src/main.js': WIDGET,
    'app/src/login.ts': TYPESCRIPT,
    'app/src/Login.vue': VUE,
  });
}

function audit(project: Project, ...args: string[]): { status: number | null; report: Report; stderr: string } {
  const result = spawnSync(path.join(project.dir, 'node_modules/.bin/eslint-plugin-okta-oie'), ['audit', ...args, '--format', 'json'], {
    cwd: project.dir,
    encoding: 'utf8',
  });
  return { status: result.status, report: JSON.parse(result.stdout || 'null') as Report, stderr: result.stderr };
}

const lines = (report: Report) => report.findings.map((f) => `${f.path}:${f.line} ${f.rule}`).sort();

describe('the audit bin, installed with ESLint only', () => {
  const project = app(new Project('audit-bare'));
  beforeAll(() => {
    expect(project.install({ eslint: PINNED.eslint }).status).toBe(0);
  });

  it(
    'audits JavaScript, does not read TypeScript and Vue files (no parser), and prints the command that includes them, ' +
      'with the tarball it was installed from',
    () => {
      const run = audit(project, 'app');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(lines(run.report)).toEqual(['app/src/main.js:2 okta-oie/require-interaction-code-flow']);
      expect(run.report.files.notRead).toEqual([
        { path: 'app/src/Login.vue', reason: 'needs-parser', message: 'needs vue-eslint-parser', line: null },
        { path: 'app/src/login.ts', reason: 'needs-parser', message: 'needs @typescript-eslint/parser', line: null },
      ]);
      expect(run.report.includeSkippedCommand).toBe(
        `npx -p ${inject('pack').tarball} -p @typescript-eslint/parser -p typescript@~6.0 -p vue-eslint-parser eslint-plugin-okta-oie ` +
          `audit app`,
      );
      expect(run.report.tool.eslint).toBe(PINNED.eslint);
    },
  );

  it('exit code 3 when nothing was found but files were not read, or nothing matched; 0 only when every file was read', () => {
    const bin = path.join(project.dir, 'node_modules/.bin/eslint-plugin-okta-oie');
    project.write({
      'clean/src/app.js': 'export const x = 1;\n',
      'clean/src/types.ts': 'export type X = number;\n',
      'empty/README.md': '# x\n',
    });
    const unread = spawnSync(bin, ['audit', 'clean'], { cwd: project.dir, encoding: 'utf8' });
    expect(unread.status).toBe(3);
    expect(unread.stdout).toContain('the audit is incomplete: 1 file not read (1 needs a parser) (exit code 3).');
    expect(spawnSync(bin, ['audit', 'empty'], { cwd: project.dir, encoding: 'utf8' }).status).toBe(3);
    expect(spawnSync(bin, ['audit', 'clean', '--exclude', '**/*.ts'], { cwd: project.dir, encoding: 'utf8' }).status).toBe(0);
    expect(spawnSync(bin, ['--help'], { cwd: project.dir, encoding: 'utf8' }).stdout).toContain(
      '3  nothing found, but files were not read',
    );
  });

  it('exit code 2 with a one-line reason when it cannot run', () => {
    const result = spawnSync(path.join(project.dir, 'node_modules/.bin/eslint-plugin-okta-oie'), ['audit', 'missing'], {
      cwd: project.dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the audit bin with the parsers installed beside it (what `npx -p` does)', () => {
  // The repository is a sibling of the tool's folder: the parsers do not resolve from it.
  const repository = app(new Project('audit-parsers-repository'));
  const project = new Project('audit-parsers');
  beforeAll(() => {
    const install = project.install({
      eslint: PINNED.eslint,
      '@typescript-eslint/parser': PINNED['typescript-eslint'],
      typescript: PINNED.typescript6,
      'vue-eslint-parser': PINNED['vue-eslint-parser'],
    });
    expect(install.status, install.output).toBe(0);
  });

  it('audits the TypeScript and Vue files with them', () => {
    const run = audit(project, path.join(repository.dir, 'app'));
    expect(run.stderr).toBe('');
    const prefix = path.relative(project.dir, repository.dir).split(path.sep).join('/');
    expect(lines(run.report)).toEqual([
      `${prefix}/app/src/Login.vue:3 okta-oie/require-interaction-code-flow`,
      `${prefix}/app/src/login.ts:3 okta-oie/require-interaction-code-flow`,
      `${prefix}/app/src/login.ts:4 okta-oie/require-interaction-code-flow`,
      `${prefix}/app/src/main.js:2 okta-oie/require-interaction-code-flow`,
    ]);
    expect(run.report.files.notRead).toEqual([]);
    expect(run.report.parsers.map((p) => [p.name, p.from])).toEqual([
      ['@typescript-eslint/parser', 'audit'],
      ['vue-eslint-parser', 'audit'],
    ]);
  });

  it('the same findings in worker threads', () => {
    const target = path.join(repository.dir, 'app');
    const single = audit(project, target, '--concurrency', 'off');
    const threads = audit(project, target, '--concurrency', '2');
    expect(threads.report.tool.concurrency).toBe('2');
    expect(threads.report.findings).toEqual(single.report.findings);
    // Threads on a few small files are poorly used, and ESLint says so on stderr, but not under --quiet; auto chooses none here.
    const quiet = audit(project, target, '--concurrency', '2', '--quiet');
    expect(quiet.stderr).toBe('');
    expect(quiet.report.findings).toEqual(single.report.findings);
    expect(single.report.tool.concurrency).toBe('off');
    expect(audit(project, target).report.tool.concurrency).toMatch(/^auto: off \(\d+ files?\)$/);
  });
});

describe("a repository's own ESLint 8-era parser", () => {
  const project = new Project('audit-old-parser');
  beforeAll(() => {
    // The audited repository is on ESLint 8 with @typescript-eslint/parser 7 (peer: ESLint ^8.56), which throws under ESLint 10.
    const install = project.install({ eslint: '8.57.1', '@typescript-eslint/parser': '7.18.0', typescript: '5.5.4' }, {}, null);
    expect(install.status, install.output).toBe(0);
    project.write({ 'src/login.ts': TYPESCRIPT });
    const tool = new Project('audit-old-parser/.tool');
    expect(tool.install({ eslint: PINNED.eslint }).status).toBe(0);
  });

  it(
    'is refused (its ESLint range does not admit the running ESLint): the files are not read (exit code 3), ' + 'and the report says why',
    () => {
      const tool = path.join(project.dir, '.tool/node_modules/.bin/eslint-plugin-okta-oie');
      const result = spawnSync(tool, ['audit', '.', '--format', 'json', '--exclude', '.tool/**'], { cwd: project.dir, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(3);
      const report = JSON.parse(result.stdout) as Report;
      expect(report.files.notRead).toEqual([
        { path: 'src/login.ts', reason: 'needs-parser', message: 'needs @typescript-eslint/parser', line: null },
      ]);
      expect(report.parsers[0]?.note).toMatch(/^@typescript-eslint\/parser 7\.18\.0 in .* supports ESLint \^8\.56\.0, not 10\.15\.0$/);
    },
  );
});

describe("an Angular 10 app's own typescript-eslint 8 on TypeScript 4.0, which cannot parse", () => {
  const project = new Project('audit-angular-10');
  beforeAll(() => {
    // typescript-eslint 8 asks for TypeScript 4.8 or later: an app that installed it anyway did so past the peer check.
    project.write({ '.npmrc': 'legacy-peer-deps=true\n' });
    const install = project.install({ '@typescript-eslint/parser': PINNED['typescript-eslint'], typescript: '4.0.8' }, {}, null);
    expect(install.status, install.output).toBe(0);
    project.write({ 'src/app/login.component.ts': TYPESCRIPT });
  });

  it('falls back to the parser beside the plugin, and says which it used', () => {
    // The tool of the scenario above, with the parsers installed beside it.
    const tool = path.join(inject('pack').scratch, 'audit-parsers/node_modules/.bin/eslint-plugin-okta-oie');
    const result = spawnSync(tool, ['audit', 'src', '--format', 'json'], { cwd: project.dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files.notRead).toEqual([]);
    expect(lines(report)).toEqual([
      'src/app/login.component.ts:3 okta-oie/require-interaction-code-flow',
      'src/app/login.component.ts:4 okta-oie/require-interaction-code-flow',
    ]);
    expect(report.parsers).toEqual([
      {
        name: '@typescript-eslint/parser',
        version: PINNED['typescript-eslint'],
        from: 'audit',
        note: expect.stringMatching(
          /^the audited repository's @typescript-eslint\/parser \S+ fails \(.+\): used @typescript-eslint\/parser \S+ from beside eslint-plugin-okta-oie$/,
        ),
      },
    ]);
  });
});
