import rule from '../../src/rules/no-page-rendered-event.js';
import { createRuleTester, javascript, span, UNKNOWN_VERSION, widget } from './tester.js';

const ruleTester = createRuleTester();
const W = `import OktaSignIn from '@okta/okta-signin-widget';\nconst signIn = new OktaSignIn({ clientId: 'c' });\n`;
const EVENT = `'pageRendered'`;

// The handler ignores its argument: an autofix.
const ignores = `${W}signIn.on('pageRendered', () => { document.title = 'Sign in'; });`;
const ignoresFixed = `${W}signIn.on('afterRender', () => { document.title = 'Sign in'; });`;
// `once`, double quotes.
const once = `${W}signIn.once("pageRendered", function () { track('shown'); });`;
// Reads `data.page`: a suggestion that reads the context instead.
const readsPage = `${W}signIn.on('pageRendered', (data) => {\n  if (data.page === 'primary-auth') decorate();\n});`;
const readsPageFixed =
  `${W}signIn.on('afterRender', (data) => {\n  if ((data.controller || data.formName) === 'primary-auth') ` + `decorate();\n});`;
// Reads something else of the payload: the finding, no edit.
const readsOther = `${W}signIn.on('pageRendered', (data) => send(data));`;
// A named handler with an `off`: both change together.
const withOff = `${W}function shown() { track(); }\nsignIn.on('pageRendered', shown);\nsignIn.off('pageRendered', shown);`;
const withOffFixed = `${W}function shown() { track(); }\nsignIn.on('afterRender', shown);\nsignIn.off('afterRender', shown);`;
// An `off` that removes every handler, with two of them: it cannot change with one, so each is a suggestion.
const unmatchedOff =
  `${W}signIn.on('pageRendered', () => track());\nsignIn.once('pageRendered', () => ` + `log());\nsignIn.off('pageRendered');`;
// A class member.
const inClass = `import OktaSignIn from '@okta/okta-signin-widget';
class Login {
  mount() {
    this.widget = new OktaSignIn({ clientId: 'c' });
    this.widget.on('pageRendered', this.onShown.bind(this));
  }
  onShown() { this.ready = true; }
}`;
const inClassFixed = inClass.replace(EVENT, `'afterRender'`);

ruleTester.run('no-page-rendered-event', rule, {
  valid: [
    // The already-migrated sample.
    `${W}signIn.on('afterRender', (context) => { if (context.controller === 'primary-auth') decorate(); });`,
    // An event emitter's, a socket's, Backbone's: not the widget.
    `import { EventEmitter } from 'node:events';\nconst bus = new EventEmitter();\nbus.on('pageRendered', () => {});`,
    `router.on('pageRendered', (data) => log(data.page));`,
    `${W}const emitter = mitt();\nemitter.on('pageRendered', () => {});`,
    // Dynamic event names; other events.
    `${W}signIn.on(eventName, () => {});\nsignIn.on('ready', () => {});`,
    // A binding that may hold another object.
    `${W}let w = new OktaSignIn({});\nw = bus;\nw.on('pageRendered', () => {});`,
  ],
  invalid: [
    {
      code: ignores,
      ...javascript(),
      output: ignoresFixed,
      errors: [{ messageId: 'pageRendered', ...span(ignores, EVENT) }],
    },
    {
      code: once,
      output: once.replace('"pageRendered"', '"afterRender"'),
      errors: [{ messageId: 'pageRendered', ...span(once, '"pageRendered"') }],
    },
    {
      code: readsPage,
      output: null,
      errors: [
        {
          messageId: 'pageRendered',
          ...span(readsPage, EVENT),
          suggestions: [{ messageId: 'useAfterRenderContext', output: readsPageFixed }],
        },
      ],
    },
    { code: readsOther, output: null, errors: [{ messageId: 'pageRendered', ...span(readsOther, EVENT), suggestions: [] }] },
    {
      // 7.11.0 and later: `off` removes an `afterRender` handler.
      code: withOff,
      settings: widget('7.11.0'),
      output: withOffFixed,
      errors: [{ messageId: 'pageRendered', ...span(withOff, EVENT) }],
    },
    {
      // Before 7.11.0 (or not known): `off('afterRender', h)` does not remove it, so only a suggestion that says so.
      code: withOff,
      settings: UNKNOWN_VERSION,
      output: null,
      errors: [
        { messageId: 'pageRendered', ...span(withOff, EVENT), suggestions: [{ messageId: 'useAfterRenderOff', output: withOffFixed }] },
      ],
    },
    {
      // The only handler: an `off` without a handler changes with it (7.11.0 and later: an autofix).
      code: `${W}signIn.on('pageRendered', () => track());\nsignIn.off('pageRendered');`,
      settings: widget('^7.11.0'),
      output: `${W}signIn.on('afterRender', () => track());\nsignIn.off('afterRender');`,
      errors: [{ messageId: 'pageRendered', line: 3, column: 11, endLine: 3, endColumn: 25 }],
    },
    {
      code: unmatchedOff,
      output: null,
      errors: [
        {
          messageId: 'pageRendered',
          ...span(unmatchedOff, EVENT),
          suggestions: [{ messageId: 'useAfterRender', output: unmatchedOff.replace(EVENT, `'afterRender'`) }],
        },
        {
          messageId: 'pageRendered',
          ...span(unmatchedOff, EVENT, unmatchedOff.indexOf('once')),
          suggestions: [{ messageId: 'useAfterRender', output: unmatchedOff.replace(`once('pageRendered'`, `once('afterRender'`) }],
        },
      ],
    },
    { code: inClass, output: inClassFixed, errors: [{ messageId: 'pageRendered', ...span(inClass, EVENT) }] },
    {
      // A handler the rule cannot see: the finding only.
      code: `${W}signIn.on('pageRendered', props.onShown);`,
      output: null,
      errors: [{ messageId: 'pageRendered', line: 3, column: 11, endLine: 3, endColumn: 25, suggestions: [] }],
    },
    {
      // A page script with the CDN global.
      code:
        `var oktaSignIn = new OktaSignIn(OktaUtil.getSignInWidgetConfig());\noktaSignIn.on('pageRendered', function (data) { ` +
        `console.log(data.page); });`,
      output: null,
      errors: [
        {
          messageId: 'pageRendered',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useAfterRenderContext',
              output:
                `var oktaSignIn = new OktaSignIn(OktaUtil.getSignInWidgetConfig());\noktaSignIn.on('afterRender', function (data) ` +
                `{ console.log((data.controller || data.formName)); });`,
            },
          ],
        },
      ],
    },
  ],
});
