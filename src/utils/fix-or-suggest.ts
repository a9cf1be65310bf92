import type { JSONSchema, TSESLint } from '@typescript-eslint/utils';
import type { FixMode } from '../types.js';

type JSONSchema4 = JSONSchema.JSONSchema4;

export const fixModeSchema: JSONSchema4 = {
  type: 'string',
  enum: ['suggestion', 'autofix'],
  description:
    'How to offer the edit, which changes what runs: "suggestion" (an editor quick fix; the default) or "autofix" (applied by `eslint --fix`; the `migrate` config sets this).',
};

/**
 * The one place that decides "fix or suggestion": an autofix when the mode is
 * `autofix` and the edit is allowed to be one, else a suggestion.
 */
export function fixOrSuggest<MessageIds extends string>(
  mode: FixMode,
  messageId: MessageIds,
  fix: TSESLint.ReportFixFunction,
  allowAutofix = true,
  data?: Record<string, unknown>,
): Pick<TSESLint.ReportDescriptor<MessageIds>, 'fix' | 'suggest'> {
  if (mode === 'autofix' && allowAutofix) return { fix };
  return { suggest: [{ messageId, fix, ...(data ? { data } : {}) }] };
}
