import type { TSESTree } from '@typescript-eslint/types';
import { requiredModule, staticString } from '../analysis/ast.js';
import { removeOptionFix } from '../analysis/edits.js';
import { OPTION, WIDGET_CLASSIC_MODULE, WIDGET_PACKAGE } from '../analysis/okta/widget.js';
import type { WidgetRuleOptions } from '../types.js';
import { createRule } from '../utils/create-rule.js';
import { fixOrSuggest } from '../utils/fix-or-suggest.js';
import { WIDGET_RULE_SCHEMA } from '../utils/schema.js';
import { widgetListeners } from '../utils/widget-rule.js';

export type NoClassicEngineOptions = WidgetRuleOptions;
type Options = [NoClassicEngineOptions];
type MessageIds = 'useClassicEngine' | 'useClassicEngineBefore7' | 'removeUseClassicEngine' | 'classicBundle';

export default createRule<Options, MessageIds>({
  name: 'no-classic-engine',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow forcing the Sign-In Widget back to the Classic Engine',
      recommended: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: WIDGET_RULE_SCHEMA,
    defaultOptions: [{}],
    messages: {
      useClassicEngine:
        '`useClassicEngine: true` forces the Sign-In Widget onto the Classic Engine router, so this app never runs the Identity Engine, and Classic support is scheduled for removal. Remove the option: widget 7.x runs the Identity Engine by default.',
      useClassicEngineBefore7:
        '`useClassicEngine: true` does nothing on Sign-In Widget {{version}} (the option arrived in 7.0; before it, `useInteractionCodeFlow` picks the engine), but it forces the Classic Engine router as soon as the widget is upgraded to 7.x. Remove it.',
      removeUseClassicEngine: 'Remove `useClassicEngine: true` (switches this widget to the Identity Engine).',
      classicBundle:
        '`{{specifier}}` is the Classic-only bundle: it cannot run the Identity Engine and throws unless `useClassicEngine: true`. Import `{{replacement}}`, which runs both engines and honours the same options.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;

    function checkSpecifier(source: TSESTree.Node | null | undefined): void {
      if (!source || staticString(source) !== WIDGET_CLASSIC_MODULE) return;
      const quote = sourceCode.getText(source)[0] ?? "'";
      context.report({
        node: source,
        messageId: 'classicBundle',
        data: { specifier: WIDGET_CLASSIC_MODULE, replacement: WIDGET_PACKAGE },
        fix: (fixer) => fixer.replaceText(source, `${quote}${WIDGET_PACKAGE}${quote}`),
      });
    }

    return {
      ImportDeclaration: (node) => checkSpecifier(node.source),
      ExportNamedDeclaration: (node) => checkSpecifier(node.source),
      ExportAllDeclaration: (node) => checkSpecifier(node.source),
      ImportExpression: (node) => checkSpecifier(node.source),
      TSExternalModuleReference: (node) => checkSpecifier(node.expression),
      CallExpression(node) {
        if (requiredModule(node, sourceCode.getScope(node)) !== null) checkSpecifier(node.arguments[0]);
      },
      ...widgetListeners(context, options.widgetVersion, (widget, report) => {
        const classic = widget.option(OPTION.useClassicEngine);
        if (classic.truth !== 'true' || !classic.entry) return;
        const remove = removeOptionFix(sourceCode, classic.entry);
        report({
          node: classic.entry.node,
          messageId: widget.defaultsToIdentityEngine === false ? 'useClassicEngineBefore7' : 'useClassicEngine',
          data: { version: widget.version.version ?? 'unknown' },
          ...fixOrSuggest('suggestion', { fix: remove, suggest: [{ messageId: 'removeUseClassicEngine', fix: remove }] }),
        });
      }),
    };
  },
});
