import rule from '../../src/rules/require-interaction-code-flow.js';
import { createRuleTester, UNKNOWN_VERSION, widget, javascript } from './tester.js';

const ruleTester = createRuleTester();
const V6 = widget('6.9.0');
const NO_BLOCKER = '';
const MISSING = 'without `useInteractionCodeFlow: true`';
const NOT_TRUE = 'with `useInteractionCodeFlow` not `true`';
const BLOCKED_CLIENT_ID =
  ' No edit is offered: the options have no top-level `clientId`, so the widget has no OIDC app to run the flow for (see okta-oie/require-oidc-config).';
const BLOCKED_PKCE =
  ' No edit is offered: `authParams.pkce` is `false`, and the Interaction Code flow requires PKCE (see okta-oie/no-pkce-disabled).';

ruleTester.run('require-interaction-code-flow', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    // JavaScript (espree): a shadowing local and the hosted page.
    { code: `const OktaSignIn = makeStub();\nnew OktaSignIn({ clientId: 'x' });`, ...javascript(), settings: V6 },
    { code: `var config = OktaUtil.getSignInWidgetConfig();\nvar signIn = new OktaSignIn(config);`, ...javascript(), settings: V6 },
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, settings: V6 },
    // 7.x runs the Identity Engine by default.
    { code: `new OktaSignIn({ clientId: 'x' });`, settings: widget('7.20.0') },
    { code: `new OktaSignIn({ clientId: 'x' });`, settings: widget('^7.20.0') },
    { code: `new OktaSignIn({ clientId: 'x' });`, options: [{ widgetVersion: '7.0.0' }], settings: V6 },
    // A dynamic value is not reported.
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: process.env.OIE === 'on' });`, settings: V6 },
    // A parameter that shadows the global is not the widget.
    { code: `function render(OktaSignIn) { return new OktaSignIn({ clientId: 'x' }); }`, settings: V6 },
    { code: `import { OktaSignIn } from './my-widget'; new OktaSignIn({ clientId: 'x' });`, settings: V6 },
    // Okta-hosted pages: Okta sets the engine.
    { code: `var config = OktaUtil.getSignInWidgetConfig();\nnew OktaSignIn(config);`, settings: V6 },
    { code: `new OktaSignIn({ ...OktaUtil.getSignInWidgetConfig(), el: '#w' });`, settings: V6 },
    { code: `new OktaSignIn(Object.assign({}, OktaUtil.getSignInWidgetConfig(), { el: '#w' }));`, settings: V6 },
    // Unresolvable: never guess.
    { code: `new OktaSignIn({ ...getConfig(), clientId: 'x' });`, settings: V6 },
    { code: `export function start(config) { return new OktaSignIn(config); }`, settings: V6 },
    { code: `new OktaSignIn(loadConfig());`, settings: V6 },
    { code: `const key = pick(); new OktaSignIn({ clientId: 'x', [key]: true });`, settings: V6 },
    // `useInteractionCodeFlow` as an ordinary variable, passed in shorthand.
    { code: `const useInteractionCodeFlow = true;\nnew OktaSignIn({ clientId: 'x', useInteractionCodeFlow });`, settings: V6 },
    { code: `const config = { useInteractionCodeFlow: true };\nif (config.useInteractionCodeFlow) start();`, settings: V6 },
    // Writes before the constructor.
    { code: `const cfg = { clientId: 'x' };\ncfg.useInteractionCodeFlow = true;\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\nObject.assign(cfg, { useInteractionCodeFlow: true });\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\ntweak(cfg);\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\nfunction later() { cfg.useInteractionCodeFlow = true; }\nnew OktaSignIn(cfg);`, settings: V6 },
    // Other constructors.
    { code: `new OktaAuth({ clientId: 'x' }); new Widget({ clientId: 'x' });`, settings: V6 },
  ],
  invalid: [
    {
      // JSX parsed by espree.
      code: `const OktaSignIn = require('@okta/okta-signin-widget');
export const Login = () => <div ref={(el) => new OktaSignIn({ el, clientId: 'x' })} />;`,
      ...javascript('Login.jsx'),
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: `const OktaSignIn = require('@okta/okta-signin-widget');
export const Login = () => <div ref={(el) => new OktaSignIn({ el, clientId: 'x', useInteractionCodeFlow: true })} />;`,
      errors: [{ messageId: 'missingFlow', data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER }, line: 2, column: 50, endLine: 2, endColumn: 60 }],
    },
    {
      code: `import OktaSignIn from '@okta/okta-signin-widget';
const widget = new OktaSignIn({
  issuer: 'https://acme.okta.com/oauth2/default',
  clientId: '0oa1',
  redirectUri: window.location.origin,
});`,
      settings: V6,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `import OktaSignIn from '@okta/okta-signin-widget';
const widget = new OktaSignIn({
  issuer: 'https://acme.okta.com/oauth2/default',
  clientId: '0oa1',
  redirectUri: window.location.origin,
  useInteractionCodeFlow: true,
});`,
            },
          ],
        },
      ],
    },
    {
      // Single line, no trailing comma; the migrate config makes it an autofix.
      code: `new OktaSignIn({ clientId: 'x', redirectUri: '/cb' });`,
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', redirectUri: '/cb', useInteractionCodeFlow: true });`,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
        },
      ],
    },
    {
      // `false` becomes `true`; the finding is on the property.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: false });`,
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: NOT_TRUE, blocker: NO_BLOCKER },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 62,
          suggestions: [
            { messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` },
          ],
        },
      ],
    },
    {
      // Options in a const above: edit them there, keeping quotes and the comment.
      code: `const OktaSignIn = require('@okta/okta-signin-widget');
const config = {
  'clientId': '0oa1', // the SPA app
};
const signIn = new OktaSignIn(config);`,
      settings: widget('^5.9.0'),
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '5.9.0', current: MISSING, blocker: NO_BLOCKER },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `const OktaSignIn = require('@okta/okta-signin-widget');
const config = {
  'clientId': '0oa1', // the SPA app
  'useInteractionCodeFlow': true,
};
const signIn = new OktaSignIn(config);`,
            },
          ],
        },
      ],
    },
    {
      // No trailing comma and a comment after the last property.
      code: `new window.OktaSignIn({
  clientId: 'x' // app
});`,
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: `new window.OktaSignIn({
  clientId: 'x', // app
  useInteractionCodeFlow: true
});`,
      errors: [{ messageId: 'missingFlow', data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER }, line: 1, column: 5, endLine: 1, endColumn: 22 }],
    },
    {
      // CRLF line endings and tab indentation are kept.
      code: 'new OktaSignIn({\r\n\tclientId: "x",\r\n});\r\n',
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: 'new OktaSignIn({\r\n\tclientId: "x",\r\n\tuseInteractionCodeFlow: true,\r\n});\r\n',
      errors: [{ messageId: 'missingFlow', data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER }, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      // Below 5.2.0: the widget must be upgraded too; the edit is still offered.
      code: `new OktaSignIn({ clientId: 'x' });`,
      settings: widget('4.5.0'),
      errors: [
        {
          messageId: 'missingFlowOldWidget',
          data: { version: '4.5.0', current: MISSING, blocker: NO_BLOCKER },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      // Unknown version: the message holds either way.
      code: `new OktaSignIn({ clientId: 'x' });`,
      settings: UNKNOWN_VERSION,
      errors: [
        {
          messageId: 'missingFlowUnknownVersion',
          data: { version: 'unknown', current: MISSING, blocker: NO_BLOCKER },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      // No top-level clientId: report without an edit.
      code: `new OktaSignIn({ baseUrl: 'https://acme.okta.com', authParams: { clientId: 'x' } });`,
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: MISSING, blocker: BLOCKED_CLIENT_ID },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`,
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: MISSING, blocker: BLOCKED_PKCE },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      // A literal `false` written before the constructor: the assignment is edited.
      code: `const cfg = { clientId: 'x' };
cfg.useInteractionCodeFlow = false;
new OktaSignIn(cfg);`,
      settings: V6,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: NOT_TRUE, blocker: NO_BLOCKER },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `const cfg = { clientId: 'x' };
cfg.useInteractionCodeFlow = true;
new OktaSignIn(cfg);`,
            },
          ],
        },
      ],
    },
    {
      // TypeScript: an ambient global, a cast, a shorthand const that is false.
      code: `declare const OktaSignIn: any;
const useInteractionCodeFlow = false;
new OktaSignIn({ clientId: 'x', useInteractionCodeFlow } as WidgetOptions);`,
      settings: V6,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: NOT_TRUE, blocker: NO_BLOCKER },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `declare const OktaSignIn: any;
const useInteractionCodeFlow = false;
new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as WidgetOptions);`,
            },
          ],
        },
      ],
    },
    {
      // Named and namespace imports, the /oie subpath, `satisfies`.
      code: `import * as Okta from '@okta/okta-signin-widget/oie';
new Okta.OktaSignIn({ clientId: 'x' } satisfies object);`,
      settings: V6,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `import * as Okta from '@okta/okta-signin-widget/oie';
new Okta.OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } satisfies object);`,
            },
          ],
        },
      ],
    },
    {
      // One config, two widgets: each constructor is reported, each edit lands in the const.
      code: `import { OktaSignIn as Widget } from '@okta/okta-signin-widget';
const config = { clientId: 'x' };
const a = new Widget(config);
const b = new Widget(config);`,
      options: [{ fix: 'autofix' }],
      settings: V6,
      output: `import { OktaSignIn as Widget } from '@okta/okta-signin-widget';
const config = { clientId: 'x', useInteractionCodeFlow: true };
const a = new Widget(config);
const b = new Widget(config);`,
      errors: [
        { messageId: 'missingFlow', data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER }, line: 3, column: 15, endLine: 3, endColumn: 21 },
        { messageId: 'missingFlow', data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER }, line: 4, column: 15, endLine: 4, endColumn: 21 },
      ],
    },
    {
      // JSX: a class component keeps the widget on `this`.
      code: `import OktaSignIn from '@okta/okta-signin-widget';
class Login extends React.Component {
  componentDidMount() {
    this.widget = new OktaSignIn({ clientId: this.props.clientId, el: '#w' });
  }
  render() { return <div id="w" />; }
}`,
      filename: 'react.tsx',
      settings: V6,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `import OktaSignIn from '@okta/okta-signin-widget';
class Login extends React.Component {
  componentDidMount() {
    this.widget = new OktaSignIn({ clientId: this.props.clientId, el: '#w', useInteractionCodeFlow: true });
  }
  render() { return <div id="w" />; }
}`,
            },
          ],
        },
      ],
    },
    {
      // A spread of a resolvable const, then optional chaining on the global object.
      code: `const base = { clientId: 'x' };
const W = window?.OktaSignIn;
new W({ ...base, el: '#w', });`,
      settings: V6,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '6.9.0', current: MISSING, blocker: NO_BLOCKER },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `const base = { clientId: 'x' };
const W = window?.OktaSignIn;
new W({ ...base, el: '#w', useInteractionCodeFlow: true, });`,
            },
          ],
        },
      ],
    },
  ],
});
