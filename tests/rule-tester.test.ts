/**
 * The shared rule tester (tests/rules/tester.ts) holds every rule test to its promise: an
 * error without its location or its message data fails, an error count is refused, and `at`
 * and `span` find the text they are given.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterEach, describe, expect, it } from 'vitest';
import rule from '../src/rules/no-authn-api.js';
import { at, createRuleTester, span } from './rules/tester.js';

const code = `import { OktaAuth } from '@okta/okta-auth-js/authn';`;
const output = `import { OktaAuth } from '@okta/okta-auth-js';`;
const data = { specifier: '@okta/okta-auth-js/authn', replacement: '@okta/okta-auth-js' };

/** Runs one invalid case through the shared tester with the test hooks swapped for collectors: its failures. */
function failuresOf(error: object): string[] {
  const failures: string[] = [];
  RuleTester.describe = (_name: string, body: () => void) => body();
  RuleTester.it = (_name: string, body: () => void) => {
    try {
      body();
    } catch (thrown) {
      failures.push((thrown as Error).message);
    }
  };
  createRuleTester().run('no-authn-api', rule, { valid: [], invalid: [{ code, output, errors: [error as never] }] });
  return failures;
}

describe('the shared rule tester', () => {
  const hooks = { describe: RuleTester.describe, it: RuleTester.it };
  afterEach(() => {
    RuleTester.describe = hooks.describe;
    RuleTester.it = hooks.it;
  });

  it('passes an error with its messageId, data and location', () => {
    expect(failuresOf(at(code, `'@okta/okta-auth-js/authn'`, { messageId: 'authnModule', data }))).toEqual([]);
  });

  it('fails an error without its location', () => {
    expect(failuresOf({ messageId: 'authnModule', data })).toEqual([
      expect.stringContaining('missing expected location properties: line, column, endLine, endColumn'),
    ]);
  });

  it('fails an error without the data its message needs', () => {
    expect(failuresOf({ messageId: 'authnModule', ...span(code, `'@okta/okta-auth-js/authn'`) })).toEqual([
      expect.stringContaining(`should specify the 'data' property`),
    ]);
  });

  it('refuses a count of errors', () => {
    expect(() => createRuleTester().run('no-authn-api', rule, { valid: [], invalid: [{ code, output, errors: 1 as never }] })).toThrow(
      /must list its errors as objects/,
    );
  });
});

describe('at and span', () => {
  const text = `const a = new OktaSignIn(x);\nconst b = new OktaSignIn(y);`;

  it('locate the first occurrence: 1-based columns, end exclusive', () => {
    expect(span(text, 'OktaSignIn')).toEqual({ line: 1, column: 15, endLine: 1, endColumn: 25 });
    expect(span(`a\nbc\nd`, 'c\nd')).toEqual({ line: 2, column: 2, endLine: 3, endColumn: 2 });
  });

  it('start after an offset or at a given text', () => {
    expect(span(text, 'OktaSignIn', text.lastIndexOf('new '))).toEqual({ line: 2, column: 15, endLine: 2, endColumn: 25 });
    expect(span(text, 'OktaSignIn', 'const b')).toEqual({ line: 2, column: 15, endLine: 2, endColumn: 25 });
  });

  it('add the location to the error, and refuse text that is not there', () => {
    expect(at(text, 'x', { messageId: 'm', data: { a: '1' } })).toEqual({
      messageId: 'm',
      data: { a: '1' },
      line: 1,
      column: 26,
      endLine: 1,
      endColumn: 27,
    });
    expect(() => span(text, 'OktaAuth')).toThrow('OktaAuth is not in the case');
    expect(() => span(text, 'x', 'const c')).toThrow('const c is not in the case');
  });
});
