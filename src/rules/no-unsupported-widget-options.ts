import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { findVariable, singleInit, staticString, unwrap } from '../analysis/ast.js';
import { analyzeWidget, runsIdentityEngine } from '../analysis/engine.js';
import { removeOptionFix } from '../analysis/edits.js';
import {
  CLASSIC_ONLY_TRANSFORM_OPERATION,
  OPTION,
  UNSUPPORTED_OPTIONS,
  type UnsupportedOption,
} from '../analysis/okta-api.js';
import { findEntries, lookup, type OptionEntry, type OptionsObject } from '../analysis/options.js';
import { resolveWidgetVersion } from '../analysis/versions.js';
import { createRule } from '../utils/create-rule.js';
import type { FixMode } from '../types.js';
import { fixModeSchema, fixOrSuggest } from '../utils/fix-or-suggest.js';
import { objectOptionSchema, widgetVersionSchema } from '../utils/schema.js';

export interface NoUnsupportedWidgetOptionsOptions {
  /** `"suggestion"` (default) or `"autofix"` (the `migrate` config; only where the engine is known to be OIE). */
  fix?: FixMode;
  /** Widget version or range, or `"detect"`. */
  widgetVersion?: string;
}
type Options = [NoUnsupportedWidgetOptionsOptions];
type MessageIds = 'unsupportedOption' | 'classicOperation' | 'removeOption';

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

function resolveFunction(node: TSESTree.Node, scope: TSESLint.Scope.Scope): FunctionNode | null {
  const inner = unwrap(node);
  if (inner.type === T.FunctionExpression || inner.type === T.ArrowFunctionExpression) return inner;
  if (inner.type !== T.Identifier) return null;
  const variable = findVariable(scope, inner);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'FunctionName') return def.node.type === T.FunctionDeclaration ? def.node : null;
  const init = variable ? singleInit(variable) : null;
  const fn = init ? unwrap(init) : null;
  return fn?.type === T.FunctionExpression || fn?.type === T.ArrowFunctionExpression ? fn : null;
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
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions come from fixOrSuggest()
    hasSuggestions: true,
    schema: objectOptionSchema({ fix: fixModeSchema, widgetVersion: widgetVersionSchema }),
    defaultOptions: [{ fix: 'suggestion' }],
    messages: {
      unsupportedOption:
        '`{{option}}` is a Classic Engine option: the Identity Engine widget never reads it, so it silently stops working after the switch. Identity Engine equivalent: {{replacement}}.',
      classicOperation:
        "`transformUsername` never receives the '{{operation}}' operation on the Identity Engine (only PRIMARY_AUTH, FORGOT_PASSWORD and UNLOCK_ACCOUNT), so this branch never runs. Identity Engine equivalent: {{replacement}}.",
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- used through fixOrSuggest()
      removeOption: 'Remove `{{option}}`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const mode = options.fix ?? 'suggestion';
    const reported = new Set<TSESTree.Node>();

    function reportOption(entry: OptionEntry, name: string, spec: UnsupportedOption, oie: boolean): void {
      if (reported.has(entry.node)) return;
      reported.add(entry.node);
      const remove = removeOptionFix(sourceCode, entry);
      const data = { option: name, replacement: spec.replacement };
      context.report({
        node: entry.node,
        messageId: 'unsupportedOption',
        data,
        ...(remove ? fixOrSuggest<MessageIds>(mode, 'removeOption', remove, oie, data) : {}),
      });
    }

    function checkTransformUsername(root: OptionsObject): void {
      const found = lookup(root, [OPTION.transformUsername]);
      if (found.state !== 'present' || found.entry.value.kind !== 'expression') return;
      const fn = resolveFunction(found.entry.value.node, sourceCode.getScope(found.entry.value.node));
      const operation = fn?.params[1];
      if (!fn || operation?.type !== T.Identifier) return;
      const variable = sourceCode.getDeclaredVariables(fn).find((v) => v.name === operation.name);
      for (const reference of variable?.references ?? []) {
        const parent = reference.identifier.parent;
        const comparisons: TSESTree.Node[] = [];
        if (parent?.type === T.BinaryExpression && ['===', '==', '!==', '!='].includes(parent.operator)) {
          const other = parent.left === reference.identifier ? parent.right : parent.left;
          if (staticString(other) === CLASSIC_ONLY_TRANSFORM_OPERATION.value) comparisons.push(parent);
        } else if (parent?.type === T.SwitchStatement && parent.discriminant === reference.identifier) {
          for (const switchCase of parent.cases) {
            if (staticString(switchCase.test) === CLASSIC_ONLY_TRANSFORM_OPERATION.value) comparisons.push(switchCase);
          }
        }
        for (const comparison of comparisons) {
          if (reported.has(comparison)) continue;
          reported.add(comparison);
          context.report({
            node: comparison.type === T.SwitchCase ? comparison.test ?? comparison : comparison,
            messageId: 'classicOperation',
            data: {
              operation: CLASSIC_ONLY_TRANSFORM_OPERATION.value,
              replacement: CLASSIC_ONLY_TRANSFORM_OPERATION.replacement,
            },
          });
        }
      }
    }

    return {
      NewExpression(node) {
        const widget = analyzeWidget(node, sourceCode);
        if (!widget?.options) return;
        const { root } = widget.options;
        let oie: boolean | undefined;
        for (const spec of UNSUPPORTED_OPTIONS) {
          for (const { entry, name } of findEntries(root, spec.path)) {
            oie ??= runsIdentityEngine(widget, resolveWidgetVersion(context, options.widgetVersion).version, sourceCode);
            reportOption(entry, name, spec, oie);
          }
        }
        checkTransformUsername(root);
      },
    };
  },
});
