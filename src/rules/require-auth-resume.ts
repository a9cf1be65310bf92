import type { TSESLint } from '@typescript-eslint/utils';
import {
  AUTH_RESUME_FALLBACK,
  AUTH_RESUME_HANDLER,
  OKTA_ANGULAR_MODULE,
  OKTA_REACT_MODULE,
  OKTA_VUE_MODULE,
  REACT_LOGIN_CALLBACK,
} from '../analysis/okta/frameworks.js';
import { getCallbackView } from '../analysis/views/callback-view.js';
import { createRule, isJavaScript } from '../rule-kit/create-rule.js';
import { mergeListeners } from '../rule-kit/listeners.js';
import { packageJsonListeners } from '../rule-kit/package-json-rule.js';

type MessageIds = 'missingAuthResume' | 'missingResumeHandler' | 'sdkTooOld';

export default createRule<[], MessageIds>({
  name: 'require-auth-resume',
  meta: {
    type: 'problem',
    docs: {
      description: "Require `onAuthResume` at the framework SDKs' login callback in a package that embeds the Sign-In Widget",
      recommended: 'warn',
      targets: ['js', 'package-json'],
    },
    schema: [],
    messages: {
      missingAuthResume:
        `\`<${REACT_LOGIN_CALLBACK}>\` without \`${AUTH_RESUME_HANDLER}\`: ` +
        `a sign-in that returns \`interaction_required\` cannot resume in the widget.`,
      missingResumeHandler:
        `\`{{component}}\` route, but the SDK config sets no \`${AUTH_RESUME_HANDLER}\` ` +
        `or \`${AUTH_RESUME_FALLBACK}\`: the sign-in cannot resume.`,
      sdkTooOld: `\`{{sdk}}\` below {{minimum}} cannot resume the widget's sign-in (no \`${AUTH_RESUME_HANDLER}\`): raise its range.`,
    },
  },
  create(context) {
    const callbacks = getCallbackView(context);
    const packageJson = packageJsonListeners(context, (root) => {
      for (const { loc, sdk, minimum } of callbacks.oldFrameworkDependencies(root)) {
        context.report({ loc, messageId: 'sdkTooOld', data: { sdk, minimum } });
      }
    });
    if (packageJson) return packageJson;
    const { sourceCode } = context;
    if (!isJavaScript(sourceCode.ast)) return {};
    const listeners: TSESLint.RuleListener[] = [];
    // okta-react's component: its name is imported from `@okta/okta-react`, so the file names both.
    if (sourceCode.text.includes(OKTA_REACT_MODULE) && sourceCode.text.includes(REACT_LOGIN_CALLBACK)) {
      listeners.push({
        JSXOpeningElement(node) {
          if (callbacks.reactCallbackWithoutResume(node)) context.report({ node: node.name, messageId: 'missingAuthResume' });
        },
      });
    }
    if (sourceCode.text.includes(OKTA_VUE_MODULE) || sourceCode.text.includes(OKTA_ANGULAR_MODULE)) {
      listeners.push(
        callbacks.routedCallbackListeners((node) => {
          context.report({ node, messageId: 'missingResumeHandler', data: { component: sourceCode.getText(node) } });
        }),
      );
    }
    return mergeListeners(...listeners);
  },
});
