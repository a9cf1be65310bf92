/**
 * Classic-era apps on ESLint 8.57.1 with eslintrc, each with the README's config: a
 * Create React App 5 app (`eslintConfig` in package.json after `react-app`), an
 * angular-eslint-style `.eslintrc.json` with @typescript-eslint/parser 8, and a Vue 2 app
 * as Vue CLI 5 sets it up (eslint-plugin-vue 9's `plugin:vue/essential`). Each: the
 * findings `npx eslint .` prints, `--fix` with `legacy-migrate`, and quiet non-Okta pages
 * and package.json files. The CRA app also runs the audit on its ESLint 8.57.1.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsOf, Project, readmeSnippet, summary } from './project.js';

const ESLINT_8 = '8.57.1';
const MIGRATE = (config: string) => config.replace('plugin:okta-oie/legacy-recommended', 'plugin:okta-oie/legacy-migrate');
/** Our findings (and fatal ones) only: the apps' own configs report their own style. */
const ours = (lines: string[]) => lines.filter((line) => line.includes(' okta-oie/') || line.endsWith(' FATAL'));

/** The first line of `file` in the project that contains `text`. */
function lineOf(project: Project, file: string, text: string): number {
  const index = project
    .read(file)
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}

describe('a Create React App 5 app: eslintConfig in package.json', () => {
  const project = new Project('cra5');
  let install: { status: number | null; output: string };

  beforeAll(() => {
    project.write({
      'src/Login.js': `import React, { useEffect } from 'react';
import OktaSignIn from '@okta/okta-signin-widget';

export default function Login() {
  useEffect(() => {
    const widget = new OktaSignIn({
      baseUrl: 'https://acme.okta.com',
      clientId: '0oa1',
      redirectUri: window.location.origin + '/callback',
      features: { registration: true },
    });
    widget.renderEl({ el: '#osw' }, (res) => {
      window.location.assign('/session?token=' + res.session.token);
    });
    return () => widget.remove();
  }, []);
  return <div id="osw" />;
}
`,
      // A page that loads a Classic-only widget from Okta's CDN.
      'public/login.html': `<!DOCTYPE html>
<html lang="en">
  <head>
    <script src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js"></script>
    <link href="https://global.oktacdn.com/okta-signin-widget/4.5.0/css/okta-sign-in.min.css" rel="stylesheet" />
  </head>
  <body><div id="osw"></div></body>
</html>
`,
      // CRA's own page, with an analytics snippet: nothing of Okta's.
      'public/index.html': `<!DOCTYPE html>
<html lang="en">
  <head>
    <title>React App</title>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag() { dataLayer.push(arguments); }
      gtag('js', new Date());
    </script>
  </head>
  <body><div id="root"></div></body>
</html>
`,
    });
    const { eslintConfig } = JSON.parse(readmeSnippet('cra')) as { eslintConfig: object };
    // eslint-config-react-app 7 is CRA 5's config (react-scripts itself is not needed to lint); React for its settings.
    install = project.install({ eslint: ESLINT_8, 'eslint-config-react-app': '7.0.1', react: '17.0.2' }, { eslintConfig });
    // The app's widget, declared after the install (nothing here needs it installed).
    const manifest = JSON.parse(project.read('package.json')) as Record<string, unknown>;
    project.write({
      'package.json': `${JSON.stringify({ ...manifest, dependencies: { '@okta/okta-signin-widget': '^5.16.1' } }, null, 2)}\n`,
    });
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it('`npx eslint .` reports the Classic code in src, and the CDN page; package.json and CRA’s page are linted', () => {
    const run = project.eslint('.');
    expect(ours(findingsOf(run, 1))).toEqual([
      'public/login.html:4 okta-oie/min-widget-version',
      'public/login.html:5 okta-oie/min-widget-version',
      'src/Login.js:10 okta-oie/no-unsupported-widget-options',
      'src/Login.js:12 okta-oie/prefer-show-sign-in-to-get-tokens',
      'src/Login.js:13 okta-oie/no-session-token',
      'src/Login.js:6 okta-oie/require-interaction-code-flow',
    ]);
    expect(run.linted).toEqual(expect.arrayContaining(['package.json', 'public/index.html', 'public/login.html', 'src/Login.js']));
    // No-noise (after the lead merges wt-configs' mechanism): nothing at all on CRA's own page, e.g.
    // expect(summary(run).filter((line) => line.startsWith('public/index.html:'))).toEqual([]);
  });

  it('`npx eslint src` (what the build lints) reaches only the bundled code', () => {
    const run = project.eslint('src');
    expect(run.linted).toEqual(['src/Login.js']);
    expect(ours(findingsOf(run, 1))).toHaveLength(4);
  });

  it('the audit runs on the app’s ESLint 8.57.1', () => {
    const result = spawnSync(path.join(project.dir, 'node_modules/.bin/eslint-plugin-okta-oie'), ['audit', '--format', 'json', '.'], {
      cwd: project.dir,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { tool: { eslint: string } };
    expect(report.tool.eslint).toBe(ESLINT_8);
  });

  it('`--fix` with legacy-migrate makes the migration edits, and a second run changes nothing', () => {
    const manifest = JSON.parse(project.read('package.json')) as { eslintConfig: { extends: string[] } };
    manifest.eslintConfig.extends = JSON.parse(MIGRATE(JSON.stringify(manifest.eslintConfig.extends))) as string[];
    project.write({ 'package.json': `${JSON.stringify(manifest, null, 2)}\n` });
    const before = project.read('src/Login.js');
    const first = project.eslint('--fix', '.');
    expect(ours(findingsOf(first, 1))).toEqual([
      'src/Login.js:12 okta-oie/prefer-show-sign-in-to-get-tokens',
      'src/Login.js:13 okta-oie/no-session-token',
    ]);
    // The flag added, the Classic-only option removed (the engine is then the Identity Engine), the CDN files raised.
    expect(project.read('src/Login.js')).toBe(
      before.replace(`      features: { registration: true },\n`, `      useInteractionCodeFlow: true,\n`),
    );
    expect(project.read('public/login.html')).toContain('okta-signin-widget/5.11.0/js/okta-sign-in.min.js');
    expect(project.read('public/login.html')).toContain('okta-signin-widget/5.11.0/css/okta-sign-in.min.css');
    const fixed = project.read('src/Login.js');
    expect(ours(findingsOf(project.eslint('--fix', '.'), 1))).toHaveLength(2);
    expect(project.read('src/Login.js')).toBe(fixed);
  });
});

describe('an Angular app: angular-eslint-style .eslintrc.json with @typescript-eslint/parser 8', () => {
  const project = new Project('angular-eslintrc');
  let install: { status: number | null; output: string };
  const component = 'src/app/login/login.component.ts';

  beforeAll(() => {
    project.write({
      '.eslintrc.json': readmeSnippet('angular-eslintrc'),
      [component]: `import { Component, OnInit } from '@angular/core';
import OktaSignIn from '@okta/okta-signin-widget';

@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent implements OnInit {
  private widget: OktaSignIn | undefined;

  ngOnInit(): void {
    this.widget = new OktaSignIn({
      baseUrl: 'https://acme.okta.com',
      clientId: '0oa1',
      redirectUri: '/login/callback',
      useClassicEngine: true,
    });
  }
}
`,
      // An Angular template and the app's index page: no Okta page.
      'src/app/login/login.component.html': `<div id="okta-signin-container" *ngIf="ready">{{ title }}</div>\n`,
      'src/index.html': `<!doctype html>\n<html lang="en">\n<head><base href="/"></head>\n<body><app-root></app-root></body>\n</html>\n`,
    });
    install = project.install({ eslint: ESLINT_8, '@typescript-eslint/parser': '8.72.0', typescript: '5.9.3' });
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it('`npx eslint .` reports the component; package.json, the template and the page stay quiet', () => {
    const run = project.eslint('.');
    const line = lineOf(project, component, 'new OktaSignIn');
    expect(findingsOf(run, 1)).toEqual([
      `${component}:${line + 4} okta-oie/no-classic-engine`,
      `${component}:${line} okta-oie/require-interaction-code-flow`,
    ]);
    expect(run.linted).toEqual(['package.json', 'src/app/login/login.component.html', component, 'src/index.html']);
  });

  it('`--fix` with legacy-migrate sets the flow in TypeScript, once', () => {
    project.write({ '.eslintrc.json': MIGRATE(readmeSnippet('angular-eslintrc')) });
    const before = project.read(component);
    findingsOf(project.eslint('--fix', '.'), 1);
    const fixed = project.read(component);
    // The version is unknown: `useClassicEngine` stays (a suggestion), the flag is added.
    expect(fixed).toBe(
      before.replace(`      useClassicEngine: true,\n`, `      useClassicEngine: true,\n      useInteractionCodeFlow: true,\n`),
    );
    project.eslint('--fix', '.');
    expect(project.read(component)).toBe(fixed);
  });

  it('a plain JavaScript folder with the README’s .eslintrc.json reports the widget and its package.json', () => {
    project.write({
      'plain/.eslintrc.json': readmeSnippet('eslintrc'),
      'plain/package.json': `{\n  "name": "plain",\n  "dependencies": {\n    "@okta/okta-signin-widget": "^4.3.2"\n  }\n}\n`,
      'plain/login.js':
        `import OktaSignIn from '@okta/okta-signin-widget';\n\nnew OktaSignIn({ baseUrl: 'https://acme.okta.com', ` +
        `clientId: '0oa1', redirectUri: '/cb' });\n`,
      'plain/index.html': `<!DOCTYPE html>\n<html lang="en"><body><script>var year = new Date().getFullYear();</script></body></html>\n`,
    });
    const run = project.eslint('plain');
    expect(ours(findingsOf(run, 1))).toEqual([
      'plain/login.js:3 okta-oie/require-interaction-code-flow',
      'plain/package.json:4 okta-oie/min-widget-version',
    ]);
    // No-noise (after the lead merges wt-configs' mechanism): `eslint:recommended` says nothing on the non-Okta page
    // (today its no-unused-vars reports `year`):
    // expect(summary(run).filter((line) => line.startsWith('plain/index.html:'))).toEqual([]);
    expect(run.linted).toEqual(['plain/index.html', 'plain/login.js', 'plain/package.json']);
  });
});

describe('a Vue 2 app as Vue CLI 5 sets it up: eslint-plugin-vue 9, plugin:vue/essential', () => {
  const project = new Project('vue2-eslintrc');
  let install: { status: number | null; output: string };
  const file = 'src/components/LoginForm.vue';
  const source = `<template>
  <div id="okta-signin-container"></div>
</template>

<script>
import OktaSignIn from '@okta/okta-signin-widget';

export default {
  name: 'LoginForm',
  mounted() {
    this.widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: '0oa1', redirectUri: '/callback' });
    this.widget.showSignInAndRedirect({ el: '#okta-signin-container' });
  },
  destroyed() {
    this.widget.remove();
  },
};
</script>
`;

  beforeAll(() => {
    project.write({
      '.eslintrc.js': readmeSnippet('vue2-eslintrc'),
      [file]: source,
      'public/index.html':
        `<!DOCTYPE html>\n<html lang="en">\n<head><title><%= htmlWebpackPlugin.options.title ` +
        `%></title></head>\n<body><div id="app"></div></body>\n</html>\n`,
    });
    install = project.install({ eslint: ESLINT_8, 'eslint-plugin-vue': '9.33.0' });
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it('`npx eslint .` reports in the .vue file, without a crash', () => {
    const run = project.eslint('.');
    expect(ours(findingsOf(run, 1))).toEqual([`${file}:11 okta-oie/require-interaction-code-flow`]);
    expect(run.linted).toEqual(expect.arrayContaining(['package.json', 'public/index.html', file]));
    // The Vue CLI page and the app's package.json report nothing.
    expect(summary(run).filter((line) => !line.startsWith('src/'))).toEqual([]);
  });

  it('`--fix` with legacy-migrate sets the flow and keeps Vue 2’s destroyed() hook', () => {
    project.write({ '.eslintrc.js': MIGRATE(readmeSnippet('vue2-eslintrc')) });
    findingsOf(project.eslint('--fix', '.'), 0);
    expect(project.read(file)).toBe(
      source.replace(`redirectUri: '/callback' }`, `redirectUri: '/callback', useInteractionCodeFlow: true }`),
    );
  });
});
