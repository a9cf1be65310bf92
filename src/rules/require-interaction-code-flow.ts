import { OPTION } from '../analysis/okta/widget.js';
import type { WidgetView } from '../analysis/views/widget-view.js';
import type { MigrationRuleOptions } from '../types.js';
import { createRule } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { MIGRATION_RULE_EDITS } from '../rule-kit/schema.js';
import { widgetListeners } from '../rule-kit/widget-rule.js';

export type RequireInteractionCodeFlowOptions = MigrationRuleOptions;
type Options = [RequireInteractionCodeFlowOptions];
type MessageIds = 'missingFlow' | 'missingFlowAnyVersion' | 'upgradeWidget' | 'enableFlow';

/** Why no edit can be offered; each sentence ends the message. */
const BLOCKERS = {
  none: '',
  pkce: ' without `pkce: false`',
  literal: ' by hand',
} as const;

/** Which finding fits the versions that may run. */
function messageFor(widget: WidgetView): MessageIds {
  if (widget.hasInteractionCodeFlow === false) return 'upgradeWidget';
  return widget.hasInteractionCodeFlow === true && widget.defaultsToIdentityEngine === false ? 'missingFlow' : 'missingFlowAnyVersion';
}

export default createRule<Options, MessageIds>({
  name: 'require-interaction-code-flow',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `useInteractionCodeFlow: true` on embedded Sign-In Widgets before 7.0',
      recommended: 'error',
    },
    ...MIGRATION_RULE_EDITS,
    messages: {
      missingFlow: 'Set `useInteractionCodeFlow: true`{{blocker}} or widget {{version}} runs the Classic Engine.',
      missingFlowAnyVersion: 'Set `useInteractionCodeFlow: true`{{blocker}}, needed on 5.2–6.x: widget {{version}}.',
      upgradeWidget: 'Upgrade to widget 5.2.0 or later, as {{version}} only runs the Classic Engine.',
      enableFlow: 'Set `useInteractionCodeFlow: true` once the Interaction Code grant is enabled.',
    },
  },
  create(context, [options]) {
    return widgetListeners(context, options.widgetVersion, (widget, report) => {
      if (widget.hosted || widget.defaultsToIdentityEngine === true) return;
      const flow = widget.option(OPTION.useInteractionCodeFlow);
      if (flow.truth === 'unknown') return;
      const messageId = messageFor(widget);
      if (messageId === 'upgradeWidget') {
        report({ node: widget.callee, messageId, data: { version: widget.versionText } });
        return;
      }
      // A widget without an OIDC app belongs to require-oidc-config; a state token or proxied IDX response already runs the Identity
      // Engine.
      if (flow.truth === true || widget.option(OPTION.clientId).presence === false) return;
      if (widget.startsFromIdentityEngineState !== false) return;

      const pkce = widget.pkceOff;
      // An autofix only where the switch is sure to work and nothing else reads the text it changes.
      const edit = widget.setOption(
        OPTION.useInteractionCodeFlow,
        'true',
        { messageId: 'enableFlow' },
        widget.option(OPTION.clientId).presence === true && pkce === false,
      );
      const blocker: keyof typeof BLOCKERS = pkce === true ? 'pkce' : edit.fix ? 'none' : 'literal';
      // Options imported from another module: the finding stays here and names where the option belongs.
      const home = widget.optionsHome;
      const blockerText = blocker === 'literal' && home ? ` in ${home.file}:${home.line}` : BLOCKERS[blocker];
      report({
        node: flow.entry?.node ?? widget.callee,
        messageId,
        data: { version: widget.versionText, blocker: blockerText },
        ...(blocker === 'none' ? fixOrSuggest(options.fix, edit) : {}),
      });
    });
  },
});
