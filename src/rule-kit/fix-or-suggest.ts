import type { TSESLint } from '@typescript-eslint/utils';
import type { FixMode } from '../types.js';

type Fix = TSESLint.ReportFixFunction;

/** An edit, shaped like the report it goes into: the autofix, and the same edit as a suggestion. */
export interface Edit<MessageIds extends string> {
  /** Null when no edit can be offered. */
  readonly fix: Fix | null;
  readonly suggest: readonly [{ messageId: MessageIds; data?: Record<string, unknown>; fix: Fix | null }];
  /** May the edit be an autofix at all? False keeps it a suggestion even in `migrate`. */
  readonly autofix?: boolean;
}

/**
 * The one place that decides "fix or suggestion": an autofix when the rule's `fix`
 * option is `autofix` and the edit may be one, else a suggestion; nothing without an
 * edit. (`mode` is never undefined once ESLint has merged `meta.defaultOptions`; the
 * safe reading is a suggestion.)
 */
export function fixOrSuggest<MessageIds extends string>(
  mode: FixMode | undefined,
  edit: Edit<MessageIds>,
): Pick<TSESLint.ReportDescriptor<MessageIds>, 'fix' | 'suggest'> {
  const [suggestion] = edit.suggest;
  if (!edit.fix || !suggestion.fix) return {};
  if (mode === 'autofix' && edit.autofix !== false) return { fix: edit.fix };
  return { suggest: [{ ...suggestion, fix: suggestion.fix }] };
}
