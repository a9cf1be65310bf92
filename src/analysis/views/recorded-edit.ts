/**
 * An edit as text, for a file ESLint is not linting (a module the linted file imports):
 * the fixes an edits.ts function makes, recorded with a fixer of our own and merged into
 * one replacement of the span they cover (as ESLint merges a report's fixes).
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Located = TSESTree.Node | TSESTree.Token;

const fix = (range: readonly [number, number], text: string): Fix => ({ range: [range[0], range[1]], text });

const fixer: TSESLint.RuleFixer = {
  insertTextAfter: (node: Located, text: string) => fix([node.range[1], node.range[1]], text),
  insertTextAfterRange: (range, text) => fix([range[1], range[1]], text),
  insertTextBefore: (node: Located, text: string) => fix([node.range[0], node.range[0]], text),
  insertTextBeforeRange: (range, text) => fix([range[0], range[0]], text),
  remove: (node: Located) => fix(node.range, ''),
  removeRange: (range) => fix(range, ''),
  replaceText: (node: Located, text: string) => fix(node.range, text),
  replaceTextRange: (range, text) => fix(range, text),
};

/** The fixes `make` returns, as one replacement of the text they cover. */
export function recordedEdit(
  sourceCode: SourceCode,
  make: (fixer: TSESLint.RuleFixer) => Fix | readonly Fix[],
): { range: [number, number]; text: string } {
  const made = make(fixer);
  const fixes = [...(Array.isArray(made) ? (made as readonly Fix[]) : [made as Fix])].sort((a, b) => a.range[0] - b.range[0]);
  const start = fixes[0]!.range[0];
  let end = start;
  let text = '';
  for (const each of fixes) {
    text += sourceCode.text.slice(end, each.range[0]) + each.text;
    end = Math.max(end, each.range[1]);
  }
  return { range: [start, end], text };
}
