import rule from '../../src/rules/require-interaction-code-flow.js';
import { fileURLToPath } from 'node:url';
import { at, createRuleTester, DECLARES_5_9, fromSettings, type InvalidCase, javascript, UNKNOWN_VERSION, widget } from './tester.js';

const ruleTester = createRuleTester();
type Case = InvalidCase<typeof rule>;
const V6 = widget('6.9.0');
const AT_6 = { version: fromSettings('6.9.0'), blocker: '' };
const PKCE = ' without `pkce: false`';
const AUTOFIX: [{ fix: 'autofix' }] = [{ fix: 'autofix' }];
/** package.json `^6.9.0`, package-lock.json 6.9.0, and a stale node_modules copy of 7.49.0. */
const STALE_INSTALL = fileURLToPath(new URL('../fixtures/versions/stale-install/src/login.ts', import.meta.url));
const IMPORT = `import OktaSignIn from '@okta/okta-signin-widget';\n`;

/** The smallest widget without the flag, and with it. */
const WIDGET = `new OktaSignIn({ clientId: 'x' });`;
const WITH_FLAG = `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`;
const TWO_WIDGETS = `import { OktaSignIn as Widget } from '@okta/okta-signin-widget';
const config = { clientId: 'x' };
const a = new Widget(config);
const b = new Widget(config);`;
const TWO_WIDGETS_FLAGGED = TWO_WIDGETS.replace(`{ clientId: 'x' }`, `{ clientId: 'x', useInteractionCodeFlow: true }`);

/** The constructor a case reports at: the callee of its last `new`. */
function callee(code: string): string {
  const start = code.lastIndexOf('new ') + 'new '.length;
  return code.slice(start, code.indexOf('(', start));
}

type Flagged = Omit<Case, 'errors'> & {
  messageId?: 'missingFlow' | 'missingFlowAnyVersion';
  data?: { version: string; blocker: string };
  /** Where the finding is: this text (default: the constructor) after `from` (default: the last `new `). */
  at?: string;
  from?: number | string;
  /** The output of the one `enableFlow` suggestion; `suggestions` for none (`[]`). */
  suggest?: string;
  suggestions?: [];
};

/**
 * A widget without the flag, one finding (`missingFlow` on 6.9.0 by default) at its constructor:
 * the case's `output` is the autofix, `suggest` the suggestion's output.
 */
function flag({ messageId = 'missingFlow', data = AT_6, at: text, from, suggest, suggestions, ...test }: Flagged): Case {
  const { code } = test;
  const edits =
    suggest === undefined ? (suggestions ? { suggestions } : {}) : { suggestions: [{ messageId: 'enableFlow' as const, output: suggest }] };
  return { ...test, errors: [at(code, text ?? callee(code), { messageId, data, ...edits }, from ?? code.lastIndexOf('new '))] };
}

/** TypeScript without JSX, so that `<T>x` is an assertion. */
const TS = { filename: 'login.ts', languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } } };
const OWN_TYPE = `import OktaSignIn, { type WidgetOptions } from '@okta/okta-signin-widget';\n`;

/**
 * A declared type other than the widget's own checks the literal on its way to the
 * constructor (\`satisfies\`, \`as T\`, \`<T>x\`, a typed variable, through any wrappers): the
 * inserted key may fail the type check, so only a suggestion, even with the autofix option.
 */
function typeChecked(code: string, output: string) {
  return flag({ code, ...TS, options: AUTOFIX, settings: V6, output: null, suggest: output });
}

/** Nothing but the widget's own type (or \`as const\`, which checks nothing) sees the literal's keys: an autofix. */
function typeAccepted(code: string, output: string) {
  return flag({ code, ...TS, options: AUTOFIX, settings: V6, output });
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
    {
      code: `import OktaSignIn from '@okta/okta-signin-widget/oie';\nnew OktaSignIn({ clientId: 'x', useClassicEngine: false });`,
      settings: UNKNOWN_VERSION,
    },
    {
      code: `import OktaSignIn from '@okta/okta-signin-widget/classic';\nnew OktaSignIn({ clientId: 'x' });`,
      settings: widget('^6.0.0 || ^7.0.0'),
    },
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
    {
      code: `const cfg = { clientId: 'x' };\nflags.forEach((f) => { cfg.useInteractionCodeFlow = f; });\nnew OktaSignIn(cfg);`,
      settings: V6,
    },
    {
      code: `const cfg = { clientId: 'x' };\nif (oie) Object.assign(cfg, { useInteractionCodeFlow: true });\nnew OktaSignIn(cfg);`,
      settings: V6,
    },
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
    flag({
      // JSX parsed by espree.
      code: `const OktaSignIn = require('@okta/okta-signin-widget');
export const Login = () => <div ref={(el) => new OktaSignIn({ el, clientId: 'x' })} />;`,
      ...javascript('Login.jsx'),
      options: AUTOFIX,
      settings: V6,
      output: `const OktaSignIn = require('@okta/okta-signin-widget');
export const Login = () => <div ref={(el) => new OktaSignIn({ el, clientId: 'x', useInteractionCodeFlow: true })} />;`,
    }),
    flag({
      code: `import OktaSignIn from '@okta/okta-signin-widget';
const widget = new OktaSignIn({
  issuer: 'https://acme.okta.com/oauth2/default',
  clientId: '0oa1',
  redirectUri: window.location.origin,
});`,
      settings: V6,
      suggest: `import OktaSignIn from '@okta/okta-signin-widget';
const widget = new OktaSignIn({
  issuer: 'https://acme.okta.com/oauth2/default',
  clientId: '0oa1',
  redirectUri: window.location.origin,
  useInteractionCodeFlow: true,
});`,
    }),
    // Single line, no trailing comma; the migrate config makes it an autofix.
    flag({
      code: `new OktaSignIn({ clientId: 'x', redirectUri: '/cb' });`,
      options: AUTOFIX,
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', redirectUri: '/cb', useInteractionCodeFlow: true });`,
    }),
    // `false` becomes `true`; the finding is on the property.
    flag({
      code: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: false });`,
      settings: V6,
      output: null,
      at: 'useInteractionCodeFlow: false',
      suggest: `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });`,
    }),
    flag({
      // Options in a const above: edit them there, keeping quotes and the comment. A range is named as written.
      code: `const OktaSignIn = require('@okta/okta-signin-widget');
const config = {
  'clientId': '0oa1', // the SPA app
};
const signIn = new OktaSignIn(config);`,
      settings: widget('^5.9.0'),
      data: { version: fromSettings('^5.9.0'), blocker: '' },
      suggest: `const OktaSignIn = require('@okta/okta-signin-widget');
const config = {
  'clientId': '0oa1', // the SPA app
  'useInteractionCodeFlow': true,
};
const signIn = new OktaSignIn(config);`,
    }),
    flag({
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
    }),
    flag({
      // The properties start on the line of `{` and a `//` comment ends it: the insertion never takes the comment over.
      code: `new OktaSignIn({ clientId: 'x' // app
});`,
      options: AUTOFIX,
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', // app
  useInteractionCodeFlow: true
});`,
    }),
    flag({
      code: `new OktaSignIn({ clientId: 'x', // app
});`,
      options: AUTOFIX,
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', // app
  useInteractionCodeFlow: true,
});`,
    }),
    // CRLF line endings and tab indentation are kept.
    flag({
      code: 'new OktaSignIn({\r\n\tclientId: "x",\r\n});\r\n',
      options: AUTOFIX,
      settings: V6,
      output: 'new OktaSignIn({\r\n\tclientId: "x",\r\n\tuseInteractionCodeFlow: true,\r\n});\r\n',
    }),
    {
      // Below 5.2.0: the widget has no flow to turn on; upgrade it.
      code: `new OktaSignIn({ clientId: 'x' });`,
      settings: widget('4.5.0'),
      errors: [
        at(`new OktaSignIn({ clientId: 'x' });`, 'OktaSignIn', {
          messageId: 'upgradeWidget',
          data: { version: fromSettings('4.5.0') },
          suggestions: [],
        }),
      ],
    },
    {
      code: `new OktaSignIn({ baseUrl: 'https://acme.okta.com' });`,
      settings: widget('~4.3.0'),
      errors: [
        at(`new OktaSignIn({ baseUrl: 'https://acme.okta.com' });`, 'OktaSignIn', {
          messageId: 'upgradeWidget',
          data: { version: fromSettings('~4.3.0') },
        }),
      ],
    },
    // Unknown version: the message holds either way.
    flag({
      code: WIDGET,
      settings: UNKNOWN_VERSION,
      messageId: 'missingFlowAnyVersion',
      data: { version: 'version unknown', blocker: '' },
      suggest: WITH_FLAG,
    }),
    // A range that admits 6.x and 7.x: the claim holds for every version, and names the range.
    flag({
      code: WIDGET,
      settings: widget('>=6.0.0 <8'),
      messageId: 'missingFlowAnyVersion',
      data: { version: fromSettings('>=6.0.0 <8'), blocker: '' },
      suggest: WITH_FLAG,
    }),
    // node_modules holds 7.49.0 but package.json (and its lockfile) admit 6.x: the flag is right on every version, so migrate inserts it.
    flag({
      code: `${IMPORT}${WIDGET}`,
      filename: STALE_INSTALL,
      options: AUTOFIX,
      output: `${IMPORT}${WITH_FLAG}`,
      messageId: 'missingFlowAnyVersion',
      data: { version: '7.49.0 (node_modules) or `^6.9.0` (package.json)', blocker: '' },
    }),
    // A 5.2.0 prerelease has the flow (it is not "before 5.2.0").
    flag({
      code: WIDGET,
      options: [{ widgetVersion: '5.2.0-beta.1' }],
      data: { version: '5.2.0-beta.1 (the rule option `widgetVersion`)', blocker: '' },
      suggest: WITH_FLAG,
    }),
    // The CDN global runs the version of its <script> tag: a package.json (maybe there for the types) does not count.
    flag({
      code: WIDGET,
      filename: DECLARES_5_9,
      messageId: 'missingFlowAnyVersion',
      data: { version: 'version unknown', blocker: '' },
      suggest: WITH_FLAG,
    }),
    // An import of the package: its declared range counts.
    flag({
      code: `${IMPORT}${WIDGET}`,
      filename: DECLARES_5_9,
      data: { version: '`^5.9.0` (package.json)', blocker: '' },
      suggest: `${IMPORT}${WITH_FLAG}`,
    }),
    // A Classic state token (00…) runs the Classic router.
    flag({
      code: `new OktaSignIn({ clientId: 'x', stateToken: '00abc' });`,
      options: AUTOFIX,
      settings: V6,
      output: `new OktaSignIn({ clientId: 'x', stateToken: '00abc', useInteractionCodeFlow: true });`,
    }),
    // PKCE off in authParams: no edit.
    flag({
      code: `new OktaSignIn({ clientId: 'x', authParams: { pkce: false } });`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      data: { ...AT_6, blocker: PKCE },
      suggestions: [],
    }),
    // PKCE off in the auth client the widget is given: no edit either.
    flag({
      code: `import { OktaAuth } from '@okta/okta-auth-js';
const authClient = new OktaAuth({ issuer, clientId: 'x', pkce: false });
new OktaSignIn({ clientId: 'x', authClient });`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      data: { ...AT_6, blocker: PKCE },
      suggestions: [],
    }),
    // An auth client the rule cannot see: PKCE may be off, so only a suggestion.
    flag({
      code: `new OktaSignIn({ clientId: 'x', authClient: makeAuthClient() });`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      suggest: `new OktaSignIn({ clientId: 'x', authClient: makeAuthClient(), useInteractionCodeFlow: true });`,
    }),
    // A clientId the rule cannot see (a member of an imported config): a suggestion, not an autofix.
    flag({
      code: `import settings from './settings';\nnew OktaSignIn({ clientId: settings.clientId, ...{ el: '#w' } });`,
      options: AUTOFIX,
      settings: V6,
      output:
        `import settings from './settings';\nnew OktaSignIn({ clientId: settings.clientId, ...{ el: '#w' }, ` +
        `useInteractionCodeFlow: true });`,
    }),
    // A literal `false` written before the constructor: the assignment is edited.
    flag({
      code: `const cfg = { clientId: 'x' };\ncfg.useInteractionCodeFlow = false;\nnew OktaSignIn(cfg);`,
      settings: V6,
      at: 'cfg.useInteractionCodeFlow = false',
      from: 0,
      suggest: `const cfg = { clientId: 'x' };\ncfg.useInteractionCodeFlow = true;\nnew OktaSignIn(cfg);`,
    }),
    flag({
      // TypeScript: an ambient global, a cast, a shorthand const that is false.
      code: `declare const OktaSignIn: any;
const useInteractionCodeFlow = false;
new OktaSignIn({ clientId: 'x', useInteractionCodeFlow } as WidgetOptions);`,
      settings: V6,
      at: 'useInteractionCodeFlow',
      suggest: `declare const OktaSignIn: any;
const useInteractionCodeFlow = false;
new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as WidgetOptions);`,
    }),
    // A namespace import and `satisfies` another type: inserting would fail the type check, so only a suggestion.
    flag({
      code: `import * as Okta from '@okta/okta-signin-widget';\nnew Okta.OktaSignIn({ clientId: 'x' } satisfies AppConfig);`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      suggest:
        `import * as Okta from '@okta/okta-signin-widget';\nnew Okta.OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } ` +
        `satisfies AppConfig);`,
    }),
    // An annotation with another type: a suggestion.
    flag({
      code: `const config: AppConfig = { clientId: 'x' };\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      suggest: `const config: AppConfig = { clientId: 'x', useInteractionCodeFlow: true };\nnew OktaSignIn(config);`,
    }),
    // The widget's own options type accepts the key: an autofix.
    flag({
      code: `${OWN_TYPE}const config: WidgetOptions = { clientId: 'x' };\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: `${OWN_TYPE}const config: WidgetOptions = { clientId: 'x', useInteractionCodeFlow: true };\nnew OktaSignIn(config);`,
    }),
    {
      // One config, two widgets: each constructor is reported; the edit changes what both read, so only suggestions.
      code: TWO_WIDGETS,
      options: AUTOFIX,
      settings: V6,
      output: null,
      errors: ['const a', 'const b'].map((each) =>
        at(
          TWO_WIDGETS,
          'Widget',
          { messageId: 'missingFlow', data: AT_6, suggestions: [{ messageId: 'enableFlow', output: TWO_WIDGETS_FLAGGED }] },
          each,
        ),
      ),
    },
    // App code reads the key the edit would add: a suggestion.
    flag({
      code: `const config = { clientId: 'x' };\nnew OktaSignIn(config);\nif (config.useInteractionCodeFlow) enableOieBanner();`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      suggest:
        `const config = { clientId: 'x', useInteractionCodeFlow: true };\nnew OktaSignIn(config);\nif ` +
        `(config.useInteractionCodeFlow) enableOieBanner();`,
    }),
    // Exported, or logged: others read it; reads of other keys are fine.
    flag({
      code: `export const config = { clientId: 'x' };\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: null,
      suggest: `export const config = { clientId: 'x', useInteractionCodeFlow: true };\nnew OktaSignIn(config);`,
    }),
    flag({
      code: `const config = { clientId: 'x' };\nconsole.log(config.clientId);\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: `const config = { clientId: 'x', useInteractionCodeFlow: true };\nconsole.log(config.clientId);\nnew OktaSignIn(config);`,
    }),
    // Options frozen with Object.freeze are still read.
    flag({
      code: `const config = Object.freeze({ clientId: 'x' });\nnew OktaSignIn(config);`,
      options: AUTOFIX,
      settings: V6,
      output: `const config = Object.freeze({ clientId: 'x', useInteractionCodeFlow: true });\nnew OktaSignIn(config);`,
    }),
    flag({
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
      suggest: `import OktaSignIn from '@okta/okta-signin-widget';
class Login extends React.Component {
  componentDidMount() {
    this.widget = new OktaSignIn({ clientId: this.props.clientId, el: '#w', useInteractionCodeFlow: true });
  }
  render() { return <div id="w" />; }
}`,
    }),
    // A spread of a resolvable const, then optional chaining on the global object.
    flag({
      code: `const base = { clientId: 'x' };\nconst W = window?.OktaSignIn;\nnew W({ ...base, el: '#w', });`,
      settings: V6,
      suggest:
        `const base = { clientId: 'x' };\nconst W = window?.OktaSignIn;\nnew W({ ...base, el: '#w', useInteractionCodeFlow: true, ` + `});`,
    }),
    // Every declared type that checks the literal, however it is wrapped.
    typeChecked(
      `new OktaSignIn({ clientId: 'x' } as const satisfies AppConfig);`,
      `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as const satisfies AppConfig);`,
    ),
    typeChecked(
      `new OktaSignIn({ clientId: 'x' } as AppConfig);`,
      `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as AppConfig);`,
    ),
    typeChecked(
      `new OktaSignIn(<AppConfig>{ clientId: 'x' });`,
      `new OktaSignIn(<AppConfig>{ clientId: 'x', useInteractionCodeFlow: true });`,
    ),
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
    typeAccepted(
      `new OktaSignIn({ clientId: 'x' } as const);`,
      `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as const);`,
    ),
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
      `${OWN_TYPE}const config: WidgetOptions = { clientId: 'x', useInteractionCodeFlow: true } as const;\nnew OktaSignIn(config ` +
        `satisfies WidgetOptions);`,
    ),
    typeAccepted(
      `${OWN_TYPE}new OktaSignIn({ clientId: 'x' } as WidgetOptions satisfies AppConfig);`,
      `${OWN_TYPE}new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true } as WidgetOptions satisfies AppConfig);`,
    ),
  ],
});
