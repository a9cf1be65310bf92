import { AUTH_JS_PACKAGE, IDX_JS_PACKAGE } from '../analysis/okta/auth-js.js';
import { getPackageView } from '../analysis/views/package-view.js';
import { createRule, isJavaScript } from '../rule-kit/create-rule.js';
import { moduleSpecifierListeners } from '../rule-kit/module-specifiers.js';
import { packageJsonListeners } from '../rule-kit/package-json-rule.js';

type MessageIds = 'idxJsImport' | 'idxJsDependency';

const isIdxJs = (specifier: string): boolean => specifier === IDX_JS_PACKAGE || specifier.startsWith(`${IDX_JS_PACKAGE}/`);

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
      idxJsImport: `Use the \`idx\` module of \`${AUTH_JS_PACKAGE}\` instead of the deprecated \`{{specifier}}\`.`,
      idxJsDependency: `Replace the deprecated \`${IDX_JS_PACKAGE}\` with \`${AUTH_JS_PACKAGE}\` 5.1.1 or later and its \`idx\` module.`,
    },
  },
  create(context) {
    const { sourceCode } = context;
    const packages = getPackageView(context);
    const packageJson = packageJsonListeners(context, (root) => {
      for (const { loc } of packages.dependenciesOn(root, IDX_JS_PACKAGE)) context.report({ loc, messageId: 'idxJsDependency' });
    });
    if (packageJson) return packageJson;
    if (!isJavaScript(sourceCode.ast)) return {};
    return moduleSpecifierListeners(sourceCode, isIdxJs, ({ sources }) => {
      for (const { node, specifier } of sources) context.report({ node, messageId: 'idxJsImport', data: { specifier } });
    });
  },
});
