import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@eslint/json';
import { RuleTester as CoreRuleTester, type Rule } from 'eslint';
import * as jsoncParser from 'jsonc-eslint-parser';
import rule from '../../src/rules/require-auth-resume.js';
import { at, createRuleTester, javascript, span } from './tester.js';

const fixtures = fileURLToPath(new URL('../fixtures/auth-resume/', import.meta.url));
/** A file of a fixture package (its package.json decides whether the package embeds the widget). */
const inPackage = (name: string, file = 'src/Callback.jsx') => path.join(fixtures, name, file);
const EMBEDDED = inPackage('embedded');

const js = createRuleTester();
const missing = { messageId: 'missingAuthResume' } as const;

// okta-react's README: the callback route of a react-router app (redirect sign-in).
const readme = `import { Security, LoginCallback } from '@okta/okta-react';
import { Route } from 'react-router-dom';
export const Routes = () => <Route path="/login/callback" element={<LoginCallback />} />;`;
// okta-react's custom-login sample after the Identity Engine upgrade: the widget shown again.
const sample = `import { LoginCallback } from '@okta/okta-react';
const onAuthResume = async () => { history.push('/login'); };
export const Callback = () => <LoginCallback onAuthResume={onAuthResume} />;`;
const namespace =
  `import * as Okta from '@okta/okta-react';\nexport default () => <Okta.LoginCallback ` + `errorComponent={Failed}></Okta.LoginCallback>;`;
const renamed =
  `import { LoginCallback as OktaCallback } from '@okta/okta-react';\nconst page = <OktaCallback loadingElement={<Spinner ` + `/>} />;`;
const required = `const { LoginCallback } = require('@okta/okta-react');\nmodule.exports = () => <LoginCallback />;`;
const plain = `import { LoginCallback } from '@okta/okta-react';\nexport const Callback = () => <LoginCallback />;`;

js.run('require-auth-resume (JSX)', rule, {
  valid: [
    // Already migrated: the handler is there (okta-react 6.x with onAuthResume).
    { code: sample, filename: EMBEDDED },
    {
      code:
        `import { LoginCallback } from '@okta/okta-react';\nconst c = <LoginCallback onAuthResume={() => navigate('/login')} ` +
        `errorComponent={E} />;`,
      filename: EMBEDDED,
    },
    // A spread of props may hold it: unknown, silent.
    {
      code: `import { LoginCallback } from '@okta/okta-react';\nexport const C = (props) => <LoginCallback {...props} />;`,
      filename: EMBEDDED,
    },
    // A redirect-only app (no widget in its package): nothing to resume in.
    { code: plain, filename: inPackage('redirect-only') },
    { code: readme, filename: inPackage('redirect-only') },
    // A page of the package loads okta-auth-js from the CDN, not the widget.
    { code: plain, filename: inPackage('cdn-auth-js') },
    // okta-react 4.1.0 has no prop to add: its package.json range is the finding.
    { code: plain, filename: inPackage('embedded-react-4') },
    // A LoginCallback that is not okta-react's: a local component, another module, a shadowing binding.
    {
      code: `import { useOktaAuth } from '@okta/okta-react';\nimport LoginCallback from './LoginCallback';\nconst c = <LoginCallback />;`,
      filename: EMBEDDED,
    },
    {
      code: `import { useOktaAuth } from '@okta/okta-react';\nfunction LoginCallback() { return null; }\nconst c = <LoginCallback />;`,
      filename: EMBEDDED,
    },
    {
      code: `import { LoginCallback } from '@okta/okta-react';\nfunction App({ LoginCallback }) { return <LoginCallback />; }`,
      filename: EMBEDDED,
    },
    {
      code: `import { LoginCallback } from '@auth/react';\nimport { useOktaAuth } from '@okta/okta-react';\nconst c = <LoginCallback />;`,
      filename: EMBEDDED,
    },
    { code: `import * as Okta from '@okta/okta-react';\nconst c = <Okta.SecureRoute path="/" />;`, filename: EMBEDDED },
    // Not JSX: a reference to the component is not a render.
    {
      code:
        `import { LoginCallback } from '@okta/okta-react';\nexport const routes = [{ path: '/login/callback', Component: ` +
        `LoginCallback }];`,
      filename: EMBEDDED,
    },
  ],
  invalid: [
    { code: plain, filename: EMBEDDED, errors: [at(plain, 'LoginCallback', missing, '<')] },
    { code: readme, filename: EMBEDDED, errors: [at(readme, 'LoginCallback', missing, '<LoginCallback')] },
    { code: namespace, filename: EMBEDDED, errors: [at(namespace, 'Okta.LoginCallback', missing)] },
    { code: renamed, filename: EMBEDDED, errors: [at(renamed, 'OktaCallback', missing, '<')] },
    { code: required, filename: EMBEDDED, errors: [at(required, 'LoginCallback', missing, '<')] },
    // No widget in package.json, but a page of the package loads it from Okta's CDN.
    { code: plain, filename: inPackage('cdn-page'), errors: [at(plain, 'LoginCallback', missing, '<')] },
    // The widget under an npm alias in devDependencies.
    { code: plain, filename: inPackage('embedded-alias'), errors: [at(plain, 'LoginCallback', missing, '<')] },
    // The same file parsed by espree (JSX on).
    {
      code: plain,
      ...javascript(EMBEDDED),
      languageOptions: {
        parser: javascript().languageOptions.parser,
        parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
      },
      errors: [at(plain, 'LoginCallback', missing, '<')],
    },
  ],
});

const VUE = inPackage('vue', 'src/main.js');
const ANGULAR = inPackage('angular', 'src/app/app.module.ts');
const handler = (component: string) => ({ messageId: 'missingResumeHandler', data: { component } }) as const;

// okta-vue's README: the router and the plugin in one file, with and without the handlers.
const vueApp = (options: string) => `import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import OktaVue, { LoginCallback } from '@okta/okta-vue';
const router = createRouter({ history: createWebHistory(), routes: [{ path: '/login/callback', component: LoginCallback }] });
createApp(App).use(router).use(OktaVue, ${options}).mount('#app');`;
const vueMissing = vueApp('{ oktaAuth }');
const vueBound = `import OktaVue, { LoginCallback } from '@okta/okta-vue';
const options = { oktaAuth };
const routes = [{ path: '/login/callback', component: LoginCallback }];
app.use(OktaVue, options);`;
// okta-angular's README: OktaAuthModule.forRoot, and the OKTA_CONFIG provider of earlier versions.
const angularApp = (config: string) => `import { NgModule } from '@angular/core';
import { RouterModule, Routes } from '@angular/router';
import { OktaAuthModule, OktaCallbackComponent } from '@okta/okta-angular';
const routes: Routes = [{ path: 'login/callback', component: OktaCallbackComponent }];
@NgModule({ imports: [RouterModule.forRoot(routes), OktaAuthModule.forRoot(${config})] })
export class AppModule {}`;
const angularMissing = angularApp('{ oktaAuth }');
const angularProvider = (value: string) => `import { OKTA_CONFIG, OktaAuthModule, OktaCallbackComponent } from '@okta/okta-angular';
const config = ${value};
const routes = [{ path: 'login/callback', component: OktaCallbackComponent }];
@NgModule({ imports: [OktaAuthModule], providers: [{ provide: OKTA_CONFIG, useValue: config }] })
export class AppModule {}`;

js.run('require-auth-resume (okta-vue, okta-angular)', rule, {
  valid: [
    // The handler, or the onAuthRequired the callback falls back to.
    { code: vueApp(`{ oktaAuth, onAuthResume: () => router.push('/login') }`), filename: VUE },
    { code: vueApp(`{ oktaAuth, onAuthRequired: () => router.push('/login') }`), filename: VUE },
    { code: angularApp(`{ oktaAuth, onAuthResume }`), filename: ANGULAR },
    { code: angularApp(`{ oktaAuth, onAuthRequired: (auth, injector) => injector.get(Router).navigate(['/login']) }`), filename: ANGULAR },
    { code: angularProvider(`{ oktaAuth, onAuthResume }`), filename: ANGULAR },
    // Options that cannot be seen: a spread, a parameter, a factory.
    { code: vueApp(`{ oktaAuth, ...handlers }`), filename: VUE },
    {
      code: `import { OKTA_CONFIG, OktaCallbackComponent } from '@okta/okta-angular';
const routes = [{ path: 'cb', component: OktaCallbackComponent }];
export const providers = [{ provide: OKTA_CONFIG, useFactory: () => config }];`,
      filename: ANGULAR,
    },
    // No config of the SDK in this file nor in any other module of its package: unknown.
    {
      code: `import { LoginCallback } from '@okta/okta-vue';
export default [{ path: '/login/callback', component: LoginCallback }];`,
      filename: VUE,
    },
    // A redirect-only app.
    { code: vueMissing, filename: inPackage('vue-redirect', 'src/main.js') },
    // A LoginCallback that is not okta-vue's; another plugin's use().
    {
      code: `import OktaVue from '@okta/okta-vue';
import LoginCallback from './LoginCallback.vue';
const routes = [{ path: '/cb', component: LoginCallback }];
app.use(OktaVue, { oktaAuth });`,
      filename: VUE,
    },
    {
      code: `import { LoginCallback } from '@okta/okta-vue';
import Other from 'other-plugin';
const routes = [{ path: '/cb', component: LoginCallback }];
app.use(Other, { oktaAuth });`,
      filename: VUE,
    },
  ],
  invalid: [
    { code: vueMissing, filename: VUE, errors: [at(vueMissing, 'LoginCallback', handler('LoginCallback'), 'component: ')] },
    { code: vueBound, filename: VUE, errors: [at(vueBound, 'LoginCallback', handler('LoginCallback'), 'component: ')] },
    {
      code: angularMissing,
      filename: ANGULAR,
      errors: [at(angularMissing, 'OktaCallbackComponent', handler('OktaCallbackComponent'), 'component: ')],
    },
    (() => {
      const code = angularProvider(`{ oktaAuth }`);
      return { code, filename: ANGULAR, errors: [at(code, 'OktaCallbackComponent', handler('OktaCallbackComponent'), 'component: ')] };
    })(),
  ],
});

// The SDK configured in another module than the routes (issue 22 item 7): okta-vue's sample
// (main.js + router/index.js) and okta-angular's (app.module.ts + app-routing.module.ts),
// read from tests/fixtures/auth-resume/<name>: the routes file is linted, the others are
// found by the package scan.
const onDisk = (name: string, file: string) => {
  const filename = inPackage(name, file);
  return { code: readFileSync(filename, 'utf8'), filename };
};
const VUE_ROUTES = 'src/router/index.js';
const ANGULAR_ROUTES = 'src/app/app-routing.module.ts';
const routeError = (name: string, file: string, component: string) => {
  const { code, filename } = onDisk(name, file);
  return { code, filename, errors: [at(code, component, handler(component), 'component: ')] };
};

js.run('require-auth-resume (the SDK config in another module)', rule, {
  valid: [
    // main.js installs okta-vue with onAuthResume (and onAuthRequired).
    onDisk('vue-split', VUE_ROUTES),
    // app.module.ts hands forRoot a config imported from okta.config.ts, which sets onAuthResume.
    onDisk('angular-split', ANGULAR_ROUTES),
    // main.js builds the options at run time (a spread of what the page holds): unknown.
    onDisk('vue-split-runtime', VUE_ROUTES),
    // The module that configures the SDK is linted itself: its own routes are not there, nothing to say.
    onDisk('vue-split-missing', 'src/main.js'),
  ],
  invalid: [
    // main.js: `app.use(OktaVue, { oktaAuth })`.
    routeError('vue-split-missing', VUE_ROUTES, 'LoginCallback'),
    // main.js: `app.use(OktaVue, oktaOptions)`, the options imported from okta.options.js.
    routeError('vue-split-imported', VUE_ROUTES, 'LoginCallback'),
    // app.module.ts: `OktaAuthModule.forRoot(oktaConfig)`, the config imported from okta.config.ts without a handler.
    routeError('angular-split-imported', ANGULAR_ROUTES, 'OktaCallbackComponent'),
    // app.module.ts: `{ provide: OKTA_CONFIG, useValue: { oktaAuth } }`.
    routeError('angular-split-missing', ANGULAR_ROUTES, 'OktaCallbackComponent'),
  ],
});

/** A package.json with the given dependencies. */
const manifest = (dependencies: Record<string, string>, section = 'dependencies') =>
  `{\n  "name": "app",\n  "${section}": {\n${Object.entries(dependencies)
    .map(([name, spec]) => `    "${name}": ${JSON.stringify(spec)}`)
    .join(',\n')}\n  }\n}\n`;
const WIDGET = { '@okta/okta-signin-widget': '^7.20.0' };
/** The error on the dependency entry of `name` (its whole `"name": "range"`). */
const tooOld = (code: string, name: string, sdk: string, range: string, minimum: string) => ({
  messageId: 'sdkTooOld',
  data: { sdk, minimum },
  ...span(code, `"${name}": ${JSON.stringify(range)}`),
});

const EMBEDDED_JSON = inPackage('embedded', 'package.json');
const REDIRECT_JSON = inPackage('redirect-only', 'package.json');
const validJson = [
  { code: manifest({ ...WIDGET, '@okta/okta-react': '^6.9.0' }), filename: EMBEDDED_JSON },
  {
    code: manifest({ ...WIDGET, '@okta/okta-react': '>=5.1.0', '@okta/okta-vue': '^4.0.0', '@okta/okta-angular': '^3.1.0' }),
    filename: EMBEDDED_JSON,
  },
  // A redirect-only app: an old SDK, and no widget here or on disk.
  { code: manifest({ '@okta/okta-react': '4.1.0', '@okta/okta-auth-js': '^4.8.0' }), filename: REDIRECT_JSON },
  // Look-alikes: another Okta SDK, a name in a script.
  { code: manifest({ ...WIDGET, '@okta/okta-react-native': '^1.0.0' }), filename: EMBEDDED_JSON },
  {
    code: `{ "dependencies": { "@okta/okta-signin-widget": "^7.20.0" }, "scripts": { "x": "npm i @okta/okta-react@4" } }`,
    filename: EMBEDDED_JSON,
  },
  // Not a range: nothing to compare.
  { code: manifest({ ...WIDGET, '@okta/okta-react': 'latest' }), filename: EMBEDDED_JSON },
];
const invalidJson = [
  (() => {
    const code = manifest({ ...WIDGET, '@okta/okta-react': '^5.0.0' });
    return { code, filename: EMBEDDED_JSON, errors: [tooOld(code, '@okta/okta-react', '@okta/okta-react', '^5.0.0', '5.1.0')] };
  })(),
  (() => {
    // The widget under an alias; okta-vue 3 (Vue 2) and okta-angular 3.0.
    const code = manifest(
      { signin: 'npm:@okta/okta-signin-widget@^7.20.0', '@okta/okta-vue': '^3.1.0', '@okta/okta-angular': '~3.0.1' },
      'devDependencies',
    );
    return {
      code,
      filename: EMBEDDED_JSON,
      errors: [
        tooOld(code, '@okta/okta-vue', '@okta/okta-vue', '^3.1.0', '4.0.0'),
        tooOld(code, '@okta/okta-angular', '@okta/okta-angular', '~3.0.1', '3.1.0'),
      ],
    };
  })(),
  (() => {
    // An alias of okta-react; the package.json on disk embeds the widget (the text here does not name it).
    const code = manifest({ react: 'npm:@okta/okta-react@4.1.0' });
    return {
      code,
      filename: inPackage('embedded-react-4', 'package.json'),
      errors: [tooOld(code, 'react', '@okta/okta-react', 'npm:@okta/okta-react@4.1.0', '5.1.0')],
    };
  })(),
];

const asRule = rule as unknown as Rule.RuleModule;
new CoreRuleTester({ languageOptions: { parser: jsoncParser } }).run('require-auth-resume (jsonc-eslint-parser)', asRule, {
  valid: validJson,
  invalid: invalidJson,
});
new CoreRuleTester({ plugins: { json }, language: 'json/json' }).run('require-auth-resume (@eslint/json)', asRule, {
  valid: validJson,
  invalid: invalidJson,
});
