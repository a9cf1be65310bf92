import { analyzeWidget, widgetHas } from '../analysis/engine.js';
import { OIDC_OPTIONS, OPTION } from '../analysis/okta-api.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'missingOidcConfig';

const listed = OIDC_OPTIONS.map((name) => `\`${name}\``);
const OIDC_LIST = `${listed.slice(0, -1).join(', ')} and ${listed.at(-1) ?? ''}`;

export default createRule<[], MessageIds>({
  name: 'require-oidc-config',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an OIDC app context (a top-level `clientId`) on embedded Sign-In Widgets',
      recommended: 'error',
    },
    schema: [],
    messages: {
      missingOidcConfig:
        'This Sign-In Widget has no top-level `clientId` and no `stateToken`, so it has no OIDC app context: every widget version, 7.x included, then runs the Classic Engine router. Add {{options}} to the widget options (a `clientId` inside `authParams` or an `authClient` does not count).',
    },
  },
  create(context) {
    const { sourceCode } = context;
    return {
      NewExpression(node) {
        const widget = analyzeWidget(node, sourceCode);
        if (!widget || widget.hosted) return;
        const absent = (key: string): boolean => widgetHas(widget, [key], sourceCode) === 'no';
        if (absent(OPTION.clientId) && absent(OPTION.stateToken) && absent(OPTION.proxyIdxResponse)) {
          context.report({
            node: widget.construction.callee,
            messageId: 'missingOidcConfig',
            data: { options: OIDC_LIST },
          });
        }
      },
    };
  },
});
