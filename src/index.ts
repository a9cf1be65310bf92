/**
 * eslint-plugin-okta-oie: finds Okta Classic Engine code and moves it to the Okta
 * Identity Engine.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { buildConfig } from './configs/build.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules, type RuleId } from './rules/index.js';

/** The plugin, typed as ESLint's own `Plugin` so it can be registered by hand in `eslint.config.ts`. */
export interface OktaOiePlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleId, Rule.RuleModule>;
  processors: Record<string, never>;
  configs: {
    /** Every finding; autofixes only for edits that change nothing at run time. */
    recommended: Linter.Config[];
    /** The same rules, with the migration edits (engine switch, option removal) as autofixes. */
    migrate: Linter.Config[];
  };
}

const plugin: OktaOiePlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  // typescript-eslint's RuleModule and ESLint's differ only in their context typings.
  rules: rules as unknown as Record<RuleId, Rule.RuleModule>,
  processors: {},
  configs: { recommended: [], migrate: [] },
};

plugin.configs.recommended = buildConfig(plugin satisfies ESLint.Plugin, 'recommended');
plugin.configs.migrate = buildConfig(plugin, 'migrate');

export default plugin;
export { plugin as 'module.exports' };

export type { OktaSettings, VersionInfo } from './analysis/versions.js';
export type { FixMode } from './utils/fix-or-suggest.js';
export type { RequireInteractionCodeFlowOptions } from './rules/require-interaction-code-flow.js';
export type { NoObsoleteInteractionCodeFlowOptions } from './rules/no-obsolete-interaction-code-flow.js';
export type { NoPkceDisabledOptions } from './rules/no-pkce-disabled.js';
export type { NoClassicEngineOptions } from './rules/no-classic-engine.js';
export type { NoUnsupportedWidgetOptionsOptions } from './rules/no-unsupported-widget-options.js';
export type { RuleId } from './rules/index.js';

/** Rule options by rule id, for typed `rules` blocks in `eslint.config.ts`. */
export interface RuleOptions {
  'okta-oie/require-interaction-code-flow': [import('./rules/require-interaction-code-flow.js').RequireInteractionCodeFlowOptions?];
  'okta-oie/require-oidc-config': [];
  'okta-oie/no-classic-engine': [import('./rules/no-classic-engine.js').NoClassicEngineOptions?];
  'okta-oie/no-obsolete-interaction-code-flow': [import('./rules/no-obsolete-interaction-code-flow.js').NoObsoleteInteractionCodeFlowOptions?];
  'okta-oie/no-pkce-disabled': [import('./rules/no-pkce-disabled.js').NoPkceDisabledOptions?];
  'okta-oie/no-unsupported-widget-options': [import('./rules/no-unsupported-widget-options.js').NoUnsupportedWidgetOptionsOptions?];
}
