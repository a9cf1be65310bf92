import rule from '../../src/rules/prefer-complete-login.js';
import { createRuleTester, javascript, span } from './tester.js';

const ruleTester = createRuleTester();

/** A hosted page's script: the config from OktaUtil, the widget, then `render`. */
const page = (render: string, before = '') =>
  `${before}var config = OktaUtil.getSignInWidgetConfig();\nvar oktaSignIn = new OktaSignIn(config);\n${render}`;

const DEFAULT_TEMPLATE = page(
  `oktaSignIn.renderEl({ el: '#okta-login-container' },\n  OktaUtil.completeLogin,\n  function (error) {\n    console.log(error.message, ` +
    `error);\n  }\n);`,
);

// The reference's "customised hosted template" (S9).
const sessionRedirect =
  `function (res) {\n  if (res.status === 'SUCCESS') { ` +
  `res.session.setCookieAndRedirect(ctx.authentication.request.redirect_uri); }\n}`;
const s9 = page(`oktaSignIn.renderEl({ el: '#okta-login-container' }, ${sessionRedirect});`, `var ctx = OktaUtil.getRequestContext();\n`);
const redirectArrow = page(`oktaSignIn.renderEl({ el: '#x' }, (res) => { window.location.href = '/app'; }, onError);`);
const expressionBody = page(`oktaSignIn.renderEl({ el: '#x' }, (res) => res.session.setCookieAndRedirect('/app'));`);
const storesUser = page(
  `oktaSignIn.renderEl({ el: '#x' }, function (res) {\n  localStorage.setItem('user', res.user.profile.login);\n  window.location = ` +
    `'/home';\n});`,
);
const named = page(`oktaSignIn.renderEl({ el: '#x' }, onSuccess);`, `function onSuccess(res) { res.session.setCookieAndRedirect('/'); }\n`);
const viaThen = page(`oktaSignIn.renderEl({ el: '#x' }).then(function (res) { window.location.assign('/'); });`);
const viaThenSession = page(`oktaSignIn.renderEl({ el: '#x' }).then(function (res) { res.session.setCookieAndRedirect('/'); });`);
const sameTargetHandler =
  `function (res) {\n  if (res.session) { res.session.setCookieAndRedirect(ctx.target); } else { ` +
  `window.location.assign(ctx.target); }\n}`;
const sameTarget = page(`oktaSignIn.renderEl({ el: '#x' }, ${sameTargetHandler});`, `var ctx = OktaUtil.getRequestContext();\n`);
/** Handlers that also do what the app chose: [the page, the handler]. */
const appHandler = (handler: string): [string, string] => [page(`oktaSignIn.renderEl({ el: '#x' }, ${handler});`), handler];
const setsCookie = appHandler(
  `function (res) {\n  document.cookie = 'app_user=' + encodeURIComponent(res.user.id);\n  res.session.setCookieAndRedirect('/app');\n}`,
);
const cookieLibrary = appHandler(`(res) => {\n  Cookies.set('app_user', res.user.id);\n  res.session.setCookieAndRedirect('/app');\n}`);
const redirectsElsewhere = appHandler(
  `function (res) {\n  if (res.status === 'SUCCESS') { res.session.setCookieAndRedirect('/app'); } else { window.location.href = ` +
    `'/welcome'; }\n}`,
);
const both = page(`oktaSignIn.renderEl({ el: '#x' }, (res) => { track(res.status); }).then((res) => { window.location.href = '/'; });`);
const inClass = `class SignInPage {
  start() {
    this.widget = new OktaSignIn(window.OktaUtil.getSignInWidgetConfig());
    this.widget.renderEl({ el: '#x' }, this.onSuccess.bind(this));
  }
  onSuccess(res) {
    window.location.assign('/');
  }
}`;
const shadowed = page(`function show(OktaUtil) {\n  oktaSignIn.renderEl({ el: '#x' }, (res) => { window.location.href = '/'; });\n}`);

const SUGGEST = (output: string) => [{ messageId: 'useCompleteLogin' as const, output }];

ruleTester.run('prefer-complete-login', rule, {
  valid: [
    // Okta's default template.
    { code: DEFAULT_TEMPLATE, ...javascript() },
    // Handlers that hand the result on: directly, under a condition, through a function of the file.
    page(`oktaSignIn.renderEl({ el: '#x' }, function (res) { track('signed-in'); OktaUtil.completeLogin(res); });`),
    page(`oktaSignIn.renderEl({ el: '#x' }, (res) => { if (res.status === 'SUCCESS') OktaUtil.completeLogin(res); else show(res); });`),
    page(`oktaSignIn.renderEl({ el: '#x' }, (res) => finish(res));`, `function finish(r) { OktaUtil.completeLogin(r); }\n`),
    page(`oktaSignIn.renderEl({ el: '#x' }, done);`, `const done = OktaUtil.completeLogin;\n`),
    page(`oktaSignIn.renderEl({ el: '#x' }, OktaUtil.completeLogin.bind(OktaUtil));`),
    page(`oktaSignIn.renderEl({ el: '#x' }).then(OktaUtil.completeLogin);`),
    // One handler of the call completes the login: the others may do what they like.
    page(`oktaSignIn.renderEl({ el: '#x' }, OktaUtil.completeLogin).then((res) => { window.location.href = '/'; });`),
    // The bound argument comes first; the result is the second parameter.
    `class P {\n  start() {\n    this.w = new OktaSignIn(OktaUtil.getSignInWidgetConfig());\n    this.w.renderEl({}, ` +
      `this.done.bind(this, 'tag'));\n  }\n  done(tag, res) { OktaUtil.completeLogin(res); }\n}`,
    // Handlers it cannot see, or whose result goes where it cannot follow.
    `function mount(onSuccess) { new OktaSignIn(OktaUtil.getSignInWidgetConfig()).renderEl({ el: '#x' }, onSuccess); }`,
    page(`oktaSignIn.renderEl({ el: '#x' }, props.onSuccess);`),
    page(`oktaSignIn.renderEl({ el: '#x' }, (res) => { window.handleResult(res); });`),
    // No success callback: nothing to replace.
    page(`oktaSignIn.renderEl({ el: '#x' });`),
    // Not a hosted page: an embedded widget (the Classic-results rules' business), or OktaUtil shadowed.
    `const w = new OktaSignIn({ clientId: 'x', redirectUri: '/cb' });\nw.renderEl({ el: '#x' }, (res) => { ` +
      `res.session.setCookieAndRedirect('/'); });`,
    `function f(OktaUtil) { new OktaSignIn(OktaUtil.getSignInWidgetConfig()).renderEl({}, (res) => { window.location = '/'; }); }`,
    // Other render methods.
    page(`oktaSignIn.showSignInToGetTokens({ el: '#x' }).then((tokens) => { save(tokens); });`),
  ],
  invalid: [
    {
      code: s9,
      ...javascript(),
      errors: [
        {
          messageId: 'customSuccessHandler',
          ...span(s9, sessionRedirect),
          suggestions: SUGGEST(s9.replace(sessionRedirect, 'OktaUtil.completeLogin')),
        },
      ],
    },
    {
      // migrate: a handler written in place that only sets the session and redirects becomes OktaUtil.completeLogin.
      code: s9,
      options: [{ fix: 'autofix' }],
      output: s9.replace(sessionRedirect, 'OktaUtil.completeLogin'),
      errors: [{ messageId: 'customSuccessHandler', ...span(s9, sessionRedirect) }],
    },
    {
      // A redirect of its own goes where the app chose, not to the session's target: a suggestion, even in migrate.
      code: redirectArrow,
      options: [{ fix: 'autofix' }],
      output: null,
      errors: [
        {
          messageId: 'customSuccessHandler',
          ...span(redirectArrow, `(res) => { window.location.href = '/app'; }`),
          suggestions: SUGGEST(redirectArrow.replace(`(res) => { window.location.href = '/app'; }`, 'OktaUtil.completeLogin')),
        },
      ],
    },
    {
      // A redirect to the session call's own target is part of the hand-off: still an autofix.
      code: sameTarget,
      options: [{ fix: 'autofix' }],
      output: sameTarget.replace(sameTargetHandler, 'OktaUtil.completeLogin'),
      errors: [{ messageId: 'customSuccessHandler', ...span(sameTarget, sameTargetHandler) }],
    },
    ...[setsCookie, cookieLibrary, redirectsElsewhere].map(([code, handler]) => ({
      // It also sets a cookie of the app's, or redirects elsewhere: app behaviour, a suggestion even in migrate.
      code,
      options: [{ fix: 'autofix' }] as const,
      output: null,
      errors: [
        {
          messageId: 'customSuccessHandler' as const,
          ...span(code, handler),
          suggestions: SUGGEST(code.replace(handler, 'OktaUtil.completeLogin')),
        },
      ],
    })),
    {
      code: expressionBody,
      options: [{ fix: 'autofix' }],
      output: expressionBody.replace(`(res) => res.session.setCookieAndRedirect('/app')`, 'OktaUtil.completeLogin'),
      errors: [{ messageId: 'customSuccessHandler', ...span(expressionBody, `(res) => res.session.setCookieAndRedirect('/app')`) }],
    },
    {
      // A constant computed key is the same call (as no-set-cookie-and-redirect reads it).
      code: expressionBody.replace('.setCookieAndRedirect(', "['setCookieAndRedirect']("),
      options: [{ fix: 'autofix' }],
      output: expressionBody.replace(`(res) => res.session.setCookieAndRedirect('/app')`, 'OktaUtil.completeLogin'),
      errors: [
        {
          messageId: 'customSuccessHandler',
          ...span(
            expressionBody.replace('.setCookieAndRedirect(', "['setCookieAndRedirect']("),
            `(res) => res.session['setCookieAndRedirect']('/app')`,
          ),
        },
      ],
    },
    {
      // A key computed at run time may be anything: a suggestion, even in migrate.
      code: expressionBody.replace('.setCookieAndRedirect(', '[method]('),
      options: [{ fix: 'autofix' }],
      errors: [
        {
          messageId: 'customSuccessHandler',
          ...span(expressionBody.replace('.setCookieAndRedirect(', '[method]('), `(res) => res.session[method]('/app')`),
          suggestions: SUGGEST(expressionBody.replace(`(res) => res.session.setCookieAndRedirect('/app')`, 'OktaUtil.completeLogin')),
        },
      ],
    },
    {
      // It also stores the user: a suggestion, even in migrate.
      code: storesUser,
      options: [{ fix: 'autofix' }],
      errors: [
        {
          messageId: 'customSuccessHandler',
          line: 3,
          column: 35,
          endLine: 6,
          endColumn: 2,
          suggestions: SUGGEST(page(`oktaSignIn.renderEl({ el: '#x' }, OktaUtil.completeLogin);`)),
        },
      ],
    },
    {
      // A named function stays (someone else may call it): a suggestion that replaces the argument.
      code: named,
      options: [{ fix: 'autofix' }],
      errors: [
        {
          messageId: 'customSuccessHandler',
          ...span(named, 'onSuccess', named.indexOf('#x')),
          suggestions: SUGGEST(named.replace(`'#x' }, onSuccess`, `'#x' }, OktaUtil.completeLogin`)),
        },
      ],
    },
    {
      code: viaThen,
      options: [{ fix: 'autofix' }],
      output: null,
      errors: [
        {
          messageId: 'customSuccessHandler',
          ...span(viaThen, `function (res) { window.location.assign('/'); }`),
          suggestions: SUGGEST(viaThen.replace(`function (res) { window.location.assign('/'); }`, 'OktaUtil.completeLogin')),
        },
      ],
    },
    {
      code: viaThenSession,
      options: [{ fix: 'autofix' }],
      output: viaThenSession.replace(`function (res) { res.session.setCookieAndRedirect('/'); }`, 'OktaUtil.completeLogin'),
      errors: [{ messageId: 'customSuccessHandler', ...span(viaThenSession, `function (res) { res.session.setCookieAndRedirect('/'); }`) }],
    },
    {
      code: both,
      errors: [
        {
          messageId: 'customSuccessHandler',
          ...span(both, `(res) => { track(res.status); }`),
          suggestions: SUGGEST(both.replace(`(res) => { track(res.status); }`, 'OktaUtil.completeLogin')),
        },
        {
          messageId: 'customSuccessHandler',
          ...span(both, `(res) => { window.location.href = '/'; }`),
          suggestions: SUGGEST(both.replace(`(res) => { window.location.href = '/'; }`, 'OktaUtil.completeLogin')),
        },
      ],
    },
    {
      code: inClass,
      options: [{ fix: 'autofix' }],
      errors: [
        {
          messageId: 'customSuccessHandler',
          ...span(inClass, 'this.onSuccess.bind(this)'),
          suggestions: SUGGEST(inClass.replace('this.onSuccess.bind(this)', 'OktaUtil.completeLogin')),
        },
      ],
    },
    {
      // OktaUtil is shadowed where the handler is: no edit can name it.
      code: shadowed,
      errors: [{ messageId: 'customSuccessHandler', ...span(shadowed, `(res) => { window.location.href = '/'; }`) }],
    },
  ],
});
