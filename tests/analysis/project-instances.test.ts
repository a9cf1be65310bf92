/**
 * The project model (issue 21 item 1, widget instances): a widget constructed in a module of
 * the app (`export default new OktaSignIn(config)`, `export const widget = new OktaSignIn({…})`,
 * `module.exports = widget`, a function that returns one literally) is a widget instance in
 * the file that imports it, with the options of that construction when the analysis sees
 * them, and unknown options otherwise (result reads are Classic whatever the options: item 3).
 * Each case lints a file of tests/fixtures/project/widget-instance (src/pages/Login.js) with
 * its text given here; the modules it imports are read from disk. No file here names Okta:
 * the modules they import do (mayConcernOkta).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import classicResponse from '../../src/rules/no-classic-widget-response.js';
import setCookie from '../../src/rules/no-set-cookie-and-redirect.js';
import showSignIn from '../../src/rules/prefer-show-sign-in-to-get-tokens.js';
import pageRendered from '../../src/rules/no-page-rendered-event.js';
import otpState from '../../src/rules/no-otp-state-assignment.js';
import flow from '../../src/rules/require-interaction-code-flow.js';
import authn from '../../src/rules/no-authn-api.js';
import { at, createRuleTester, span } from '../rules/tester.js';

const fixture = (file: string) => fileURLToPath(new URL(`../fixtures/project/widget-instance/${file}`, import.meta.url));
const LOGIN = fixture('src/pages/Login.js');
const LOGIN_TEXT = readFileSync(LOGIN, 'utf8');

/** A file that imports `binding` with `imports` and reads the Classic `res.user` in a `renderEl` handler. */
const readsUser = (imports: string, receiver = 'widget') => `${imports}
${receiver}.renderEl({ el: '#okta-login-container' }, (res) => {
  console.log(res.user.id);
});
`;

const DEFAULT = "import widget from '../okta-widget';";
const NAMED = "import { widget } from '../widget-inline';";
const REQUIRED = "const widget = require('../widget-cjs');";
const FACTORY = "import { createWidget } from '../widget-factory';\nconst widget = createWidget();";
const PARAMETER = "import { makeWidget } from '../widget-factory';\nconst widget = makeWidget({ el: '#root' });";
const FLOW = "import widget from '../widget-flow';";

const userRead = (code: string) => ({
  code,
  filename: LOGIN,
  errors: [at(code, 'res.user', { messageId: 'classicShape' as const, data: { shape: 'user' } })],
});

/** The suggestion of prefer-show-sign-in-to-get-tokens for `readsUser`'s call on `widget`. */
const toTokens = (code: string) =>
  code.replace(
    "widget.renderEl({ el: '#okta-login-container' }, (res) => {\n  console.log(res.user.id);\n})",
    "widget.showSignInToGetTokens({ el: '#okta-login-container' }).then((tokens) => {\n" +
      '  widget.authClient.tokenManager.setTokens(tokens);\n  widget.remove();\n})',
  );

const ruleTester = createRuleTester();

describe('project model: widget instances from local modules', () => {
  ruleTester.run('no-classic-widget-response (imported instances)', classicResponse, {
    valid: [
      // Built at run time by a function the analysis cannot see (`export default makeWidget(cfg)`): unknown, silent.
      { code: readsUser("import widget from '../widget-runtime';"), filename: LOGIN },
      // An object of the app with a `renderEl` method, from a module that constructs no widget.
      { code: readsUser("import { widget } from '../fake-widget';"), filename: LOGIN },
      // A package of node_modules (it constructs the widget there): not read.
      { code: readsUser("import widget from 'okta-widget-lib';"), filename: LOGIN },
      // Two modules that re-export each other: no widget, no crash.
      { code: readsUser("import widget from '../cycle-a';"), filename: LOGIN },
      // A function with more than one way out does not return the widget literally.
      { code: readsUser("import { maybeWidget } from '../widget-factory';\nconst widget = maybeWidget(true);"), filename: LOGIN },
      // The factory itself is not an instance; a binding written twice is not followed.
      { code: readsUser("import { createWidget } from '../widget-factory';", 'createWidget'), filename: LOGIN },
      {
        code: readsUser("import { createWidget } from '../widget-factory';\nlet widget = createWidget();\nwidget = other;"),
        filename: LOGIN,
      },
      // A type-only import is no value.
      { code: readsUser("import type { widget } from '../widget-inline';"), filename: LOGIN },
      // The Identity Engine result: `status` and `tokens` are read on both engines.
      {
        code: `${FLOW}\nwidget.renderEl({ el: '#x' }, (res) => { if (res.status === 'SUCCESS') widget.authClient.handleLoginRedirect(res.tokens); });\n`,
        filename: LOGIN,
      },
    ],
    invalid: [
      // `export default new OktaSignIn(oktaSignInConfig)` in okta-widget.js, imported by default.
      userRead(readsUser(DEFAULT)),
      // `export const widget = new OktaSignIn({…})`.
      userRead(readsUser(NAMED)),
      // `module.exports = widget` (its options are `require()` of an ES module: unknown; the result read is Classic anyway).
      userRead(readsUser(REQUIRED)),
      // A function that returns the construction literally, called here (kept in a const, or inline).
      userRead(readsUser(FACTORY)),
      userRead(readsUser("import { createWidget } from '../widget-factory';", 'createWidget()')),
      // Options from a parameter: unknown, the instance is still the widget.
      userRead(readsUser(PARAMETER)),
      // Options already in the Identity Engine's shape: `res.user` exists only in the Classic result.
      userRead(readsUser(FLOW)),
    ],
  });

  const showSignInCase = (code: string) => ({
    code,
    filename: LOGIN,
    errors: [
      at(code, 'renderEl', {
        messageId: 'classicHandler' as const,
        data: { shape: 'user', replacement: 'showSignInToGetTokens' },
        suggestions: [{ messageId: 'useShowSignInToGetTokens' as const, output: toTokens(code) }],
      }),
    ],
  });
  ruleTester.run('prefer-show-sign-in-to-get-tokens (imported instances)', showSignIn, {
    valid: [
      // Options unknown (a parameter, `require()` of an ES module): whether it is embedded or hosted is unknown.
      { code: readsUser(PARAMETER), filename: LOGIN },
      { code: readsUser(REQUIRED), filename: LOGIN },
      { code: readsUser("import widget from '../widget-runtime';"), filename: LOGIN },
      { code: readsUser("import { widget } from '../fake-widget';"), filename: LOGIN },
      // Already the token method.
      {
        code: `${DEFAULT}\nwidget.showSignInToGetTokens({ el: '#x' }).then((tokens) => widget.authClient.tokenManager.setTokens(tokens));\n`,
        filename: LOGIN,
      },
    ],
    invalid: [
      // Options seen in the other module (config.js through okta-widget.js): the edit is a suggestion, never an autofix.
      { ...showSignInCase(readsUser(DEFAULT)), output: null },
      { ...showSignInCase(readsUser(NAMED)), output: null },
      { ...showSignInCase(readsUser(FACTORY)), output: null },
    ],
  });

  ruleTester.run('no-set-cookie-and-redirect (imported instances)', setCookie, {
    valid: [],
    invalid: [
      // The real shape: Login.js renders the widget of ../okta-widget and hands off the Classic session.
      {
        code: LOGIN_TEXT,
        filename: LOGIN,
        output: null,
        errors: [
          at(LOGIN_TEXT, 'setCookieAndRedirect', {
            messageId: 'embeddedWidget',
            suggestions: [
              {
                messageId: 'useHandleLoginRedirect',
                data: { client: 'widget.authClient' },
                output: LOGIN_TEXT.replace('res.session.setCookieAndRedirect(', 'widget.authClient.handleLoginRedirect(res.tokens, '),
              },
            ],
          }),
        ],
      },
    ],
  });

  const onPageRendered = `${DEFAULT}\nwidget.on('pageRendered', () => {\n  document.title = 'Sign in';\n});\n`;
  ruleTester.run('no-page-rendered-event (imported instances)', pageRendered, {
    valid: [{ code: `import { widget } from '../fake-widget';\nwidget.on('pageRendered', () => {});\n`, filename: LOGIN }],
    invalid: [
      // Another module may remove the handler with `off('pageRendered')`: a suggestion, not the autofix a local widget gets.
      {
        code: onPageRendered,
        filename: LOGIN,
        output: null,
        errors: [
          at(onPageRendered, "'pageRendered'", {
            messageId: 'pageRendered',
            suggestions: [{ messageId: 'useAfterRender', output: onPageRendered.replace('pageRendered', 'afterRender') }],
          }),
        ],
      },
    ],
  });

  const otp = (imports: string) => `${imports}\nwidget.otp = new URLSearchParams(location.search).get('otp');\n`;
  const otpCase = (code: string, home: string) => ({
    code,
    filename: LOGIN,
    options: [{ widgetVersion: '7.20.0', fix: 'autofix' }] as [{ widgetVersion: string; fix: 'autofix' }],
    output: null,
    errors: [
      {
        messageId: 'assignedAfterConstruction' as const,
        data: { key: 'otp', home },
        ...span(code, "widget.otp = new URLSearchParams(location.search).get('otp')"),
        suggestions: [],
      },
    ],
  });
  ruleTester.run('no-otp-state-assignment (imported instances)', otpState, {
    valid: [{ code: otp("import { widget } from '../fake-widget';"), filename: LOGIN, options: [{ widgetVersion: '7.20.0' }] }],
    invalid: [
      // The options live in another module: named there, never edited from here.
      otpCase(otp(DEFAULT), ' in ../config.js:1'),
      otpCase(otp(NAMED), ' in ../widget-inline.js:3'),
      // Options unknown: nowhere to name.
      otpCase(otp(PARAMETER), ''),
    ],
  });

  ruleTester.run('require-interaction-code-flow (imported instances)', flow, {
    // The construction's options are reported where it is (okta-widget.js), never in a file that imports the instance.
    valid: [
      { code: readsUser(DEFAULT), filename: LOGIN },
      { code: readsUser(FACTORY), filename: LOGIN },
    ],
    invalid: [],
  });

  const signIn = `${DEFAULT}\nwidget.authClient.signIn({ username, password });\n`;
  ruleTester.run('no-authn-api (the authClient of an imported instance)', authn, {
    valid: [{ code: `import { widget } from '../fake-widget';\nwidget.authClient.signIn({ username, password });\n`, filename: LOGIN }],
    invalid: [
      {
        code: signIn,
        filename: LOGIN,
        errors: [
          {
            messageId: 'authnCall',
            data: { method: 'signIn', replacement: '`idx.authenticate()`', version: '' },
            ...span(signIn, 'signIn', signIn.indexOf('signIn(')),
            suggestions: [
              {
                messageId: 'useIdx',
                data: { call: 'widget.authClient.idx.authenticate()' },
                output: signIn.replace('widget.authClient.signIn', 'widget.authClient.idx.authenticate'),
              },
            ],
          },
        ],
      },
    ],
  });
});
