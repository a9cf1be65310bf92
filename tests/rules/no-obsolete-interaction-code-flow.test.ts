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
      errors: [
        {
          messageId: 'obsoleteFlow',
          data: { version: '7.0.0 (the rule option `widgetVersion`)' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 61,
        },
      ],
    },
    {
      // A 7.0.0 prerelease is 7.x (not "before 5.2.0").
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
      settings: widget('7.0.0-beta.1'),
      output: `new OktaSignIn({ clientId: 'x' });`,
      errors: [
        {
          messageId: 'obsoleteFlow',
          data: { version: '7.0.0-beta.1 (settings.okta.widgetVersion)' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 61,
        },
      ],
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
      errors: [
        { messageId: 'obsoleteFlow', data: { version: '7.49.0 (package-lock.json)' }, line: 2, column: 33, endLine: 2, endColumn: 61 },
      ],
    },
    {
      // Logged or serialised whole: the log would change, so only a suggestion.
      code:
        `const config = { clientId: 'x', useInteractionCodeFlow: true };\nconsole.log(JSON.stringify(config));\nnew ` +
        `OktaSignIn(config);`,
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
              output: `const config = { clientId: 'x' };\nconsole.log(JSON.stringify(config));\nnew OktaSignIn(config);`,
            },
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
    // A removal takes the property and only its own comments, whatever lines they span.
    {
      // A neighbour's comment that ends on the property's line stays (and still closes).
      code: `new OktaSignIn({
  clientId: '0oa1', /* TODO: drop the flag after the upgrade
  (OKTA-123) */ useInteractionCodeFlow: true,
  redirectUri: '/cb',
});`,
      settings: V7,
      output: `new OktaSignIn({
  clientId: '0oa1', /* TODO: drop the flag after the upgrade
  (OKTA-123) */
  redirectUri: '/cb',
});`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 3, column: 17, endLine: 3, endColumn: 45 }],
    },
    {
      // The same with a later comment whose \`*/\` would close what a whole-line removal leaves open.
      code: `new OktaSignIn({
  clientId: '0oa1', /* TODO
  (OKTA-123) */ useInteractionCodeFlow: true,
  redirectUri: '/cb',
  el: '#w', /* the container */
});`,
      settings: V7,
      output: `new OktaSignIn({
  clientId: '0oa1', /* TODO
  (OKTA-123) */
  redirectUri: '/cb',
  el: '#w', /* the container */
});`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 3, column: 17, endLine: 3, endColumn: 45 }],
    },
    {
      // The mirror case: a comment that starts after the property and goes on is the next property's; it stays, and so does that property.
      code: `new OktaSignIn({
  clientId: '0oa1',
  useInteractionCodeFlow: true, /* a
  b */ redirectUri: '/cb',
});`,
      settings: V7,
      output: `new OktaSignIn({
  clientId: '0oa1',
  /* a
  b */ redirectUri: '/cb',
});`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 3, column: 3, endLine: 3, endColumn: 31 }],
    },
    {
      // A multi-line comment after the property, alone on its lines: not the property's own, it stays.
      code: `new OktaSignIn({
  useInteractionCodeFlow: true, /* a
  b */
  clientId: '0oa1',
});`,
      settings: V7,
      output: `new OktaSignIn({
  /* a
  b */
  clientId: '0oa1',
});`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 3, endLine: 2, endColumn: 31 }],
    },
    {
      // Its own comments go with it: the comment lines directly above (one spans two lines) and a comment wholly on its line after it.
      code: `new OktaSignIn({
  clientId: '0oa1',
  /* Interaction Code flow:
     needed before 7.0 */
  // (see the migration guide)
  useInteractionCodeFlow: true, /* OIE */
  redirectUri: '/cb',
});`,
      settings: V7,
      output: `new OktaSignIn({
  clientId: '0oa1',
  redirectUri: '/cb',
});`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 6, column: 3, endLine: 6, endColumn: 31 }],
    },
    {
      // On a shared line, the comments of the neighbours stay.
      code: `new OktaSignIn({ clientId: '0oa1', /* a */ useInteractionCodeFlow: true /* b */ });`,
      settings: V7,
      output: `new OktaSignIn({ clientId: '0oa1' /* a */ /* b */ });`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 1, column: 44, endLine: 1, endColumn: 72 }],
    },
    {
      // The statement form: a comment that starts after the statement and goes on stays.
      code: `const config = { clientId: '0oa1' };
config.useInteractionCodeFlow = true; /* x
y */ start();
new OktaSignIn(config);`,
      settings: V7,
      output: `const config = { clientId: '0oa1' };
/* x
y */ start();
new OktaSignIn(config);`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 37 }],
    },
    {
      // The statement form: a neighbour's comment that ends on the statement's line stays.
      code: `const config = { clientId: '0oa1' }; /* TODO
(OKTA-123) */ config.useInteractionCodeFlow = true; // OIE
new OktaSignIn(config);`,
      settings: V7,
      output: `const config = { clientId: '0oa1' }; /* TODO
(OKTA-123) */
new OktaSignIn(config);`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 15, endLine: 2, endColumn: 51 }],
    },
    // ASI: in a semicolon-less file, the removed statement's \`;\` may be all that keeps the next statement apart.
    {
      code: `const config = { clientId: '0oa1' }
config.useInteractionCodeFlow = true;
[a, b].forEach(load)
new OktaSignIn(config)`,
      settings: V7,
      output: `const config = { clientId: '0oa1' }
;[a, b].forEach(load)
new OktaSignIn(config)`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 37 }],
    },
    {
      code: `const config = { clientId: '0oa1' }
config.useInteractionCodeFlow = true;
(async () => load())()
new OktaSignIn(config)`,
      settings: V7,
      output: `const config = { clientId: '0oa1' }
;(async () => load())()
new OktaSignIn(config)`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 37 }],
    },
    {
      // The removed statement has no \`;\` of its own: standard's \`;[\` on the next line is its end, and stays.
      code: `const config = { clientId: '0oa1' }
config.useInteractionCodeFlow = true
;[a, b].forEach(load)
new OktaSignIn(config)`,
      settings: V7,
      output: `const config = { clientId: '0oa1' }
;[a, b].forEach(load)
new OktaSignIn(config)`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 37 }],
    },
    {
      // A template literal, a unary minus and a regex continue a statement too.
      code: `const config = { clientId: '0oa1' }
config.useInteractionCodeFlow = true;
\`\${a}\`.length && -count, /x/.test(s)
new OktaSignIn(config)`,
      settings: V7,
      output: `const config = { clientId: '0oa1' }
;\`\${a}\`.length && -count, /x/.test(s)
new OktaSignIn(config)`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 37 }],
    },
    {
      // So does a TypeScript angle-bracket assertion (no JSX in a .ts file).
      code: `const config = { clientId: '0oa1' }
config.useInteractionCodeFlow = true;
(<any>window).ready = true
new OktaSignIn(config)`,
      filename: 'login.ts',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } },
      settings: V7,
      output: `const config = { clientId: '0oa1' }
;(<any>window).ready = true
new OktaSignIn(config)`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 37 }],
    },
    {
      code: `const config = { clientId: '0oa1' }
config.useInteractionCodeFlow = true;
<Window>window
new OktaSignIn(config)`,
      filename: 'login.ts',
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } },
      settings: V7,
      output: `const config = { clientId: '0oa1' }
;<Window>window
new OktaSignIn(config)`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 37 }],
    },
    {
      // The statement before ends itself (its own \`;\`): no \`;\` is added.
      code: `const config = { clientId: '0oa1' };
config.useInteractionCodeFlow = true;
[a, b].forEach(load);
new OktaSignIn(config);`,
      settings: V7,
      output: `const config = { clientId: '0oa1' };
[a, b].forEach(load);
new OktaSignIn(config);`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 2, column: 1, endLine: 2, endColumn: 37 }],
    },
    {
      // A declaration ends itself too; the next statement cannot continue it.
      code: `const config = { clientId: '0oa1' }
function load() {}
config.useInteractionCodeFlow = true;
(async () => load())()
new OktaSignIn(config)`,
      settings: V7,
      output: `const config = { clientId: '0oa1' }
function load() {}
(async () => load())()
new OktaSignIn(config)`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 3, column: 1, endLine: 3, endColumn: 37 }],
    },
    {
      // ... but the author's own \`;(\` at the start of the line stays as written.
      code: `const config = { clientId: '0oa1' }
function load() {}
config.useInteractionCodeFlow = true
;(async () => load())()
new OktaSignIn(config)`,
      settings: V7,
      output: `const config = { clientId: '0oa1' }
function load() {}
;(async () => load())()
new OktaSignIn(config)`,
      errors: [{ messageId: 'obsoleteFlow', data: DATA, line: 3, column: 1, endLine: 3, endColumn: 37 }],
    },
    {
      // An effect kept as a statement gets the \`;\` it needs too.
      code: `const config = { clientId: '0oa1' }
config.useInteractionCodeFlow = [track()].length > 0
new OktaSignIn(config)`,
      settings: V7,
      output: null,
      errors: [
        {
          messageId: 'obsoleteFlowNotTrue',
          data: DATA,
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'removeFlow',
              output: `const config = { clientId: '0oa1' }
;[track()].length > 0
new OktaSignIn(config)`,
            },
          ],
        },
      ],
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
