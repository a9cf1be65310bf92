import { getClientView, type SessionRedirect } from '../analysis/views/client-view.js';
import type { SuccessHandler, WidgetView } from '../analysis/views/widget-view.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

type MessageIds = 'hostedPage' | 'embeddedWidget' | 'authnSession' | 'classicHandOff' | 'useCompleteLogin' | 'useHandleLoginRedirect';

export default createRule<[], MessageIds>({
  name: 'no-set-cookie-and-redirect',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `session.setCookieAndRedirect`, the Classic Engine session hand-off',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      hostedPage: 'Use `OktaUtil.completeLogin` instead of `session.setCookieAndRedirect`, the Classic Engine hand-off.',
      embeddedWidget: 'Take the widget\u2019s tokens instead of calling `session.setCookieAndRedirect`, the Classic Engine hand-off.',
      authnSession: 'Sign in with `idx.authenticate()` instead of `session.setCookieAndRedirect`, the Classic Authentication API hand-off.',
      classicHandOff: 'Replace `session.setCookieAndRedirect`, the Classic Engine hand-off, with tokens or `OktaUtil.completeLogin`.',
      useCompleteLogin: 'Call `OktaUtil.completeLogin({{result}})` instead.',
      useHandleLoginRedirect: "Hand the result's tokens to `{{client}}.handleLoginRedirect` instead.",
    },
  },
  create(context) {
    const client = getClientView(context);
    const redirects: SessionRedirect[] = [];
    /** The success handler (and its widget) a `res.session.setCookieAndRedirect` member belongs to. */
    const inHandlers = new Map<unknown, { handler: SuccessHandler; widget: WidgetView }>();

    /** The kind of widget that last collected each handler list (constructions kept in one variable share theirs; the last one counts). */
    const collected = new WeakMap<readonly unknown[], boolean>();

    const widgets = widgetListeners(
      context,
      undefined,
      (widget) => {
        const all = widget.resultReads;
        if (collected.get(all) === widget.hosted) return;
        collected.set(all, widget.hosted);
        for (const { reads } of all) {
          for (const read of reads) if (read.kind === 'set-cookie') inHandlers.set(read.node, { handler: read.handler, widget });
        }
        // Also the instances this file imports from the app's own modules (their handlers are here).
      },
      { imported: true },
    );

    function report(redirect: SessionRedirect): void {
      const { node } = redirect;
      const found = inHandlers.get(redirect.callee);
      if (!found) {
        context.report({ node, messageId: client.onClient(redirect) ? 'authnSession' : 'classicHandOff' });
        return;
      }
      const { hosted } = found.widget;
      const result = client.redirectResult(redirect);
      if (result === null) {
        context.report({ node, messageId: hosted ? 'hostedPage' : 'embeddedWidget' });
        return;
      }
      const edit = hosted
        ? client.completeLoginEdit(redirect, result, { messageId: 'useCompleteLogin' })
        : client.handleLoginRedirectEdit(redirect, result, found.widget.instanceNameAt(found.handler, redirect.call), {
            messageId: 'useHandleLoginRedirect',
          });
      context.report({ node, messageId: hosted ? 'hostedPage' : 'embeddedWidget', ...fixOrSuggest('suggestion', edit) });
    }

    return {
      ...widgets,
      CallExpression(call) {
        const found = client.sessionRedirect(call);
        if (found) redirects.push(found);
      },
      'Program:exit'() {
        for (const redirect of redirects) report(redirect);
      },
    };
  },
});
