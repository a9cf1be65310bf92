/**
 * An app that forces one of our dependencies to an incompatible version: Okta's own Vue
 * sample (samples-js-vue) has `"overrides": { "semver": "6.3.1" }`, which npm applies to
 * the plugin's `semver` too (6.3.1 has no `semver.subset`). The plugin must say nothing
 * it cannot know, edit nothing, and print one warning that names the package, the version
 * and the override.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PINNED, Project, readmeSnippet } from './project.js';

const WIDGET = `import OktaSignIn from '@okta/okta-signin-widget';

export const login = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: '0oa1', redirectUri: '/cb' });

export const legacy = new OktaSignIn({
  baseUrl: 'https://acme.okta.com',
  clientId: '0oa1',
  redirectUri: '/cb',
  useInteractionCodeFlow: true,
});
`;

const WARNING = 'semver 6.3.1 lacks the API this plugin needs (semver ^';
const OVERRIDE = 'an `overrides` or `resolutions` entry in the app forces this version';

describe('an app whose `overrides` force semver 6.3.1 on the plugin', () => {
  const project = new Project('overrides-semver-6');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    project.write({
      'src/login.js': WIDGET,
      'eslint.config.js': readmeSnippet('esm'),
      'eslint.migrate.config.js': `import okta from 'eslint-plugin-okta-oie';\n\nexport default [...okta.configs.migrate];\n`,
    });
    install = project.install({ eslint: PINNED.eslint }, { type: 'module', overrides: { semver: '6.3.1' } });
    // A 7.49.0 widget, without downloading it: the installed copy is what detection reads.
    project.write({
      'node_modules/@okta/okta-signin-widget/package.json': '{ "name": "@okta/okta-signin-widget", "version": "7.49.0" }\n',
    });
  });

  it('installs, with the override applied to the plugin', () => {
    expect(install.status, install.output).toBe(0);
    expect(JSON.parse(project.read('node_modules/semver/package.json')).version).toBe('6.3.1');
    expect(project.has('node_modules/eslint-plugin-okta-oie/node_modules/semver')).toBe(false);
  });

  it('recommended: no finding, and one warning naming semver 6.3.1 and the override', () => {
    const run = project.eslint('.');
    expect(run.status, run.stderr).toBe(0);
    expect(run.findings).toEqual([]);
    expect(run.stderr.split(WARNING).length - 1, run.stderr).toBe(1);
    expect(run.stderr).toContain(OVERRIDE);
  });

  it('migrate --fix inserts and removes nothing', () => {
    const run = project.eslint('--config', 'eslint.migrate.config.js', '--fix', '.');
    expect(run.status, run.stderr).toBe(0);
    expect(run.findings).toEqual([]);
    expect(project.read('src/login.js')).toBe(WIDGET);
    expect(run.stderr.split(WARNING).length - 1, run.stderr).toBe(1);
  });
});
