import rule from '../../src/rules/no-otp-state-assignment.js';
import { createRuleTester, fromSettings, javascript, span, UNKNOWN_VERSION, widget } from './tester.js';

const ruleTester = createRuleTester();
const IMPORT = `import OktaSignIn from '@okta/okta-signin-widget';\n`;
const AUTOFIX: [{ fix: 'autofix' }] = [{ fix: 'autofix' }];

// Okta's embedded-widget guide: the values read from the magic link are set on the instance.
const docsPattern = `${IMPORT}const searchParams = new URL(window.location.href).searchParams;
const signIn = new OktaSignIn({ issuer, clientId, redirectUri });
signIn.otp = searchParams.get('otp');
signIn.state = searchParams.get('state');
signIn.showSignIn({ el: '#okta-login-container' });`;
const docsFixed = `${IMPORT}const searchParams = new URL(window.location.href).searchParams;
const signIn = new OktaSignIn({ issuer, clientId, redirectUri, otp: searchParams.get('otp') });
signIn.state = searchParams.get('state');
signIn.showSignIn({ el: '#okta-login-container' });`;
const docsFixedState = `${IMPORT}const searchParams = new URL(window.location.href).searchParams;
const signIn = new OktaSignIn({ issuer, clientId, redirectUri, state: searchParams.get('state') });
signIn.otp = searchParams.get('otp');
signIn.showSignIn({ el: '#okta-login-container' });`;

// Values known before construction, side-effect free: an autofix in migrate mode.
const plain = `${IMPORT}const otp = params.otp;
const widget = new OktaSignIn({
  clientId: 'c',
});
widget.otp = otp;
widget.renderEl({ el: '#x' });`;
const plainFixed = `${IMPORT}const otp = params.otp;
const widget = new OktaSignIn({
  clientId: 'c',
  otp: otp,
});
widget.renderEl({ el: '#x' });`;

// The value is declared after the construction: it cannot move there.
const later = `${IMPORT}const widget = new OktaSignIn({ clientId: 'c' });
const state = load();
widget.state = state;`;
// Under a condition: only a suggestion.
const conditional = `${IMPORT}const otp = params.otp;
const widget = new OktaSignIn({ clientId: 'c' });
if (otp) { widget.otp = otp; }`;
const conditionalFixed = `${IMPORT}const otp = params.otp;
const widget = new OktaSignIn({ clientId: 'c', otp: otp });
if (otp) { }`;
// A shared options object: not private, a suggestion.
const shared = `${IMPORT}const config = { clientId: 'c' };
const widget = new OktaSignIn(config);
widget.state = 'abc';
log(config);`;
const sharedFixed = `${IMPORT}const config = { clientId: 'c', state: 'abc' };
const widget = new OktaSignIn(config);
log(config);`;
// A class member holding the widget.
const inClass = `${IMPORT}class Login {
  constructor(config) { this.widget = new OktaSignIn(config); }
  resume(otp) { this.widget.otp = otp; }
}`;
// Opaque options: the finding, no edit.
const opaque = `function mount(config, otp) {\n  const w = new OktaSignIn(config);\n  w.otp = otp;\n}`;
// Already in the options: the assignment is only dropped by hand.
const already = `${IMPORT}const w = new OktaSignIn({ clientId: 'c', otp });\nw.otp = otp;`;

ruleTester.run('no-otp-state-assignment', rule, {
  valid: [
    // Okta's README: the options of the constructor (the already-migrated sample).
    `${IMPORT}const signIn = new OktaSignIn({ issuer, clientId, redirectUri, otp: params.get('otp'), state: params.get('state') });`,
    // Setting the config before \`new\` is fine.
    `${IMPORT}const config = { clientId: 'c' };\nconfig.otp = params.get('otp');\nconfig.state = params.get('state');\nconst w = new ` +
      `OktaSignIn(config);`,
    // React's state, a store's state, an auth-js client's options.
    `import React from 'react';\nclass Login extends React.Component {\n  constructor(props) { super(props); this.state = { otp: null }; ` +
      `this.widget = new OktaSignIn({ clientId: 'c' }); }\n}`,
    `const store = createStore();\nstore.state = next;\nstore.otp = otp;`,
    `import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer });\nauthClient.options.state = 'x';`,
    // Another key, a read, a compound assignment.
    `${IMPORT}const w = new OktaSignIn({});\nw.foo = 1;\nconsole.log(w.state);`,
    // A variable that may hold something else.
    `${IMPORT}let w = new OktaSignIn({});\nw = makeEmitter();\nw.state = 'x';`,
  ],
  invalid: [
    {
      code: docsPattern,
      ...javascript(),
      output: null,
      errors: [
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'otp', home: '' },
          ...span(docsPattern, `signIn.otp = searchParams.get('otp')`),
          suggestions: [{ messageId: 'moveIntoOptions', data: { key: 'otp' }, output: docsFixed }],
        },
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'state', home: '' },
          ...span(docsPattern, `signIn.state = searchParams.get('state')`),
          suggestions: [{ messageId: 'moveIntoOptions', data: { key: 'state' }, output: docsFixedState }],
        },
      ],
    },
    {
      // A call moves earlier: a suggestion even in migrate mode.
      code: docsPattern,
      options: AUTOFIX,
      output: null,
      errors: [
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'otp', home: '' },
          ...span(docsPattern, "signIn.otp = searchParams.get('otp')"),
          suggestions: [{ messageId: 'moveIntoOptions', data: { key: 'otp' }, output: docsFixed }],
        },
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'state', home: '' },
          ...span(docsPattern, "signIn.state = searchParams.get('state')"),
          suggestions: [{ messageId: 'moveIntoOptions', data: { key: 'state' }, output: docsFixedState }],
        },
      ],
    },
    {
      code: plain,
      options: AUTOFIX,
      output: plainFixed,
      errors: [{ messageId: 'assignedAfterConstruction', data: { key: 'otp', home: '' }, ...span(plain, 'widget.otp = otp') }],
    },
    {
      // The default: a suggestion.
      code: plain,
      output: null,
      errors: [
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'otp', home: '' },
          ...span(plain, 'widget.otp = otp'),
          suggestions: [{ messageId: 'moveIntoOptions', data: { key: 'otp' }, output: plainFixed }],
        },
      ],
    },
    {
      code: later,
      options: AUTOFIX,
      output: null,
      errors: [
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'state', home: '' },
          ...span(later, 'widget.state = state'),
          suggestions: [],
        },
      ],
    },
    {
      code: conditional,
      options: AUTOFIX,
      output: null,
      errors: [
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'otp', home: '' },
          ...span(conditional, 'widget.otp = otp'),
          suggestions: [{ messageId: 'moveIntoOptions', data: { key: 'otp' }, output: conditionalFixed }],
        },
      ],
    },
    {
      code: shared,
      options: AUTOFIX,
      output: null,
      errors: [
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'state', home: '' },
          ...span(shared, "widget.state = 'abc'"),
          suggestions: [{ messageId: 'moveIntoOptions', data: { key: 'state' }, output: sharedFixed }],
        },
      ],
    },
    {
      code: inClass,
      output: null,
      errors: [
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'otp', home: '' },
          ...span(inClass, 'this.widget.otp = otp'),
          suggestions: [],
        },
      ],
    },
    {
      code: opaque,
      output: null,
      errors: [{ messageId: 'assignedAfterConstruction', data: { key: 'otp', home: '' }, ...span(opaque, 'w.otp = otp'), suggestions: [] }],
    },
    {
      code: already,
      options: AUTOFIX,
      output: null,
      errors: [
        { messageId: 'assignedAfterConstruction', data: { key: 'otp', home: '' }, ...span(already, 'w.otp = otp'), suggestions: [] },
      ],
    },
    {
      // Below the version that has the option: no edit helps.
      code: `${IMPORT}const w = new OktaSignIn({ clientId: 'c' });\nw.otp = otp;`,
      settings: widget('5.16.0'),
      output: null,
      errors: [
        {
          messageId: 'optionTooNew',
          data: { key: 'otp', since: '6.0.0', version: fromSettings('5.16.0') },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      // The global, on a page; unknown version.
      code: `var oktaSignIn = new OktaSignIn(OktaUtil.getSignInWidgetConfig());\noktaSignIn.state = ctx.state;`,
      settings: UNKNOWN_VERSION,
      output: null,
      errors: [
        {
          messageId: 'assignedAfterConstruction',
          data: { key: 'state', home: '' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
          suggestions: [],
        },
      ],
    },
  ],
});
