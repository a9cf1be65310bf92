// Compiled by `npm run typecheck`, never run: what an `eslint.config.ts` user types.
import type { Linter } from 'eslint';
import okta, { type OktaSettings, type RequireInteractionCodeFlowOptions, type RuleOptions } from '../src/index.js';

const settings: OktaSettings = { widgetVersion: '^7.20.0' };
const fix: RequireInteractionCodeFlowOptions = { fix: 'autofix', widgetVersion: 'detect' };
const rules: Partial<{ [K in keyof RuleOptions]: Linter.RuleEntry<RuleOptions[K]> }> = {
  'okta-oie/require-interaction-code-flow': ['error', fix],
  'okta-oie/no-unsupported-widget-options': ['warn', { fix: 'suggestion' }],
};

export const config: Linter.Config[] = [...okta.configs.recommended, { settings: { okta: settings }, rules }];

// @ts-expect-error -- `fix` takes only "suggestion" or "autofix"
export const wrong: RequireInteractionCodeFlowOptions = { fix: 'always' };

// Registering the plugin by hand, as shared org configs do, type-checks against ESLint's own types.
export const manual: Linter.Config[] = [
  { files: ['**/*.js'], plugins: { 'okta-oie': okta }, rules: { 'okta-oie/no-classic-engine': 'error' } },
];
