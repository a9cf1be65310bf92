import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import { resolveFunction, staticString } from '../analysis/engine/ast.js';
import { removeOption } from '../analysis/engine/edits.js';
import {
  CLASSIC_ONLY_TRANSFORM_OPERATION,
  OPTION,
  UNSUPPORTED_OPTIONS,
} from '../analysis/okta/widget.js';
import type { MigrationRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { MIGRATION_RULE_SCHEMA } from '../rule-kit/schema.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

export type NoUnsupportedWidgetOptionsOptions = MigrationRuleOptions;
type Options = [NoUnsupportedWidgetOptionsOptions];
type MessageIds = 'unsupportedOption' | 'unsupportedOptionOnOie' | 'classicOperation' | 'removeOption';

/** `operation === 'IDP_DISCOVERY'` comparisons and `case 'IDP_DISCOVERY':` tests on a parameter. */
function classicOperationChecks(references: readonly { identifier: TSESTree.Node }[]): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  for (const { identifier } of references) {
    const parent = identifier.parent;
    if (parent?.type === T.BinaryExpression && ['===', '==', '!==', '!='].includes(parent.operator)) {
      const other = parent.left === identifier ? parent.right : parent.left;
      if (staticString(other) === CLASSIC_ONLY_TRANSFORM_OPERATION.value) found.push(parent);
    } else if (parent?.type === T.SwitchStatement && parent.discriminant === identifier) {
      for (const switchCase of parent.cases) {
        if (switchCase.test && staticString(switchCase.test) === CLASSIC_ONLY_TRANSFORM_OPERATION.value) found.push(switchCase.test);
      }
    }
  }
  return found;
}

export default createRule<Options, MessageIds>({
  name: 'no-unsupported-widget-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Sign-In Widget options that only the Classic Engine reads',
      recommended: 'warn',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: MIGRATION_RULE_SCHEMA,
    defaultOptions: [{ fix: 'suggestion' }],
    messages: {
      unsupportedOption:
        'Remove Classic-only `{{option}}` (Identity Engine: {{replacement}}).',
      unsupportedOptionOnOie: 'Remove unread `{{option}}` (Identity Engine: {{replacement}}).',
      classicOperation: "Rewrite this branch: the Identity Engine never passes '{{operation}}' (instead: {{replacement}}).",
      removeOption: 'Remove `{{option}}`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    return widgetListeners(context, options.widgetVersion, (widget, report) => {
      const oie = widget.runsIdentityEngine;
      const found = UNSUPPORTED_OPTIONS.flatMap((spec) =>
        widget.entries(spec.path).map(({ entry, name }) => {
          // On a widget known to run OIE, and read by nothing else (another widget may run Classic).
          const onOie = oie && widget.isPrivate(entry);
          const removal = removeOption(sourceCode, entry);
          // An autofix only where removing it changes nothing: OIE never reads it, and no effect is dropped.
          const autofix = options.fix === 'autofix' && onOie && removal !== null && !removal.dropsEffect;
          return { entry, name, spec, onOie, autofix };
        }),
      );
      // Properties removed in the same pass: an object they empty goes with them.
      const removedWith = new Set(found.flatMap(({ entry, autofix }) => (autofix && entry.property ? [entry.property] : [])));
      for (const { entry, name, spec, onOie, autofix } of found) {
        const fix = removeOption(sourceCode, entry, autofix ? removedWith : undefined)?.fix ?? null;
        const data = { option: name, replacement: spec.replacement };
        report({
          node: entry.node,
          messageId: onOie ? 'unsupportedOptionOnOie' : 'unsupportedOption',
          data,
          ...fixOrSuggest(options.fix, { fix, autofix, suggest: [{ messageId: 'removeOption', data, fix }] }),
        });
      }

      const transform = widget.option(OPTION.transformUsername).entry;
      if (transform?.value.kind !== 'expression') return;
      const fn = resolveFunction(transform.value.node, sourceCode.getScope(transform.value.node));
      const operation = fn?.params[1];
      if (!fn || operation?.type !== T.Identifier) return;
      const variable = sourceCode.getDeclaredVariables(fn).find((v) => v.name === operation.name);
      for (const node of classicOperationChecks(variable?.references ?? [])) {
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
