import rule from '../../src/rules/no-classic-engine.js';
import { createRuleTester, fromSettings, javascript, widget } from './tester.js';

const ruleTester = createRuleTester();
const CLASSIC = { specifier: '@okta/okta-signin-widget/classic', replacement: '@okta/okta-signin-widget' };
const UNKNOWN = { version: 'version unknown' };

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
    // A conditional write: whether it is true is unknown.
    `const cfg = { clientId: 'x' };\nif (legacy) cfg.useClassicEngine = true;\nnew OktaSignIn(cfg);`,
    // Mocks of other modules are left alone.
    `jest.mock('@okta/okta-signin-widget/classic');`,
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
          messageId: 'useClassicEngineAnyVersion',
          data: UNKNOWN,
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
          messageId: 'useClassicEngineAnyVersion',
          data: UNKNOWN,
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
      // In a semicolon-less file, removing the statement keeps a \`;\` before a next line that starts with \`(\`.
      code: `const cfg = { clientId: 'x' }
cfg.useClassicEngine = true;
(async () => load())()
new OktaSignIn(cfg)`,
      output: null,
      errors: [
        {
          messageId: 'useClassicEngineAnyVersion',
          data: UNKNOWN,
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 28,
          suggestions: [{ messageId: 'removeUseClassicEngine', output: `const cfg = { clientId: 'x' }\n;(async () => load())()\nnew OktaSignIn(cfg)` }],
        },
      ],
    },
    {
      // A neighbour's comment that ends on the option's line stays.
      code: `new OktaSignIn({
  clientId: 'x', /* keep Classic until
  the org is upgraded */ useClassicEngine: true,
  redirectUri: '/cb',
});`,
      output: null,
      errors: [
        {
          messageId: 'useClassicEngineAnyVersion',
          data: UNKNOWN,
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'removeUseClassicEngine',
              output: `new OktaSignIn({
  clientId: 'x', /* keep Classic until
  the org is upgraded */
  redirectUri: '/cb',
});`,
            },
          ],
        },
      ],
    },
    {
      // Before 7.0 the option does nothing yet; the message says so.
      code: `new OktaSignIn({ clientId: 'x', useClassicEngine: true });`,
      settings: widget('6.9.0'),
      output: null,
      errors: [
        {
          messageId: 'useClassicEngineBefore7',
          data: { version: fromSettings('6.9.0') },
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
          data: { version: '7.49.0 (the rule option `widgetVersion`)' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 40,
          suggestions: [{ messageId: 'removeUseClassicEngine', output: `new OktaSignIn({ clientId: 'x' });` }],
        },
      ],
    },
    {
      // The /oie bundle throws unless useClassicEngine is exactly false: the edit sets it, never removes it.
      code: `import OktaSignIn from '@okta/okta-signin-widget/oie';\nnew OktaSignIn({ clientId: 'x', useClassicEngine: true });`,
      output: null,
      errors: [
        {
          messageId: 'useClassicEngineOieBundle',
          data: { version: '7.0.0 or later (it imports `@okta/okta-signin-widget/oie`)' },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'setUseClassicEngineFalse',
              output: `import OktaSignIn from '@okta/okta-signin-widget/oie';\nnew OktaSignIn({ clientId: 'x', useClassicEngine: false });`,
            },
          ],
        },
      ],
    },
    {
      // The /classic subpath is evidence of 7.x when nothing more exact is known.
      code: `import OktaSignIn from '@okta/okta-signin-widget/classic';\nnew OktaSignIn({ clientId: 'x', useClassicEngine: true });`,
      settings: widget('^6.0.0 || ^7.0.0'),
      output: `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x', useClassicEngine: true });`,
      errors: [
        { messageId: 'classicBundle', data: CLASSIC, line: 1, column: 24, endLine: 1, endColumn: 58 },
        {
          messageId: 'useClassicEngine',
          data: { version: `${fromSettings('^6.0.0 || ^7.0.0')}, 7.0.0 or later as it imports \`@okta/okta-signin-widget/classic\`` },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 55,
          suggestions: [
            { messageId: 'removeUseClassicEngine', output: `import OktaSignIn from '@okta/okta-signin-widget/classic';\nnew OktaSignIn({ clientId: 'x' });` },
          ],
        },
      ],
    },
    {
      // The test mocks of the same module follow the rewrite, in one edit.
      code: `import OktaSignIn from '@okta/okta-signin-widget/classic';
vi.mock('@okta/okta-signin-widget/classic', () => ({ default: vi.fn() }));
const real = await vi.importActual("@okta/okta-signin-widget/classic");
jest.requireActual('@okta/okta-signin-widget/classic');`,
      output: `import OktaSignIn from '@okta/okta-signin-widget';
vi.mock('@okta/okta-signin-widget', () => ({ default: vi.fn() }));
const real = await vi.importActual("@okta/okta-signin-widget");
jest.requireActual('@okta/okta-signin-widget');`,
      errors: [{ messageId: 'classicBundle', data: CLASSIC, line: 1, column: 24, endLine: 1, endColumn: 58 }],
    },
    {
      // A mock whose module is computed: it may name this one, so only a suggestion.
      code: `import OktaSignIn from '@okta/okta-signin-widget/classic';\njest.mock(widgetModule);`,
      output: null,
      errors: [
        {
          messageId: 'classicBundle',
          data: CLASSIC,
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 58,
          suggestions: [{ messageId: 'useDefaultBundle', data: CLASSIC, output: `import OktaSignIn from '@okta/okta-signin-widget';\njest.mock(widgetModule);` }],
        },
      ],
    },
  ],
});
