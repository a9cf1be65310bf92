/**
 * The project model (issue 21 item 1): options of a widget imported from the app's own
 * modules are analysed like a local const, in fixture projects shaped like the real apps
 * (tests/fixtures/project). Each case lints a file of a fixture with its text given here;
 * the modules it imports are read from disk.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as espree from 'espree';
import { describe } from 'vitest';
import rule from '../../src/rules/require-interaction-code-flow.js';
import { at, createRuleTester } from '../rules/tester.js';

const fixture = (file: string) => fileURLToPath(new URL(`../fixtures/project/${file}`, import.meta.url));
const LOGIN = fixture('react-widget-5/src/Login.js');
const LOGIN_TEXT = readFileSync(LOGIN, 'utf8');
const VERSION = '`^5.4.1` (package.json)';

/** A login file of the React fixture that builds the widget from `expression`, imported by `imports`. */
const login = (imports: string, expression = 'config') => `import OktaSignIn from '@okta/okta-signin-widget';
${imports}
const widget = new OktaSignIn(${expression});
widget.showSignInToGetTokens({ el: '#root' });
`;

const missing = (code: string, home: string) => ({
  code,
  filename: LOGIN,
  errors: [at(code, 'OktaSignIn', { messageId: 'missingFlow' as const, data: { version: VERSION, blocker: ` in ${home}` } }, 'new ')],
});

const ruleTester = createRuleTester();

describe('project model: widget options from local modules', () => {
  ruleTester.run('require-interaction-code-flow (imported options)', rule, {
    valid: [
      // The imported config already sets the flag.
      { code: login("import { oktaSignInConfig as config } from './config-flow.js';"), filename: LOGIN },
      // Every write of the exported const is seen: the flag is set at the module's top level.
      { code: login("import { oktaSignInConfig as config } from './config-written.js';"), filename: LOGIN },
      // A write in a function may or may not run first: unknown, silent.
      { code: login("import { oktaSignInConfig as config } from './config-later.js';"), filename: LOGIN },
      // A config built at run time: unknown, silent.
      { code: login("import { oktaSignInConfig as config } from './config-runtime.js';"), filename: LOGIN },
      // The same config on a 7.x package: the flag is obsolete there.
      { code: login("import { oktaSignInConfig as config } from './config.js';"), filename: fixture('widget-7/src/Login.js') },
      // A module that is not there, and a package of node_modules: unknown.
      { code: login("import config from './missing.js';"), filename: LOGIN },
      { code: login("import config from 'some-package/config';"), filename: LOGIN },
      // A TypeScript module under a parser that does not read TypeScript: unknown.
      { code: login("import { widgetConfig as config } from './ts/config';"), filename: LOGIN, languageOptions: { parser: espree } },
    ],
    invalid: [
      // The real shape: `new OktaSignIn(oktaSignInConfig)` with the config from './config.js', widget ^5.4.1.
      {
        code: LOGIN_TEXT,
        filename: LOGIN,
        errors: [
          at(LOGIN_TEXT, 'OktaSignIn', { messageId: 'missingFlow', data: { version: VERSION, blocker: ' in ./config.js:1' } }, 'new '),
        ],
      },
      // The same under ESLint's default parser (espree, JSX on).
      {
        ...missing(login("import config from './config';"), './config.js:1'),
        languageOptions: { parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      // Default and named exports, an index file with a re-export and `export *`.
      missing(login("import config from './config';"), './config.js:1'),
      missing(login("import { config } from './okta';"), './okta/base-config.js:1'),
      missing(login("import { oidc as config } from './okta/index.js';"), './okta/more.js:1'),
      // CommonJS: `module.exports = { oidc: {…} }`, required, destructured, and as a member read.
      missing(login("const { oidc: config } = require('./config-cjs');"), './config-cjs.js:2'),
      missing(login("const settings = require('./config-cjs.js');", 'settings.oidc'), './config-cjs.js:2'),
      missing(login("import settings from './config-cjs.js';", 'settings.oidc'), './config-cjs.js:2'),
      // A JSON config.
      missing(login("import config from './config.json';"), './config.json:1'),
      // tsconfig `paths` (`@app/*` → src/*) and a TypeScript module under typescript-eslint's parser.
      missing(login("import { widgetConfig as config } from '@app/ts/config';"), './ts/config.ts:1'),
      missing(login("import { widgetConfig as config } from './ts/config.js';"), './ts/config.ts:1'),
    ],
  });
});

import authnRule from '../../src/rules/no-authn-api.js';
import { span } from '../rules/tester.js';

/** `no-authn-api` on `<receiver>.signIn(…)`, with its rename suggestion in this file. */
const signIn = (code: string, receiver: string) => ({
  code,
  filename: LOGIN,
  errors: [
    {
      messageId: 'authnCall' as const,
      data: { method: 'signIn', replacement: '`idx.authenticate()`', version: '' },
      ...span(code, 'signIn', code.indexOf('signIn(')),
      suggestions: [
        {
          messageId: 'useIdx' as const,
          data: { call: `${receiver}.idx.authenticate()` },
          output: code.replace(`${receiver}.signIn`, `${receiver}.idx.authenticate`),
        },
      ],
    },
  ],
});

describe('project model: okta-auth-js clients from local modules', () => {
  const imported = "import auth from './auth';\nauth.signIn({ username, password });\n";
  const named = "import { oktaAuth as client } from './auth.js';\nclient.signIn({ username, password });\n";
  const factory = "import { getAuth } from './auth';\nconst client = getAuth();\nclient.signIn({ username, password });\n";
  const context =
    "import React, { useContext } from 'react';\nimport { AuthContext } from './AuthContext';\n" +
    'export function Login() {\n  const client = useContext(AuthContext);\n  return client.signIn({ username, password });\n}\n';
  const service =
    "import AuthService from './auth-service';\nconst service = new AuthService();\nservice.client.signIn({ username, password });\n";
  const required = "const client = require('./auth-cjs');\nclient.signIn({ username, password });\n";
  ruleTester.run('no-authn-api (imported clients)', authnRule, {
    valid: [
      // A look-alike of the app's own code is not the client: generic names stay silent.
      { code: "import amplify from './amplify';\namplify.signIn(username, password);\n", filename: LOGIN },
      // A file that names no Okta and imports no module that does: no listeners.
      { code: "import { format } from './missing.js';\nformat.signIn({});\n", filename: LOGIN },
    ],
    invalid: [
      // The file itself names no Okta: the module it imports does (mayConcernOkta).
      signIn(imported, 'auth'),
      signIn(named, 'client'),
      // A function of the app's module that returns the client literally.
      signIn(factory, 'client'),
      // A React context made from the client.
      signIn(context, 'client'),
      // A class whose field is the client.
      signIn(service, 'service.client'),
      // CommonJS `module.exports = new OktaAuth(…)`.
      signIn(required, 'client'),
    ],
  });
});
