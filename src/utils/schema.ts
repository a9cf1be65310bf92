/** JSON-schema pieces shared by the rules' options. */
import type { JSONSchema } from '@typescript-eslint/utils';

type Schema = JSONSchema.JSONSchema4;

export const widgetVersionSchema: Schema = {
  type: 'string',
  description:
    'The Sign-In Widget version or range this code runs (`"6.9.0"`, `"^7.20.0"`), or `"detect"`. Overrides `settings.okta.widgetVersion`; by default the version is read from the nearest installed copy or package.json.',
};

/** The schema of a rule whose one option is an object with these properties. */
export function objectOptionSchema(properties: Record<string, Schema>): Schema[] {
  return [{ type: 'object', properties, additionalProperties: false }];
}
