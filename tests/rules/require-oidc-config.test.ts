import rule from '../../src/rules/require-oidc-config.js';
import { createRuleTester, javascript, widget } from './tester.js';

const ruleTester = createRuleTester();
const OPTIONS = '`issuer`, `clientId` and `redirectUri`';
// The version is unknown (no setting, no package.json): it may be 5.2–6.x, which also needs the flow.
const FLOW = ' (and `useInteractionCodeFlow: true`)';
const DATA = { options: OPTIONS, flow: FLOW };

ruleTester.run('require-oidc-config', rule, {
  valid: [
    { code: `function make(OktaSignIn) { return new OktaSignIn({ baseUrl }); }`, ...javascript() },
    `new OktaSignIn({ issuer: 'https://acme.okta.com/oauth2/default', clientId: '0oa1', redirectUri: '/cb' });`,
    `const clientId = '0oa1';\nnew OktaSignIn({ issuer, clientId, redirectUri });`,
    // A stateToken (custom domain / proxy pages) or a proxied IDX response is an app context.
    `new OktaSignIn({ baseUrl: 'https://acme.okta.com', stateToken: token });`,
    `new OktaSignIn({ baseUrl: 'https://acme.okta.com', proxyIdxResponse: data });`,
    // Hosted pages are exempt: the config legitimately has a stateToken and no clientId.
    `var config = OktaUtil.getSignInWidgetConfig();\nvar signIn = new OktaSignIn(config);`,
    `new OktaSignIn(Object.assign(OktaUtil.getSignInWidgetConfig(), { el: '#okta-login-container' }));`,
    // Unknown: a spread, a computed key, an opaque argument, a write before the constructor.
    `new OktaSignIn({ ...settings, baseUrl: 'https://acme.okta.com' });`,
    `new OktaSignIn({ [key]: value, baseUrl: 'https://acme.okta.com' });`,
    `new OktaSignIn(buildConfig());`,
    `const cfg = { baseUrl: 'https://acme.okta.com' };\ncfg.clientId = readClientId();\nnew OktaSignIn(cfg);`,
    `const cfg = { baseUrl: 'https://acme.okta.com' };\nconfigure(cfg);\nnew OktaSignIn(cfg);`,
    // Not the widget.
    `function make(OktaSignIn) { return new OktaSignIn({ baseUrl }); }`,
    `new OktaAuth({ issuer: 'https://acme.okta.com' });`,
  ],
  invalid: [
    {
      code: `var signIn = new window.OktaSignIn({ baseUrl: 'https://acme.okta.com' });`,
      ...javascript(),
      errors: [{ messageId: 'missingOidcConfig', data: DATA, line: 1, column: 18, endLine: 1, endColumn: 35 }],
    },
    {
      code: `const widget = new OktaSignIn({
  baseUrl: 'https://acme.okta.com',
  features: { registration: true },
});`,
      errors: [{ messageId: 'missingOidcConfig', data: DATA, line: 1, column: 20, endLine: 1, endColumn: 30 }],
    },
    {
      // A clientId inside authParams does not count (7.x picks its router from the top level).
      code: `import OktaSignIn from '@okta/okta-signin-widget';
new OktaSignIn({ baseUrl: 'https://acme.okta.com', authParams: { clientId: '0oa1', issuer: 'x' } });`,
      errors: [{ messageId: 'missingOidcConfig', data: DATA, line: 2, column: 5, endLine: 2, endColumn: 15 }],
    },
    {
      // Nor does an authClient.
      code: `const { OktaSignIn } = require('@okta/okta-signin-widget');
new OktaSignIn({ baseUrl, authClient: new OktaAuth({ clientId: '0oa1' }) });`,
      errors: [{ messageId: 'missingOidcConfig', data: DATA, line: 2, column: 5, endLine: 2, endColumn: 15 }],
    },
    {
      // Set to nothing, or no options at all.
      code: `new window.OktaSignIn({ baseUrl, clientId: undefined, stateToken: '' });\nnew OktaSignIn();`,
      errors: [
        { messageId: 'missingOidcConfig', data: DATA, line: 1, column: 5, endLine: 1, endColumn: 22 },
        { messageId: 'missingOidcConfig', data: DATA, line: 2, column: 5, endLine: 2, endColumn: 15 },
      ],
    },
    {
      // A resolvable const and Object.assign source.
      code: `const base = { baseUrl: 'https://acme.okta.com' };
const cfg = Object.assign({}, base, { el: '#w' });
export const w = new OktaSignIn(cfg as Options);`,
      errors: [{ messageId: 'missingOidcConfig', data: DATA, line: 3, column: 22, endLine: 3, endColumn: 32 }],
    },
    {
      // On 7.x the flow option is ignored: the message does not ask for it.
      code: `new OktaSignIn({ baseUrl: 'https://acme.okta.com' });`,
      settings: widget('^7.20.0'),
      errors: [{ messageId: 'missingOidcConfig', data: { options: OPTIONS, flow: '' }, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      // With the flow on 6.x the widget runs the Identity Engine router, but the flow has no OIDC app: nothing claims Classic.
      code: `new OktaSignIn({ baseUrl: 'https://acme.okta.com', useInteractionCodeFlow: true });`,
      settings: widget('6.9.0'),
      errors: [{ messageId: 'missingOidcConfig', data: { options: OPTIONS, flow: '' }, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      // 7.x with PKCE off through authParams throws at start-up (no-pkce-disabled); the OIDC app is still missing.
      code: `new OktaSignIn({ baseUrl: 'https://acme.okta.com', authParams: { clientId: '0oa1', pkce: false } });`,
      settings: widget('7.2.0'),
      errors: [{ messageId: 'missingOidcConfig', data: { options: OPTIONS, flow: '' }, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
  ],
});
