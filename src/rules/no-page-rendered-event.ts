import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { CLASSIC_EVENT, WIDGET_EVENT_METHODS } from '../analysis/okta/widget-customisations.js';
import {
  argumentUse,
  replaceStringContent,
  staticStringArgument,
  widgetInstanceListeners,
  type InstanceCall,
  type WidgetInstance,
} from '../analysis/views/instance-view.js';
import type { WidgetRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { WIDGET_RULE_EDITS } from '../rule-kit/schema.js';
import { reportOnce } from '../rule-kit/widget-rule.js';

export type NoPageRenderedEventOptions = WidgetRuleOptions;
type Options = [NoPageRenderedEventOptions];
type MessageIds = 'pageRendered' | 'useAfterRender' | 'useAfterRenderContext' | 'useAfterRenderOff';

const METHODS = Object.values(WIDGET_EVENT_METHODS);
const PAYLOAD_KEYS: ReadonlySet<string> = new Set([CLASSIC_EVENT.payloadKey]);

/** A `pageRendered` call on the instance: the call, its method and the event string. */
interface EventCall extends InstanceCall {
  readonly event: TSESTree.Node;
}

/** The handler as written, when an `off` can name the same one (a name or a `this.x` member, not an inline function). */
function handlerText(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const argument = call.arguments[1];
  if (!argument || (argument.type !== 'Identifier' && argument.type !== 'MemberExpression')) return null;
  return sourceCode.getText(argument);
}

export default createRule<Options, MessageIds>({
  name: 'no-page-rendered-event',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the Classic-only `pageRendered` event of the Sign-In Widget',
      recommended: 'warn',
    },
    ...WIDGET_RULE_EDITS,
    messages: {
      pageRendered: '`pageRendered` never fires on the Identity Engine; listen to `afterRender` instead.',
      useAfterRender: 'Listen to `afterRender` instead.',
      useAfterRenderContext: 'Listen to `afterRender` and read its context’s `controller` (or `formName`) instead of `page`.',
      useAfterRenderOff: 'Listen to `afterRender` instead (its `off` removes the handler only from widget 7.11.0).',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const report = reportOnce(context);
    return widgetInstanceListeners(context, options.widgetVersion, (instance: WidgetInstance) => {
      const calls: EventCall[] = [];
      for (const found of instance.calls(METHODS)) {
        const event = staticStringArgument(found.call, 0);
        if (event?.value === CLASSIC_EVENT.name) calls.push({ ...found, event: event.node });
      }
      const listeners = calls.filter(({ method }) => method !== WIDGET_EVENT_METHODS.off);
      const offs = calls.filter(({ method }) => method === WIDGET_EVENT_METHODS.off);
      for (const listener of listeners) {
        // The `off` calls that remove this handler change with it; one that may remove it but cannot be matched keeps the edit a
        // suggestion.
        const text = handlerText(listener.call, sourceCode);
        const matched: EventCall[] = [];
        let unmatched = false;
        for (const off of offs) {
          const offText = off.call.arguments.length < 2 ? null : handlerText(off.call, sourceCode);
          if (off.call.arguments.length < 2 && listeners.length === 1) matched.push(off);
          else if (offText !== null && offText === text) matched.push(off);
          else if (off.call.arguments.length < 2 || offText === null) unmatched = true;
        }
        const handler = instance.handler(listener.call, 1);
        let use = handler ? argumentUse(handler, PAYLOAD_KEYS, sourceCode) : { kind: 'unknown' as const };
        // Rewriting the reads of a function used elsewhere too would change its other callers.
        if (use.kind === 'reads' && !handler?.inline) use = { kind: 'other' };
        const events = [listener, ...matched].map(({ event }) => event);
        let fix: TSESLint.ReportFixFunction | null = null;
        let messageId: MessageIds = 'useAfterRender';
        if (use.kind === 'ignores' || use.kind === 'reads') {
          const reads = use.kind === 'reads' ? use.reads : [];
          fix = (fixer) => [
            ...events.map((event) => replaceStringContent(fixer, event, CLASSIC_EVENT.replacement)),
            ...reads.map((read) => {
              const object = sourceCode.getText(read.object);
              const dot = read.optional ? '?.' : '.';
              const [first, second] = CLASSIC_EVENT.contextKeys;
              return fixer.replaceText(read, `(${object}${dot}${first} || ${object}${dot}${second})`);
            }),
          ];
          if (use.kind === 'reads') messageId = 'useAfterRenderContext';
          else if (matched.length > 0 && instance.atLeast(CLASSIC_EVENT.offWorksSince) !== true) messageId = 'useAfterRenderOff';
        }
        // An instance imported from another module: an `off` there (or in another importer) may remove this handler.
        const autofix = use.kind === 'ignores' && messageId === 'useAfterRender' && !unmatched && !instance.imported;
        report({
          node: listener.event,
          messageId: 'pageRendered',
          ...fixOrSuggest(autofix ? 'autofix' : 'suggestion', { fix, suggest: [{ messageId, fix }] }),
        });
      }
    });
  },
});
