import type { TSESLint } from '@typescript-eslint/utils';
import { WIDGET_CLASSIC_MODULE, WIDGET_OIE_MODULE, WIDGET_PACKAGE, OPTION } from '../analysis/okta/widget.js';
import { getPageView, type Integrity } from '../analysis/views/page-view.js';
import type { WidgetView } from '../analysis/views/widget-view.js';
import type { WidgetRuleOptions } from '../types.js';
import { createRule, isJavaScript } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { mergeListeners } from '../rule-kit/listeners.js';
import { moduleSpecifierListeners, rewriteSpecifier } from '../rule-kit/module-specifiers.js';
import { WIDGET_RULE_EDITS } from '../rule-kit/schema.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

export type NoClassicEngineOptions = WidgetRuleOptions;
type Options = [NoClassicEngineOptions];
type MessageIds =
  | 'useClassicEngine'
  | 'useClassicEngineBefore7'
  | 'useClassicEngineAnyVersion'
  | 'useClassicEngineOieBundle'
  | 'useClassicEngineClassicBundle'
  | 'removeUseClassicEngine'
  | 'setUseClassicEngineFalse'
  | 'classicBundle'
  | 'useDefaultBundle'
  | 'classicBundleUrl'
  | 'loadStandardBundle';

/** The suggestion's note for a URL whose tag pins it with an SRI hash. */
const INTEGRITY: Record<Integrity, string> = {
  yes: ' and replace its `integrity` hash',
  maybe: ' and replace any `integrity` hash that pins it',
  no: '',
};

/** Which message fits the versions that may run (and the entry point). */
function classicEngineMessage(widget: WidgetView): MessageIds {
  if (widget.entryModule === WIDGET_OIE_MODULE) return 'useClassicEngineOieBundle';
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
      targets: ['js', 'html-url'],
    },
    ...WIDGET_RULE_EDITS,
    messages: {
      useClassicEngine: 'Remove `useClassicEngine: true`, which keeps this widget on the Classic Engine.',
      useClassicEngineBefore7: 'Remove `useClassicEngine: true`: ignored before widget 7.0, it keeps 7.x on the Classic Engine.',
      useClassicEngineAnyVersion: 'Remove `useClassicEngine: true`, which keeps widget 7.x on the Classic Engine.',
      useClassicEngineOieBundle: 'Set `useClassicEngine: false`: the `/oie` bundle throws unless it is exactly `false`.',
      useClassicEngineClassicBundle:
        'Load the standard bundle, then remove `useClassicEngine: true` (the Classic bundle throws without it).',
      removeUseClassicEngine: 'Remove `useClassicEngine: true` to run the Identity Engine.',
      setUseClassicEngineFalse: 'Set `useClassicEngine: false`.',
      classicBundle: 'Import `{{replacement}}` instead of the Classic-only bundle `{{specifier}}`.',
      useDefaultBundle: 'Import `{{replacement}}` and check the test mocks of `{{specifier}}`.',
      classicBundleUrl: 'Load `{{replacement}}` instead of the Classic-only `{{file}}`.',
      loadStandardBundle: 'Load `{{replacement}}`{{integrity}}.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    // Also a rule of HTML pages' URL blocks (`html-url`), so not a `js`-only rule: JSON and other ASTs are not its business.
    if (!isJavaScript(sourceCode.ast)) return {};
    const page = getPageView(context);
    /** Does the widget come from a Classic-only bundle, which throws without `useClassicEngine: true`? Then the option cannot go yet. */
    const classicFile = page.loadsClassicBundle;
    // The Classic bundles named in the file's strings (or a page's URL block): another file at another address (a
    // self-hosted copy may lack it, a hash pins the old one), so only a suggestion.
    const bundleListeners = page.classicBundles(
      { messageId: 'loadStandardBundle' },
      ({ file, replacement, integrity }) => ({ file, replacement, integrity: INTEGRITY[integrity] }),
      ({ loc, file, replacement, edit }) => {
        context.report({ loc, messageId: 'classicBundleUrl', data: { file, replacement }, ...fixOrSuggest('suggestion', edit) });
      },
    );

    return mergeListeners(
      ...bundleListeners,
      // The default entry point honours the same options, so the rewrite changes nothing at run time, as long as the
      // file's test mocks follow it: they are rewritten with it, or it is only a suggestion when one names its module dynamically.
      moduleSpecifierListeners(
        sourceCode,
        (specifier) => specifier === WIDGET_CLASSIC_MODULE,
        ({ sources, mocks, dynamicMock }) => {
          for (const { node: source } of sources) {
            const fix = (fixer: TSESLint.RuleFixer) =>
              [source, ...mocks].map((node) => rewriteSpecifier(fixer, sourceCode, node, WIDGET_PACKAGE));
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
      widgetListeners(context, options.widgetVersion, (widget, report) => {
        const classic = widget.option(OPTION.useClassicEngine);
        if (classic.truth !== true || !classic.entry) return;
        const { entry } = classic;
        // A Classic bundle throws without the option: no edit removes it while the widget loads one.
        if (classicFile) {
          report({ node: entry.node, messageId: 'useClassicEngineClassicBundle' });
          return;
        }
        const messageId = classicEngineMessage(widget);
        // Built from the `/classic` entry point: the import's own autofix comes first, and the removal on the next run.
        const edit =
          messageId === 'useClassicEngineOieBundle'
            ? widget.replaceOption(entry, 'false', { messageId: 'setUseClassicEngineFalse' })
            : widget.entryModule === WIDGET_CLASSIC_MODULE
              ? null
              : widget.removeOption(entry, { messageId: 'removeUseClassicEngine' });
        report({ node: entry.node, messageId, ...(edit ? fixOrSuggest('suggestion', edit) : {}) });
      }),
    );
  },
});
