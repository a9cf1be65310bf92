import rule from '../../src/rules/no-classic-widget-response.js';
import { createRuleTester, javascript, span } from './tester.js';

const ruleTester = createRuleTester();

const WIDGET =
  `import OktaSignIn from '@okta/okta-signin-widget';\nconst widget = new OktaSignIn({ issuer: 'https://example.okta.com', ` +
  `clientId: 'c', redirectUri: '/cb' });\n`;
const embedded = (render: string, before = '') => `${WIDGET}${before}${render}`;

const shape = (code: string, text: string, name: string, from = 0) => ({
  messageId: 'classicShape' as const,
  data: { shape: name },
  ...span(code, text, from),
});
const value = (code: string, text: string, name: string, v: string, from = 0) => ({
  messageId: 'classicValue' as const,
  data: { shape: name, value: v },
  ...span(code, text, from),
});

// Okta's Classic-era handler (widget README before 5.x): every Classic shape in one place.
const classicHandler = embedded(`widget.renderEl({ el: '#x' }, function (res) {
  if (res.status === 'FORGOT_PASSWORD_EMAIL_SENT') { return; }
  if (res.status === 'UNLOCK_ACCOUNT_EMAIL_SENT') { return; }
  if (res.status === 'SUCCESS') {
    if (res.type === 'SESSION_STEP_UP') {
      res.stepUp.finish();
      return;
    }
    console.log(res.user.profile.login);
    res.next();
  }
});`);

const optional = embedded(`widget.renderEl({ el: '#x' }, (res) => { show(res?.user?.profile); res?.['stepUp']?.finish?.(); });`);
const destructured = embedded(
  `widget.renderEl({ el: '#x' }, ({ status, user, session: { expiresAt } }) => { greet(user); show(expiresAt); });`,
);
const alias = embedded(
  `widget.renderEl({ el: '#x' }, (res) => { const { idpDiscovery } = res; const s = res.session; ` +
    `idpDiscovery.redirectToIdp(s.expiresAt); });`,
);
const switched = embedded(`widget.renderEl({ el: '#x' }, (res) => {
  switch (res.status) {
    case 'SUCCESS': save(res.tokens); break;
    case 'ACTIVATION_EMAIL_SENT': showSent(); break;
    case 'REGISTRATION_COMPLETE': done(); break;
  }
});`);
const named = embedded(`widget.renderEl({ el: '#x' }, onSuccess);`, `function onSuccess(res) { if ('SESSION_SSO' == res.type) go(); }\n`);
const constArrow = embedded(`widget.renderEl({ el: '#x' }, onSuccess);`, `const onSuccess = (res) => res.user;\n`);
const viaThen = embedded(`widget.showSignIn({ el: '#x' }).then((res) => res.user);`);
const throughHelper = embedded(
  `widget.renderEl({ el: '#x' }, (res) => handle(res));`,
  `function handle(result) { if (result.status === 'IDP_DISCOVERY') result.idpDiscovery.redirectToIdp('/'); }\n`,
);

// A class (Angular/React class component): `this.method.bind(this, extra)` shifts the result to the second parameter.
const boundClass = `import OktaSignIn from '@okta/okta-signin-widget';
export class LoginComponent {
  widget = new OktaSignIn({ clientId: 'c', redirectUri: '/cb', issuer: 'https://x' });
  ngOnInit(): void {
    this.widget.renderEl({ el: '#okta' }, this.onSuccess.bind(this, 'login'));
  }
  onSuccess(source: string, res: any): void {
    this.user = res.user;
  }
}`;

// React function component (JSX) with the widget in an effect.
const reactComponent = `import { useEffect, useRef } from 'react';
import OktaSignIn from '@okta/okta-signin-widget';
export default function Login({ onLogin }) {
  const ref = useRef(null);
  useEffect(() => {
    const widget = new OktaSignIn({ issuer: 'https://x', clientId: 'c', redirectUri: '/cb' });
    widget.renderEl({ el: ref.current }, (res) => { onLogin(res.user); });
    return () => widget.remove();
  }, []);
  return <div ref={ref} />;
}`;

// Vue options API.
const vueComponent = `import OktaSignIn from '@okta/okta-signin-widget';
export default {
  mounted() {
    this.widget = new OktaSignIn({ issuer: 'https://x', clientId: 'c', redirectUri: '/cb' });
    this.widget.renderEl({ el: '#okta' }, (res) => { this.$store.commit('login', res.user); });
  },
};`;

// Vue options API with the handler among `methods` (on `this`).
const vueMethods = `import OktaSignIn from '@okta/okta-signin-widget';
export default {
  mounted() {
    this.widget = new OktaSignIn({ issuer: 'https://x', clientId: 'c', redirectUri: '/cb' });
    this.widget.renderEl({ el: '#okta' }, this.onSuccess);
  },
  methods: {
    onSuccess(res) { if (res.type === 'SESSION_SSO') this.go(); },
  },
};`;

// Widgets whose options are unknown (a prop, a page's global, a hosted config passed to a function first):
// `user`, `stepUp`, `type === 'SESSION_STEP_UP'` exist only in the Classic result, whatever the options say.
const IMPORT = `import OktaSignIn from '@okta/okta-signin-widget';\n`;
const fromProps =
  `${IMPORT}export function Login(props) {\n  const el = useRef(null);\n  useEffect(() => { new ` +
  `OktaSignIn(props.config).renderEl({ el }, (res) => go(res.user)); }, []);\n}`;
const fromGlobal =
  `const widget = new OktaSignIn(window.__CONFIG__);\nwidget.renderEl({ el: '#x' }, function (res) { if (res.type === ` +
  `'SESSION_STEP_UP') res.stepUp.finish(); });`;
const hostedCustomised =
  `var config = OktaUtil.getSignInWidgetConfig();\ncustomise(config);\nvar oktaSignIn = new ` +
  `OktaSignIn(config);\noktaSignIn.renderEl({ el: '#okta-login-container' }, function (res) { log(res.user.id); ` +
  `OktaUtil.completeLogin(res); });`;
const hostedWrapped =
  `var oktaSignIn = new OktaSignIn(withBranding(OktaUtil.getSignInWidgetConfig()));\noktaSignIn.renderEl({ el: ` +
  `'#okta-login-container' }, function (res) { if (res.user) OktaUtil.completeLogin(res); });`;
const fromParameter =
  `${IMPORT}export function mount(options) {\n  const widget = new OktaSignIn(options);\n  widget.renderEl({ el: ` +
  `'#x' }, (res) => { if (res.status === 'SUCCESS') store(res.session.expiresAt); });\n}`;

ruleTester.run('no-classic-widget-response', rule, {
  valid: [
    // The Identity Engine result: status and tokens (and remediation mode's interaction_code/state).
    embedded(
      `widget.renderEl({ el: '#x' }, (res) => { if (res.status === 'SUCCESS') widget.authClient.tokenManager.setTokens(res.tokens); });`,
    ),
    embedded(`widget.showSignIn({ el: '#x' }).then((res) => widget.authClient.handleLoginRedirect(res.tokens));`),
    embedded(`widget.renderEl({ el: '#x' }, (res) => { post(res.interaction_code, res.state); });`),
    // `status === 'SUCCESS'` alone is shared by both engines (docs/okta-facts.md#11-what-a-widget-hands-its-success-handler);
    // `type`/`status` with other values too.
    embedded(`widget.renderEl({ el: '#x' }, (res) => { if (res.status === 'SUCCESS' && res.type !== undefined) go(); });`),
    // Okta's hosted default template.
    `var oktaSignIn = new OktaSignIn(OktaUtil.getSignInWidgetConfig());\noktaSignIn.renderEl({ el: '#okta-login-container' }, ` +
      `OktaUtil.completeLogin, function (e) {});`,
    // Handlers it cannot see.
    embedded(`widget.renderEl({ el: '#x' }, props.onSuccess);`),
    // showSignInToGetTokens resolves to the tokens, not to a result.
    embedded(`widget.showSignInToGetTokens({ el: '#x' }).then((tokens) => { save(tokens.user); });`),
    // Not a widget: the same shapes on other objects.
    `fetch('/me').then((res) => res.user);`,
    `api.renderEl({}, (res) => res.session.token);`,
    // The error handler is not the success handler.
    embedded(`widget.renderEl({ el: '#x' }, OktaUtil.completeLogin, (err) => { log(err.user); });`),
    // Unknown options: the Identity Engine shape, a renderEl that is not the widget's, a tokens promise.
    `${IMPORT}new OktaSignIn(props.config).renderEl({ el }, (res) => { if (res.status === 'SUCCESS') save(res.tokens); });`,
    `${IMPORT}function mount(options, api) { const w = new OktaSignIn(options); api.renderEl({ el: '#x' }, (res) => res.user); }`,
    `${IMPORT}new OktaSignIn(props.config).showSignInToGetTokens({ el: '#x' }).then((tokens) => save(tokens.user));`,
    `const widget = new OktaSignIn(window.__CONFIG__);\nwidget.renderEl({ el: '#x' }, props.onSuccess);`,
    // A `session` read that only renames and is not read (nothing to point at but the shape itself is reported elsewhere).
    embedded(`widget.renderEl({ el: '#x' }, (res) => { const { tokens } = res; save(tokens); });`),
  ],
  invalid: [
    {
      code: classicHandler,
      ...javascript(),
      errors: [
        value(classicHandler, `res.status === 'FORGOT_PASSWORD_EMAIL_SENT'`, 'status', 'FORGOT_PASSWORD_EMAIL_SENT'),
        value(classicHandler, `res.status === 'UNLOCK_ACCOUNT_EMAIL_SENT'`, 'status', 'UNLOCK_ACCOUNT_EMAIL_SENT'),
        value(classicHandler, `res.type === 'SESSION_STEP_UP'`, 'type', 'SESSION_STEP_UP'),
        shape(classicHandler, 'res.stepUp', 'stepUp'),
        shape(classicHandler, 'res.user', 'user'),
        shape(classicHandler, 'res.next', 'next'),
      ],
    },
    {
      code: optional,
      errors: [shape(optional, 'res?.user', 'user'), shape(optional, `res?.['stepUp']`, 'stepUp')],
    },
    {
      // Destructured keys are reads too; a nested session key is `session.expiresAt`.
      code: destructured,
      errors: [
        shape(destructured, 'user', 'user', destructured.indexOf('({')),
        shape(destructured, 'expiresAt', 'session.expiresAt', destructured.indexOf('({')),
      ],
    },
    {
      code: alias,
      errors: [shape(alias, 'idpDiscovery', 'idpDiscovery', alias.indexOf('const {')), shape(alias, 's.expiresAt', 'session.expiresAt')],
    },
    {
      code: switched,
      errors: [
        value(switched, `'ACTIVATION_EMAIL_SENT'`, 'status', 'ACTIVATION_EMAIL_SENT'),
        value(switched, `'REGISTRATION_COMPLETE'`, 'status', 'REGISTRATION_COMPLETE'),
      ],
    },
    { code: named, errors: [value(named, `'SESSION_SSO' == res.type`, 'type', 'SESSION_SSO')] },
    { code: constArrow, errors: [shape(constArrow, 'res.user', 'user')] },
    { code: viaThen, errors: [shape(viaThen, 'res.user', 'user')] },
    {
      code: throughHelper,
      errors: [
        value(throughHelper, `result.status === 'IDP_DISCOVERY'`, 'status', 'IDP_DISCOVERY'),
        shape(throughHelper, 'result.idpDiscovery', 'idpDiscovery'),
      ],
    },
    { code: boundClass, errors: [shape(boundClass, 'res.user', 'user')] },
    { code: reactComponent, ...javascript('Login.jsx'), errors: [shape(reactComponent, 'res.user', 'user')] },
    { code: vueComponent, errors: [shape(vueComponent, 'res.user', 'user')] },
    { code: vueMethods, errors: [value(vueMethods, `res.type === 'SESSION_SSO'`, 'type', 'SESSION_SSO')] },
    { code: fromProps, ...javascript('Login.jsx'), errors: [shape(fromProps, 'res.user', 'user')] },
    {
      code: fromGlobal,
      ...javascript(),
      errors: [value(fromGlobal, `res.type === 'SESSION_STEP_UP'`, 'type', 'SESSION_STEP_UP'), shape(fromGlobal, 'res.stepUp', 'stepUp')],
    },
    { code: hostedCustomised, ...javascript(), errors: [shape(hostedCustomised, 'res.user', 'user')] },
    { code: hostedWrapped, ...javascript(), errors: [shape(hostedWrapped, 'res.user', 'user')] },
    { code: fromParameter, errors: [shape(fromParameter, 'res.session.expiresAt', 'session.expiresAt')] },
  ],
});
