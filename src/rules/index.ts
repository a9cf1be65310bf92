import minWidgetVersion from './min-widget-version.js';
import noClassicEngine from './no-classic-engine.js';
import noObsoleteInteractionCodeFlow from './no-obsolete-interaction-code-flow.js';
import noPkceDisabled from './no-pkce-disabled.js';
import preferCompleteLogin from './prefer-complete-login.js';
import noUnsupportedWidgetOptions from './no-unsupported-widget-options.js';
import requireInteractionCodeFlow from './require-interaction-code-flow.js';
import requireOidcConfig from './require-oidc-config.js';

/** Rule id → rule. A test checks this against src/rules/ and docs/rules/. */
export const rules = {
  'min-widget-version': minWidgetVersion,
  'no-classic-engine': noClassicEngine,
  'no-obsolete-interaction-code-flow': noObsoleteInteractionCodeFlow,
  'no-pkce-disabled': noPkceDisabled,
  'no-unsupported-widget-options': noUnsupportedWidgetOptions,
  'prefer-complete-login': preferCompleteLogin,
  'require-interaction-code-flow': requireInteractionCodeFlow,
  'require-oidc-config': requireOidcConfig,
};

export type RuleId = keyof typeof rules;
