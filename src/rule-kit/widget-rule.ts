/** The set-up every widget rule shares, written once. */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { validateVersionSettings, WIDGET_POLICY } from '../analysis/packages/versions.js';
import { getWidgetView, importedInstances, type WidgetView } from '../analysis/views/widget-view.js';

type Context<MessageIds extends string> = Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>;

/** Reports each node once per rule and file, even when several constructions share one options object. */
export type ReportOnce<MessageIds extends string> = (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }) => void;

export function reportOnce<MessageIds extends string>(context: Context<MessageIds>): ReportOnce<MessageIds> {
  const reported = new WeakSet<TSESTree.Node>();
  return (descriptor) => {
    if (reported.has(descriptor.node)) return;
    reported.add(descriptor.node);
    context.report(descriptor);
  };
}

/**
 * A finding on a node of another module (options imported from the app's code) goes on the
 * construction in this file, with no edit: an edit of this file cannot change that module.
 */
function hereOnly<MessageIds extends string>(widget: WidgetView, report: ReportOnce<MessageIds>): ReportOnce<MessageIds> {
  return (descriptor) => {
    if (widget.inThisFile(descriptor.node)) {
      report(descriptor);
      return;
    }
    const { fix: _fix, suggest: _suggest, ...rest } = descriptor as typeof descriptor & { fix?: unknown; suggest?: unknown };
    void _fix;
    void _suggest;
    report({ ...rest, node: widget.callee });
  };
}

/**
 * Listeners that hand `check` the view of every widget construction whose options the
 * analysis can see (opaque options: every option unknown, so nothing to say).
 * `widgetVersion` is the rule's own option, when it has one. A version setting or option
 * that is not a version or range stops the run with a configuration error.
 * With `imported`, also the view of each widget instance this file imports from the app's
 * own modules (its construction there, `widget.imported`): for rules about what a file
 * does with an instance (its render calls and handlers), never for rules about the
 * construction's options, which the module that constructs it reports.
 */
export function widgetListeners<MessageIds extends string>(
  context: Context<MessageIds>,
  widgetVersion: string | undefined,
  check: (widget: WidgetView, report: ReportOnce<MessageIds>) => void,
  { imported = false }: { imported?: boolean } = {},
): TSESLint.RuleListener {
  validateVersionSettings(context, WIDGET_POLICY, widgetVersion);
  const report = reportOnce(context);
  return {
    ...(imported && {
      Program() {
        for (const { widget } of importedInstances(context, widgetVersion)) if (widget) check(widget, hereOnly(widget, report));
      },
    }),
    NewExpression(node) {
      const widget = getWidgetView(context, node, widgetVersion);
      if (widget) check(widget, hereOnly(widget, report));
    },
  };
}
