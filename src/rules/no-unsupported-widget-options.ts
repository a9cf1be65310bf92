import { CLASSIC_ONLY_TRANSFORM_OPERATION, UNSUPPORTED_OPTIONS } from '../analysis/okta/widget.js';
import type { MigrationRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { MIGRATION_RULE_EDITS } from '../rule-kit/schema.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

export type NoUnsupportedWidgetOptionsOptions = MigrationRuleOptions;
type Options = [NoUnsupportedWidgetOptionsOptions];
type MessageIds = 'unsupportedOption' | 'unsupportedOptionOnOie' | 'classicOperation' | 'removeOption';

export default createRule<Options, MessageIds>({
  name: 'no-unsupported-widget-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Sign-In Widget options that only the Classic Engine reads',
      recommended: 'warn',
    },
    ...MIGRATION_RULE_EDITS,
    messages: {
      unsupportedOption: 'Remove Classic-only `{{option}}` (Identity Engine: {{replacement}}).',
      unsupportedOptionOnOie: 'Remove unread `{{option}}` (Identity Engine: {{replacement}}).',
      classicOperation: "Rewrite this branch: the Identity Engine never passes '{{operation}}' (instead: {{replacement}}).",
      removeOption: 'Remove `{{option}}`.',
    },
  },
  create(context, [options]) {
    return widgetListeners(context, options.widgetVersion, (widget, report) => {
      const oie = widget.runsIdentityEngine;
      const found = UNSUPPORTED_OPTIONS.flatMap((spec) =>
        widget.entries(spec.path).map(({ entry, name }) => ({ entry, data: { option: name, replacement: spec.replacement } })),
      );
      // Removed together: an autofix only on a widget known to run OIE (which never reads them), read by nothing
      // else (another widget may run Classic), where no effect is dropped; an object they empty goes with them.
      const edits = widget.removeOptions(
        found.map(({ entry, data }) => ({
          entry,
          suggestion: { messageId: 'removeOption' as const, data },
          autofix: options.fix === 'autofix' && oie,
        })),
      );
      found.forEach(({ entry, data }, i) => {
        report({
          node: entry.node,
          messageId: oie && widget.isPrivate(entry) ? 'unsupportedOptionOnOie' : 'unsupportedOption',
          data,
          ...fixOrSuggest(options.fix, edits[i]!),
        });
      });

      for (const node of widget.classicTransformOperations()) {
        report({
          node,
          messageId: 'classicOperation',
          data: {
            operation: CLASSIC_ONLY_TRANSFORM_OPERATION.value,
            replacement: CLASSIC_ONLY_TRANSFORM_OPERATION.replacement,
          },
        });
      }
    });
  },
});
