/**
 * The Okta-hosted (custom domain) sign-in page, as data. Its template defines the
 * `OktaUtil` global (`{{{OktaUtil}}}`), whose `getSignInWidgetConfig()` seeds the widget
 * options and whose `completeLogin` finishes the flow (docs/okta-facts.md#15-the-okta-hosted-sign-in-page; dev docs
 * `migrate-to-oie`, "Customized sign-in page").
 */

/** The global the hosted template defines. */
export const HOSTED_UTIL_GLOBAL = 'OktaUtil';

/** `OktaUtil.getSignInWidgetConfig()`: the widget options of a hosted page. */
export const HOSTED_CONFIG_METHOD = 'getSignInWidgetConfig';

/** `OktaUtil.completeLogin(result)`: hands the widget's result back to Okta, which completes the sign-in on either engine. */
export const HOSTED_COMPLETE_LOGIN = 'completeLogin';

/**
 * `OktaUtil.getRequestContext()`: the app and the authorization request the hosted page
 * serves (undefined outside an app context). Its shape differs by engine (docs/okta-facts.md#5-oktautilgetrequestcontext-shapes;
 * dev docs `custom-widget`, "Use request context").
 */
export const HOSTED_REQUEST_CONTEXT_METHOD = 'getRequestContext';

/** Reads that show code knows the Identity Engine shape of the app (`ctx.app…`). */
const APP_SHAPE: readonly (readonly string[])[] = [['app']];
/** … and of the authentication (`ctx.authentication.value…`, `ctx.authentication.type`). */
const AUTHENTICATION_SHAPE: readonly (readonly string[])[] = [
  ['authentication', 'value'],
  ['authentication', 'type'],
];

/** A Classic read of the request context, and what the Identity Engine holds instead. */
export interface RequestContextPath {
  /** The Classic path (`target.clientId`). */
  readonly classic: readonly string[];
  /** The Identity Engine path with the same value, or null when there is none. */
  readonly identityEngine: readonly string[] | null;
  /** What the message names instead of an Identity Engine path when there is none. */
  readonly note?: string;
  /**
   * Reads that show code knows the Identity Engine shape of the same part: a file that
   * reads one of them beside the Classic path serves both engines (a staged rollout).
   */
  readonly identityEngineShape: readonly (readonly string[])[];
}

/**
 * The Classic paths, most specific first (a read takes the first row it starts with).
 * `authentication.client.{id,name}` hold the OIDC app's client id and label in Okta's
 * Classic example (the values of `target.clientId` and `target.label`), so they map to
 * `app.value.{id,label}`; the issuer's `id` (the SAML app) has no Identity Engine
 * equivalent, so no issuer read gets a rewrite.
 */
export const REQUEST_CONTEXT_PATHS: readonly RequestContextPath[] = [
  { classic: ['target', 'clientId'], identityEngine: ['app', 'value', 'id'], identityEngineShape: APP_SHAPE },
  { classic: ['target', 'name'], identityEngine: ['app', 'value', 'name'], identityEngineShape: APP_SHAPE },
  { classic: ['target', 'label'], identityEngine: ['app', 'value', 'label'], identityEngineShape: APP_SHAPE },
  {
    classic: ['authentication', 'request'],
    identityEngine: ['authentication', 'value', 'request'],
    identityEngineShape: AUTHENTICATION_SHAPE,
  },
  { classic: ['authentication', 'client', 'id'], identityEngine: ['app', 'value', 'id'], identityEngineShape: APP_SHAPE },
  { classic: ['authentication', 'client', 'name'], identityEngine: ['app', 'value', 'label'], identityEngineShape: APP_SHAPE },
  { classic: ['authentication', 'client'], identityEngine: null, note: '`app.value` instead', identityEngineShape: APP_SHAPE },
  {
    classic: ['authentication', 'issuer'],
    identityEngine: null,
    note: '`authentication.value.issuer`, without `id`',
    identityEngineShape: AUTHENTICATION_SHAPE,
  },
];
