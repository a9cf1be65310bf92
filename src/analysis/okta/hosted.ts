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
