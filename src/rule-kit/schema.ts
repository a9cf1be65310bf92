/** JSON schemas of the rules' options, declared once. */
import type { JSONSchema } from '@typescript-eslint/utils';
import type { MigrationRuleOptions, WidgetRuleOptions } from '../types.js';

type Schema = JSONSchema.JSONSchema4;

const widgetVersion: Schema = {
  type: 'string',
  description:
    'The Sign-In Widget version or range this code runs (`"6.9.0"`, `"^7.20.0"`), or `"detect"`. ' +
    'Overrides `settings.okta.widgetVersion`; ' +
    'by default the version is read from the nearest installed copy, lockfile or package.json.',
};

/** The `fix` option: how to offer an edit that changes what runs. */
export const FIX_MODE_SCHEMA: Schema = {
  type: 'string',
  enum: ['suggestion', 'autofix'],
  description:
    'How to offer the edit, which changes what runs: "suggestion" (an editor quick fix; the default) ' +
    'or "autofix" (applied by `eslint --fix`; the `migrate` config sets this).',
};

/** The schema of a rule whose one option is an object with these properties. */
function objectOptionSchema(properties: Record<string, Schema>): Schema[] {
  return [{ type: 'object', properties, additionalProperties: false }];
}

/** `WidgetRuleOptions`. */
export const WIDGET_RULE_SCHEMA = objectOptionSchema({ widgetVersion });

/** `MigrationRuleOptions`. */
const MIGRATION_RULE_SCHEMA = objectOptionSchema({ fix: FIX_MODE_SCHEMA, widgetVersion });

/** The options of a rule whose edit changes what runs, and that does not depend on the widget version. */
export const FIX_RULE_SCHEMA = objectOptionSchema({ fix: FIX_MODE_SCHEMA });

/**
 * The meta of a widget rule whose edits do not change what runs (an autofix where it is
 * safe, a suggestion otherwise), with the `widgetVersion` option: spread into `meta`.
 */
export const WIDGET_RULE_EDITS = {
  fixable: 'code' as const,
  hasSuggestions: true,
  schema: WIDGET_RULE_SCHEMA,
  defaultOptions: [{}] as [WidgetRuleOptions],
};

/** The meta of a rule whose edit changes what runs (`fix`: a suggestion unless `migrate`), with `widgetVersion`. */
export const MIGRATION_RULE_EDITS = {
  fixable: 'code' as const,
  hasSuggestions: true,
  schema: MIGRATION_RULE_SCHEMA,
  defaultOptions: [{ fix: 'suggestion' }] as [MigrationRuleOptions],
};
