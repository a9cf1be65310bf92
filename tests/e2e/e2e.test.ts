/**
 * End to end: real ESLint (the ESLint class and the eslint binary) with the built plugin's
 * configs over fixture projects, each with its own package.json. ESLint 10 looks configs up
 * from each file's folder, so every run passes the config explicitly.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as eslint10 from 'eslint';
import type { ESLint, Linter } from 'eslint';
import * as eslint9 from 'eslint-v9';
import * as eslint9Floor from 'eslint-v9-floor';
import * as eslint8 from 'eslint-v8';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS config module shared with the eslint binary runs
import { migrate, recommended } from './configs.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const fixtures = path.join(root, 'tests/fixtures/e2e');
const expectedRoot = path.join(root, 'tests/fixtures/e2e-expected');
/**
 * The ESLint versions the peer range claims, each pinned in the lockfile: 10 (the
 * `eslint` devDependency), the last 9.x, the 9.x floor 9.15.0 and the floor 8.57.1 (npm
 * aliases). 8.57.1 runs twice: with flat config (`loadESLint({ useFlatConfig: true })`,
 * the binary with `ESLINT_USE_FLAT_CONFIG=true`) and with eslintrc (`legacy-*.eslintrc.json`,
 * which extend `plugin:okta-oie/legacy-*`; the plugin is resolved by its package name from
 * the repository root, then the parser of its package.json block relative to the plugin).
 * Every case below runs on each, with the same expectations: no behaviour differs between them.
 */
const FlatESLint8 = await eslint8.loadESLint({ useFlatConfig: true });
const ESLINTS = [
  {
    name: eslint10.ESLint.version,
    version: eslint10.ESLint.version,
    ESLint: eslint10.ESLint,
    bin: path.join(root, 'node_modules/eslint/bin/eslint.js'),
  },
  {
    name: eslint9.ESLint.version,
    version: eslint9.ESLint.version,
    ESLint: eslint9.ESLint as unknown as typeof eslint10.ESLint,
    bin: path.join(root, 'node_modules/eslint-v9/bin/eslint.js'),
  },
  {
    name: eslint9Floor.ESLint.version,
    version: eslint9Floor.ESLint.version,
    ESLint: eslint9Floor.ESLint as unknown as typeof eslint10.ESLint,
    bin: path.join(root, 'node_modules/eslint-v9-floor/bin/eslint.js'),
  },
  {
    name: `${eslint8.ESLint.version} flat`,
    version: eslint8.ESLint.version,
    ESLint: FlatESLint8,
    bin: path.join(root, 'node_modules/eslint-v8/bin/eslint.js'),
    env: { ESLINT_USE_FLAT_CONFIG: 'true' },
  },
  {
    name: `${eslint8.ESLint.version} eslintrc`,
    version: eslint8.ESLint.version,
    ESLint: eslint8.ESLint,
    bin: path.join(root, 'node_modules/eslint-v8/bin/eslint.js'),
    env: { ESLINT_USE_FLAT_CONFIG: 'false' },
    eslintrc: true,
  },
];
type Eslint = (typeof ESLINTS)[number];

it('runs on ESLint 10, the last 9.x, 9.15.0 and 8.57.1 (flat config and eslintrc)', () => {
  expect(ESLINTS.map((each) => each.name)).toEqual(['10.15.0', '9.39.5', '9.15.0', '8.57.1 flat', '8.57.1 eslintrc']);
});
const PROJECTS = [
  'widget-6',
  'widget-7',
  'pages',
  'classic-results',
  'oie-results',
  'stale-install',
  'spread-modules',
  'static-site',
] as const;
const CONFIGS = { recommended: recommended as Linter.Config[], migrate: migrate as Linter.Config[] };
type Variant = keyof typeof CONFIGS;

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyProject(project: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `okta-oie-e2e-${project}-`));
  scratch.push(dir);
  cpSync(path.join(fixtures, project), dir, { recursive: true });
  return dir;
}

/** Every file of a project, by its path in the project. */
function sourceFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file).split(path.sep).join('/')] = readFileSync(file, 'utf8');
  }
  return files;
}

/** The files after `--fix`: the expected folder holds only the files a config changes. */
function expectedFiles(variant: Variant, project: string): Record<string, string> {
  return { ...sourceFiles(path.join(fixtures, project)), ...sourceFiles(path.join(expectedRoot, variant, project)) };
}

/** The eslintrc file of a variant: `plugin:okta-oie/legacy-<variant>` plus the TypeScript parser for .ts files. */
const legacyConfig = (variant: Variant) => path.join(here, `legacy-${variant}.eslintrc.json`);

function eslintClass(engine: Eslint, cwd: string, variant: Variant, fix: boolean): ESLint {
  if ('eslintrc' in engine) {
    // ESLint 8's eslintrc class: no config lookup, the plugin resolved from the repository root (its own name).
    const options = { cwd, useEslintrc: false, overrideConfigFile: legacyConfig(variant), resolvePluginsRelativeTo: root, fix };
    return new engine.ESLint(options as unknown as ESLint.Options);
  }
  return new engine.ESLint({ cwd, overrideConfigFile: true, overrideConfig: CONFIGS[variant], fix });
}

function runBinary(engine: Eslint, cwd: string, variant: Variant, ...args: string[]) {
  const config =
    'eslintrc' in engine
      ? ['--no-eslintrc', '--config', legacyConfig(variant), '--resolve-plugins-relative-to', root]
      : ['--config', path.join(here, `${variant}.config.js`)];
  return spawnSync(process.execPath, [engine.bin, ...config, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...('env' in engine ? engine.env : {}) },
  });
}

/** What the recommended config finds: file, line and rule of each message. */
const RECOMMENDED_FINDINGS: Record<(typeof PROJECTS)[number], string[]> = {
  'widget-6': [
    'src/Login.jsx:9 require-interaction-code-flow',
    'src/Login.jsx:10 no-unsupported-widget-options',
    'src/config.ts:11 require-interaction-code-flow',
    'src/login.js:8 no-unsupported-widget-options',
    'src/login.js:11 no-unsupported-widget-options',
    'src/login.js:14 require-interaction-code-flow',
    'src/login.js:17 require-oidc-config',
    'src/login.js:21 no-pkce-disabled',
  ],
  'widget-7': [
    'src/app.js:1 no-classic-engine',
    'src/app.js:7 no-obsolete-interaction-code-flow',
    'src/app.js:8 no-unsupported-widget-options',
    'src/staying-classic.ts:7 no-classic-engine',
    'src/staying-classic.ts:8 no-obsolete-interaction-code-flow',
    'src/staying-classic.ts:10 no-unsupported-widget-options',
  ],
  // package.json files, pages that load the widget from the CDN, Okta-hosted templates, a CDN URL in code.
  pages: [
    'package.json:6 min-widget-version',
    'packages/ui-kit/package.json:5 min-widget-version',
    'packages/ui-kit/package.json:8 min-widget-version',
    'public/legacy.html:4 min-widget-version',
    'public/legacy.html:5 min-widget-version',
    'public/login.html:6 min-widget-version',
    'public/login.html:7 min-widget-version',
    'public/login.html:12 require-interaction-code-flow',
    'public/login.html:23 no-classic-dom-selectors',
    'public/sri.html:4 min-widget-version',
    'public/sri.html:5 min-widget-version',
    'src/app.js:4 min-widget-version',
    // The flag would land inside `{{#if redirectUri}}`: a suggestion even under migrate, so the file stays.
    'templates/branded.hbs:12 require-interaction-code-flow',
    'templates/custom.hbs:17 prefer-complete-login',
    'templates/custom.hbs:19 no-set-cookie-and-redirect',
    'templates/custom.hbs:19 no-classic-request-context',
  ],
  // An app that still expects the Classic Engine's answer (a widget, okta-react, okta-angular) and signs users in
  // directly (the Authentication API, okta-idx-js), beside look-alikes that are not Okta.
  'classic-results': [
    'package.json:8 no-okta-idx-js',
    'src/LoginForm.jsx:12 no-authn-api',
    'src/LoginForm.jsx:14 no-session-token',
    'src/LoginForm.jsx:15 no-session-token',
    'src/direct-auth.js:2 no-authn-api',
    'src/direct-auth.js:3 no-okta-idx-js',
    'src/direct-auth.js:8 no-authn-api',
    'src/direct-auth.js:12 no-authn-api',
    'src/direct-auth.js:16 no-authn-api',
    'src/direct-auth.js:17 no-authn-api',
    'src/login.component.ts:11 no-authn-api',
    'src/login.component.ts:13 no-set-cookie-and-redirect',
    'src/login.component.ts:13 no-session-token',
    'src/customisations.js:11 no-otp-state-assignment',
    'src/customisations.js:12 no-otp-state-assignment',
    'src/customisations.js:14 no-page-rendered-event',
    'src/customisations.js:15 no-classic-dom-selectors',
    'src/customisations.js:17 no-page-rendered-event',
    'src/customisations.js:18 no-classic-dom-selectors',
    'src/widget-login.js:11 prefer-show-sign-in-to-get-tokens',
    'src/widget-login.js:12 no-classic-widget-response',
    'src/widget-login.js:15 no-classic-widget-response',
    'src/widget-login.js:16 no-classic-widget-response',
    'src/widget-login.js:19 no-classic-widget-response',
    'src/widget-login.js:20 no-session-token',
    'src/widget-login.js:21 no-set-cookie-and-redirect',
    // A package that moved to the Interaction Code flow on a widget below Okta's documented minimum.
    'partner-portal/package.json:5 prefer-supported-widget-version',
    // Classic registration hooks and a hosted page's Classic request context.
    'src/register.js:10 no-classic-registration-hooks',
    'src/register.js:11 no-classic-registration-hooks',
    'src/register.js:15 no-classic-registration-hooks',
    'src/register.js:15 no-classic-registration-hooks',
    'templates/sign-in.html:14 no-classic-request-context',
    'templates/sign-in.html:15 no-classic-request-context',
    'templates/sign-in.html:17 no-classic-request-context',
    // okta-react's callback without onAuthResume; packages/redirect-only (no widget, okta-react 4.x) has nothing.
    'src/Callback.jsx:6 require-auth-resume',
  ],
  // The same app after its migration: nothing.
  'oie-results': [],
  // package.json ^6.9.0 and its lockfile 6.9.0 beside a stale node_modules copy of 7.49.0: what may run is both,
  // so the flag is never removed, and it is set where it is missing (right on 6.x, ignored on 7.x).
  'stale-install': ['src/no-app.js:4 require-oidc-config', 'src/register.js:4 require-interaction-code-flow'],
  // Okta code spread over modules (widget ^5.4.1): options imported through a re-export and a JSON require, found on the
  // construction (no edit: the option belongs in the other module); an imported config with the flag and one built at run time, silent.
  // okta-widget.js exports the widget it builds from config.js; pages/Welcome.js (no Okta named) renders that instance.
  'spread-modules': [
    // ^5.4.1 admits versions below 5.11.0, Okta's minimum for the upgrade.
    'package.json:5 prefer-supported-widget-version',
    'src/Login.jsx:8 require-interaction-code-flow',
    'src/legacy/login.js:4 require-interaction-code-flow',
    'src/okta-widget.js:5 require-interaction-code-flow',
    'src/pages/Welcome.js:4 prefer-show-sign-in-to-get-tokens',
    'src/pages/Welcome.js:6 no-classic-widget-response',
  ],
  // A static site: its scripts run the widget their pages load from the CDN (login.js: 5.6.0; account.js: 7.20.0,
  // silent; shared-widget.js: 5.6.0 or 7.20.0), a script no page loads as before (version unknown), build output
  // (dist/) no page of the app.
  'static-site': [
    'dist/index.html:4 min-widget-version',
    // 5.6.0 from the CDN: at least 5.2.0, below 5.11.0.
    'public/help.html:4 prefer-supported-widget-version',
    'public/index.html:6 prefer-supported-widget-version',
    'public/index.html:7 prefer-supported-widget-version',
    // A script that names no Okta, loaded by a page that loads the widget.
    'public/js/focus.js:3 no-classic-dom-selectors',
    'public/js/login.js:2 require-interaction-code-flow',
    'public/js/no-app.js:2 require-oidc-config',
    'public/js/orphan.js:2 require-interaction-code-flow',
    'public/js/shared-widget.js:2 require-interaction-code-flow',
  ],
};

describe.each(ESLINTS.flatMap((engine) => PROJECTS.map((project) => ({ engine, project }))))(
  'ESLint $engine.name, project $project',
  ({ engine, project }) => {
    it('the recommended config reports what the reference expects, and nothing on the traps', async () => {
      const results = await eslintClass(engine, path.join(fixtures, project), 'recommended', false).lintFiles(['.']);
      const findings = results.flatMap((result) =>
        result.messages.map(
          (m) =>
            `${path.relative(path.join(fixtures, project), result.filePath).split(path.sep).join('/')}:${m.line} ${m.ruleId?.replace('okta-oie/', '') ?? 'fatal'}`,
        ),
      );
      expect(findings.sort()).toEqual([...RECOMMENDED_FINDINGS[project]].sort());
    });

    describe.each(['recommended', 'migrate'] as const)('--fix with %s', (variant) => {
      const expected = expectedFiles(variant, project);

      it('ESLint class: fixes to the expected files, which parse, and a second run changes nothing', async () => {
        const dir = copyProject(project);
        const results = await eslintClass(engine, dir, variant, true).lintFiles(['.']);
        await engine.ESLint.outputFixes(results);
        expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([]);
        expect(sourceFiles(dir)).toEqual(expected);

        const again = await eslintClass(engine, dir, variant, true).lintFiles(['.']);
        expect(again.filter((r) => r.output !== undefined).map((r) => r.filePath)).toEqual([]);
        expect(again.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([]);
      });

      it('eslint binary: the same files, and idempotent', () => {
        const dir = copyProject(project);
        const first = runBinary(engine, dir, variant, '--fix', '.');
        expect(first.stderr).toBe('');
        // Findings without an edit remain; a migrated project has none.
        expect(first.status).toBe(RECOMMENDED_FINDINGS[project].length > 0 ? 1 : 0);
        expect(sourceFiles(dir)).toEqual(expected);

        const second = runBinary(engine, dir, variant, '--fix', '--format', 'json', '.');
        expect(sourceFiles(dir)).toEqual(expected);
        const results = JSON.parse(second.stdout) as ESLint.LintResult[];
        expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([]);
      });
    });

    it('--fix with recommended changes no runtime behaviour', () => {
      // The only autofixes recommended may make: the /classic and /authn specifiers to the default entries
      // (which honour the same options and are supersets), and `useInteractionCodeFlow: true` on 7.x (ignored there).
      const original = sourceFiles(path.join(fixtures, project));
      const fixed = expectedFiles('recommended', project);
      for (const [name, text] of Object.entries(original)) {
        let allowed = text
          .replaceAll("'@okta/okta-signin-widget/classic'", "'@okta/okta-signin-widget'")
          .replaceAll("'@okta/okta-auth-js/authn'", "'@okta/okta-auth-js'")
          // A handler that ignores its argument moves from `pageRendered` to `afterRender`, which the Classic Engine fires too.
          .replaceAll("on('pageRendered', () =>", "on('afterRender', () =>");
        if (project === 'widget-7') allowed = allowed.replace(/^[ \t]*useInteractionCodeFlow: true,?\n/gm, '');
        expect(fixed[name], name).toBe(allowed);
      }
    });
  },
);

describe('in an org config', () => {
  const code =
    `import OktaSignIn from '@okta/okta-signin-widget';\nconst options: object = { clientId: 'x' };\nnew OktaSignIn(options ` +
    `as never);\n`;
  const orders: [string, Linter.Config[]][] = [
    ['after typescript-eslint', [...(tseslint.configs.recommended as Linter.Config[]), ...CONFIGS.recommended]],
    ['before typescript-eslint', [...CONFIGS.recommended, ...(tseslint.configs.recommended as Linter.Config[])]],
  ];
  it.each(orders)('works spread %s', async (_order, config) => {
    const eslint = new eslint10.ESLint({
      cwd: path.join(fixtures, 'widget-6'),
      overrideConfigFile: true,
      overrideConfig: [...config, { settings: { okta: { widgetVersion: '6.9.0' } } }],
    });
    const [result] = await eslint.lintText(code, { filePath: path.join(fixtures, 'widget-6/src/new.ts') });
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['okta-oie/require-interaction-code-flow']);
  });

  it('lints JSX on its own, without any parser set-up', async () => {
    const eslint = new eslint10.ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: CONFIGS.recommended });
    const [result] = await eslint.lintText(`const el = <div />;\nnew OktaSignIn({ baseUrl });\n`, {
      filePath: path.join(fixtures, 'widget-6/src/x.js'),
    });
    // One owner per problem: a widget without an OIDC app is require-oidc-config's.
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['okta-oie/require-oidc-config']);
  });
});

describe('the package', () => {
  it('require() returns the plugin', () => {
    const required = createRequire(import.meta.url)(path.join(root, 'dist/index.js')) as { meta: { name: string }; configs: object };
    expect(required.meta.name).toBe('eslint-plugin-okta-oie');
    expect(Object.keys(required.configs)).toEqual(['recommended', 'migrate', 'legacy-recommended', 'legacy-migrate']);
  });

  it('require() by its name (as eslintrc loads plugins) returns the plugin', () => {
    // Node resolves the package's own name from inside it, through its `exports`.
    const required = createRequire(path.join(root, 'package.json'))('eslint-plugin-okta-oie') as {
      meta: { name: string };
      configs: Record<string, { plugins?: unknown }>;
    };
    expect(required.meta.name).toBe('eslint-plugin-okta-oie');
    expect(required.configs['legacy-recommended']?.plugins).toEqual(['okta-oie']);
  });

  it('a Node.js that cannot require() ES modules says what to do instead of ERR_REQUIRE_ESM', () => {
    // Node.js before 20.19 (or 22.12) behaves as this flag makes 20.19+ behave.
    const run = spawnSync(process.execPath, ['--no-experimental-require-module', '-e', "require('eslint-plugin-okta-oie')"], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `Error: eslint-plugin-okta-oie is an ES module, which Node.js ${process.version} cannot require() (as eslintrc loads plugins): use ` +
        `Node.js ^20.19.0 || ^22.13.0 || >=24, or an eslint.config.mjs.`,
    );
  });
});
