/**
 * The README's path for apps older than ESLint 8.57: a Create React App 4-era app
 * (react-scripts 3 declared, its ESLint 6 never installed here, widget `^4.5.0` pinned to
 * 4.5.0 by an npm 6 lockfile) audited with the README's own `npx --package=<tarball>`
 * commands, as CI runs them (`--yes`). The report, then `--fix=migrate` converging in one
 * command: the range raised and, in the same run, the flag added.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { Project, readmeSnippet } from './project.js';

const LOGIN = `import React, { useEffect } from 'react';
import OktaSignIn from '@okta/okta-signin-widget';

export default function Login() {
  useEffect(() => {
    const widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: '0oa1', redirectUri: window.location.origin + '/callback' });
    widget.renderEl({ el: '#osw' }, (res) => { window.location.assign('/session?token=' + res.session.token); });
    return () => widget.remove();
  }, []);
  return <div id="osw" />;
}
`;

const LOCKFILE_V1 = `${JSON.stringify(
  {
    name: 'cra4-app',
    version: '0.1.0',
    lockfileVersion: 1,
    requires: true,
    dependencies: {
      '@okta/okta-signin-widget': {
        version: '4.5.0',
        resolved: 'https://registry.npmjs.org/@okta/okta-signin-widget/-/okta-signin-widget-4.5.0.tgz',
        integrity: 'sha512-AAAA',
      },
    },
  },
  null,
  2,
)}\n`;

/** The README's `npx --package=../<tarball> …` lines; the tarball is in `../tarball/` here. */
const COMMANDS = readmeSnippet('audit-npx')
  .split('\n')
  .filter((line) => line.startsWith('npx --package=../'))
  .map((line) => line.replace('--package=../', '--package=../tarball/').split(' ').slice(1));

describe('a Create React App 4-era app audited with the README’s npx commands', () => {
  const project = new Project('audit-first');
  const run = (args: string[]) => {
    const result = spawnSync('npx', ['--yes', ...args], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    project.write({
      'package.json': `${JSON.stringify(
        {
          name: 'cra4-app',
          version: '0.1.0',
          private: true,
          dependencies: { '@okta/okta-signin-widget': '^4.5.0', react: '^16.14.0', 'react-scripts': '3.4.4' },
          eslintConfig: { extends: 'react-app' },
        },
        null,
        2,
      )}\n`,
      'package-lock.json': LOCKFILE_V1,
      'src/Login.js': LOGIN,
    });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: project.dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'app');
  });

  it('the README has the two commands', () => {
    expect(COMMANDS.map((args) => args.slice(1).join(' '))).toEqual([
      'eslint-plugin-okta-oie audit',
      'eslint-plugin-okta-oie audit --fix=migrate',
    ]);
  });

  it('audit: the report the README quotes, nothing installed into the app', () => {
    const result = run(COMMANDS[0]!);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^Okta Identity Engine migration audit: eslint-plugin-okta-oie 0\.1\.0, ESLint \d+\.\d+\.\d+ \(concurrency auto: off \(2 files\)\)\n2 files audited in 1 package; 0 not read, 0 skipped by design\.\n\n4 findings: 0 fixed by `--fix`, 1 by `--fix=migrate`, 3 left for people\.\n/,
    );
    expect(project.has('node_modules')).toBe(false);
    expect(project.read('package-lock.json')).toBe(LOCKFILE_V1);
  });

  it('audit --fix=migrate: the range and the flag in one command, the findings for people left', () => {
    const result = run(COMMANDS[1]!);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('2 findings left: 0 fixed by `--fix`, 0 by `--fix=migrate`, 2 left for people.');
    expect(result.stdout).toContain(
      'Fixed (--fix=migrate, 2 rounds; the findings above are what is left):\n  package.json: 1 edit\n  src/Login.js: 1 edit\n',
    );
    expect(project.read('package.json')).toContain('"@okta/okta-signin-widget": "^5.11.0"');
    expect(project.read('src/Login.js')).toBe(LOGIN.replace(`'/callback' });`, `'/callback', useInteractionCodeFlow: true });`));
    // The lockfile is npm's to update (`npm install`), not the audit's.
    expect(project.read('package-lock.json')).toBe(LOCKFILE_V1);
  });
});
