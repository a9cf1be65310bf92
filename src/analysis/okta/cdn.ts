/**
 * What Okta's CDN serves, as data: the globals its bundles define when a `<script>` tag
 * loads them (reference §3E; widget README "Using the Okta CDN", okta-auth-js README).
 */

/** The global the widget bundle defines (also on Okta-hosted pages). */
export const WIDGET_GLOBAL = 'OktaSignIn';

/** The global the okta-auth-js bundle defines. */
export const AUTH_JS_GLOBAL = 'OktaAuth';
