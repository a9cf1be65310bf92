import rule from '../../src/rules/require-interaction-code-flow.js';
import { fileURLToPath } from 'node:url';
import { createRuleTester, DECLARES_5_9, fromSettings, javascript, span, UNKNOWN_VERSION, widget } from './tester.js';

const ruleTester = createRuleTester();
const V6 = widget('6.9.0');
const AT_6 = { version: fromSettings('6.9.0'), blocker: '' };
const PKCE = ' without `pkce: false`';
const AUTOFIX: [{ fix: 'autofix' }] = [{ fix: 'autofix' }];
/** package.json `^6.9.0`, package-lock.json 6.9.0, and a stale node_modules copy of 7.49.0. */
const STALE_INSTALL = fileURLToPath(new URL('../fixtures/versions/stale-install/src/login.ts', import.meta.url));
const IMPORT = `import OktaSignIn from '@okta/okta-signin-widget';\n`;

/** TypeScript without JSX, so that `<T>x` is an assertion. */
const TS = { filename: 'login.ts', languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } } };
const OWN_TYPE = `import OktaSignIn, { type WidgetOptions } from '@okta/okta-signin-widget';\n`;

/**
 * A declared type other than the widget's own checks the literal on its way to the
 * constructor (\`satisfies\`, \`as T\`, \`<T>x\`, a typed variable, through any wrappers): the
 * inserted key may fail the type check, so only a suggestion, even with the autofix option.
 */
function typeChecked(code: string, output: string) {
  return {
    code,
    ...TS,
    options: AUTOFIX,
    settings: V6,
    output: null,
    errors: [{ messageId: 'missingFlow' as const, data: AT_6, ...span(code, 'OktaSignIn', code.lastIndexOf('new ')), suggestions: [{ messageId: 'enableFlow' as const, output }] }],
  };
}

/** Nothing but the widget's own type (or \`as const\`, which checks nothing) sees the literal's keys: an autofix. */
function typeAccepted(code: string, output: string) {
  return {
    code,
    ...TS,
    options: AUTOFIX,
    settings: V6,
    output,
    errors: [{ messageId: 'missingFlow' as const, data: AT_6, ...span(code, 'OktaSignIn', code.lastIndexOf('new ')) }],
  };
}

ruleTester.run('require-interaction-code-flow', rule, {
  valid: [
    // JavaScript (espree): a shadowing local and the hosted page.
    { code: `const OktaSignIn = makeStub();\nnew OktaSignIn({ clientId: 'x' });`, ...javascript(), settings: V6 },
    { code: `var config = OktaUtil.getSignInWidgetConfig();\nvar signIn = new OktaSignIn(config);`, ...javascript(), settings: V6 },
    { code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, settings: V6 },
    // 7.x runs the Identity Engine by default: every version of the range must be 7.x.
    { code: `new OktaSignIn({ clientId: 'x' });`, settings: widget('7.20.0') },
    { code: `new OktaSignIn({ clientId: 'x' });`, settings: widget('^7.20.0') },
    // A prerelease of 7.0.0 is 7.x, not "before 5.2.0".
    { code: `new OktaSignIn({ clientId: 'x' });`, settings: widget('7.0.0-beta.1') },
    { code: `new OktaSignIn({ clientId: 'x' });`, settings: widget('^7.0.0-rc.2') },
    // Sources that disagree (node_modules 7.49.0, package.json and lockfile 6.x): the flag holds on all of them.
    { code: `${IMPORT}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`, filename: STALE_INSTALL },
    { code: `new OktaSignIn({ clientId: 'x' });`, options: [{ widgetVersion: '7.0.0' }], settings: V6 },
    // The /oie and /classic entry points exist only from 7.0: evidence of 7.x when nothing more exact is known.
    { code: `import OktaSignIn from '@okta/okta-signin-widget/oie';\nnew OktaSignIn({ clientId: 'x', useClassicEngine: false });`, settings: UNKNOWN_VERSION },
    { code: `import OktaSignIn from '@okta/okta-signin-widget/classic';\nnew OktaSignIn({ clientId: 'x' });`, settings: widget('^6.0.0 || ^7.0.0') },
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
    // Conditional writes make the key unknown: an if, &&, ?:, try, a loop, a callback.
    { code: `const cfg = { clientId: 'x' };\nif (oie) cfg.useInteractionCodeFlow = true;\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\nif (oie) { cfg.useInteractionCodeFlow = true; }\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\noie && (cfg.useInteractionCodeFlow = true);\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\noie ? (cfg.useInteractionCodeFlow = true) : 0;\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\ntry { cfg.useInteractionCodeFlow = load(); } catch {}\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\nfor (const k of keys) cfg[k] = true;\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\nflags.forEach((f) => { cfg.useInteractionCodeFlow = f; });\nnew OktaSignIn(cfg);`, settings: V6 },
    { code: `const cfg = { clientId: 'x' };\nif (oie) Object.assign(cfg, { useInteractionCodeFlow: true });\nnew OktaSignIn(cfg);`, settings: V6 },
    // A member read is known only when nothing else writes the object: okta-auth-js's generated samples.
    {
      code: `var config = { clientId: '', useInteractionCodeFlow: false };
function loadConfig() { Object.assign(config, JSON.parse(localStorage.getItem('config'))); }
loadConfig();
new OktaSignIn({ clientId: config.clientId, useInteractionCodeFlow: config.useInteractionCodeFlow });`,
      settings: V6,
    },
    // A state token that is not a Classic one, or a proxied IDX response, already runs the Identity Engine router.
    { code: `new OktaSignIn({ clientId: 'x', stateToken: window.stateToken });`, settings: V6 },
    { code: `new OktaSignIn({ clientId: 'x', stateToken: '02.id.abc' });`, settings: V6 },
    { code: `new OktaSignIn({ clientId: 'x', proxyIdxResponse: window.idx });`, settings: V6 },
    // No top-level clientId: require-oidc-config owns that widget (and names the flow too).
    { code: `new OktaSignIn({ baseUrl: 'https://acme.okta.com', authParams: { clientId: 'x' } });`, settings: V6 },
    // Other constructors.
    { code: `new OktaAuth({ clientId: 'x' }); new Widget({ clientId: 'x' });`, settings: V6 },
  ],
  invalid: [
    {
      // JSX parsed by espree.
      code: `const OktaSignIn = require('@okta/okta-signin-widget');
export const Login = () => <div ref={(el) => new OktaSignIn({ el, clientId: 'x' })} />;`,
      ...javascript('Login.jsx'),
      options: AUTOFIX,
      settings: V6,
      output: `const OktaSignIn = require('@okta/okta-signin-widget');
export const Login = () => <div ref={(el) => new OktaSignIn({ el, clientId: 'x', useInteractionCodeFlow: true })} />;`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 2, column: 50, endLine: 2, endColumn: 60 }],
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
          data: AT_6,
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
      options: AUTOFIX,
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', redirectUri: '/cb', useInteractionCodeFlow: true });`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      // `false` becomes `true`; the finding is on the property.
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: false });`,
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: AT_6,
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 62,
          suggestions: [{ messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      // Options in a const above: edit them there, keeping quotes and the comment. A range is named as written.
      code: `const OktaSignIn = require('@okta/okta-signin-widget');
const config = {
  'clientId': '0oa1', // the SPA app
};
const signIn = new OktaSignIn(config);`,
      settings: widget('^5.9.0'),
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: fromSettings('^5.9.0'), blocker: '' },
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
      options: AUTOFIX,
      settings: V6,
      output: `new window.OktaSignIn({
  clientId: 'x', // app
  useInteractionCodeFlow: true
});`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 1, column: 5, endLine: 1, endColumn: 22 }],
    },
    {
      // The properties start on the line of `{` and a `//` comment ends it: the insertion never takes the comment over.
      code: `new OktaSignIn({ clientId: 'x' // app
});`,
      options: AUTOFIX,
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', // app
  useInteractionCodeFlow: true
});`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      code: `new OktaSignIn({ clientId: 'x', // app
});`,
      options: AUTOFIX,
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', // app
  useInteractionCodeFlow: true,
});`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      // CRLF line endings and tab indentation are kept.
      code: 'new OktaSignIn({\r\n\tclientId: "x",\r\n});\r\n',
      options: AUTOFIX,
      settings: V6,
      output: 'new OktaSignIn({\r\n\tclientId: "x",\r\n\tuseInteractionCodeFlow: true,\r\n});\r\n',
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      // Below 5.2.0: the widget has no flow to turn on; upgrade it.
      code: `new OktaSignIn({ clientId: 'x' });`,
      settings: widget('4.5.0'),
      errors: [{ messageId: 'upgradeWidget', data: { version: fromSettings('4.5.0') }, line: 1, column: 5, endLine: 1, endColumn: 15, suggestions: [] }],
    },
    {
      code: `new OktaSignIn({ baseUrl: 'https://acme.okta.com' });`,
      settings: widget('~4.3.0'),
      errors: [{ messageId: 'upgradeWidget', data: { version: fromSettings('~4.3.0') }, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      // Unknown version: the message holds either way.
      code: `new OktaSignIn({ clientId: 'x' });`,
      settings: UNKNOWN_VERSION,
      errors: [
        {
          messageId: 'missingFlowAnyVersion',
          data: { version: 'version unknown', blocker: '' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      // A range that admits 6.x and 7.x: the claim holds for every version, and names the range.
      code: `new OktaSignIn({ clientId: 'x' });`,
      settings: widget('>=6.0.0 <8'),
      errors: [
        {
          messageId: 'missingFlowAnyVersion',
          data: { version: fromSettings('>=6.0.0 <8'), blocker: '' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      // node_modules holds 7.49.0 but package.json (and its lockfile) admit 6.x: the flag is right on every version, so migrate inserts it.
      code: `${IMPORT}new OktaSignIn({ clientId: 'x' });`,
      filename: STALE_INSTALL,
      options: AUTOFIX,
      output: `${IMPORT}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
      errors: [
        {
          messageId: 'missingFlowAnyVersion',
          data: { version: '7.49.0 (node_modules) or `^6.9.0` (package.json)', blocker: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
        },
      ],
    },
    {
      // A 5.2.0 prerelease has the flow (it is not "before 5.2.0").
      code: `new OktaSignIn({ clientId: 'x' });`,
      options: [{ widgetVersion: '5.2.0-beta.1' }],
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '5.2.0-beta.1 (the rule option `widgetVersion`)', blocker: '' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      // The CDN global runs the version of its <script> tag: a package.json (maybe there for the types) does not count.
      code: `new OktaSignIn({ clientId: 'x' });`,
      filename: DECLARES_5_9,
      errors: [
        {
          messageId: 'missingFlowAnyVersion',
          data: { version: 'version unknown', blocker: '' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      // An import of the package: its declared range counts.
      code: `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x' });`,
      filename: DECLARES_5_9,
      errors: [
        {
          messageId: 'missingFlow',
          data: { version: '`^5.9.0` (package.json)', blocker: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            { messageId: 'enableFlow', output: `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });` },
          ],
        },
      ],
    },
    {
      // A Classic state token (00…) runs the Classic router.
      code: `new OktaSignIn({ clientId: 'x', stateToken: '00abc' });`,
      options: AUTOFIX,
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', stateToken: '00abc', useInteractionCodeFlow: true });`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      // PKCE off in authParams: no edit.
      code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: [{ messageId: 'missingFlow', data: { ...AT_6, blocker: PKCE }, line: 1, column: 5, endLine: 1, endColumn: 15, suggestions: [] }],
    },
    {
      // PKCE off in the auth client the widget is given: no edit either.
      code: `import { OktaAuth } from '@okta/okta-auth-js';
const authClient = new OktaAuth({ issuer, clientId: 'x', pkce: false });
new OktaSignIn({ clientId: 'x', authClient });`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: [{ messageId: 'missingFlow', data: { ...AT_6, blocker: PKCE }, line: 3, column: 5, endLine: 3, endColumn: 15, suggestions: [] }],
    },
    {
      // An auth client the rule cannot see: PKCE may be off, so only a suggestion.
      code: `new OktaSignIn({ clientId: 'x', authClient: makeAuthClient() });`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: AT_6,
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `new OktaSignIn({ clientId: 'x', authClient: makeAuthClient(), useInteractionCodeFlow: true });` }],
        },
      ],
    },
    {
      // A clientId the rule cannot see (a member of an imported config): a suggestion, not an autofix.
      code: `import settings from './settings';\nnew OktaSignIn({ clientId: settings.clientId, ...{ el: '#w' } });`,
      options: AUTOFIX,
      settings: V6,
      output: `import settings from './settings';\nnew OktaSignIn({ clientId: settings.clientId, ...{ el: '#w' }, useInteractionCodeFlow: true });`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 2, column: 5, endLine: 2, endColumn: 15 }],
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
          data: AT_6,
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
          data: AT_6,
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
      // A namespace import and `satisfies` another type: inserting would fail the type check, so only a suggestion.
      code: `import * as Okta from '@okta/okta-signin-widget';
new Okta.OktaSignIn({ clientId: 'x' } satisfies AppConfig);`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: AT_6,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `import * as Okta from '@okta/okta-signin-widget';
new Okta.OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } satisfies AppConfig);`,
            },
          ],
        },
      ],
    },
    {
      // An annotation with another type: a suggestion.
      code: `const config: AppConfig = { clientId: 'x' };\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: AT_6,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `const config: AppConfig = { clientId: 'x', useInteractionCodeFlow: true };\nnew OktaSignIn(config);` }],
        },
      ],
    },
    {
      // The widget's own options type accepts the key: an autofix.
      code: `import OktaSignIn, { type WidgetOptions } from '@okta/okta-signin-widget';
const config: WidgetOptions = { clientId: 'x' };
new OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: `import OktaSignIn, { type WidgetOptions } from '@okta/okta-signin-widget';
const config: WidgetOptions = { clientId: 'x', useInteractionCodeFlow: true };
new OktaSignIn(config);`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 3, column: 5, endLine: 3, endColumn: 15 }],
    },
    {
      // One config, two widgets: each constructor is reported; the edit changes what both read, so only suggestions.
      code: `import { OktaSignIn as Widget } from '@okta/okta-signin-widget';
const config = { clientId: 'x' };
const a = new Widget(config);
const b = new Widget(config);`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: AT_6,
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `import { OktaSignIn as Widget } from '@okta/okta-signin-widget';
const config = { clientId: 'x', useInteractionCodeFlow: true };
const a = new Widget(config);
const b = new Widget(config);`,
            },
          ],
        },
        {
          messageId: 'missingFlow',
          data: AT_6,
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `import { OktaSignIn as Widget } from '@okta/okta-signin-widget';
const config = { clientId: 'x', useInteractionCodeFlow: true };
const a = new Widget(config);
const b = new Widget(config);`,
            },
          ],
        },
      ],
    },
    {
      // App code reads the key the edit would add: a suggestion.
      code: `const config = { clientId: 'x' };
new OktaSignIn(config);
if (config.useInteractionCodeFlow) enableOieBanner();`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: AT_6,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'enableFlow',
              output: `const config = { clientId: 'x', useInteractionCodeFlow: true };
new OktaSignIn(config);
if (config.useInteractionCodeFlow) enableOieBanner();`,
            },
          ],
        },
      ],
    },
    {
      // Exported, or logged: others read it; reads of other keys are fine.
      code: `export const config = { clientId: 'x' };\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: [
        {
          messageId: 'missingFlow',
          data: AT_6,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
          suggestions: [{ messageId: 'enableFlow', output: `export const config = { clientId: 'x', useInteractionCodeFlow: true };\nnew OktaSignIn(config);` }],
        },
      ],
    },
    {
      code: `const config = { clientId: 'x' };\nconsole.log(config.clientId);\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: `const config = { clientId: 'x', useInteractionCodeFlow: true };\nconsole.log(config.clientId);\nnew OktaSignIn(config);`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 3, column: 5, endLine: 3, endColumn: 15 }],
    },
    {
      // Options frozen with Object.freeze are still read.
      code: `const config = Object.freeze({ clientId: 'x' });\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: `const config = Object.freeze({ clientId: 'x', useInteractionCodeFlow: true });\nnew OktaSignIn(config);`,
      errors: [{ messageId: 'missingFlow', data: AT_6, line: 2, column: 5, endLine: 2, endColumn: 15 }],
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
          data: AT_6,
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
          data: AT_6,
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
    // Every declared type that checks the literal, however it is wrapped.
    typeChecked(
      `new OktaSignIn({ clientId: 'x' } as const satisfies AppConfig);`,
      `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as const satisfies AppConfig);`,
    ),
    typeChecked(`new OktaSignIn({ clientId: 'x' } as AppConfig);`, `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as AppConfig);`),
    typeChecked(`new OktaSignIn(<AppConfig>{ clientId: 'x' });`, `new OktaSignIn(<AppConfig>{ clientId: 'x', useInteractionCodeFlow: true });`),
    typeChecked(
      `new OktaSignIn(({ clientId: 'x' } as const satisfies AppConfig)!);`,
      `new OktaSignIn(({ clientId: 'x', useInteractionCodeFlow: true } as const satisfies AppConfig)!);`,
    ),
    typeChecked(
      `new OktaSignIn(Object.freeze<AppConfig>({ clientId: 'x' }));`,
      `new OktaSignIn(Object.freeze<AppConfig>({ clientId: 'x', useInteractionCodeFlow: true }));`,
    ),
    typeChecked(
      `const config: AppConfig = { clientId: 'x' } as const;\nnew OktaSignIn(config);`,
      `const config: AppConfig = { clientId: 'x', useInteractionCodeFlow: true } as const;\nnew OktaSignIn(config);`,
    ),
    typeChecked(
      `const config = { clientId: 'x' } as const;\nnew OktaSignIn(config satisfies AppConfig);`,
      `const config = { clientId: 'x', useInteractionCodeFlow: true } as const;\nnew OktaSignIn(config satisfies AppConfig);`,
    ),
    typeChecked(
      `const config: AppConfig = Object.assign({ clientId: 'x' }, { el: '#w' });\nnew OktaSignIn(config);`,
      `const config: AppConfig = Object.assign({ clientId: 'x', useInteractionCodeFlow: true }, { el: '#w' });\nnew OktaSignIn(config);`,
    ),
    typeChecked(
      `new OktaSignIn(Object.assign<AppConfig, object>({ clientId: 'x' }, { el: '#w' }));`,
      `new OktaSignIn(Object.assign<AppConfig, object>({ clientId: 'x', useInteractionCodeFlow: true }, { el: '#w' }));`,
    ),
    typeChecked(
      `${OWN_TYPE}new OktaSignIn({ clientId: 'x' } satisfies WidgetOptions as AppConfig);`,
      `${OWN_TYPE}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } satisfies WidgetOptions as AppConfig);`,
    ),
    // \`as const\` checks nothing; the widget's own type accepts the key; an assertion to it hides the literal from outer types.
    typeAccepted(`new OktaSignIn({ clientId: 'x' } as const);`, `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as const);`),
    typeAccepted(
      `${OWN_TYPE}new OktaSignIn({ clientId: 'x' } as const satisfies WidgetOptions);`,
      `${OWN_TYPE}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as const satisfies WidgetOptions);`,
    ),
    typeAccepted(
      `${OWN_TYPE}new OktaSignIn(<WidgetOptions>{ clientId: 'x' });`,
      `${OWN_TYPE}new OktaSignIn(<WidgetOptions>{ clientId: 'x', useInteractionCodeFlow: true });`,
    ),
    typeAccepted(
      `${OWN_TYPE}const config: WidgetOptions = { clientId: 'x' } as const;\nnew OktaSignIn(config satisfies WidgetOptions);`,
      `${OWN_TYPE}const config: WidgetOptions = { clientId: 'x', useInteractionCodeFlow: true } as const;\nnew OktaSignIn(config satisfies WidgetOptions);`,
    ),
    typeAccepted(
      `${OWN_TYPE}new OktaSignIn({ clientId: 'x' } as WidgetOptions satisfies AppConfig);`,
      `${OWN_TYPE}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as WidgetOptions satisfies AppConfig);`,
    ),
  ],
});
