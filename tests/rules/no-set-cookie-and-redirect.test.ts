import rule from '../../src/rules/no-set-cookie-and-redirect.js';
import { createRuleTester, javascript, span } from './tester.js';

const ruleTester = createRuleTester();

const WIDGET =
  `import OktaSignIn from '@okta/okta-signin-widget';\nconst widget = new OktaSignIn({ issuer: 'https://x', clientId: 'c', ` +
  `redirectUri: '/cb' });\n`;
const AUTH = `import { OktaAuth } from '@okta/okta-auth-js';\nconst authClient = new OktaAuth({ issuer: 'https://x' });\n`;
const NAME = 'setCookieAndRedirect';

// Embedded: the widget's Classic result.
const embedded =
  `${WIDGET}widget.renderEl({ el: '#x' }, function (res) {\n  ` + `res.session.setCookieAndRedirect('https://app.example.com/home');\n});`;
const embeddedNoUrl = `${WIDGET}widget.renderEl({ el: '#x' }, (res) => res.session.setCookieAndRedirect());`;
const optional = `${WIDGET}widget.renderEl({ el: '#x' }, (res) => { res?.session?.setCookieAndRedirect?.(url); });`;
const computed = `${WIDGET}widget.renderEl({ el: '#x' }, (res) => { res['session']['setCookieAndRedirect'](url); });`;
const inClass = `import OktaSignIn from '@okta/okta-signin-widget';
class Login {
  constructor() { this.widget = new OktaSignIn({ clientId: 'c', redirectUri: '/cb' }); }
  show() { this.widget.renderEl({ el: '#x' }, this.done.bind(this)); }
  done(res) { res.session.setCookieAndRedirect('/home'); }
}`;
// The handler is a function of the file whose widget it cannot name there: a message, no edit.
const unnamable = `import OktaSignIn from '@okta/okta-signin-widget';
function done(res) { res.session.setCookieAndRedirect('/home'); }
function mount() { const widget = new OktaSignIn({ clientId: 'c' }); widget.renderEl({ el: '#x' }, done); }`;

// Hosted: the reference's customised template (S9).
const hosted = `var config = OktaUtil.getSignInWidgetConfig();
var oktaSignIn = new OktaSignIn(config);
oktaSignIn.renderEl({ el: '#okta-login-container' }, function (res) {
  if (res.status === 'SUCCESS') { res.session.setCookieAndRedirect(ctx.authentication.request.redirect_uri); }
});`;
const hostedShadowed = `function show(OktaUtil, OktaSignIn2) {
  var w = new OktaSignIn(window.OktaUtil.getSignInWidgetConfig());
  w.renderEl({}, (res) => res.session.setCookieAndRedirect('/'));
}`;

// After the Authn API: on an okta-auth-js client, with a session token.
const authn =
  `${AUTH}authClient.signInWithCredentials({ username, password }).then((tx) => {\n  ` +
  `authClient.session.setCookieAndRedirect(tx.sessionToken, '/home');\n});`;
const widgetClient = `${WIDGET}widget.authClient.session.setCookieAndRedirect(token);`;
// Anywhere else: a value it cannot place, or a bare setCookieAndRedirect in a file that uses Okta.
const unknownSource = `function finish(res) { res.session.setCookieAndRedirect('/'); }`;
const bare = `import { OktaAuth } from '@okta/okta-auth-js';\nconst s = getSession();\ns.setCookieAndRedirect(token, '/');`;

ruleTester.run('no-set-cookie-and-redirect', rule, {
  valid: [
    // A declaration, a type, a property in an object literal, a mock: not calls.
    `const session = { setCookieAndRedirect(url) { location.href = url; } };`,
    `interface Session { setCookieAndRedirect(token: string, url?: string): void }`,
    `const mock = { session: { setCookieAndRedirect: vi.fn() } };`,
    `class FakeSession { setCookieAndRedirect() {} }`,
    // The name on an object that is not `.session`, in a file without Okta.
    `cookies.setCookieAndRedirect(token, '/');`,
    // The Identity Engine replacements.
    `${WIDGET}widget.showSignInToGetTokens({ el: '#x' }).then((tokens) => { widget.authClient.tokenManager.setTokens(tokens); });`,
    `var w = new OktaSignIn(OktaUtil.getSignInWidgetConfig());\nw.renderEl({ el: '#x' }, OktaUtil.completeLogin);`,
    `${AUTH}authClient.session.exists().then((exists) => exists && authClient.session.get());`,
  ],
  invalid: [
    {
      code: embedded,
      ...javascript(),
      errors: [
        {
          messageId: 'embeddedWidget',
          ...span(embedded, NAME),
          suggestions: [
            {
              messageId: 'useHandleLoginRedirect',
              data: { client: 'widget.authClient' },
              output: embedded.replace(
                `res.session.setCookieAndRedirect('https://app.example.com/home')`,
                `widget.authClient.handleLoginRedirect(res.tokens, 'https://app.example.com/home')`,
              ),
            },
          ],
        },
      ],
    },
    {
      code: embeddedNoUrl,
      errors: [
        {
          messageId: 'embeddedWidget',
          ...span(embeddedNoUrl, NAME),
          suggestions: [
            {
              messageId: 'useHandleLoginRedirect',
              data: { client: 'widget.authClient' },
              output: embeddedNoUrl.replace('res.session.setCookieAndRedirect()', 'widget.authClient.handleLoginRedirect(res.tokens)'),
            },
          ],
        },
      ],
    },
    {
      // The whole optional chain is replaced.
      code: optional,
      errors: [
        {
          messageId: 'embeddedWidget',
          ...span(optional, NAME),
          suggestions: [
            {
              messageId: 'useHandleLoginRedirect',
              data: { client: 'widget.authClient' },
              output: optional.replace(
                'res?.session?.setCookieAndRedirect?.(url)',
                'widget.authClient.handleLoginRedirect(res.tokens, url)',
              ),
            },
          ],
        },
      ],
    },
    {
      code: computed,
      errors: [
        {
          messageId: 'embeddedWidget',
          ...span(computed, `'setCookieAndRedirect'`),
          suggestions: [
            {
              messageId: 'useHandleLoginRedirect',
              data: { client: 'widget.authClient' },
              output: computed.replace(
                `res['session']['setCookieAndRedirect'](url)`,
                'widget.authClient.handleLoginRedirect(res.tokens, url)',
              ),
            },
          ],
        },
      ],
    },
    {
      code: inClass,
      ...javascript(),
      errors: [
        {
          messageId: 'embeddedWidget',
          ...span(inClass, NAME),
          suggestions: [
            {
              messageId: 'useHandleLoginRedirect',
              data: { client: 'this.widget.authClient' },
              output: inClass.replace(
                `res.session.setCookieAndRedirect('/home')`,
                `this.widget.authClient.handleLoginRedirect(res.tokens, '/home')`,
              ),
            },
          ],
        },
      ],
    },
    { code: unnamable, errors: [{ messageId: 'embeddedWidget', ...span(unnamable, NAME), suggestions: [] }] },
    {
      code: hosted,
      ...javascript(),
      errors: [
        {
          messageId: 'hostedPage',
          ...span(hosted, NAME),
          suggestions: [
            {
              messageId: 'useCompleteLogin',
              data: { result: 'res' },
              output: hosted.replace(
                'res.session.setCookieAndRedirect(ctx.authentication.request.redirect_uri)',
                'OktaUtil.completeLogin(res)',
              ),
            },
          ],
        },
      ],
    },
    // OktaUtil is shadowed at the call: the message, no edit.
    { code: hostedShadowed, errors: [{ messageId: 'hostedPage', ...span(hostedShadowed, NAME), suggestions: [] }] },
    { code: authn, errors: [{ messageId: 'authnSession', ...span(authn, NAME) }] },
    { code: widgetClient, errors: [{ messageId: 'authnSession', ...span(widgetClient, NAME) }] },
    { code: unknownSource, errors: [{ messageId: 'classicHandOff', ...span(unknownSource, NAME) }] },
    { code: bare, errors: [{ messageId: 'classicHandOff', ...span(bare, NAME) }] },
  ],
});
