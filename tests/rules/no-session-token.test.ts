import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/no-session-token.js';
import { createRuleTester, javascript, span } from './tester.js';

const ruleTester = createRuleTester();

const AUTH = `import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer: 'https://x' });\n`;
const WIDGET =
  `import OktaSignIn from '@okta/okta-signin-widget';\nconst widget = new OktaSignIn({ issuer: 'https://x', clientId: 'c', ` +
  `redirectUri: '/cb' });\n`;

const at = (
  code: string,
  text: string,
  messageId: 'resultSessionToken' | 'transactionSessionToken' | 'handOff' | 'setCookieSessionToken',
  data?: Record<string, string>,
  from = 0,
) => ({
  messageId,
  ...(data ? { data } : {}),
  ...span(code, text, from),
});

// The okta-auth-js README's Classic flow: signInWithCredentials, then the session token to getWithRedirect.
const readme = `${AUTH}authClient.signInWithCredentials({ username, password }).then((transaction) => {
  if (transaction.status === 'SUCCESS') {
    authClient.token.getWithRedirect({ sessionToken: transaction.sessionToken, responseType: 'id_token' });
  }
});`;
// Read first, handed off later: two findings.
const readThenHandOff = `${AUTH}async function login(username, password) {
  const tx = await authClient.signIn({ username, password });
  const token = tx.sessionToken;
  await authClient.signInWithRedirect({ originalUri: '/', sessionToken: token });
}`;
const destructured =
  `${AUTH}async function login(u, p) {\n  const { sessionToken } = await authClient.signIn({ username: u, password: p ` +
  `});\n  authClient.token.getWithoutPrompt({ sessionToken });\n}`;
const resume = `${AUTH}authClient.tx.resume().then(function (t) { save(t.sessionToken); });`;
const awaitedMember = `${AUTH}async function f() { return (await authClient.signInWithCredentials(creds)).sessionToken; }`;
// A widget's Classic result.
const widgetResult =
  `${WIDGET}widget.renderEl({ el: '#x' }, (res) => { authClient2.token.getWithPopup({ sessionToken: res.session.token ` +
  `}); save(res?.session?.token); });`;
// Options built before the call, spread, written later in the same function.
const builtOptions =
  `${AUTH}function go(token) {\n  const options = { responseType: 'code' };\n  options.sessionToken = token;\n  ` +
  `authClient.token.getWithRedirect(options);\n}`;
// setCookieAndRedirect on a client takes the session token first.
const setCookie = `${AUTH}authClient.session.setCookieAndRedirect(sessionToken, '/home');`;
const setCookieRead = `${AUTH}authClient.signInWithCredentials(c).then((tx) => authClient.session.setCookieAndRedirect(tx.sessionToken));`;
// okta-react (hook, props), okta-vue ≤ 2 and okta-angular ≤ 2 (loginRedirect), okta-react ≤ 3 (authService.redirect), okta-react 1.x
// (auth.redirect).
const react = `import { useOktaAuth } from '@okta/okta-react';
export function Login() {
  const { oktaAuth } = useOktaAuth();
  const onSubmit = (sessionToken) => oktaAuth.signInWithRedirect({ sessionToken });
  return null;
}`;
const reactLegacy = `import { withAuth, useOktaAuth } from '@okta/okta-react';
class Login extends React.Component {
  onSuccess(sessionToken) { this.props.auth.redirect({ sessionToken }); }
}
function Other() { const { authService } = useOktaAuth(); authService.redirect({ sessionToken: t }); }`;
const vueLegacy =
  `export default {\n  methods: {\n    login(sessionToken) { this.$auth.loginRedirect('/profile', { sessionToken }); ` + `},\n  },\n};`;
const angular = `import { Component, Inject } from '@angular/core';
import { OKTA_AUTH } from '@okta/okta-angular';
import { OktaAuth } from '@okta/okta-auth-js';
@Component({ selector: 'app-login', template: '' })
export class LoginComponent {
  constructor(@Inject(OKTA_AUTH) private oktaAuth: OktaAuth) {}
  async login(username: string, password: string): Promise<void> {
    const transaction = await this.oktaAuth.signIn({ username, password });
    await this.oktaAuth.signInWithRedirect({ sessionToken: transaction.sessionToken! });
  }
}`;

// A widget whose options are unknown (a prop): only the Classic result has `session.token`.
const opaqueWidget =
  `import OktaSignIn from '@okta/okta-signin-widget';\nexport const mount = (props) => new ` +
  `OktaSignIn(props.config).renderEl({ el: '#x' }, (res) => save(res.session.token));`;

// A package whose package.json depends on Okta (tests/fixtures/okta-package): the client is a parameter, the file names no Okta.
const oktaPackageFile = (name: string) => fileURLToPath(new URL(`../fixtures/okta-package/packages/${name}/session.js`, import.meta.url));
const inOktaPackage =
  `export async function login(client, c) {\n  const t = await client.signInWithCredentials(c);\n  return ` + `t.sessionToken;\n}`;

ruleTester.run('no-session-token', rule, {
  valid: [
    // AWS credentials, a server's session map, an unrelated variable in a file without Okta
    // (docs/okta-facts.md#18-names-other-libraries-share).
    `import { STSClient } from '@aws-sdk/client-sts';\nconst creds = { accessKeyId, secretAccessKey, sessionToken: ` +
      `process.env.AWS_SESSION_TOKEN };\nnew S3Client({ credentials: creds });`,
    `const sessions = new Map();\nfunction save(user, sessionToken) { sessions.set(sessionToken, user); return { sessionToken }; }`,
    `client.signInWithRedirect({ sessionToken });\nclient.token.getWithRedirect({ sessionToken: t });`,
    // An app's own service in a file that also uses Okta: signInWithRedirect and loginRedirect need a client (Firebase, MSAL share them).
    `import { Inject } from '@angular/core';\nimport { OKTA_AUTH } from '@okta/okta-angular';\nclass S { constructor(@Inject(OKTA_AUTH) ` +
      `private oktaAuth: unknown, private authService: AuthService) {}\n  go(r) { this.authService.signInWithRedirect({ sessionToken: ` +
      `r.sessionToken }); this.authService.loginRedirect('/', { sessionToken: r.t }); } }`,
    // Generic names on unknown receivers: Amplify, NextAuth, Firebase (docs/okta-facts.md#18-names-other-libraries-share), even in a file
    // that uses Okta.
    `${AUTH}import { Auth } from 'aws-amplify';\nAuth.signIn(u, p).then((user) => ` +
      `use(user.signInUserSession.sessionToken));\nauthService.redirect({ sessionToken: t });`,
    // The Identity Engine replacements.
    `${AUTH}authClient.signInWithRedirect({ originalUri: '/' });\nauthClient.token.getWithoutPrompt({ responseType: 'id_token' });`,
    `${AUTH}const tx = await authClient.idx.authenticate({ username, password });\nif (tx.status === 'SUCCESS') ` +
      `authClient.tokenManager.setTokens(tx.tokens);`,
    `${WIDGET}widget.showSignIn({ el: '#x' }).then((res) => widget.authClient.handleLoginRedirect(res.tokens));`,
    // A Classic widget result's setCookieAndRedirect takes only the URL (no-set-cookie-and-redirect's business).
    `${WIDGET}widget.renderEl({ el: '#x' }, (res) => res.session.setCookieAndRedirect('/home'));`,
    // Transaction reads that are not the session token.
    `${AUTH}authClient.signIn(c).then((tx) => show(tx.status, tx.user));`,
    // A type, a declaration.
    `interface AuthnTransaction { sessionToken?: string }\nlet sessionToken: string;`,
    // The same code in a sibling package without an Okta dependency.
    { code: inOktaPackage, filename: oktaPackageFile('other') },
    // A widget with unknown options: the Identity Engine result, another object's renderEl.
    `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn(props.config).renderEl({ el: '#x' }, (res) => ` +
      `save(res.tokens));\napi.renderEl({}, (res) => save(res.session.token));`,
  ],
  invalid: [
    {
      // The read written inside the hand-off is one finding.
      code: readme,
      ...javascript(),
      errors: [at(readme, 'sessionToken: transaction.sessionToken', 'handOff', { method: 'token.getWithRedirect' })],
    },
    {
      code: readThenHandOff,
      errors: [
        at(readThenHandOff, 'tx.sessionToken', 'transactionSessionToken', { method: 'signIn' }),
        at(readThenHandOff, 'sessionToken: token', 'handOff', { method: 'signInWithRedirect' }),
      ],
    },
    {
      code: destructured,
      errors: [
        at(destructured, 'sessionToken', 'transactionSessionToken', { method: 'signIn' }, destructured.indexOf('const {')),
        at(destructured, 'sessionToken', 'handOff', { method: 'token.getWithoutPrompt' }, destructured.indexOf('getWithoutPrompt')),
      ],
    },
    { code: resume, errors: [at(resume, 't.sessionToken', 'transactionSessionToken', { method: 'tx.resume' })] },
    {
      code: awaitedMember,
      errors: [
        at(awaitedMember, '(await authClient.signInWithCredentials(creds)).sessionToken', 'transactionSessionToken', {
          method: 'signInWithCredentials',
        }),
      ],
    },
    {
      code: widgetResult,
      errors: [
        at(widgetResult, 'sessionToken: res.session.token', 'handOff', { method: 'token.getWithPopup' }),
        at(widgetResult, 'res?.session?.token', 'resultSessionToken'),
      ],
    },
    {
      code: inOktaPackage,
      filename: oktaPackageFile('app'),
      errors: [at(inOktaPackage, 't.sessionToken', 'transactionSessionToken', { method: 'signInWithCredentials' })],
    },
    { code: opaqueWidget, errors: [at(opaqueWidget, 'res.session.token', 'resultSessionToken')] },
    { code: builtOptions, errors: [at(builtOptions, 'options.sessionToken = token', 'handOff', { method: 'token.getWithRedirect' })] },
    { code: setCookie, errors: [at(setCookie, 'sessionToken', 'setCookieSessionToken', undefined, setCookie.indexOf('Redirect('))] },
    {
      code: setCookieRead,
      errors: [at(setCookieRead, 'tx.sessionToken', 'setCookieSessionToken', undefined, setCookieRead.indexOf('Redirect('))],
    },
    {
      code: react,
      ...javascript('Login.jsx'),
      errors: [at(react, 'sessionToken', 'handOff', { method: 'signInWithRedirect' }, react.indexOf('({ session'))],
    },
    {
      code: reactLegacy,
      errors: [
        at(reactLegacy, 'sessionToken', 'handOff', { method: 'redirect' }, reactLegacy.indexOf('redirect(')),
        at(reactLegacy, 'sessionToken: t', 'handOff', { method: 'redirect' }),
      ],
    },
    { code: vueLegacy, errors: [at(vueLegacy, 'sessionToken', 'handOff', { method: 'loginRedirect' }, vueLegacy.indexOf(`'/profile'`))] },
    {
      code: angular,
      errors: [at(angular, 'sessionToken: transaction.sessionToken!', 'handOff', { method: 'signInWithRedirect' })],
    },
  ],
});
