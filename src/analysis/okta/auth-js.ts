/**
 * Okta Auth JS (`@okta/okta-auth-js`), as data. Sources: okta-auth-js
 * `lib/exports/default.ts` (a default and a named `OktaAuth` export), `package.json`
 * exports of 7.0.0 (the `core`, `authn`, `idx` and `myaccount` subpaths);
 * docs/okta-facts.md#16-okta-auth-js-entry-points-and-versions.
 */

/** npm package name of Okta Auth JS. */
export const AUTH_JS_PACKAGE = '@okta/okta-auth-js';

/** Module specifiers whose exports hold the `OktaAuth` class: the package and its 7.x subpaths. */
export const AUTH_JS_MODULES: readonly string[] = [
  AUTH_JS_PACKAGE,
  `${AUTH_JS_PACKAGE}/core`,
  `${AUTH_JS_PACKAGE}/authn`,
  `${AUTH_JS_PACKAGE}/idx`,
  `${AUTH_JS_PACKAGE}/myaccount`,
];

/** Export names that are the class: a named export from 4.x, the default export in 3.x and still today. */
export const AUTH_JS_EXPORT_NAMES: readonly string[] = ['default', 'OktaAuth'];

/** The `settings.okta` key that pins the okta-auth-js version. */
export const AUTH_JS_VERSION_SETTING = 'authJsVersion';

/**
 * `session.setCookieAndRedirect(redirectUrl)`: the Classic Engine's hand-off of a session
 * token to a session cookie (`/login/sessionCookieRedirect`). A Classic widget result has
 * it as `res.session.setCookieAndRedirect`; an Identity Engine result has no `session`.
 */
export const SESSION_COOKIE_REDIRECT = 'setCookieAndRedirect';

/** The okta-auth-js option and transaction key that carries a Classic session token. */
export const SESSION_TOKEN_KEY = 'sessionToken';

/** `authClient.session`: the Sessions API object whose `setCookieAndRedirect` takes a session token. */
export const SESSION_OBJECT = 'session';

/** `authClient.tx`: the Classic Authn transaction API (`tx.resume()`, `tx.exists()`, …). */
const AUTHN_TX_OBJECT = 'tx';

/** `authClient.token`: the OAuth token API (`token.getWithRedirect(…)`, …). */
const TOKEN_OBJECT = 'token';

/**
 * A call that hands a session token over, and where its options go: `path` is the
 * member chain after the client (`['token', 'getWithRedirect']`), `options` the argument
 * index of the options object. `needsClient` methods (old framework wrappers, and names other
 * libraries share) need a client the analysis can see; the others (`token.getWith*`) are
 * Okta's own and count on any receiver in a file that uses Okta.
 * Sources: okta-auth-js README 8.0.1 ("Authorize options" `sessionToken`), okta-react
 * README 3.0.11 (`authService.redirect`) and 1.x (`auth.redirect`), okta-angular README
 * 2.2.1 and okta-vue README 2.1.1 (`loginRedirect(fromUri, additionalParams)`);
 * docs/okta-facts.md#17-where-an-app-gets-its-okta-auth-js-client.
 */
export interface SessionTokenHandOff {
  readonly path: readonly string[];
  readonly options: number;
  readonly needsClient: boolean;
}

export const SESSION_TOKEN_HAND_OFFS: readonly SessionTokenHandOff[] = [
  // Firebase (`signInWithRedirect`) and MSAL (`loginRedirect`) share these names: a client only.
  { path: ['signInWithRedirect'], options: 0, needsClient: true },
  { path: [TOKEN_OBJECT, 'getWithRedirect'], options: 0, needsClient: false },
  { path: [TOKEN_OBJECT, 'getWithoutPrompt'], options: 0, needsClient: false },
  { path: [TOKEN_OBJECT, 'getWithPopup'], options: 0, needsClient: false },
  { path: ['redirect'], options: 0, needsClient: true },
  { path: ['loginRedirect'], options: 1, needsClient: true },
];

/**
 * Calls on a client that return a Classic Authn transaction, which carries `sessionToken`
 * once its `status` is `SUCCESS` (okta-auth-js `docs/authn.md`). `distinctive` calls are
 * Okta's own names and count in any file that uses Okta; the others need a client the
 * analysis can see (AWS Amplify, NextAuth and Firebase also have `signIn`;
 * docs/okta-facts.md#18-names-other-libraries-share).
 */
export const AUTHN_TRANSACTION_SOURCES: readonly { readonly path: readonly string[]; readonly distinctive: boolean }[] = [
  { path: ['signIn'], distinctive: false },
  { path: ['signInWithCredentials'], distinctive: true },
  { path: [AUTHN_TX_OBJECT, 'resume'], distinctive: true },
];

/**
 * What replaces the Classic session hand-off (okta-auth-js README 8.0.1; widget README
 * "showSignIn"): `handleLoginRedirect(tokens, originalUri)` stores the tokens and goes to
 * the original URI; `tokenManager.setTokens(tokens)` only stores them.
 */
export const TOKEN_HAND_OFF = {
  handleLoginRedirect: 'handleLoginRedirect',
  tokenManager: 'tokenManager',
  setTokens: 'setTokens',
} as const;

/** The widget instance's okta-auth-js client (`widget.authClient`). */
export const WIDGET_AUTH_CLIENT = 'authClient';

/** `authClient.idx`: the Identity Engine module; nothing under it is Classic. */
export const IDX_OBJECT = 'idx';

/** `authClient.authn`: the Classic Authn API object of the 7.x bundles (`authn.*`). */
const AUTHN_OBJECT = 'authn';

/**
 * okta-auth-js versions that matter for the IDX replacements (CHANGELOG 5.1.0, 6.0.0, 8.0.0;
 * docs/okta-facts.md#16-okta-auth-js-entry-points-and-versions).
 */
export const AUTH_JS_VERSIONS = {
  /** The `idx` module: 5.1.0 added it, 5.1.1 is the first on npm. */
  idx: '5.1.1',
  /** `idx.start({ recoveryToken })` and the `recoveryToken` option. */
  recoveryToken: '6.0.0',
  /** IDX runs step by step (`idx.proceed({ step })`) unless `idx: { enableLegacyMode: true }`. */
  stepMode: '8.0.0',
} as const;

/** The authn-only entry point (7.x): no `idx`. The default entry is a superset of it. */
export const AUTH_JS_AUTHN_MODULE = `${AUTH_JS_PACKAGE}/authn`;

/**
 * A Classic Authentication API call on a client, with its Identity Engine counterpart.
 * `path` is the member chain after the client; `*` matches any method. `distinctive`
 * names are Okta's own (reported on any receiver in a file that uses Okta); the others
 * need a client (docs/okta-facts.md#18-names-other-libraries-share). `rename` is the counterpart's path when the
 * call can be renamed as a starting point (the arguments carry over), else null.
 * Sources: okta-auth-js `docs/authn.md`, `docs/migrate-from-authn-to-idx.md`
 * ("Authn to IDX Conversion Chart"); docs/okta-facts.md#19-classic-authn-calls-and-their-identity-engine-counterparts.
 */
export interface AuthnCall {
  readonly path: readonly string[];
  readonly distinctive: boolean;
  readonly replacement: string;
  readonly rename: readonly string[] | null;
}

export const AUTHN_CALLS: readonly AuthnCall[] = [
  { path: ['signIn'], distinctive: false, replacement: '`idx.authenticate()`', rename: [IDX_OBJECT, 'authenticate'] },
  { path: ['signInWithCredentials'], distinctive: true, replacement: '`idx.authenticate()`', rename: [IDX_OBJECT, 'authenticate'] },
  { path: ['forgotPassword'], distinctive: false, replacement: '`idx.recoverPassword()`', rename: [IDX_OBJECT, 'recoverPassword'] },
  { path: ['unlockAccount'], distinctive: false, replacement: '`idx.unlockAccount()`', rename: [IDX_OBJECT, 'unlockAccount'] },
  {
    path: ['verifyRecoveryToken'],
    distinctive: true,
    replacement: '`idx.start({ recoveryToken })`',
    rename: [IDX_OBJECT, 'start'],
  },
  { path: [AUTHN_TX_OBJECT, 'resume'], distinctive: true, replacement: '`idx.proceed()`', rename: [IDX_OBJECT, 'proceed'] },
  { path: [AUTHN_TX_OBJECT, 'exists'], distinctive: true, replacement: '`idx.canProceed()`', rename: [IDX_OBJECT, 'canProceed'] },
  { path: [AUTHN_TX_OBJECT, 'status'], distinctive: true, replacement: '`idx.proceed()`', rename: null },
  { path: [AUTHN_TX_OBJECT, 'introspect'], distinctive: true, replacement: '`idx.proceed()`', rename: null },
  { path: ['introspectAuthn'], distinctive: true, replacement: '`idx.proceed()`', rename: null },
  { path: [AUTHN_OBJECT, '*'], distinctive: false, replacement: 'the `idx` module', rename: null },
];

/**
 * `@okta/okta-idx-js`: deprecated (0.25.1 is the last release; its README points to
 * okta-auth-js's `idx` module, and `idx.start()` prints a deprecation warning on every
 * call), with no `deprecated` flag on npm (docs/okta-facts.md#20-okta-idx-js-is-deprecated).
 */
export const IDX_JS_PACKAGE = '@okta/okta-idx-js';

/**
 * The member paths of the client calls above whose names are Okta's own
 * (docs/okta-facts.md#18-names-other-libraries-share): reported on any receiver in a file
 * or package that uses Okta, so their text alone may make a file worth reading.
 */
export const DISTINCTIVE_CLIENT_PATHS: readonly (readonly string[])[] = [
  ...new Map(
    [
      ...AUTHN_CALLS.filter((call) => call.distinctive),
      ...AUTHN_TRANSACTION_SOURCES.filter((source) => source.distinctive),
      ...SESSION_TOKEN_HAND_OFFS.filter((handOff) => !handOff.needsClient),
    ].map(({ path }) => [path.join('.'), path] as const),
  ).values(),
];
