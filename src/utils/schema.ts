import type { JSONSchema } from '@typescript-eslint/utils';

/** JSON-schema pieces shared by the rules' options. */
export const widgetVersionSchema: JSONSchema.JSONSchema4 = {
  type: 'string',
  description:
    'The Sign-In Widget version or range this code runs (`"6.9.0"`, `"^7.20.0"`), or `"detect"`. Overrides `settings.okta.widgetVersion`; by default the version is read from the nearest installed copy or package.json.',
};
