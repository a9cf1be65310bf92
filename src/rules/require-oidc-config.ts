import { OIDC_OPTIONS, OPTION } from '../analysis/okta/widget.js';
import { createRule } from '../rule-kit/create-rule.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

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
      missingOidcConfig: 'Add {{options}}{{flow}} to sign in through an OIDC app.',
    },
  },
  create(context) {
    return widgetListeners(context, undefined, (widget, report) => {
      if (widget.hosted) return;
      const absent = (key: string): boolean => widget.option(key).presence === false;
      if (!absent(OPTION.clientId) || !absent(OPTION.stateToken) || !absent(OPTION.proxyIdxResponse)) return;
      // This rule owns the widget without an OIDC app; on 5.2–6.x it also needs the flow (require-interaction-code-flow stays silent here).
      const needsFlow = widget.admitsFlowVersions && widget.option(OPTION.useInteractionCodeFlow).truth !== true;
      report({
        node: widget.callee,
        messageId: 'missingOidcConfig',
        data: { options: OIDC_LIST, flow: needsFlow ? ' (and `useInteractionCodeFlow: true`)' : '' },
      });
    });
  },
});
