/**
 * The HTML processor keeps the URL-block messages of every rule whose `meta.docs.targets`
 * include `html-url`, and of no other rule: proved with a rule that is not ours, added to
 * the rule map (as `scripts/create-rule.js` adds one), so nothing names it but its meta.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

/** A rule that reports every string literal (a URL block is `"<url>";`). */
const stringReporter = (targets: readonly string[]) => ({
  meta: {
    type: 'problem',
    docs: { description: 'Disallow strings (a test rule)', recommended: 'warn', targets, url: 'https://example.com' },
    schema: [],
    messages: { found: 'A string: {{value}}.' },
  },
  create: (context: { report: (descriptor: object) => void }) => ({
    Literal(node: { value: unknown }) {
      if (typeof node.value === 'string') context.report({ node, messageId: 'found', data: { value: node.value } });
    },
  }),
});

vi.mock('../../src/rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/rules/index.js')>();
  return {
    ...original,
    rules: { ...original.rules, 'test-url-rule': stringReporter(['js', 'html-url']), 'test-js-rule': stringReporter(['js']) },
  };
});

const { default: plugin } = await import('../../src/index.js');

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/html');
const URL = 'https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.min.js';
const page = `<html><head>\n  <script src="${URL}"></script>\n</head></html>\n`;

async function lint(extra: Linter.Config[] = []): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended, ...extra] });
  const [result] = await eslint.lintText(page, { filePath: path.join(fixtures, 'page.html') });
  return result!.messages;
}

describe('URL blocks of the HTML processor', () => {
  it('the recommended config puts a new html-url rule in the html-urls block, from its meta alone', () => {
    const block = plugin.configs.recommended.find((each) => each.name === 'okta-oie/html-urls');
    expect(Object.keys(block?.rules ?? {})).toContain('okta-oie/test-url-rule');
    expect(Object.keys(block?.rules ?? {})).not.toContain('okta-oie/test-js-rule');
  });

  it("keeps a new html-url rule's messages, on the attribute's value", async () => {
    const messages = (await lint()).filter((m) => m.ruleId === 'okta-oie/test-url-rule');
    const column = page.split('\n')[1]!.indexOf(URL) + 1;
    // The block `"<url>";` starts one character before the value (its opening quote).
    expect(messages.map((m) => ({ line: m.line, column: m.column, message: m.message }))).toEqual([
      { line: 2, column: column - 1, message: `A string: ${URL}.` },
    ]);
  });

  it('drops the URL-block messages of a rule that does not target html-url, even one the user turns on there', async () => {
    const messages = await lint([{ files: ['**/*.html/*.okta-url'], rules: { 'okta-oie/test-js-rule': 'error' } }]);
    expect(messages.filter((m) => m.ruleId === 'okta-oie/test-js-rule')).toEqual([]);
    expect(messages.some((m) => m.ruleId === 'okta-oie/test-url-rule')).toBe(true);
  });
});
