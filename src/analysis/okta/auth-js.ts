/**
 * Okta Auth JS (`@okta/okta-auth-js`), as data. Sources: okta-auth-js
 * `lib/exports/default.ts` (a default and a named `OktaAuth` export), `package.json`
 * exports of 7.0.0 (the `core`, `authn`, `idx` and `myaccount` subpaths), reference §1.
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
export const AUTHN_TX_OBJECT = 'tx';

/** `authClient.token`: the OAuth token API (`token.getWithRedirect(…)`, …). */
export const TOKEN_OBJECT = 'token';

/**
 * A call that hands a session token over, and where its options go: `path` is the
 * member chain after the client (`['token', 'getWithRedirect']`), `options` the argument
 * index of the options object. `legacy` methods belong to old framework wrappers and need
 * a client the analysis can see (their names are too common to trust on their own).
 * Sources: okta-auth-js README 8.0.1 ("Authorize options" `sessionToken`), okta-react
 * README 3.0.11 (`authService.redirect`) and 1.x (`auth.redirect`), okta-angular README
 * 2.2.1 and okta-vue README 2.1.1 (`loginRedirect(fromUri, additionalParams)`); reference §3C.
 */
export interface SessionTokenHandOff {
  readonly path: readonly string[];
  readonly options: number;
  readonly legacy: boolean;
}

export const SESSION_TOKEN_HAND_OFFS: readonly SessionTokenHandOff[] = [
  { path: ['signInWithRedirect'], options: 0, legacy: false },
  { path: [TOKEN_OBJECT, 'getWithRedirect'], options: 0, legacy: false },
  { path: [TOKEN_OBJECT, 'getWithoutPrompt'], options: 0, legacy: false },
  { path: [TOKEN_OBJECT, 'getWithPopup'], options: 0, legacy: false },
  { path: ['redirect'], options: 0, legacy: true },
  { path: ['loginRedirect'], options: 1, legacy: false },
];

/**
 * Calls on a client that return a Classic Authn transaction, which carries `sessionToken`
 * once its `status` is `SUCCESS` (okta-auth-js `docs/authn.md`). `distinctive` calls are
 * Okta's own names and count in any file that uses Okta; the others need a client the
 * analysis can see (AWS Amplify, NextAuth and Firebase also have `signIn`; reference §7
 * hazard 4).
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
