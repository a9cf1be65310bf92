/**
 * The shared rule tester and case helpers for tests/rules/*.test.ts. A rule test file:
 *
 *   const ruleTester = createRuleTester();
 *   ruleTester.run('rule-id', rule, { valid: [...], invalid: [{ code, errors: [at(code, 'renderEl', { messageId: 'x', data })] }] });
 *
 * - `createRuleTester()` always runs with `assertionOptions` { requireLocation, requireData }: every
 *   error of every invalid case must give its messageId, line, column, endLine and endColumn, and its
 *   `data` (and each suggestion's `data`) when the message has placeholders. A file cannot weaken it
 *   (tests/rule-tester.test.ts checks that a case missing any of them fails).
 * - `at(code, text, error)` is the common "reported at this text" error: `error` plus the location of
 *   the first `text` in `code` (after offset `from`, or after the first occurrence of a `from` string).
 *   `span(code, text)` is that location alone, to spread into an error written by hand.
 * - `InvalidCase<typeof rule>` types a file's own case builder (see require-interaction-code-flow.test.ts).
 * - A fix asserts its exact `output` (`null` for none); a suggestion its messageId, data and output.
 */
import { fileURLToPath } from 'node:url';
import * as espree from 'espree';
import { RuleTester, type InvalidTestCase, type RunTests, type TestCaseError } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import type { OktaRuleModule } from '../../src/types.js';

/** What every rule test asserts (the only value a test file may repeat). */
const ASSERTIONS = { requireLocation: true, requireData: true } as const;

type Tests<MessageIds extends string, Options extends readonly unknown[]> = Omit<RunTests<MessageIds, Options>, 'assertionOptions'> & {
  readonly assertionOptions?: typeof ASSERTIONS;
};

/**
 * The TypeScript-parser tester; every case asserts location and message data (`ASSERTIONS`). Our
 * rules are typed as ESLint rules (their published type); the tester reads them with
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
      tests: Tests<MessageIds, Options>,
    ): void {
      // The tester checks locations only on error objects: a count or a bare message would slip past it.
      for (const [index, each] of tests.invalid.entries()) {
        const errors: unknown = each.errors;
        if (!Array.isArray(errors) || !errors.every((error) => typeof error === 'object' && error !== null)) {
          throw new Error(`${name}: invalid case ${index} must list its errors as objects (messageId and location)`);
        }
      }
      tester.run(name, rule as unknown as TSESLint.RuleModule<MessageIds, Options>, { ...tests, assertionOptions: ASSERTIONS });
    },
  };
}

/** An invalid case of `Rule`, with its message ids and options: the type of a file's case-building helper. */
export type InvalidCase<Rule> = Rule extends OktaRuleModule<infer Options, infer MessageIds> ? InvalidTestCase<MessageIds, Options> : never;

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

/** A message location: 1-based line and column, end exclusive. */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Where `text` first appears in `code` as a message location (1-based columns, end exclusive):
 * after offset `from`, or after the first occurrence of `from` when it is a string.
 */
export function span(code: string, text: string, from: number | string = 0): Location {
  const after = typeof from === 'number' ? from : code.indexOf(from);
  if (after === -1) throw new Error(`${String(from)} is not in the case`);
  const start = code.indexOf(text, after);
  if (start === -1) throw new Error(`${text} is not in the case`);
  const position = (offset: number) => {
    const before = code.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const [begin, end] = [position(start), position(start + text.length)];
  return { line: begin.line, column: begin.column, endLine: end.line, endColumn: end.column };
}

/**
 * The error reported at `text` in `code` (its first occurrence, after `from`; see `span`):
 * `at(code, 'renderEl', { messageId: 'x', data: { name: 'renderEl' } })`.
 */
export function at<const Error extends Omit<TestCaseError<string>, keyof Location>>(
  code: string,
  text: string,
  error: Error,
  from: number | string = 0,
): Error & Location {
  return { ...error, ...span(code, text, from) };
}
