/**
 * A shared org config that spreads ours beside `js.configs.recommended`, installed as a
 * package of its own, and the README's recipe for `migrate`'s autofixes in an app.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet, SOURCES } from './project.js';

describe('an app on a shared org config', () => {
  const org = new Project('org-config/acme-eslint-config');
  const app = new Project('org-config/app');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    org.write({
      'package.json': `${JSON.stringify(
        {
          name: '@acme/eslint-config',
          version: '1.0.0',
          type: 'module',
          exports: './index.js',
          peerDependencies: { eslint: '^10.0.0' },
          dependencies: { '@eslint/js': PINNED['@eslint/js'], 'eslint-plugin-okta-oie': `file:${inject('pack').tarball}` },
        },
        null,
        2,
      )}\n`,
      'index.js': readmeSnippet('org-config'),
    });
    app.write({
      'package.json': `${JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
      'src/login.js': SOURCES.js.text,
      'eslint.config.js': readmeSnippet('org-app'),
      'migrate.config.js': readmeSnippet('org-migrate'),
      // The app's own import of a second copy of the plugin, spreading `migrate`.
      'two-copies.config.js': `import acme from '@acme/eslint-config';\nimport okta from './vendor/eslint-plugin-okta-oie/dist/index.js';\n\nexport default [...acme, ...okta.configs.migrate];\n`,
    });
    // The app depends on the org config only; the plugin comes with it.
    install = app.npm('install', '--no-audit', '--no-fund', '--prefer-offline', '--install-links', '--save-dev', `eslint@${PINNED.eslint}`, `file:${org.dir}`);
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it('the org config (js.configs.recommended and ours) lints the app', () => {
    const run = app.eslint('.');
    expect(findingsOf(run, 1)).toEqual([`src/login.js:${SOURCES.js.line} okta-oie/require-interaction-code-flow`]);
  });

  it("the README's migrate recipe turns the insertion into an autofix", () => {
    expect(findingsOf(app.eslint('--config', 'migrate.config.js', '--fix', 'src'), 0)).toEqual([]);
    expect(app.read('src/login.js')).toContain("redirectUri: '/cb', useInteractionCodeFlow: true }");
    app.write({ 'src/login.js': SOURCES.js.text });
  });

  it('spreading migrate from a second copy of the plugin fails as the README says', () => {
    cpSync(path.join(app.dir, 'node_modules/eslint-plugin-okta-oie'), path.join(app.dir, 'vendor/eslint-plugin-okta-oie'), {
      recursive: true,
    });
    const run = app.eslint('--config', 'two-copies.config.js', 'src');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Config "okta-oie/migrate/js": Key "plugins": Cannot redefine plugin "okta-oie".');
  });
});
