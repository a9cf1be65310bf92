/**
 * A shared org config that spreads ours beside `js.configs.recommended` and a `@stylistic`
 * rule, installed as a package of its own, and the README's recipe for `migrate`'s
 * autofixes in an app. Pages and package.json files without Okta reach none of the org's
 * rules through our blocks; Okta ones are linted as before.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet, SOURCES } from './project.js';

/** The README's org config with a formatting rule of the org's own beside `js.configs.recommended` (no `files`: it reaches every file). */
const ORG_CONFIG = readmeSnippet('org-config')
  .replace("import js from '@eslint/js';", "import js from '@eslint/js';\nimport stylistic from '@stylistic/eslint-plugin';")
  .replace(
    'export default [js.configs.recommended, ...okta.configs.recommended];',
    "export default [js.configs.recommended, { plugins: { '@stylistic': stylistic }, rules: { '@stylistic/no-multi-spaces': 'error' } }, " +
      '...okta.configs.recommended];',
  );

/** Google Analytics' snippet: `dataLayer` is no browser global, so `no-undef` reports it wherever the script is linted. */
const GA_SNIPPET = `  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
  </script>`;

/** Files without Okta (hand-aligned package.json, an ordinary page) and with it, in a site of the app. */
const SITE = {
  'site/public/index.html': `<!doctype html>\n<html lang="en">\n<head>\n${GA_SNIPPET}\n</head>\n<body><p>Welcome</p></body>\n</html>\n`,
  'site/public/login.html': `<!doctype html>
<html lang="en">
<head>
  <script src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js"></script>
${GA_SNIPPET}
</head>
<body>
  <div id="okta-login-container"></div>
  <script>
    var signIn = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: '0oa1', redirectUri: '/cb' });
    signIn.showSignInToGetTokens({ el: '#okta-login-container' });
  </script>
</body>
</html>
`,
  'site/packages/ui/package.json': `{\n  "name":    "ui",\n  "version": "1.0.0",\n  "dependencies": { "react": "^18.2.0" }\n}\n`,
  'site/packages/login/package.json':
    `{\n  "name":    "login",\n  "version": "1.0.0",\n  "dependencies": { "@okta/okta-signin-widget": ` + `"^4.5.0" }\n}\n`,
};

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
          dependencies: {
            '@eslint/js': PINNED['@eslint/js'],
            '@stylistic/eslint-plugin': PINNED['@stylistic/eslint-plugin'],
            'eslint-plugin-okta-oie': `file:${inject('pack').tarball}`,
          },
        },
        null,
        2,
      )}\n`,
      'index.js': ORG_CONFIG,
    });
    app.write({
      'package.json': `${JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
      'src/login.js': SOURCES.js.text,
      ...SITE,
      'eslint.config.js': readmeSnippet('org-app'),
      'migrate.config.js': readmeSnippet('org-migrate'),
      // The app's own import of a second copy of the plugin, spreading `migrate`.
      'two-copies.config.js':
        `import acme from '@acme/eslint-config';\nimport okta from ` +
        `'./vendor/eslint-plugin-okta-oie/dist/index.js';\n\nexport default [...acme, ...okta.configs.migrate];\n`,
    });
    // The app depends on the org config only; the plugin comes with it.
    install = app.npm(
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--install-links',
      '--save-dev',
      `eslint@${PINNED.eslint}`,
      `file:${org.dir}`,
    );
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it(
    'the org config (js.configs.recommended, @stylistic and ours) lints the app: ' + 'nothing in files without Okta, Okta files as before',
    () => {
      const run = app.eslint('.');
      expect(findingsOf(run, 1)).toEqual([
        'site/packages/login/package.json:2 @stylistic/no-multi-spaces',
        'site/packages/login/package.json:4 okta-oie/min-widget-version',
        'site/public/login.html:14 okta-oie/require-interaction-code-flow',
        'site/public/login.html:4 okta-oie/min-widget-version',
        'site/public/login.html:7 no-undef',
        `src/login.js:${SOURCES.js.line} okta-oie/require-interaction-code-flow`,
      ]);
      // Linted (a page or package.json without Okta is no block of ours: no rule reads it), with no message.
      expect(run.linted).toEqual(expect.arrayContaining(['package.json', 'site/packages/ui/package.json', 'site/public/index.html']));
    },
  );

  it('--fix edits the Okta package.json through the processor and nothing without Okta', () => {
    findingsOf(app.eslint('--fix', 'site'), 1);
    expect(app.read('site/packages/login/package.json')).toBe(SITE['site/packages/login/package.json'].replace('"name":    ', '"name": '));
    for (const file of ['site/packages/ui/package.json', 'site/public/index.html', 'site/public/login.html'] as const)
      expect(app.read(file), file).toBe(SITE[file]);
    app.write(SITE);
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
