import rule from '../../src/rules/no-classic-engine.js';
import { createRuleTester, widget, javascript } from './tester.js';

const ruleTester = createRuleTester();
const CLASSIC = { specifier: '@okta/okta-signin-widget/classic', replacement: '@okta/okta-signin-widget' };

ruleTester.run('no-classic-engine', rule, {
  assertionOptions: { requireLocation: true, requireData: true },
  valid: [
    { code: `const W = require('@okta/okta-signin-widget/oie');`, ...javascript() },
    `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x' });`,
    `import { OktaSignIn } from '@okta/okta-signin-widget/oie';\nnew OktaSignIn({ clientId: 'x', useClassicEngine: false });`,
    `new OktaSignIn({ clientId: 'x', useClassicEngine: process.env.CLASSIC === '1' });`,
    `new OktaSignIn({ clientId: 'x', useClassicEngine: false });`,
    // Not the widget, or not the classic bundle.
    `new Other({ useClassicEngine: true });`,
    `function f(OktaSignIn) { new OktaSignIn({ useClassicEngine: true }); }`,
    `import '@okta/okta-signin-widget/css/okta-sign-in.min.css';`,
    `const useClassicEngine = true; track({ useClassicEngine });`,
    `function load(require) { return require('@okta/okta-signin-widget/classic'); }`,
  ],
  invalid: [
    {
      code: `const { OktaSignIn } = require('@okta/okta-signin-widget/classic');`,
      ...javascript(),
      output: `const { OktaSignIn } = require('@okta/okta-signin-widget');`,
      errors: [{ messageId: 'classicBundle', data: CLASSIC, line: 1, column: 32, endLine: 1, endColumn: 66 }],
    },
    {
      code: `import { OktaSignIn } from '@okta/okta-signin-widget/classic';`,
      output: `import { OktaSignIn } from '@okta/okta-signin-widget';`,
      errors: [{ messageId: 'classicBundle', data: CLASSIC, line: 1, column: 28, endLine: 1, endColumn: 62 }],
    },
    {
      code: `const OktaSignIn = require("@okta/okta-signin-widget/classic");\nconst lazy = import(\`@okta/okta-signin-widget/classic\`);\nexport * from '@okta/okta-signin-widget/classic';`,
      output: `const OktaSignIn = require("@okta/okta-signin-widget");\nconst lazy = import(\`@okta/okta-signin-widget\`);\nexport * from '@okta/okta-signin-widget';`,
      errors: [
        { messageId: 'classicBundle', data: CLASSIC, line: 1, column: 28, endLine: 1, endColumn: 62 },
        { messageId: 'classicBundle', data: CLASSIC, line: 2, column: 21, endLine: 2, endColumn: 55 },
        { messageId: 'classicBundle', data: CLASSIC, line: 3, column: 15, endLine: 3, endColumn: 49 },
      ],
    },
    {
      code: `import OktaSignIn = require('@okta/okta-signin-widget/classic');`,
      output: `import OktaSignIn = require('@okta/okta-signin-widget');`,
      errors: [{ messageId: 'classicBundle', data: CLASSIC, line: 1, column: 29, endLine: 1, endColumn: 63 }],
    },
    {
      code: `import OktaSignIn from '@okta/okta-signin-widget';
const widget = new OktaSignIn({
  clientId: '0oa1',
  useClassicEngine: true,
  redirectUri: '/cb',
});`,
      output: null,
      errors: [
        {
          messageId: 'useClassicEngine',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'removeUseClassicEngine',
              output: `import OktaSignIn from '@okta/okta-signin-widget';
const widget = new OktaSignIn({
  clientId: '0oa1',
  redirectUri: '/cb',
});`,
            },
          ],
        },
      ],
    },
    {
      // Assigned before the constructor, and shared by two widgets: reported once.
      code: `const cfg = { clientId: 'x' };
cfg.useClassicEngine = true;
new OktaSignIn(cfg);
new OktaSignIn(cfg);`,
      output: null,
      errors: [
        {
          messageId: 'useClassicEngine',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            { messageId: 'removeUseClassicEngine', output: `const cfg = { clientId: 'x' };
new OktaSignIn(cfg);
new OktaSignIn(cfg);` },
          ],
        },
      ],
    },
    {
      // Inside an unbraced `if`, the assignment cannot simply be deleted: no suggestion.
      code: `const cfg = { clientId: 'x' };\nif (legacy) cfg.useClassicEngine = true;\nnew OktaSignIn(cfg);`,
      output: null,
      errors: [{ messageId: 'useClassicEngine', line: 2, column: 13, endLine: 2, endColumn: 40, suggestions: [] }],
    },
    {
      // Before 7.0 the option does nothing yet; the message says so.
      code: `new OktaSignIn({ clientId: 'x', useClassicEngine: true });`,
      settings: widget('6.9.0'),
      output: null,
      errors: [
        {
          messageId: 'useClassicEngineBefore7',
          data: { version: '6.9.0' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 55,
          suggestions: [{ messageId: 'removeUseClassicEngine', output: `new OktaSignIn({ clientId: 'x' });` }],
        },
      ],
    },
    {
      code: `new OktaSignIn({ useClassicEngine: true, clientId: 'x' });`,
      options: [{ widgetVersion: '7.49.0' }],
      settings: widget('6.9.0'),
      output: null,
      errors: [
        {
          messageId: 'useClassicEngine',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 40,
          suggestions: [{ messageId: 'removeUseClassicEngine', output: `new OktaSignIn({ clientId: 'x' });` }],
        },
      ],
    },
  ],
});
