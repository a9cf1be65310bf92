import rule from '../../src/rules/prefer-show-sign-in-to-get-tokens.js';
import { createRuleTester, javascript, span, widget as pin } from './tester.js';

const ruleTester = createRuleTester();

const WIDGET =
  `import OktaSignIn from '@okta/okta-signin-widget';\nconst signIn = new OktaSignIn({ issuer: 'https://x', clientId: 'c', ` +
  `redirectUri: '/cb' });\n`;
const embedded = (render: string, before = '') => `${WIDGET}${before}${render}`;

const TOKENS_FN = (widget = 'signIn', indent = '') =>
  `(tokens) => {\n${indent}  ${widget}.authClient.tokenManager.setTokens(tokens);\n${indent}  ${widget}.remove();\n${indent}}`;

// The migration guide's "before": renderEl with a handler that reads the Classic result.
const classic = embedded(`signIn.renderEl({ el: '#osw-container' }, function (res) {
  if (res.status === 'SUCCESS') {
    res.session.setCookieAndRedirect('https://example.com/dashboard');
  }
}, function (error) {
  console.error(error);
});`);
const classicOutput = embedded(`signIn.showSignInToGetTokens({ el: '#osw-container' }).then(function (tokens) {
  signIn.authClient.tokenManager.setTokens(tokens);
  signIn.remove();
}, function (error) {
  console.error(error);
});`);

const arrow = embedded(`signIn.renderEl({ el: '#x' }, (res) => { save(res.session.token); });`);
const unseen = embedded(`signIn.renderEl({ el: '#x' }, props.onSuccess, props.onError);`);
const viaThen = embedded(`signIn.renderEl({ el: '#x' }).then((res) => res.user).catch(fail);`);
// In a class, indented, with `this.widget`: an arrow keeps `this`.
const inClass = `import OktaSignIn from '@okta/okta-signin-widget';
export class LoginComponent {
  widget = new OktaSignIn({ issuer: 'https://x', clientId: 'c', redirectUri: '/cb' });
  ngOnInit(): void {
    this.widget.renderEl({ el: '#okta' }, this.onSuccess.bind(this, 'login'), (err: Error) => this.fail(err));
  }
  onSuccess(source: string, res: any): void {
    this.user = res.user;
  }
}`;
const inClassOutput = inClass.replace(
  `this.widget.renderEl({ el: '#okta' }, this.onSuccess.bind(this, 'login'), (err: Error) => this.fail(err))`,
  `this.widget.showSignInToGetTokens({ el: '#okta' }).then(${TOKENS_FN('this.widget', '    ')}, (err: Error) => this.fail(err))`,
);
const SHOW_SIGN_IN_FN = `(res) => {\n  signIn.authClient.handleLoginRedirect(res.tokens);\n}`;

ruleTester.run('prefer-show-sign-in-to-get-tokens', rule, {
  valid: [
    // A handler that consumes only tokens and status (docs/okta-facts.md#12-the-render-methods), remediation mode's interaction_code/state.
    embedded(
      `signIn.renderEl({ el: '#x' }, (res) => { if (res.status === 'SUCCESS') signIn.authClient.tokenManager.setTokens(res.tokens); });`,
    ),
    embedded(`signIn.renderEl({ el: '#x' }, (res) => post(res.interaction_code, res.state));`),
    // No success handler at all; the Identity Engine methods.
    embedded(`signIn.renderEl({ el: '#x' });`),
    embedded(`signIn.renderEl({ el: '#x' }, null, null);\nsignIn.renderEl({ el: '#x' }, undefined, onError);`),
    embedded(`signIn.showSignInToGetTokens({ el: '#x' }).then((tokens) => tokens);`),
    embedded(`signIn.showSignIn({ el: '#x' }).then((res) => res.user);`),
    // Okta-hosted pages: prefer-complete-login's business (the default template passes OktaUtil.completeLogin).
    `var oktaSignIn = new OktaSignIn(OktaUtil.getSignInWidgetConfig());\noktaSignIn.renderEl({ el: '#okta-login-container' }, ` +
      `OktaUtil.completeLogin, function (e) {});`,
    `var oktaSignIn = new OktaSignIn(OktaUtil.getSignInWidgetConfig());\noktaSignIn.renderEl({ el: '#c' }, (res) => ` +
      `res.session.setCookieAndRedirect('/'));`,
    // Not a widget.
    `chart.renderEl({ el: '#x' }, (res) => res.user);`,
  ],
  invalid: [
    {
      code: classic,
      ...javascript(),
      errors: [
        {
          messageId: 'classicHandler',
          data: { shape: 'session.setCookieAndRedirect', replacement: 'showSignInToGetTokens' },
          ...span(classic, 'renderEl'),
          suggestions: [{ messageId: 'useShowSignInToGetTokens', output: classicOutput }],
        },
      ],
    },
    {
      code: arrow,
      errors: [
        {
          messageId: 'classicHandler',
          data: { shape: 'session.token', replacement: 'showSignInToGetTokens' },
          ...span(arrow, 'renderEl'),
          suggestions: [
            { messageId: 'useShowSignInToGetTokens', output: embedded(`signIn.showSignInToGetTokens({ el: '#x' }).then(${TOKENS_FN()});`) },
          ],
        },
      ],
    },
    {
      // A handler it cannot see: the old error handler is kept.
      code: unseen,
      errors: [
        {
          messageId: 'unseenHandler',
          data: { replacement: 'showSignInToGetTokens' },
          ...span(unseen, 'renderEl'),
          suggestions: [
            {
              messageId: 'useShowSignInToGetTokens',
              output: embedded(`signIn.showSignInToGetTokens({ el: '#x' }).then(${TOKENS_FN()}, props.onError);`),
            },
          ],
        },
      ],
    },
    {
      // The `.then` is replaced with the call; what follows it stays.
      code: viaThen,
      errors: [
        {
          messageId: 'classicHandler',
          data: { shape: 'user', replacement: 'showSignInToGetTokens' },
          ...span(viaThen, 'renderEl'),
          suggestions: [
            {
              messageId: 'useShowSignInToGetTokens',
              output: embedded(`signIn.showSignInToGetTokens({ el: '#x' }).then(${TOKENS_FN()}).catch(fail);`),
            },
          ],
        },
      ],
    },
    {
      code: inClass,
      errors: [
        {
          messageId: 'classicHandler',
          data: { shape: 'user', replacement: 'showSignInToGetTokens' },
          ...span(inClass, 'renderEl'),
          suggestions: [{ messageId: 'useShowSignInToGetTokens', output: inClassOutput }],
        },
      ],
    },
    {
      // `replacement: "showSignIn"` (widget 5.5 and later): the result's tokens go to handleLoginRedirect.
      code: arrow,
      options: [{ replacement: 'showSignIn' }],
      settings: pin('7.40.0'),
      errors: [
        {
          messageId: 'classicHandler',
          data: { shape: 'session.token', replacement: 'showSignIn' },
          ...span(arrow, 'renderEl'),
          suggestions: [{ messageId: 'useShowSignIn', output: embedded(`signIn.showSignIn({ el: '#x' }).then(${SHOW_SIGN_IN_FN});`) }],
        },
      ],
    },
    {
      // A widget below 5.5 has no showSignIn: the suggestion falls back to showSignInToGetTokens.
      code: arrow,
      options: [{ replacement: 'showSignIn' }],
      settings: pin('5.3.0'),
      errors: [
        {
          messageId: 'classicHandler',
          data: { shape: 'session.token', replacement: 'showSignInToGetTokens' },
          ...span(arrow, 'renderEl'),
          suggestions: [
            { messageId: 'useShowSignInToGetTokens', output: embedded(`signIn.showSignInToGetTokens({ el: '#x' }).then(${TOKENS_FN()});`) },
          ],
        },
      ],
    },
    {
      // No clientId: both methods throw without an OIDC app (require-oidc-config says so). The message, no edit.
      code:
        `const w = new OktaSignIn({ baseUrl: 'https://x' });\nw.renderEl({ el: '#x' }, (res) => ` +
        `res.session.setCookieAndRedirect('/'));`,
      errors: [
        {
          messageId: 'classicHandler',
          data: { shape: 'session.setCookieAndRedirect', replacement: 'showSignInToGetTokens' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      // The widget is built in place: no name to reuse, so no edit.
      code: `new OktaSignIn({ clientId: 'c' }).renderEl({ el: '#x' }, (res) => res.user);`,
      errors: [
        {
          messageId: 'classicHandler',
          data: { shape: 'user', replacement: 'showSignInToGetTokens' },
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
  ],
});
