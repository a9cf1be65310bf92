import { OIDC_OPTIONS, OPTION } from '../analysis/okta/widget.js';
import { createRule } from '../utils/create-rule.js';
import { widgetListeners } from '../utils/widget-rule.js';

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
    return widgetListeners(context, undefined, (widget, report) => {
      if (widget.hosted) return;
      const absent = (key: string): boolean => widget.option(key).presence === 'no';
      if (absent(OPTION.clientId) && absent(OPTION.stateToken) && absent(OPTION.proxyIdxResponse)) {
        report({ node: widget.callee, messageId: 'missingOidcConfig', data: { options: OIDC_LIST } });
      }
    });
  },
});
