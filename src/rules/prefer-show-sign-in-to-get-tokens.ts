import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { staticKeyName, unwrap } from '../analysis/engine/ast.js';
import type { SuccessHandler } from '../analysis/questions/callbacks.js';
import { TOKEN_HAND_OFF, WIDGET_AUTH_CLIENT } from '../analysis/okta/auth-js.js';
import { OPTION, WIDGET_REMOVE_METHOD, WIDGET_TOKEN_METHODS, type WidgetTokenMethod } from '../analysis/okta/widget.js';
import { resultReadsByCall, widgetResultReads, type ClassicResultRead, type HandlerReads } from '../analysis/questions/widget-results.js';
import type { WidgetView } from '../analysis/views/widget-view.js';
import { createRule } from '../rule-kit/create-rule.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

export interface PreferShowSignInToGetTokensOptions {
  /** The method the suggestion offers: `showSignInToGetTokens` (the default) or `showSignIn` (widget 5.5 and later). */
  replacement?: 'showSignInToGetTokens' | 'showSignIn';
}
type Options = [PreferShowSignInToGetTokensOptions];
type MessageIds = 'classicHandler' | 'unseenHandler' | 'useShowSignInToGetTokens' | 'useShowSignIn';
type SourceCode = Readonly<TSESLint.SourceCode>;

const RENDER_EL = 'renderEl';

/** A file's style: does some line start with a tab, and its line end. Read once per file. */
interface FileStyle {
  readonly tabs: boolean;
  readonly eol: string;
}

function fileStyle(sourceCode: SourceCode): FileStyle {
  return { tabs: /^\t/m.test(sourceCode.text), eol: sourceCode.text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The line's indentation, and one level more in the file's style. */
function indentation(sourceCode: SourceCode, node: TSESTree.Node, style: FileStyle): { outer: string; inner: string } {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  const outer = /^\s*/.exec(line)?.[0] ?? '';
  const unit = outer.includes('\t') || style.tabs ? '\t' : '  ';
  return { outer, inner: outer + unit };
}

/**
 * The replacement of a `renderEl` call (with its `.then`, when it has one) by a token
 * method: the new call and the range it replaces, or null when the call's shape leaves no
 * clear edit (spread arguments, no options, a receiver that is not a name).
 */
function replacementOf(
  call: TSESTree.CallExpression,
  handlers: readonly SuccessHandler[],
  method: WidgetTokenMethod,
  sourceCode: SourceCode,
  style: FileStyle,
): { range: TSESTree.Range; text: string } | null {
  const callee = unwrap(call.callee);
  if (callee.type !== T.MemberExpression) return null;
  const receiver = unwrap(callee.object);
  const named =
    receiver.type === T.Identifier ||
    (receiver.type === T.MemberExpression && unwrap(receiver.object).type === T.ThisExpression && !receiver.computed);
  const [options, , onError] = call.arguments;
  if (!named || !options || call.arguments.some((arg) => arg.type === T.SpreadElement)) return null;
  const then = handlers.find((handler) => handler.via === 'then');
  const thenCall = then?.argument.parent;
  if (then && (thenCall?.type !== T.CallExpression || thenCall.arguments.some((arg) => arg.type === T.SpreadElement))) return null;
  const replaced = then ? (thenCall as TSESTree.CallExpression) : call;
  const errorHandler = then ? (replaced.arguments[1] ?? onError) : onError;
  const widget = sourceCode.getText(receiver);
  const { outer, inner } = indentation(sourceCode, replaced, style);
  const { eol } = style;
  // `function` keeps an ES5 page ES5; `this.widget` needs an arrow to keep its `this`.
  const success = handlers.find((handler) => handler.via === 'argument' || handler.via === 'then');
  const useFunction = success?.inline && success.argument.type === T.FunctionExpression && receiver.type === T.Identifier;
  const [parameter, body] =
    method === 'showSignInToGetTokens'
      ? [
          'tokens',
          [`${widget}.${WIDGET_AUTH_CLIENT}.${TOKEN_HAND_OFF.tokenManager}.${TOKEN_HAND_OFF.setTokens}(tokens);`, `${widget}.${WIDGET_REMOVE_METHOD}();`],
        ]
      : ['res', [`${widget}.${WIDGET_AUTH_CLIENT}.${TOKEN_HAND_OFF.handleLoginRedirect}(res.tokens);`]];
  const head = useFunction ? `function (${parameter}) {` : `(${parameter}) => {`;
  const fn = [head, ...body.map((line) => `${inner}${line}`), `${outer}}`].join(eol);
  const rest = errorHandler && errorHandler.type !== T.SpreadElement ? `, ${sourceCode.getText(errorHandler)}` : '';
  return { range: replaced.range, text: `${widget}.${method}(${sourceCode.getText(options)}).then(${fn}${rest})` };
}

export default createRule<Options, MessageIds>({
  name: 'prefer-show-sign-in-to-get-tokens',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require `showSignInToGetTokens` (or `showSignIn`) instead of `renderEl` for embedded widgets whose success handler expects a Classic result',
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
              'The method the suggestion offers: "showSignInToGetTokens" (resolves to the tokens) or "showSignIn" (widget 5.5 and later: resolves to a result with `tokens`, and follows the redirects an Identity Engine policy may require).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ replacement: 'showSignInToGetTokens' }],
    messages: {
      classicHandler:
        "Use `{{replacement}}`, not `renderEl`, whose handler reads Classic-only `{{shape}}`.",
      unseenHandler:
        "Use `{{replacement}}` instead of `renderEl`, whose unseen handler may expect a Classic result.",
      useShowSignInToGetTokens: 'Replace `renderEl` with `showSignInToGetTokens` and store the tokens.',
      useShowSignIn: 'Replace `renderEl` with `showSignIn` and pass the tokens to `handleLoginRedirect`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const preferred = options.replacement ?? 'showSignInToGetTokens';

    /** The method to offer: `showSignIn` only where every version that may run has it. */
    function methodFor(widget: WidgetView): WidgetTokenMethod {
      const since = WIDGET_TOKEN_METHODS[preferred].since;
      return since !== null && widget.atLeast(since) === false ? 'showSignInToGetTokens' : preferred;
    }

    let style: FileStyle | undefined;
    /**
     * Handler lists already looked at: constructions kept in one variable share theirs, and
     * the first construction reports every call there is to report (each call once).
     */
    const done = new WeakSet<readonly HandlerReads[]>();

    return widgetListeners(context, undefined, (widget, report) => {
      if (widget.hosted) return;
      const all = widgetResultReads(widget.construction, sourceCode);
      if (done.has(all)) return;
      done.add(all);
      for (const [call, own] of resultReadsByCall(all)) {
        const callee = unwrap(call.callee);
        if (callee.type !== T.MemberExpression || staticKeyName(callee, sourceCode.getScope(callee)) !== RENDER_EL) continue;
        const classic: ClassicResultRead | undefined = own.flatMap(({ reads }) => reads)[0];
        const unseen = own.some(({ handler }) => handler.fn === null);
        if (!classic && !unseen) continue;
        const method = methodFor(widget);
        // Both methods need an OIDC app: with no `clientId`, require-oidc-config says so first.
        const edit = widget.option(OPTION.clientId).presence === false ? null : replacementOf(call, own.map(({ handler }) => handler), method, sourceCode, (style ??= fileStyle(sourceCode)));
        report({
          node: callee.property,
          ...(classic
            ? { messageId: 'classicHandler', data: { shape: classic.value === null ? classic.shape : `${classic.shape} === '${classic.value}'`, replacement: method } }
            : { messageId: 'unseenHandler', data: { replacement: method } }),
          suggest: edit
            ? [
                {
                  messageId: method === 'showSignIn' ? 'useShowSignIn' : 'useShowSignInToGetTokens',
                  fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text),
                },
              ]
            : [],
        });
      }
    });
  },
});
