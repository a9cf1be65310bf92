import type { TSESLint } from '@typescript-eslint/utils';
import { removeOption, replaceValue } from '../analysis/edits.js';
import { OPTION, WIDGET_CLASSIC_MODULE, WIDGET_OIE_MODULE, WIDGET_PACKAGE } from '../analysis/okta/widget.js';
import type { WidgetView } from '../analysis/widget-view.js';
import type { WidgetRuleOptions } from '../types.js';
import { createRule } from '../utils/create-rule.js';
import { fixOrSuggest } from '../utils/fix-or-suggest.js';
import { moduleSpecifierListeners, rewriteSpecifier } from '../utils/module-specifiers.js';
import { WIDGET_RULE_SCHEMA } from '../utils/schema.js';
import { widgetListeners } from '../utils/widget-rule.js';

export type NoClassicEngineOptions = WidgetRuleOptions;
type Options = [NoClassicEngineOptions];
type MessageIds =
  | 'useClassicEngine'
  | 'useClassicEngineBefore7'
  | 'useClassicEngineAnyVersion'
  | 'useClassicEngineOieBundle'
  | 'removeUseClassicEngine'
  | 'setUseClassicEngineFalse'
  | 'classicBundle'
  | 'useDefaultBundle';

/** Which message fits the versions that may run (and the entry point). */
function classicEngineMessage(widget: WidgetView): MessageIds {
  const { origin } = widget.construction;
  if (origin.kind === 'module' && origin.specifier === WIDGET_OIE_MODULE) return 'useClassicEngineOieBundle';
  const modern = widget.defaultsToIdentityEngine;
  return modern === true ? 'useClassicEngine' : modern === false ? 'useClassicEngineBefore7' : 'useClassicEngineAnyVersion';
}

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
      useClassicEngine: 'Remove `useClassicEngine: true`: it forces this Sign-In Widget onto the Classic Engine. Widget {{version}}.',
      useClassicEngineBefore7:
        'Remove `useClassicEngine: true`: it does nothing before widget 7.0, but forces the Classic Engine once the widget is upgraded. Widget {{version}}.',
      useClassicEngineAnyVersion:
        'Remove `useClassicEngine: true`: Sign-In Widget 7.x runs the Classic Engine with it (earlier versions ignore it). Widget {{version}}.',
      useClassicEngineOieBundle:
        'Set `useClassicEngine: false`: the `/oie` bundle throws unless it is exactly `false`, so this widget fails today.',
      removeUseClassicEngine: 'Remove `useClassicEngine: true` (switches this widget to the Identity Engine).',
      setUseClassicEngineFalse: 'Set `useClassicEngine: false` (the `/oie` bundle requires it).',
      classicBundle:
        '`{{specifier}}` is the Classic-only bundle, which cannot run the Identity Engine: import `{{replacement}}` instead.',
      useDefaultBundle: 'Import `{{replacement}}` (check the test mocks of `{{specifier}}` in this file).',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    return {
      // The default entry point honours the same options, so the rewrite changes nothing at run time, as long as the
      // file's test mocks follow it: they are rewritten with it, or it is only a suggestion when one names its module dynamically.
      ...moduleSpecifierListeners(
        sourceCode,
        (specifier) => specifier === WIDGET_CLASSIC_MODULE,
        ({ sources, mocks, dynamicMock }) => {
          for (const { node: source } of sources) {
            const fix = (fixer: TSESLint.RuleFixer) => [source, ...mocks].map((node) => rewriteSpecifier(fixer, sourceCode, node, WIDGET_PACKAGE));
            context.report({
              node: source,
              messageId: 'classicBundle',
              data: { specifier: WIDGET_CLASSIC_MODULE, replacement: WIDGET_PACKAGE },
              ...fixOrSuggest(dynamicMock ? 'suggestion' : 'autofix', {
                fix,
                suggest: [{ messageId: 'useDefaultBundle', data: { specifier: WIDGET_CLASSIC_MODULE, replacement: WIDGET_PACKAGE }, fix }],
              }),
            });
          }
        },
      ),
      ...widgetListeners(context, options.widgetVersion, (widget, report) => {
        const classic = widget.option(OPTION.useClassicEngine);
        if (classic.truth !== 'true' || !classic.entry) return;
        const messageId = classicEngineMessage(widget);
        const { entry } = classic;
        const editable = entry.property ?? (entry.node.type === 'AssignmentExpression' ? entry.node : null);
        const setFalse = messageId === 'useClassicEngineOieBundle';
        const fix = setFalse
          ? editable && ((fixer: TSESLint.RuleFixer) => replaceValue(fixer, editable, 'false'))
          : (removeOption(sourceCode, entry)?.fix ?? null);
        report({
          node: entry.node,
          messageId,
          data: { version: widget.versionText },
          ...fixOrSuggest('suggestion', {
            fix,
            suggest: [{ messageId: setFalse ? 'setUseClassicEngineFalse' : 'removeUseClassicEngine', fix }],
          }),
        });
      }),
    };
  },
});
