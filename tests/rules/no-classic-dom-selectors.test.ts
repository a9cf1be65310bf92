import rule from '../../src/rules/no-classic-dom-selectors.js';
import { createRuleTester, javascript, span } from './tester.js';

const ruleTester = createRuleTester();
const IMPORT = `import OktaSignIn from '@okta/okta-signin-widget';\n`;
const USERNAME = { id: 'okta-signin-username', replacement: 'input[name="identifier"]' };
const PASSWORD = { id: 'okta-signin-password', replacement: 'input[name="credentials.passcode"]' };
const SUBMIT = { id: 'okta-signin-submit', replacement: '.o-form-button-bar input[type="submit"]' };

const querySelector = `${IMPORT}widget.on('afterRender', () => {\n  document.querySelector('#okta-signin-username').focus();\n});`;
const jquery =
  `${IMPORT}$('#okta-sign-in #okta-signin-password').attr('autocomplete', ` + `'off');\n$(el).find("#okta-signin-submit").closest('form');`;
const byId = `${IMPORT}document.getElementById('okta-signin-submit').disabled = true;`;
const cssInJs =
  `import OktaSignIn from '@okta/okta-signin-widget';\nconst styles = { '#okta-signin-username': { fontSize: 16 }, ` +
  `'[id="help-links-container"] a': { color: 'red' } };`;
const styled =
  "import OktaSignIn from '@okta/okta-signin-widget';\nconst Wrapper = styled.div`\n  #okta-signin-submit { background: ${brand}; }\n`;";
const global =
  `var w = new OktaSignIn(config);\nw.renderEl({ el: '#okta-login-container' }, () => {\n  document.querySelectorAll('form ` +
  `#idp-discovery-username, #okta-signin-username');\n});`;

ruleTester.run('no-classic-dom-selectors', rule, {
  valid: [
    // Look-alikes that the Identity Engine renders too.
    `${IMPORT}document.querySelector('#okta-sign-in .auth-container .primary-auth .o-form-button-bar .button-primary');`,
    `${IMPORT}$('#okta-sign-in').find('.okta-sign-in-header, .auth-header, .auth-content, .auth-content-inner, .main-container');`,
    // Okta's already-migrated selectors.
    `${IMPORT}widget.on('afterRender', (context) => {\n  if (context.formName === 'identify') ` +
      `document.querySelector('input[name="identifier"]').focus();\n  document.querySelector('[data-se="o-form-input-identifier"]');\n});`,
    // Longer ids, other names, text that is not a selector.
    `${IMPORT}document.querySelector('#okta-signin-username-label, #my-okta-signin-password-hint');\nconst name = ` +
      `'okta-signin-username';\nlog('okta-signin-submit');`,
    // The same ids in a file that does not use the widget (an app's own form, an okta-auth-js custom form, another SDK).
    `document.getElementById('okta-signin-username').value = user;`,
    `import { OktaAuth } from '@okta/okta-auth-js';\ndocument.querySelector('#okta-signin-password').value = '';`,
    `import Auth0Lock from 'auth0-lock';\ndocument.querySelector('#auth0-lock-input-email, #okta-signin-submit');`,
  ],
  invalid: [
    {
      code: querySelector,
      ...javascript(),
      errors: [{ messageId: 'classicId', data: USERNAME, ...span(querySelector, 'okta-signin-username') }],
    },
    {
      code: jquery,
      errors: [
        { messageId: 'classicId', data: PASSWORD, ...span(jquery, 'okta-signin-password') },
        { messageId: 'classicId', data: SUBMIT, ...span(jquery, 'okta-signin-submit') },
      ],
    },
    { code: byId, errors: [{ messageId: 'classicId', data: SUBMIT, ...span(byId, 'okta-signin-submit') }] },
    {
      code: cssInJs,
      errors: [
        { messageId: 'classicId', data: USERNAME, ...span(cssInJs, 'okta-signin-username') },
        {
          messageId: 'classicId',
          data: { id: 'help-links-container', replacement: 'a[data-se="help"]' },
          ...span(cssInJs, 'help-links-container'),
        },
      ],
    },
    { code: styled, errors: [{ messageId: 'classicId', data: SUBMIT, ...span(styled, 'okta-signin-submit') }] },
    {
      // A page script with the CDN global.
      code: global,
      errors: [
        {
          messageId: 'classicId',
          data: { id: 'idp-discovery-username', replacement: 'input[name="identifier"]' },
          ...span(global, 'idp-discovery-username'),
        },
        { messageId: 'classicId', data: USERNAME, ...span(global, 'okta-signin-username') },
      ],
    },
  ],
});
