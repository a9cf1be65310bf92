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
