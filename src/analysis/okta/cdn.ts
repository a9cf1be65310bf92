/**
 * What Okta's CDN serves, as data: the globals its bundles define when a `<script>` tag
 * loads them, and where the widget's files live (docs/okta-facts.md#14-the-cdn-hosts-files-and-globals;
 * widget README "Using the Okta CDN", MIGRATING.md 2.x→3.x for the older host and `okta-theme.css`).
 */

/** The global the widget bundle defines (also on Okta-hosted pages). */
export const WIDGET_GLOBAL = 'OktaSignIn';

/** The global the okta-auth-js bundle defines. */
export const AUTH_JS_GLOBAL = 'OktaAuth';

/**
 * Widget files on the current host: `https://global.oktacdn.com/okta-signin-widget/<version>/
 * <js|css>/okta-sign-in[.variant][.min].<js|css>` or the 2.x `css/okta-theme.css` (also
 * protocol-relative, and with a query or fragment). Groups: `version`, `file`.
 */
export const WIDGET_CDN_URL =
  /(?:https?:)?\/\/global\.oktacdn\.com\/okta-signin-widget\/(?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\/(?<file>(?:js|css)\/okta-(?:sign-in(?:\.(?:classic|oie|no-polyfill|polyfill|next|next\.no-polyfill))?(?:\.min)?|theme)\.(?:js|css))(?![\w.-])/gi;

/**
 * Widget files on the 2.x-era host: `https://ok<N>static.oktacdn.com/assets/js/sdk/okta-signin-widget/
 * <version>/<js|css>/okta-sign-in[.min].<js|css>` or `css/okta-theme.css`.
 */
export const WIDGET_LEGACY_CDN_URL =
  /(?:https?:)?\/\/ok\d+static\.oktacdn\.com\/assets\/js\/sdk\/okta-signin-widget\/(?<version>\d+\.\d+\.\d+)\/(?<file>(?:js|css)\/okta-(?:sign-in(?:\.min)?|theme)\.(?:js|css))(?![\w.-])/gi;

/** Where to load a version from: the current host. */
export function widgetCdnUrl(version: string, file: string): string {
  return `https://global.oktacdn.com/okta-signin-widget/${version}/${file}`;
}

/**
 * The files a version bump can keep: these exist in every widget version from 5.2.0 on
 * (the no-polyfill bundle from 4.0.0 on: `webpack.release.config.js` of each tag, and the
 * README's bundle table at 7.x). Other files (the 7.x-only variants, the old
 * `okta-theme.css`) get a suggestion and a message that names the file to load instead.
 */
export const WIDGET_CDN_STABLE_FILES: ReadonlySet<string> = new Set([
  'js/okta-sign-in.min.js',
  'js/okta-sign-in.js',
  'js/okta-sign-in.no-polyfill.min.js',
  'css/okta-sign-in.min.css',
  'css/okta-sign-in.css',
]);

/** What replaces a file the widget dropped: `okta-theme.css` went away in 3.0 (its styles are in `okta-sign-in.min.css`). */
export const WIDGET_CDN_REPLACED_FILES: ReadonlyMap<string, string> = new Map([['css/okta-theme.css', 'css/okta-sign-in.min.css']]);

/**
 * The Classic-only bundles of widget 7.x, each with the bundle that replaces it: the
 * README's bundle table (`okta-sign-in.classic.min.js`: "Smaller bundle for Classic Engine
 * only", no Identity Engine) and its development build `okta-sign-in.classic.js`
 * (`dist/js`, the widget's `verify-package` list). Both are built from
 * `src/exports/cdn/classic.ts`, which throws a CONFIG_ERROR unless `useClassicEngine: true`.
 * The standard bundles (`okta-sign-in.min.js`, `okta-sign-in.js`) run both engines and
 * honour `useClassicEngine`, so loading one instead changes nothing until the option goes.
 */
export const WIDGET_CLASSIC_BUNDLES: ReadonlyMap<string, string> = new Map([
  ['okta-sign-in.classic.min.js', 'okta-sign-in.min.js'],
  ['okta-sign-in.classic.js', 'okta-sign-in.js'],
]);
