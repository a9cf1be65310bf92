import { OPTION, WIDGET_TOKEN_METHODS, type WidgetTokenMethod } from '../analysis/okta/widget.js';
import type { WidgetView } from '../analysis/views/widget-view.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

export interface PreferShowSignInToGetTokensOptions {
  /** The method the suggestion offers: `showSignInToGetTokens` (the default) or `showSignIn` (widget 5.5 and later). */
  replacement?: 'showSignInToGetTokens' | 'showSignIn';
}
type Options = [PreferShowSignInToGetTokensOptions];
type MessageIds = 'classicHandler' | 'unseenHandler' | 'useShowSignInToGetTokens' | 'useShowSignIn';

export default createRule<Options, MessageIds>({
  name: 'prefer-show-sign-in-to-get-tokens',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Require `showSignInToGetTokens` (or `showSignIn`) instead of `renderEl` ' +
        'for embedded widgets whose success handler expects a Classic result',
      recommended: 'warn',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          replacement: {
            type: 'string',
            enum: Object.keys(WIDGET_TOKEN_METHODS),
            description:
              'The method the suggestion offers: "showSignInToGetTokens" (resolves to the tokens) ' +
              'or "showSignIn" (widget 5.5 and later: resolves to a result with `tokens`, ' +
              'and follows the redirects an Identity Engine policy may require).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ replacement: 'showSignInToGetTokens' }],
    messages: {
      classicHandler: 'Use `{{replacement}}`, not `renderEl`, whose handler reads Classic-only `{{shape}}`.',
      unseenHandler: 'Use `{{replacement}}` instead of `renderEl`, whose unseen handler may expect a Classic result.',
      useShowSignInToGetTokens: 'Replace `renderEl` with `showSignInToGetTokens` and store the tokens.',
      useShowSignIn: 'Replace `renderEl` with `showSignIn` and pass the tokens to `handleLoginRedirect`.',
    },
  },
  create(context, [options]) {
    const preferred = options.replacement ?? 'showSignInToGetTokens';

    /** The method to offer: `showSignIn` only where every version that may run has it. */
    function methodFor(widget: WidgetView): WidgetTokenMethod {
      const since = WIDGET_TOKEN_METHODS[preferred].since;
      return since !== null && widget.atLeast(since) === false ? 'showSignInToGetTokens' : preferred;
    }

    /**
     * Handler lists already looked at: constructions kept in one variable share theirs, and
     * the first construction reports every call there is to report (each call once).
     */
    const done = new WeakSet<readonly unknown[]>();

    return widgetListeners(
      context,
      undefined,
      (widget, report) => {
        if (widget.hosted) return;
        const all = widget.resultReads;
        if (done.has(all)) return;
        done.add(all);
        for (const { call, node, items: own } of widget.renderElReads()) {
          const classic = own.flatMap(({ reads }) => reads)[0];
          const unseen = own.some(({ handler }) => handler.fn === null);
          if (!classic && !unseen) continue;
          const method = methodFor(widget);
          const suggestion = { messageId: method === 'showSignIn' ? 'useShowSignIn' : 'useShowSignInToGetTokens' } as const;
          // Both methods need an OIDC app: with no `clientId`, require-oidc-config says so first.
          const edit =
            widget.option(OPTION.clientId).presence === false
              ? null
              : widget.tokenMethodEdit(
                  call,
                  own.map(({ handler }) => handler),
                  method,
                  suggestion,
                );
          report({
            node,
            ...(classic
              ? {
                  messageId: 'classicHandler',
                  data: { shape: classic.value === null ? classic.shape : `${classic.shape} === '${classic.value}'`, replacement: method },
                }
              : { messageId: 'unseenHandler', data: { replacement: method } }),
            ...(edit ? fixOrSuggest('suggestion', edit) : {}),
          });
        }
        // Also the instances this file imports from the app's own modules (their `renderEl` calls are here).
      },
      { imported: true },
    );
  },
});
