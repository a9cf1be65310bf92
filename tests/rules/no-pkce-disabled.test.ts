import rule from '../../src/rules/no-pkce-disabled.js';
import { createRuleTester, fromSettings, javascript, UNKNOWN_VERSION, widget } from './tester.js';

const ruleTester = createRuleTester();
const at = (version: string, where = '') => ({ where, version: fromSettings(version) });

ruleTester.run('no-pkce-disabled', rule, {
  valid: [
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`, ...javascript(), settings: widget('6.9.0') },
    // 5.2–6.x without the flow: Classic, where pkce: false is allowed.
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`, settings: widget('6.9.0') },
    // Before 5.2.0 there is no flow at all.
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, authParams: { pkce: false } });`, settings: widget('5.1.0') },
    // 7.x forced to Classic, or with no clientId anywhere (no auth client to check).
    { code: `new OktaSignIn({ clientId: 'x', useClassicEngine: true, authParams: { pkce: false } });`, settings: widget('7.2.0') },
    { code: `new OktaSignIn({ baseUrl, authParams: { pkce: false } });`, settings: widget('7.2.0') },
    // 7.x ignores useInteractionCodeFlow: forced to Classic, it never checks PKCE.
    {
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, useClassicEngine: true, authParams: { pkce: false } });`,
      settings: widget('7.2.0'),
    },
    // Unknown version without the flow option: either engine.
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`, settings: UNKNOWN_VERSION },
    // A range that admits 6.x (no check without the flow) and 7.x (a check): not every version throws.
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`, settings: widget('>=6.9.0') },
    // PKCE on, or dynamic.
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: true } });`, settings: widget('7.2.0') },
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: usePkce } });`, settings: widget('7.2.0') },
    { code: `new OktaSignIn({ clientId: 'x', useClassicEngine: legacy, authParams: { pkce: false } });`, settings: widget('7.2.0') },
    { code: `new OktaSignIn({ clientId: 'x', authClient: makeClient() });`, settings: widget('7.2.0') },
    {
      code: `const authClient = new OktaAuth({ clientId: 'x', pkce: true });\nnew OktaSignIn({ clientId: 'x', authClient });`,
      settings: widget('7.2.0'),
    },
    // Not the widget.
    { code: `new OktaAuth({ clientId: 'x', pkce: false });`, settings: widget('7.2.0') },
  ],
  invalid: [
    {
      // The only key of authParams: the empty object goes with it.
      code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`,
      ...javascript(),
      settings: widget('7.0.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          data: at('7.0.0'),
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 58,
          suggestions: [{ messageId: 'removePkce', output: `new OktaSignIn({ clientId: 'x' });` }],
        },
      ],
    },
    {
      code: `new OktaSignIn({
  clientId: 'x',
  authParams: {
    pkce: false,
    responseType: 'code',
  },
});`,
      settings: widget('7.2.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          data: at('7.2.0'),
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'removePkce',
              output: `new OktaSignIn({
  clientId: 'x',
  authParams: {
    responseType: 'code',
  },
});`,
            },
          ],
        },
      ],
    },
    {
      // 7.x throws whenever the auth client has a clientId, even one only in authParams (whose router would be Classic).
      code: `new OktaSignIn({ baseUrl, authParams: { clientId: 'x', pkce: false } });`,
      settings: widget('7.2.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          data: at('7.2.0'),
          line: 1,
          column: 56,
          endLine: 1,
          endColumn: 67,
          suggestions: [{ messageId: 'removePkce', output: `new OktaSignIn({ baseUrl, authParams: { clientId: 'x' } });` }],
        },
      ],
    },
    {
      // …or when it is given an auth client built with PKCE off.
      code: `import { OktaAuth } from '@okta/okta-auth-js';
const authClient = new OktaAuth({ issuer, clientId: 'x', pkce: false });
new OktaSignIn({ baseUrl, authClient });`,
      settings: widget('^7.20.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          data: at('^7.20.0', ' from the `authClient`'),
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'removePkce',
              output: `import { OktaAuth } from '@okta/okta-auth-js';
const authClient = new OktaAuth({ issuer, clientId: 'x' });
new OktaSignIn({ baseUrl, authClient });`,
            },
          ],
        },
      ],
    },
    {
      // useInteractionCodeFlow: true never works without PKCE, on every range that admits 5.2.0 or later.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, authParams: { pkce: false } });`,
      settings: widget('~5.16.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          data: at('~5.16.0'),
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 88,
          suggestions: [{ messageId: 'removePkce', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, authParams: { pkce: false, display: 'page' } });`,
      settings: widget('^5.0.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          data: at('^5.0.0'),
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'removePkce',
              output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, authParams: { display: 'page' } });`,
            },
          ],
        },
      ],
    },
    {
      code: `const cfg = { clientId: 'x', useInteractionCodeFlow: true, authParams: { display: 'page' } };
cfg.authParams.pkce = false;
new OktaSignIn(cfg);`,
      settings: UNKNOWN_VERSION,
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          data: { where: '', version: 'version unknown' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'removePkce',
              output: `const cfg = { clientId: 'x', useInteractionCodeFlow: true, authParams: { display: 'page' } };
new OktaSignIn(cfg);`,
            },
          ],
        },
      ],
    },
    {
      // A dotted key is the same path.
      code: `new OktaSignIn({ clientId: 'x', 'authParams.pkce': false, useClassicEngine: false });`,
      settings: widget('7.49.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          data: at('7.49.0'),
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 57,
          suggestions: [{ messageId: 'removePkce', output: `new OktaSignIn({ clientId: 'x', useClassicEngine: false });` }],
        },
      ],
    },
  ],
});
