import rule from '../../src/rules/no-obsolete-interaction-code-flow.js';
import { fileURLToPath } from 'node:url';
import { createRuleTester, fromSettings, javascript, UNKNOWN_VERSION, widget } from './tester.js';

const ruleTester = createRuleTester();
const V7 = widget('^7.20.0');
const DATA = { version: fromSettings('^7.20.0') };
/** A file in a project whose package-lock.json pins the widget at 7.49.0 (its package.json says ^7.20.0). */
const LOCKED_7_49 = fileURLToPath(new URL('../fixtures/lockfiles/npm-v3/src/login.ts', import.meta.url));
/** A file whose package.json declares the widget 7.4.1 exactly. */
const DECLARES_7 = fileURLToPath(new URL('../fixtures/versions/exact/src/login.ts', import.meta.url));
/** package.json `^6.9.0`, package-lock.json 6.9.0, and a stale node_modules copy of 7.49.0. */
const STALE_INSTALL = fileURLToPath(new URL('../fixtures/versions/stale-install/src/login.ts', import.meta.url));
/** A library: peerDependencies `^6.0.0 || ^7.0.0`, a 7.49.0 dev copy in node_modules. */
const PEER_LIBRARY = fileURLToPath(new URL('../fixtures/versions/peer-library/src/login.ts', import.meta.url));
const IMPORTED = `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`;

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
    // The CDN global runs what its <script> tag loads: a package.json on 7.x may be there for the types only.
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, filename: DECLARES_7 },
    // Every version of the range must be 7.x.
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, settings: widget('>=6.9.0') },
    // A stale node_modules (7.49.0) does not outrank package.json and the lockfile (6.x): `npm ci` brings 6.9.0 back.
    { code: IMPORTED, filename: STALE_INSTALL },
    // A library whose peer range admits 6.x: its hosts on 6.x need the flag, whatever its own dev copy is.
    { code: IMPORTED, filename: PEER_LIBRARY },
    // A 6.x prerelease is 6.x.
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, settings: widget('6.0.0-beta.1') },
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
      errors: [{ messageId: 'obsoleteFlow', data: { version: '7.0.0 (the rule option `widgetVersion`)' }, line: 1, column: 33, endLine: 1, endColumn: 61 }],
    },
    {
      // A 7.0.0 prerelease is 7.x (not "before 5.2.0").
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
      settings: widget('7.0.0-beta.1'),
      output: `new OktaSignIn({ clientId: 'x' });`,
      errors: [{ messageId: 'obsoleteFlow', data: { version: '7.0.0-beta.1 (settings.okta.widgetVersion)' }, line: 1, column: 33, endLine: 1, endColumn: 61 }],
    },
    {
      // An import of the package: the exact version its package.json declares counts.
      code: `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
      filename: DECLARES_7,
      output: `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x' });`,
      errors: [{ messageId: 'obsoleteFlow', data: { version: '7.4.1 (package.json)' }, line: 2, column: 33, endLine: 2, endColumn: 61 }],
    },
    {
      // A lockfile pins the exact version: the message says it and where it came from.
      code: `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
      filename: LOCKED_7_49,
      output: `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x' });`,
      errors: [{ messageId: 'obsoleteFlow', data: { version: '7.49.0 (package-lock.json)' }, line: 2, column: 33, endLine: 2, endColumn: 61 }],
    },
    {
      // Logged or serialised whole: the log would change, so only a suggestion.
      code: `const config = { clientId: 'x', useInteractionCodeFlow: true };\nconsole.log(JSON.stringify(config));\nnew OktaSignIn(config);`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'obsoleteFlow',
          data: DATA,
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            { messageId: 'removeFlow', output: `const config = { clientId: 'x' };\nconsole.log(JSON.stringify(config));\nnew OktaSignIn(config);` },
          ],
        },
      ],
    },
    {
      // The comment lines above the option belong to it and go with it.
      code: `new OktaSignIn({
  clientId: 'x',
  // Turn on the Identity Engine (widget 6).
  // See the migration guide.
  useInteractionCodeFlow: true,

  el: '#w',
});`,
      settings: V7,
      output: `new OktaSignIn({
  clientId: 'x',

  el: '#w',
});`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 5, column: 3, endLine: 5, endColumn: 31 }],
    },
    {
      // App code reads the key: removing it changes that branch, so only a suggestion.
      code: `const config = { clientId: 'x', useInteractionCodeFlow: true };
new OktaSignIn(config);
if (config.useInteractionCodeFlow) showOieBanner();`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'obsoleteFlow',
          data: DATA,
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'removeFlow',
              output: `const config = { clientId: 'x' };
new OktaSignIn(config);
if (config.useInteractionCodeFlow) showOieBanner();`,
            },
          ],
        },
      ],
    },
    {
      // Shared by a second widget, or spread into another object: a suggestion.
      code: `const common = { clientId: 'x', useInteractionCodeFlow: true };
new OktaSignIn(common);
export const settings = { ...common };`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'obsoleteFlow',
          data: DATA,
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'removeFlow',
              output: `const common = { clientId: 'x' };
new OktaSignIn(common);
export const settings = { ...common };`,
            },
          ],
        },
      ],
    },
    {
      // The value has an effect: the autofix keeps it as a statement.
      code: `const cfg = { clientId: 'x' };
cfg.useInteractionCodeFlow = window.oie = true;
new OktaSignIn(cfg);`,
      settings: V7,
      output: `const cfg = { clientId: 'x' };
window.oie = true;
new OktaSignIn(cfg);`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 47 }],
    },
    {
      // In a property, an effect cannot be kept: only a suggestion.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: (window.oie = true) });`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'obsoleteFlow',
          data: DATA,
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 76,
          suggestions: [{ messageId: 'removeFlow', output: `new OktaSignIn({ clientId: 'x' });` }],
        },
      ],
    },
  ],
});
