import minWidgetVersion from './min-widget-version.js';
import noAuthnApi from './no-authn-api.js';
import noClassicDomSelectors from './no-classic-dom-selectors.js';
import noClassicEngine from './no-classic-engine.js';
import noClassicRegistrationHooks from './no-classic-registration-hooks.js';
import noClassicRequestContext from './no-classic-request-context.js';
import noClassicWidgetResponse from './no-classic-widget-response.js';
import noObsoleteInteractionCodeFlow from './no-obsolete-interaction-code-flow.js';
import noOktaIdxJs from './no-okta-idx-js.js';
import noOtpStateAssignment from './no-otp-state-assignment.js';
import noPageRenderedEvent from './no-page-rendered-event.js';
import noPkceDisabled from './no-pkce-disabled.js';
import noSessionToken from './no-session-token.js';
import noSetCookieAndRedirect from './no-set-cookie-and-redirect.js';
import preferCompleteLogin from './prefer-complete-login.js';
import preferShowSignInToGetTokens from './prefer-show-sign-in-to-get-tokens.js';
import preferSupportedWidgetVersion from './prefer-supported-widget-version.js';
import noUnsupportedWidgetOptions from './no-unsupported-widget-options.js';
import requireAuthResume from './require-auth-resume.js';
import requireInteractionCodeFlow from './require-interaction-code-flow.js';
import requireOidcConfig from './require-oidc-config.js';

/** Rule id → rule. A test checks this against src/rules/ and docs/rules/. */
export const rules = {
  'min-widget-version': minWidgetVersion,
  'no-authn-api': noAuthnApi,
  'no-classic-dom-selectors': noClassicDomSelectors,
  'no-classic-engine': noClassicEngine,
  'no-classic-registration-hooks': noClassicRegistrationHooks,
  'no-classic-request-context': noClassicRequestContext,
  'no-classic-widget-response': noClassicWidgetResponse,
  'no-obsolete-interaction-code-flow': noObsoleteInteractionCodeFlow,
  'no-okta-idx-js': noOktaIdxJs,
  'no-otp-state-assignment': noOtpStateAssignment,
  'no-page-rendered-event': noPageRenderedEvent,
  'no-pkce-disabled': noPkceDisabled,
  'no-session-token': noSessionToken,
  'no-set-cookie-and-redirect': noSetCookieAndRedirect,
  'no-unsupported-widget-options': noUnsupportedWidgetOptions,
  'prefer-complete-login': preferCompleteLogin,
  'prefer-show-sign-in-to-get-tokens': preferShowSignInToGetTokens,
  'require-auth-resume': requireAuthResume,
  'prefer-supported-widget-version': preferSupportedWidgetVersion,
  'require-interaction-code-flow': requireInteractionCodeFlow,
  'require-oidc-config': requireOidcConfig,
};

export type RuleId = keyof typeof rules;
