import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { unwrap } from '../analysis/engine/ast.js';
import { clientCallMatcher, receiverOf } from '../analysis/questions/client-calls.js';
import { AUTH_JS_AUTHN_MODULE, AUTH_JS_PACKAGE, AUTH_JS_VERSIONS, AUTHN_CALLS, type AuthnCall } from '../analysis/okta/auth-js.js';
import { AUTH_JS_POLICY, describeVersion, resolveVersion, validateVersionSettings, versionAtLeast } from '../analysis/packages/versions.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { mergeListeners } from '../rule-kit/listeners.js';
import { moduleSpecifierListeners, rewriteSpecifier } from '../rule-kit/module-specifiers.js';

type MessageIds = 'authnCall' | 'authnModule' | 'useIdx' | 'useDefaultEntry';

const matchAuthnCall = clientCallMatcher(AUTHN_CALLS, (entry) => entry.distinctive);

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
      authnCall:
        'Replace Classic `{{method}}` with {{replacement}}{{version}}.',
      authnModule: 'Import `{{replacement}}` instead of `{{specifier}}`, the authn-only bundle without the `idx` module.',
      useIdx: 'Call `{{call}}` instead, then handle the IDX transaction.',
      useDefaultEntry: 'Import `{{replacement}}` and check the test mocks of `{{specifier}}`.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    validateVersionSettings(context, AUTH_JS_POLICY);

    /** What the okta-auth-js version says about the replacement: asked once per file. */
    let versionNote: string | undefined;
    function note(): string {
      if (versionNote !== undefined) return versionNote;
      const info = resolveVersion(context, AUTH_JS_POLICY);
      const version = describeVersion(info, AUTH_JS_POLICY);
      const hasIdx = versionAtLeast(info, AUTH_JS_VERSIONS.idx);
      // The version matters to the message only when the replacement needs an upgrade first (the rest is in the docs).
      versionNote = hasIdx === false ? `; okta-auth-js ${version} needs ${AUTH_JS_VERSIONS.idx}+` : '';
      return versionNote;
    }

    /** The call renamed to its counterpart on the same client: `authClient.signIn(…)` → `authClient.idx.authenticate(…)`. */
    function rename(call: TSESTree.CallExpression, found: AuthnCall): { text: string; fix: TSESLint.ReportFixFunction } | null {
      const receiver = receiverOf(call, found.path, sourceCode);
      if (!found.rename || !receiver) return null;
      const callee = unwrap(call.callee);
      const text = `${sourceCode.getText(receiver)}.${found.rename.join('.')}`;
      // Optional chaining or a computed key in the callee: leave the edit to a person.
      if (callee.type !== T.MemberExpression || callee.optional || callee.computed || call.callee.type === T.ChainExpression) return null;
      return { text, fix: (fixer) => fixer.replaceText(call.callee, text) };
    }

    return mergeListeners(
      {
      CallExpression(call) {
        const found = matchAuthnCall(call, sourceCode);
        if (!found) return;
        const callee = unwrap(call.callee);
        const node = callee.type === T.MemberExpression ? callee.property : call.callee;
        const method = found.path.includes('*') ? `${found.path[0]}.${sourceCode.getText(node)}` : found.path.join('.');
        const edit = rename(call, found);
        context.report({
          node,
          messageId: 'authnCall',
          data: { method, replacement: found.replacement, version: note() },
          // The transaction models differ: the rename is a starting point, never an autofix.
          suggest: edit ? [{ messageId: 'useIdx', data: { call: `${edit.text}()` }, fix: edit.fix }] : [],
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
            const fix = (fixer: TSESLint.RuleFixer) => [source, ...mocks].map((node) => rewriteSpecifier(fixer, sourceCode, node, AUTH_JS_PACKAGE));
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
