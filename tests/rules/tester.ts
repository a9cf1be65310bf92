import { fileURLToPath } from 'node:url';
import * as espree from 'espree';
import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import type { OktaRuleModule } from '../../src/types.js';

/**
 * The TypeScript-parser tester; every case asserts location and message data. Our rules
 * are typed as ESLint rules (their published type); the tester reads them with
 * typescript-eslint's types, so test cases still check message ids and options.
 */
export function createRuleTester() {
  const tester = new RuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  });
  return {
    run<Options extends readonly unknown[], MessageIds extends string>(
      name: string,
      rule: OktaRuleModule<Options, MessageIds>,
      tests: RunTests<MessageIds, Options>,
    ): void {
      tester.run(name, rule as unknown as TSESLint.RuleModule<MessageIds, Options>, tests);
    },
  };
}

/** `settings` that pin the widget version (or range) for a case. */
export function widget(version: string): { okta: { widgetVersion: string } } {
  return { okta: { widgetVersion: version } };
}

/** No setting: detection from the working folder (this repository declares no widget), so the version is unknown. */
export const UNKNOWN_VERSION = widget('detect');

/** How messages name a version from `settings.okta.widgetVersion`. */
export function fromSettings(version: string): string {
  return /^\d+\.\d+\.\d+$/.test(version) ? `${version} (settings.okta.widgetVersion)` : `\`${version}\` (settings.okta.widgetVersion)`;
}

/** A file in a fixture folder whose package.json declares the widget `^5.9.0` (tests/fixtures/versions/caret). */
export const DECLARES_5_9 = fileURLToPath(new URL('../fixtures/versions/caret/src/login.ts', import.meta.url));

/** Parse a case with ESLint's default parser (espree), as plain JavaScript or JSX. */
export function javascript(filename = 'file.js'): { filename: string; languageOptions: { parser: typeof espree } } {
  return { filename, languageOptions: { parser: espree } };
}

/**
 * Where `text` first appears in `code` (after `from`, when given), as a message location
 * (1-based columns, end exclusive): for cases whose lines are long URLs.
 */
export function span(code: string, text: string, from = 0): { line: number; column: number; endLine: number; endColumn: number } {
  const start = code.indexOf(text, from);
  if (start === -1) throw new Error(`${text} is not in the case`);
  const position = (offset: number) => {
    const before = code.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const [begin, end] = [position(start), position(start + text.length)];
  return { line: begin.line, column: begin.column, endLine: end.line, endColumn: end.column };
}
