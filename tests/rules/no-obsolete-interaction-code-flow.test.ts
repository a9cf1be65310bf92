import rule from '../../src/rules/no-obsolete-interaction-code-flow.js';
import { createRuleTester, UNKNOWN_VERSION, widget, javascript } from './tester.js';

const ruleTester = createRuleTester();
const V7 = widget('^7.20.0');
const DATA = { version: 'widget 7.20.0' };

ruleTester.run('no-obsolete-interaction-code-flow', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, ...javascript(), settings: widget('6.9.0') },
    // Before 7.0 the option is needed; with an unknown version it may be.
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, settings: widget('6.9.0') },
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, settings: UNKNOWN_VERSION },
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, options: [{ widgetVersion: '6.9.0' }], settings: V7 },
    { code: `new OktaSignIn({ clientId: 'x' });`, settings: V7 },
    // An ordinary variable or config field of the app, not a widget option.
    { code: `const config = { useInteractionCodeFlow: true };\nexport default config;`, settings: V7 },
    { code: `function useInteractionCodeFlow() { return true; }`, settings: V7 },
    // Unknown: an opaque spread after it may set it again.
    { code: `new OktaSignIn({ useInteractionCodeFlow: true, ...rest });`, settings: V7 },
    { code: `function f(OktaSignIn) { return new OktaSignIn({ useInteractionCodeFlow: true }); }`, settings: V7 },
  ],
  invalid: [
    {
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
      ...javascript(),
      settings: V7,
      output: `new OktaSignIn({ clientId: 'x' });`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 1, column: 33, endLine: 1, endColumn: 61 }],
    },
    {
      code: `import OktaSignIn from '@okta/okta-signin-widget';
const cfg = {
  issuer,
  clientId,
  redirectUri,
  useInteractionCodeFlow: true,
};
new OktaSignIn(cfg);`,
      settings: V7,
      output: `import OktaSignIn from '@okta/okta-signin-widget';
const cfg = {
  issuer,
  clientId,
  redirectUri,
};
new OktaSignIn(cfg);`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 6, column: 3, endLine: 6, endColumn: 31 }],
    },
    {
      // CRLF: the whole line goes, and only it.
      code: 'new OktaSignIn({\r\n  clientId: "x",\r\n  useInteractionCodeFlow: true, // OIE\r\n  el: "#w",\r\n});\r\n',
      settings: V7,
      output: 'new OktaSignIn({\r\n  clientId: "x",\r\n  el: "#w",\r\n});\r\n',
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 3, column: 3, endLine: 3, endColumn: 31 }],
    },
    {
      // `false` does not keep Classic on 7.x: a suggestion only.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: false, el: '#w' });`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'obsoleteFlowNotTrue',
          data: DATA,
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 62,
          suggestions: [{ messageId: 'removeFlow', output: `new OktaSignIn({ clientId: 'x', el: '#w' });` }],
        },
      ],
    },
    {
      // A dynamic value: a suggestion.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: flags.oie });`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'obsoleteFlowNotTrue',
          data: DATA,
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 66,
          suggestions: [{ messageId: 'removeFlow', output: `new OktaSignIn({ clientId: 'x' });` }],
        },
      ],
    },
    {
      // Assigned before the constructor: the statement goes.
      code: `const cfg = { clientId: 'x' };
cfg.useInteractionCodeFlow = true;
new OktaSignIn(cfg);`,
      settings: V7,
      output: `const cfg = { clientId: 'x' };
new OktaSignIn(cfg);`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 34 }],
    },
    {
      // Last property on a shared line; the rule option overrides the settings.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true })`,
      options: [{ widgetVersion: '7.0.0' }],
      settings: widget('6.0.0'),
      output: `new OktaSignIn({ clientId: 'x' })`,
      errors: [{ messageId: 'obsoleteFlow', data: { version: 'widget 7.0.0' }, line: 1, column: 33, endLine: 1, endColumn: 61 }],
    },
  ],
});
