/**
 * Classic-era lockfiles as the apps keep them: npm 6's `lockfileVersion: 1`, npm 7's
 * `lockfileVersion: 2` and yarn 1's `yarn.lock` (the real fixtures of
 * tests/fixtures/lockfiles: `^7.20.0` pinned to 7.49.0), each an app folder that is not
 * installed. The plugin reads the version the lockfile pins and names it in its message.
 * The project installs the tarball: npm 11's install-scripts warning is the one the README
 * quotes, and npm runs no script of ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet } from './project.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The lines of npm's warning that the README quotes. */
const README_WARNING =
  /```text\n(npm warn install-scripts [\s\S]*?)\n```/.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))?.[1] ?? 'not in README';
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/lockfiles');
const APPS = [
  ['npm-v1', 'package-lock.json'],
  ['npm-v2', 'package-lock.json'],
  ['yarn-1', 'yarn.lock'],
] as const;
/** Widget 7.x ignores the flag: the rule's message names the version and where it came from. */
const LOGIN = `import OktaSignIn from '@okta/okta-signin-widget';

export const widget = new OktaSignIn({ clientId: '0oa1', redirectUri: '/cb', useInteractionCodeFlow: true });
`;

describe('apps with npm 6, npm 7 and yarn 1 lockfiles', () => {
  const project = new Project('lockfiles');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    for (const [app, lockfile] of APPS) {
      project.write({
        [`${app}/package.json`]: readFileSync(path.join(FIXTURES, app, 'package.json'), 'utf8'),
        [`${app}/${lockfile}`]: readFileSync(path.join(FIXTURES, app, lockfile), 'utf8'),
        [`${app}/src/login.js`]: LOGIN,
      });
    }
    project.write({ 'eslint.config.js': readmeSnippet('esm') });
    install = project.install({ eslint: PINNED.eslint }, { type: 'module' });
  });

  it('installs the tarball: npm 11 prints the install-scripts warning the README quotes, and runs no script', () => {
    // Were `prepare` (`npm run build`) run here, it would fail: the tarball ships no tsconfig and no tsc.
    expect(install.status, install.output).toBe(0);
    expect(project.has('node_modules/eslint-plugin-okta-oie/tsconfig.build.json')).toBe(false);
    const npm = project.npm('--version').output.trim();
    if (/^11\.(1[9]|[2-9]\d)\./.test(npm)) expect(install.output).toContain(README_WARNING);
    expect(README_WARNING).toContain('eslint-plugin-okta-oie@0.1.0 (prepare: npm run build)');
  });

  it.each(APPS)('%s: the widget version %s pins is in the message', (app, lockfile) => {
    // The lockfile stays as the app wrote it (no install, no upgrade of its format).
    expect(project.read(`${app}/${lockfile}`)).toBe(readFileSync(path.join(FIXTURES, app, lockfile), 'utf8'));
    const run = project.eslint(`${app}/src`);
    expect(findingsOf(run, 0)).toEqual([`${app}/src/login.js:3 okta-oie/no-obsolete-interaction-code-flow`]);
    expect(run.findings[0]?.message).toContain(`7.49.0 (${lockfile})`);
  });
});
