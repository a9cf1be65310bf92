// Script of the Okta-hosted custom sign-in page (Customizations › Sign-in page code editor):
// Okta fills the options and picks the engine, so there is nothing to migrate here.
/* global OktaUtil */
const oktaSignIn = new OktaSignIn(OktaUtil.getSignInWidgetConfig());

oktaSignIn.renderEl(
  { el: '#okta-login-container' },
  OktaUtil.completeLogin,
  (error) => console.log(error),
);
