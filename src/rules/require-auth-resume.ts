import { AUTH_RESUME_HANDLER, OKTA_REACT_MODULE, REACT_LOGIN_CALLBACK } from '../analysis/okta/frameworks.js';
import { getCallbackView } from '../analysis/views/callback-view.js';
import { createRule, isJavaScript } from '../rule-kit/create-rule.js';
import { packageJsonListeners } from '../rule-kit/package-json-rule.js';

type MessageIds = 'missingAuthResume' | 'sdkTooOld';

export default createRule<[], MessageIds>({
  name: 'require-auth-resume',
  meta: {
    type: 'problem',
    docs: {
      description: "Require a login callback that resumes an embedded widget's sign-in (`onAuthResume`) where the package embeds the widget",
      recommended: 'warn',
      targets: ['js', 'package-json'],
    },
    schema: [],
    messages: {
      missingAuthResume: `\`<${REACT_LOGIN_CALLBACK}>\` without \`${AUTH_RESUME_HANDLER}\`: a sign-in that returns \`interaction_required\` cannot resume in the widget.`,
      sdkTooOld: `\`{{sdk}}\` \`{{range}}\` admits versions below {{minimum}}, whose callback cannot resume the widget's sign-in (\`${AUTH_RESUME_HANDLER}\`).`,
    },
  },
  create(context) {
    const callbacks = getCallbackView(context);
    const packageJson = packageJsonListeners(context, (root) => {
      for (const { loc, sdk, range, minimum } of callbacks.oldFrameworkDependencies(root)) {
        context.report({ loc, messageId: 'sdkTooOld', data: { sdk, range, minimum } });
      }
    });
    if (packageJson) return packageJson;
    if (!isJavaScript(context.sourceCode.ast) || !context.sourceCode.text.includes(REACT_LOGIN_CALLBACK)) return {};
    // okta-react's component: the name is imported from `@okta/okta-react`, so the file names it.
    if (!context.sourceCode.text.includes(OKTA_REACT_MODULE)) return {};
    return {
      JSXOpeningElement(node) {
        if (callbacks.reactCallbackWithoutResume(node)) context.report({ node: node.name, messageId: 'missingAuthResume' });
      },
    };
  },
});
