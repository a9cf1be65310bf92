import path from 'node:path';
import { AUTH_JS_PACKAGE, IDX_JS_PACKAGE } from '../analysis/okta/auth-js.js';
import { dependencyEntries, jsonRoot, type DependencyEntry } from '../analysis/package-json.js';
import { createRule, isJavaScript } from '../utils/create-rule.js';
import { moduleSpecifierListeners } from '../utils/module-specifiers.js';

type MessageIds = 'idxJsImport' | 'idxJsDependency';

const ALIAS = 'npm:';

const isIdxJs = (specifier: string): boolean => specifier === IDX_JS_PACKAGE || specifier.startsWith(`${IDX_JS_PACKAGE}/`);

/** The dependency is idx-js: by name, or an npm alias of it (`"idx": "npm:@okta/okta-idx-js@0.25.1"`). */
function isIdxJsEntry(entry: DependencyEntry): boolean {
  if (entry.name === IDX_JS_PACKAGE) return true;
  const spec = entry.spec?.trim() ?? '';
  return spec.startsWith(`${ALIAS}${IDX_JS_PACKAGE}@`) || spec === `${ALIAS}${IDX_JS_PACKAGE}`;
}

const REPLACEMENT = `\`authClient.idx.start()\` (okta-auth-js computes PKCE and calls interact), \`authClient.idx.proceed(…)\`, \`transaction.nextStep\`, \`authClient.idx.cancel()\`, and the tokens on \`SUCCESS\` (or \`token.exchangeCodeForTokens({ interactionCode, codeVerifier })\`)`;

export default createRule<[], MessageIds>({
  name: 'no-okta-idx-js',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `@okta/okta-idx-js`, deprecated in favour of the `idx` module of okta-auth-js',
      recommended: 'error',
      targets: ['js', 'package-json'],
    },
    schema: [],
    messages: {
      idxJsImport: `Use the \`idx\` module of \`${AUTH_JS_PACKAGE}\` instead of \`{{specifier}}\`, which Okta deprecated. Its \`idx.start()\` prints a deprecation warning on every call. The replacements: ${REPLACEMENT}.`,
      idxJsDependency: `Replace \`${IDX_JS_PACKAGE}\` with \`${AUTH_JS_PACKAGE}\` 5.1.1 or later, whose \`idx\` module replaces it. Okta deprecated it, though npm does not warn. The replacements: ${REPLACEMENT}.`,
    },
  },
  create(context) {
    const { sourceCode } = context;
    const check = (ast: unknown): void => {
      for (const entry of dependencyEntries(jsonRoot(ast))) {
        if (isIdxJsEntry(entry)) context.report({ loc: entry.node.loc, messageId: 'idxJsDependency' });
      }
    };
    // A package.json is read as JSON whichever parser or language ESLint used for it.
    if (path.basename(context.physicalFilename) === 'package.json') {
      return { Program: (node) => check(node), Document: (node: unknown) => check(node) };
    }
    if (!isJavaScript(sourceCode.ast)) return {};
    return moduleSpecifierListeners(sourceCode, isIdxJs, ({ sources }) => {
      for (const { node, specifier } of sources) context.report({ node, messageId: 'idxJsImport', data: { specifier } });
    });
  },
});
