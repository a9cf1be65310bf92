/**
 * What a view's edit hands a rule: the autofix, the same edit as a suggestion, and the
 * view's verdict on whether it may be an autofix at all. `rule-kit/fix-or-suggest.ts`
 * turns it into a report's `fix` or `suggest` from the rule's `fix` option.
 */
import type { TSESLint } from '@typescript-eslint/utils';

type Fix = TSESLint.ReportFixFunction;

/** The suggestion an edit carries: its message, and the message's data. */
export interface Suggestion<MessageIds extends string> {
  readonly messageId: MessageIds;
  readonly data?: Record<string, unknown>;
}

/** An edit, shaped like the report it goes into: the autofix, and the same edit as a suggestion. */
export interface Edit<MessageIds extends string> {
  /** Null when no edit can be offered. */
  readonly fix: Fix | null;
  readonly suggest: readonly [{ messageId: MessageIds; data?: Record<string, unknown>; fix: Fix | null }];
  /** May the edit be an autofix at all? False keeps it a suggestion even in `migrate`. */
  readonly autofix?: boolean;
}

/** An edit of `fix` (or none), offered as `suggestion`, an autofix only when `autofix`. */
export function editOf<MessageIds extends string>(
  fix: Fix | null,
  suggestion: Suggestion<MessageIds>,
  autofix?: boolean,
): Edit<MessageIds> {
  return { fix, autofix, suggest: [{ ...suggestion, fix }] };
}
