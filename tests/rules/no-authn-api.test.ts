import rule from '../../src/rules/no-authn-api.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { at, createRuleTester, javascript, span } from './tester.js';

const ruleTester = createRuleTester();

const AUTH = `import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer: 'https://x' });\n`;
/** `settings.okta.authJsVersion`. */
const authJs = (version: string) => ({ okta: { authJsVersion: version } });

// The version is in the message only when the replacement needs an upgrade first.
const UNKNOWN = '';
const note = {
  unknown: UNKNOWN,
  v4: '; okta-auth-js 4.9.0 (settings.okta.authJsVersion) needs 5.1.1+',
  v7: '',
  v8: '',
};

/** The finding on `method` (its property in the callee), with its suggestion when the call can be renamed. */
function call(code: string, method: string, replacement: string, at: string, rename?: [string, string], version = note.unknown) {
  return {
    messageId: 'authnCall' as const,
    data: { method, replacement, version },
    ...span(code, at, code.indexOf(`${at}(`)),
    suggestions: rename
      ? [{ messageId: 'useIdx' as const, data: { call: `${rename[1]}()` }, output: code.replace(rename[0], rename[1]) }]
      : [],
  };
}

const AUTHENTICATE = '`idx.authenticate()`';
const signIn = `${AUTH}authClient.signIn({ username, password });`;
const credentials = `${AUTH}authClient.signInWithCredentials({ username, password }).then(handle);`;
const recovery =
  `${AUTH}authClient.forgotPassword({ username, factorType: 'EMAIL' });\nauthClient.unlockAccount({ username ` +
  `});\nauthClient.verifyRecoveryToken({ recoveryToken });`;
const tx =
  `${AUTH}if (authClient.tx.exists()) ` +
  `authClient.tx.resume();\nauthClient.tx.status();\nauthClient.tx.introspect();\nauthClient.introspectAuthn();`;
const authn = `${AUTH}authClient.authn.signIn({ username });`;
// Distinctive names on a receiver it cannot see, in a file that uses Okta.
const distinctive =
  `import { oktaAuth } from './okta';\nimport ` +
  `'@okta/okta-auth-js';\noktaAuth.signInWithCredentials(creds);\nclient.verifyRecoveryToken({ recoveryToken });`;
// Receiver kinds: a widget's authClient, Angular's injected client, this.oktaAuth, okta-react's hook, okta-vue's $auth.
const widgetClient =
  `import OktaSignIn from '@okta/okta-signin-widget';\nconst widget = new OktaSignIn({});\nwidget.authClient.signIn({ ` + `username });`;
const angular = `import { Inject } from '@angular/core';
import { OKTA_AUTH } from '@okta/okta-angular';
import type { OktaAuth } from '@okta/okta-auth-js';
export class ResetComponent {
  constructor(@Inject(OKTA_AUTH) private oktaAuth: OktaAuth) {}
  reset(username: string) { return this.oktaAuth.forgotPassword({ username, factorType: 'EMAIL' }); }
}`;
const react =
  `import { useOktaAuth } from '@okta/okta-react';\nexport function Unlock() {\n  const { oktaAuth } = useOktaAuth();\n  ` +
  `return <button onClick={() => oktaAuth.unlockAccount({ username })} />;\n}`;
const vue = `export default { methods: { login() { return this.$auth.signIn({ username, password }); } } };`;
const cjs = `const { OktaAuth } = require('@okta/okta-auth-js');\nconst auth = new OktaAuth({});\nauth.signIn({});`;
// Optional chaining: reported, renamed by hand.
const optional = `${AUTH}authClient?.signIn({ username });`;

// The authn-only entry point: autofixed to the default entry (a superset), mocks with it.
/** The message data of every `/authn` import below. */
const AUTHN = { specifier: '@okta/okta-auth-js/authn', replacement: '@okta/okta-auth-js' };
const authnImport = `import { OktaAuth } from '@okta/okta-auth-js/authn';\nvi.mock("@okta/okta-auth-js/authn");`;
const authnRequire =
  `const { OktaAuth } = require("@okta/okta-auth-js/authn");\nexport * from '@okta/okta-auth-js/authn';\nconst lazy = ` +
  `import('@okta/okta-auth-js/authn');`;
const authnDeclared =
  `import { OktaAuth } from '@okta/okta-auth-js/authn';\ndeclare module '@okta/okta-auth-js/authn' {\n  interface ` +
  `OktaAuth { legacy: true }\n}`;
const authnDynamicMock = `import { OktaAuth } from '@okta/okta-auth-js/authn';\njest.mock(moduleName);`;

// A monorepo (tests/fixtures/okta-package): each package has the same `auth.js`, whose client is a
// parameter and whose text names no Okta. A package whose package.json depends on Okta is Okta code.
const inPackage = (name: string) => {
  const filename = fileURLToPath(new URL(`../fixtures/okta-package/packages/${name}/auth.js`, import.meta.url));
  return { code: readFileSync(filename, 'utf8'), filename };
};
const oktaPackageCase = (name: string) => {
  const { code, filename } = inPackage(name);
  return {
    code,
    filename,
    errors: [
      call(code, 'signInWithCredentials', AUTHENTICATE, 'signInWithCredentials', [
        'client.signInWithCredentials',
        'client.idx.authenticate',
      ]),
    ],
  };
};

ruleTester.run('no-authn-api', rule, {
  valid: [
    // A sibling package without an Okta dependency; a malformed package.json says nothing.
    inPackage('other'),
    inPackage('broken'),
    // The Identity Engine API, under `.idx.`: never reported, whatever the name.
    `${AUTH}authClient.idx.authenticate({ username, password });\nauthClient.idx.unlockAccount({ username ` +
      `});\nauthClient.idx.recoverPassword();\nauthClient.idx.proceed({ step: 'identify' });\nauthClient.idx.start({ recoveryToken });`,
    // Valid on the Identity Engine: redirects, tokens, sessions, fingerprint (docs/okta-facts.md#18-names-other-libraries-share).
    `${AUTH}authClient.signInWithRedirect();\nauthClient.token.getWithoutPrompt({ responseType: 'id_token' ` +
      `});\nauthClient.session.exists();\nauthClient.session.get();\nauthClient.session.refresh();\nauthClient.session.close();\n` +
      `authClient.fingerprint();`,
    // Generic names on objects that are not Okta clients: Amplify, NextAuth, Firebase, an app service
    // (docs/okta-facts.md#18-names-other-libraries-share), even in a file that imports Okta.
    `${AUTH}import { Auth } from 'aws-amplify';\nAuth.signIn(username, password);\nAuth.forgotPassword(username);`,
    `import { signIn } from 'next-auth/react';\nimport { useOktaAuth } from '@okta/okta-react';\nsignIn('okta');`,
    `import { getAuth, signInWithEmailAndPassword } from 'firebase/auth';\nimport ` +
      `'@okta/okta-auth-js';\nsignInWithEmailAndPassword(getAuth(), email, password);`,
    `import '@okta/okta-auth-js';\nclass Login { constructor(private authService: AuthService) {} go() { this.authService.signIn(u, p); ` +
      `this.authService.unlockAccount(u); } }`,
    // Distinctive names in a file that does not use Okta.
    `client.signInWithCredentials(creds);\nclient.tx.resume();`,
    // setCookieAndRedirect is no-set-cookie-and-redirect's.
    `${AUTH}authClient.session.setCookieAndRedirect(token);`,
    // A string that mentions the authn entry is not an import.
    `const note = 'we moved off @okta/okta-auth-js/authn';`,
  ],
  invalid: [
    // @okta/okta-auth-js, @okta/okta-react only, an `npm:` alias of okta-auth-js, okta-angular as a peer.
    oktaPackageCase('app'),
    oktaPackageCase('react-app'),
    oktaPackageCase('aliased'),
    oktaPackageCase('peer'),
    { code: signIn, errors: [call(signIn, 'signIn', AUTHENTICATE, 'signIn', ['authClient.signIn', 'authClient.idx.authenticate'])] },
    {
      code: credentials,
      ...javascript(),
      errors: [
        call(credentials, 'signInWithCredentials', AUTHENTICATE, 'signInWithCredentials', [
          'authClient.signInWithCredentials',
          'authClient.idx.authenticate',
        ]),
      ],
    },
    {
      code: recovery,
      errors: [
        call(recovery, 'forgotPassword', '`idx.recoverPassword()`', 'forgotPassword', [
          'authClient.forgotPassword',
          'authClient.idx.recoverPassword',
        ]),
        call(recovery, 'unlockAccount', '`idx.unlockAccount()`', 'unlockAccount', [
          'authClient.unlockAccount',
          'authClient.idx.unlockAccount',
        ]),
        call(recovery, 'verifyRecoveryToken', '`idx.start({ recoveryToken })`', 'verifyRecoveryToken', [
          'authClient.verifyRecoveryToken',
          'authClient.idx.start',
        ]),
      ],
    },
    {
      code: tx,
      errors: [
        call(tx, 'tx.exists', '`idx.canProceed()`', 'exists', ['authClient.tx.exists', 'authClient.idx.canProceed']),
        call(tx, 'tx.resume', '`idx.proceed()`', 'resume', ['authClient.tx.resume', 'authClient.idx.proceed']),
        call(tx, 'tx.status', '`idx.proceed()`', 'status'),
        call(tx, 'tx.introspect', '`idx.proceed()`', 'introspect'),
        call(tx, 'introspectAuthn', '`idx.proceed()`', 'introspectAuthn'),
      ],
    },
    { code: authn, errors: [call(authn, 'authn.signIn', 'the `idx` module', 'signIn')] },
    {
      code: distinctive,
      errors: [
        call(distinctive, 'signInWithCredentials', AUTHENTICATE, 'signInWithCredentials', [
          'oktaAuth.signInWithCredentials',
          'oktaAuth.idx.authenticate',
        ]),
        call(distinctive, 'verifyRecoveryToken', '`idx.start({ recoveryToken })`', 'verifyRecoveryToken', [
          'client.verifyRecoveryToken',
          'client.idx.start',
        ]),
      ],
    },
    {
      code: widgetClient,
      errors: [call(widgetClient, 'signIn', AUTHENTICATE, 'signIn', ['widget.authClient.signIn', 'widget.authClient.idx.authenticate'])],
    },
    {
      code: angular,
      errors: [
        call(angular, 'forgotPassword', '`idx.recoverPassword()`', 'forgotPassword', [
          'this.oktaAuth.forgotPassword',
          'this.oktaAuth.idx.recoverPassword',
        ]),
      ],
    },
    {
      code: react,
      ...javascript('Unlock.jsx'),
      errors: [
        call(react, 'unlockAccount', '`idx.unlockAccount()`', 'unlockAccount', ['oktaAuth.unlockAccount', 'oktaAuth.idx.unlockAccount']),
      ],
    },
    { code: vue, errors: [call(vue, 'signIn', AUTHENTICATE, 'signIn', ['this.$auth.signIn', 'this.$auth.idx.authenticate'])] },
    { code: cjs, ...javascript(), errors: [call(cjs, 'signIn', AUTHENTICATE, 'signIn', ['auth.signIn', 'auth.idx.authenticate'])] },
    { code: optional, errors: [call(optional, 'signIn', AUTHENTICATE, 'signIn')] },
    // The okta-auth-js version decides what the message says.
    {
      code: signIn,
      settings: authJs('4.9.0'),
      errors: [call(signIn, 'signIn', AUTHENTICATE, 'signIn', ['authClient.signIn', 'authClient.idx.authenticate'], note.v4)],
    },
    {
      code: signIn,
      settings: authJs('7.14.5'),
      errors: [call(signIn, 'signIn', AUTHENTICATE, 'signIn', ['authClient.signIn', 'authClient.idx.authenticate'], note.v7)],
    },
    {
      code: signIn,
      settings: authJs('8.0.1'),
      errors: [call(signIn, 'signIn', AUTHENTICATE, 'signIn', ['authClient.signIn', 'authClient.idx.authenticate'], note.v8)],
    },
    {
      code: authnImport,
      output: authnImport.replaceAll('@okta/okta-auth-js/authn', '@okta/okta-auth-js'),
      errors: [at(authnImport, `'@okta/okta-auth-js/authn'`, { messageId: 'authnModule', data: AUTHN })],
    },
    {
      // An ambient declaration of the module moves with it.
      code: authnDeclared,
      output: authnDeclared.replaceAll('@okta/okta-auth-js/authn', '@okta/okta-auth-js'),
      errors: [at(authnDeclared, `'@okta/okta-auth-js/authn'`, { messageId: 'authnModule', data: AUTHN })],
    },
    {
      code: authnRequire,
      ...javascript('file.mjs'),
      output: authnRequire.replaceAll('@okta/okta-auth-js/authn', '@okta/okta-auth-js'),
      errors: [
        at(authnRequire, `"@okta/okta-auth-js/authn"`, { messageId: 'authnModule', data: AUTHN }),
        at(authnRequire, `'@okta/okta-auth-js/authn'`, { messageId: 'authnModule', data: AUTHN }),
        at(authnRequire, `'@okta/okta-auth-js/authn'`, { messageId: 'authnModule', data: AUTHN }, 'import('),
      ],
    },
    {
      // A mock it cannot read may name the module: a suggestion.
      code: authnDynamicMock,
      errors: [
        at(authnDynamicMock, `'@okta/okta-auth-js/authn'`, {
          messageId: 'authnModule',
          data: AUTHN,
          suggestions: [
            {
              messageId: 'useDefaultEntry',
              data: AUTHN,
              output: authnDynamicMock.replace('@okta/okta-auth-js/authn', '@okta/okta-auth-js'),
            },
          ],
        }),
      ],
    },
  ],
});
