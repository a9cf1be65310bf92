import * as jsoncParser from 'jsonc-eslint-parser';
import rule from '../../src/rules/no-classic-engine.js';
import { createRuleTester, fromSettings, javascript, span, widget } from './tester.js';

const ruleTester = createRuleTester();
const CLASSIC = { specifier: '@okta/okta-signin-widget/classic', replacement: '@okta/okta-signin-widget' };
const UNKNOWN = { version: 'version unknown' };

// The Classic-only bundles in code: a script loader, a self-hosted copy in JSX with a hash.
const CLASSIC_CDN = 'https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.classic.min.js';
const BUNDLE = { file: 'okta-sign-in.classic.min.js', replacement: 'okta-sign-in.min.js' };
const DEV_BUNDLE = { file: 'okta-sign-in.classic.js', replacement: 'okta-sign-in.js' };
const loader = `loadScript('${CLASSIC_CDN}').then(() => {\n  new OktaSignIn({ clientId: 'x', useClassicEngine: true });\n});`;
const jsxHashed = `const Head = () => <script src="/static/okta-sign-in.classic.js?v=3" integrity="sha384-abc" />;`;
const template = `el.innerHTML = \`<script src="\${base}/okta-sign-in.classic.min.js"></script>\`;`;

ruleTester.run('no-classic-engine', rule, {
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
    // Other bundles, names that only look like it, and mentions that are not strings.
    `loadScript('https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.min.js');`,
    `loadScript('https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.oie.min.js');`,
    `load('/js/my-okta-sign-in.classic.min.js.map');\nload('okta-sign-in.classic.min.json');`,
    `// we no longer load okta-sign-in.classic.min.js\nconst x = 1;`,
    // A package.json (the rule also reads HTML pages' URL blocks, so it is not a js-only rule): not its business.
    { code: `{ "files": ["dist/js/okta-sign-in.classic.min.js"] }`, filename: 'package.json', languageOptions: { parser: jsoncParser } },
    // A declaration alone (a typings file) imports nothing.
    { code: `declare module '@okta/okta-signin-widget/classic';`, filename: 'okta.d.ts' },
  ],
  invalid: [
    {
      // The Classic bundle in a script loader: a finding with a suggestion (another file, so never an autofix);
      // the widget it builds throws without useClassicEngine, so no edit removes the option.
      code: loader,
      output: null,
      errors: [
        {
          messageId: 'classicBundleUrl',
          data: BUNDLE,
          ...span(loader, BUNDLE.file),
          suggestions: [
            {
              messageId: 'loadStandardBundle',
              data: { ...BUNDLE, integrity: '' },
              output: loader.replace(BUNDLE.file, BUNDLE.replacement),
            },
          ],
        },
        { messageId: 'useClassicEngineClassicBundle', ...span(loader, 'useClassicEngine: true') },
      ],
    },
    {
      // A self-hosted development build in JSX, pinned by a hash: the suggestion says to replace it.
      code: jsxHashed,
      ...javascript('head.jsx'),
      output: null,
      errors: [
        {
          messageId: 'classicBundleUrl',
          data: DEV_BUNDLE,
          ...span(jsxHashed, DEV_BUNDLE.file),
          suggestions: [
            {
              messageId: 'loadStandardBundle',
              data: { ...DEV_BUNDLE, integrity: ' and replace its `integrity` hash' },
              output: jsxHashed.replace(DEV_BUNDLE.file, DEV_BUNDLE.replacement),
            },
          ],
        },
      ],
    },
    {
      // The static part of a template literal.
      code: template,
      output: null,
      errors: [
        {
          messageId: 'classicBundleUrl',
          data: BUNDLE,
          ...span(template, BUNDLE.file),
          suggestions: [
            {
              messageId: 'loadStandardBundle',
              data: { ...BUNDLE, integrity: '' },
              output: template.replace(BUNDLE.file, BUNDLE.replacement),
            },
          ],
        },
      ],
    },
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
      code:
        `const OktaSignIn = require("@okta/okta-signin-widget/classic");\nconst lazy = ` +
        `import(\`@okta/okta-signin-widget/classic\`);\nexport * from '@okta/okta-signin-widget/classic';`,
      output:
        `const OktaSignIn = require("@okta/okta-signin-widget");\nconst lazy = import(\`@okta/okta-signin-widget\`);\nexport * ` +
        `from '@okta/okta-signin-widget';`,
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
            {
              messageId: 'removeUseClassicEngine',
              output: `const cfg = { clientId: 'x' };
new OktaSignIn(cfg);
new OktaSignIn(cfg);`,
            },
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
          suggestions: [
            { messageId: 'removeUseClassicEngine', output: `const cfg = { clientId: 'x' }\n;(async () => load())()\nnew OktaSignIn(cfg)` },
          ],
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
          data: { version: '7.0.0 or later by its import' },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 55,
          // The /classic bundle throws without it: no removal until the import's own autofix has run.
          suggestions: [],
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
      // An ambient declaration of the module (its typings, or an augmentation) follows the rewrite too.
      code: `import OktaSignIn from '@okta/okta-signin-widget/classic';
declare module '@okta/okta-signin-widget/classic' {
  export default class OktaSignIn { constructor(options: object); }
}
declare module "@okta/okta-signin-widget/classic";
declare module '@okta/okta-signin-widget/oie';`,
      output: `import OktaSignIn from '@okta/okta-signin-widget';
declare module '@okta/okta-signin-widget' {
  export default class OktaSignIn { constructor(options: object); }
}
declare module "@okta/okta-signin-widget";
declare module '@okta/okta-signin-widget/oie';`,
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
          suggestions: [
            {
              messageId: 'useDefaultBundle',
              data: CLASSIC,
              output: `import OktaSignIn from '@okta/okta-signin-widget';\njest.mock(widgetModule);`,
            },
          ],
        },
      ],
    },
  ],
});
