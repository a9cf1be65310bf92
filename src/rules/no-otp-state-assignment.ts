import { CONSTRUCTOR_ONLY_OPTIONS } from '../analysis/okta/widget-customisations.js';
import { widgetInstanceListeners } from '../analysis/views/instance-view.js';
import type { MigrationRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { MIGRATION_RULE_EDITS } from '../rule-kit/schema.js';
import { reportOnce } from '../rule-kit/widget-rule.js';

export type NoOtpStateAssignmentOptions = MigrationRuleOptions;
type Options = [NoOtpStateAssignmentOptions];
type MessageIds = 'assignedAfterConstruction' | 'optionTooNew' | 'moveIntoOptions';

export default createRule<Options, MessageIds>({
  name: 'no-otp-state-assignment',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting `otp` or `state` on a Sign-In Widget after construction, which the widget never reads',
      recommended: 'error',
    },
    ...MIGRATION_RULE_EDITS,
    messages: {
      assignedAfterConstruction: 'The widget never reads `{{key}}` set after construction; pass it in the constructor’s options{{home}}.',
      optionTooNew: 'The widget never reads `{{key}}` set on it, and {{version}} has no `{{key}}` option (from {{since}}).',
      moveIntoOptions: 'Pass `{{key}}` in the constructor’s options instead.',
    },
  },
  create(context, [options]) {
    const report = reportOnce(context);
    return widgetInstanceListeners(context, options.widgetVersion, (instance) => {
      for (const found of instance.assignments(CONSTRUCTOR_ONLY_OPTIONS.keys())) {
        const { key, assignment } = found;
        const since = CONSTRUCTOR_ONLY_OPTIONS.get(key)!.since;
        if (instance.atLeast(since) === false) {
          report({ node: assignment, messageId: 'optionTooNew', data: { key, since, version: instance.versionText } });
          continue;
        }
        const move = instance.moveIntoOptions(found);
        report({
          node: assignment,
          messageId: 'assignedAfterConstruction',
          // An instance imported from another module: its options live there (`in ./config.js:1`).
          data: { key, home: instance.optionsHome ? ` in ${instance.optionsHome.file}:${instance.optionsHome.line}` : '' },
          ...fixOrSuggest(options.fix, {
            fix: move?.fix ?? null,
            suggest: [{ messageId: 'moveIntoOptions', data: { key }, fix: move?.fix ?? null }],
            autofix: move?.autofix ?? false,
          }),
        });
      }
    });
  },
});
