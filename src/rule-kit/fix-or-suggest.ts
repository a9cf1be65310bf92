import type { TSESLint } from '@typescript-eslint/utils';
import type { Edit } from '../analysis/views/edit.js';
import type { FixMode } from '../types.js';

export type { Edit };

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
