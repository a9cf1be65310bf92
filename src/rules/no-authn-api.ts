import type { TSESLint } from '@typescript-eslint/utils';
import { AUTH_JS_AUTHN_MODULE, AUTH_JS_PACKAGE } from '../analysis/okta/auth-js.js';
import { getClientView } from '../analysis/views/client-view.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { mergeListeners } from '../rule-kit/listeners.js';
import { moduleSpecifierListeners, rewriteSpecifier } from '../rule-kit/module-specifiers.js';

type MessageIds = 'authnCall' | 'authnModule' | 'useIdx' | 'useDefaultEntry';

export default createRule<[], MessageIds>({
  name: 'no-authn-api',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the Classic Authentication API of okta-auth-js',
      recommended: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      authnCall: 'Replace Classic `{{method}}` with {{replacement}}{{version}}.',
      authnModule: 'Import `{{replacement}}` instead of `{{specifier}}`, the authn-only bundle without the `idx` module.',
      useIdx: 'Call `{{call}}` instead, then handle the IDX transaction.',
      useDefaultEntry: 'Import `{{replacement}}` and check the test mocks of `{{specifier}}`.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const client = getClientView(context);
    client.checkVersionSettings();

    /** What the okta-auth-js version says about the replacement: only when it needs an upgrade first (the rest is in the docs). */
    const note = (): string => {
      const { hasIdx, version, since } = client.idxModule;
      return hasIdx === false ? `; okta-auth-js ${version} needs ${since}+` : '';
    };

    return mergeListeners(
      {
        CallExpression(call) {
          const found = client.authnCall(call, { messageId: 'useIdx' });
          if (!found) return;
          context.report({
            node: found.node,
            messageId: 'authnCall',
            data: { method: found.method, replacement: found.replacement, version: note() },
            // The transaction models differ: the rename is a starting point, never an autofix.
            ...fixOrSuggest('suggestion', found.rename),
          });
        },
      },
      moduleSpecifierListeners(
        sourceCode,
        (specifier) => specifier === AUTH_JS_AUTHN_MODULE,
        ({ sources, mocks, dynamicMock }) => {
          const data = { specifier: AUTH_JS_AUTHN_MODULE, replacement: AUTH_JS_PACKAGE };
          for (const { node: source } of sources) {
            // The default entry is a superset of the authn bundle: nothing that ran stops running.
            const fix = (fixer: TSESLint.RuleFixer) =>
              [source, ...mocks].map((node) => rewriteSpecifier(fixer, sourceCode, node, AUTH_JS_PACKAGE));
            context.report({
              node: source,
              messageId: 'authnModule',
              data,
              ...fixOrSuggest(dynamicMock ? 'suggestion' : 'autofix', { fix, suggest: [{ messageId: 'useDefaultEntry', data, fix }] }),
            });
          }
        },
      ),
    );
  },
});
