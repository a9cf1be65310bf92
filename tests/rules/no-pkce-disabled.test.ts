import rule from '../../src/rules/no-pkce-disabled.js';
import { createRuleTester, UNKNOWN_VERSION, widget, javascript } from './tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-pkce-disabled', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`, ...javascript(), settings: widget('6.9.0') },
    // 5.2–6.x without the flow: Classic, where pkce: false is allowed.
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`, settings: widget('6.9.0') },
    // Before 5.4.0 there is no check.
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, authParams: { pkce: false } });`, settings: widget('5.3.0') },
    // 7.x forced to Classic, or without a top-level clientId (Classic router).
    { code: `new OktaSignIn({ clientId: 'x', useClassicEngine: true, authParams: { pkce: false } });`, settings: widget('7.2.0') },
    { code: `new OktaSignIn({ baseUrl, authParams: { clientId: 'x', pkce: false } });`, settings: widget('7.2.0') },
    // 7.x ignores useInteractionCodeFlow: forced to Classic, it never checks PKCE.
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, useClassicEngine: true, authParams: { pkce: false } });`, settings: widget('7.2.0') },
    // Unknown version without the flow option: either engine.
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`, settings: UNKNOWN_VERSION },
    // PKCE on, or dynamic.
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: true } });`, settings: widget('7.2.0') },
    { code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: usePkce } });`, settings: widget('7.2.0') },
    { code: `new OktaSignIn({ clientId: 'x', useClassicEngine: legacy, authParams: { pkce: false } });`, settings: widget('7.2.0') },
    // Not the widget.
    { code: `new OktaAuth({ clientId: 'x', pkce: false });`, settings: widget('7.2.0') },
  ],
  invalid: [
    {
      code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`,
      ...javascript(),
      settings: widget('7.0.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 58,
          suggestions: [{ messageId: 'removePkce', output: `new OktaSignIn({ clientId: 'x', authParams: {} });` }],
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
      // useInteractionCodeFlow: true on 5.4–6.x, or with an unknown version.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, authParams: { pkce: false } });`,
      settings: widget('~5.16.0'),
      output: null,
      errors: [
        {
          messageId: 'pkceDisabled',
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 88,
          suggestions: [
            { messageId: 'removePkce', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true, authParams: {} });` },
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
