/**
 * eslint-plugin-okta-oie: finds Okta Classic Engine code and moves it to the Okta
 * Identity Engine.
 */
import type { ESLint, Linter } from 'eslint';
import { buildConfig } from './configs/build.js';
import { buildLegacyConfig } from './configs/legacy.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { processors } from './processors/index.js';
import { rules, type RuleId } from './rules/index.js';
import type { OptionsOf } from './types.js';

/** The plugin; it is an ESLint `Plugin`, so it can also be registered by hand in `eslint.config.ts`. */
export interface OktaOiePlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  /**
   * `html`: the inline scripts and widget CDN URLs of HTML pages and sign-in templates that
   * name Okta as blocks; `html-with-page`: the same, plus the page itself for an HTML parser
   * or language; `package-json`: a package.json that names Okta, unchanged (others: nothing).
   */
  processors: typeof processors;
  configs: {
    /** Every finding; autofixes only for edits that change nothing at run time. */
    recommended: Linter.Config[];
    /** The same rules, with the migration edits (engine switch, option removal) as autofixes. */
    migrate: Linter.Config[];
    /** `recommended` for eslintrc (ESLint 8.57): `extends: ['plugin:okta-oie/legacy-recommended']`. */
    'legacy-recommended': Linter.LegacyConfig;
    /** `migrate` for eslintrc (ESLint 8.57): `extends: ['plugin:okta-oie/legacy-migrate']`. */
    'legacy-migrate': Linter.LegacyConfig;
  };
}

const plugin: OktaOiePlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  rules,
  processors,
  configs: {
    recommended: [],
    migrate: [],
    'legacy-recommended': buildLegacyConfig('recommended'),
    'legacy-migrate': buildLegacyConfig('migrate'),
  },
};

plugin.configs.recommended = buildConfig(plugin satisfies ESLint.Plugin, 'recommended');
plugin.configs.migrate = buildConfig(plugin, 'migrate');

export default plugin;
export { plugin as 'module.exports' };

export type { FixMode, OktaSettings } from './types.js';
export type { RequireInteractionCodeFlowOptions } from './rules/require-interaction-code-flow.js';
export type { NoObsoleteInteractionCodeFlowOptions } from './rules/no-obsolete-interaction-code-flow.js';
export type { NoPkceDisabledOptions } from './rules/no-pkce-disabled.js';
export type { NoClassicEngineOptions } from './rules/no-classic-engine.js';
export type { NoUnsupportedWidgetOptionsOptions } from './rules/no-unsupported-widget-options.js';
export type { MinWidgetVersionOptions } from './rules/min-widget-version.js';
export type { PreferCompleteLoginOptions } from './rules/prefer-complete-login.js';
export type { PreferShowSignInToGetTokensOptions } from './rules/prefer-show-sign-in-to-get-tokens.js';
export type { NoOtpStateAssignmentOptions } from './rules/no-otp-state-assignment.js';
export type { NoPageRenderedEventOptions } from './rules/no-page-rendered-event.js';
export type { PreferSupportedWidgetVersionOptions } from './rules/prefer-supported-widget-version.js';
export type { RuleId };

/** Rule options by rule id, for typed `rules` blocks in `eslint.config.ts`. */
export type RuleOptions = {
  [Id in RuleId as `${typeof NAMESPACE}/${Id}`]: Partial<OptionsOf<(typeof rules)[Id]>>;
};
