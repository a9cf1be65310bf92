import * as espree from 'espree';
import { RuleTester } from '@typescript-eslint/rule-tester';

/** The TypeScript-parser tester; every case asserts location and message data. */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  });
}

/** `settings` that pin the widget version (or range) for a case. */
export function widget(version: string): { okta: { widgetVersion: string } } {
  return { okta: { widgetVersion: version } };
}

/** A version setting that cannot be resolved: the version is unknown. */
export const UNKNOWN_VERSION = widget('latest');

/** Parse a case with ESLint's default parser (espree), as plain JavaScript or JSX. */
export function javascript(filename = 'file.js'): { filename: string; languageOptions: { parser: typeof espree } } {
  return { filename, languageOptions: { parser: espree } };
}
