/**
 * The `eslint-disable` comments of one file, applied to our findings as ESLint applies
 * them (the audit lints with inline configuration off, see facts.ts): block
 * `eslint-disable`/`eslint-enable` from the comment on, `eslint-disable-line` on its line,
 * `eslint-disable-next-line` on the line after the comment ends; an inline
 * `/* eslint okta-oie/…: off *\/` silences the rule in the whole file.
 */
import type { DirectiveFact } from './facts.js';

export interface PlacedDirective {
  readonly fact: DirectiveFact;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
}

export type SuppressedBy = 'eslint-disable' | 'inline config';

const before = (a: { line: number; column: number }, b: { line: number; column: number }) =>
  a.line < b.line || (a.line === b.line && a.column <= b.column);

const names = (fact: DirectiveFact, rule: string) => fact.rules === null || fact.rules.includes(rule);

/** What silences a finding of `rule` at a position, if anything. */
export function suppressionOf(
  directives: readonly PlacedDirective[],
  rule: string,
  at: { line: number; column: number },
): SuppressedBy | null {
  if (directives.some((each) => each.fact.type === 'off' && names(each.fact, rule))) return 'inline config';
  let all = false;
  const disabled = new Set<string>();
  const enabled = new Set<string>();
  const blocks = directives
    .filter((each) => (each.fact.type === 'disable' || each.fact.type === 'enable') && before(each, at))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  for (const { fact } of blocks) {
    if (fact.type === 'disable') {
      if (fact.rules === null) {
        all = true;
        enabled.clear();
      } else {
        fact.rules.forEach((each) => (disabled.add(each), enabled.delete(each)));
      }
    } else if (fact.rules === null) {
      all = false;
      disabled.clear();
      enabled.clear();
    } else {
      fact.rules.forEach((each) => (disabled.delete(each), all && enabled.add(each)));
    }
  }
  if (disabled.has(rule) || (all && !enabled.has(rule))) return 'eslint-disable';
  const lineDirective = directives.some(
    ({ fact, line, endLine }) =>
      names(fact, rule) &&
      ((fact.type === 'disable-line' && line === at.line) || (fact.type === 'disable-next-line' && endLine + 1 === at.line)),
  );
  return lineDirective ? 'eslint-disable' : null;
}
