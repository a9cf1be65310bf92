// Customer portal sign-in pages, embedded Sign-In Widget 6.x (npm).
import OktaSignIn from '@okta/okta-signin-widget';
import '@okta/okta-signin-widget/dist/css/okta-sign-in.min.css';

const OKTA_DOMAIN = 'https://acme.okta.com';
const ISSUER = `${OKTA_DOMAIN}/oauth2/default`;

// Main sign-in: an OIDC app, but without `useInteractionCodeFlow` a 6.x widget still
// runs the Classic Engine. `features.rememberMe` is fine on both engines.
export function showSignIn(el) {
  const signIn = new OktaSignIn({
    baseUrl: OKTA_DOMAIN,
    clientId: '0oa1portalspa7x2y3z4',
    redirectUri: `${window.location.origin}/login/callback`,
    authParams: { issuer: ISSUER, scopes: ['openid', 'profile', 'email'] },
    features: { rememberMe: true },
  });
  return signIn.showSignInToGetTokens({ el });
}

// Partner sign-in: switched to the Interaction Code flow, but kept the Classic settings.
export function showPartnerSignIn(el) {
  const signIn = new OktaSignIn({
    baseUrl: OKTA_DOMAIN,
    clientId: '0oa1partners8k9l0m1n2',
    redirectUri: `${window.location.origin}/partners/callback`,
    useInteractionCodeFlow: true,
    authParams: { issuer: ISSUER, pkce: false, responseType: 'code' },
    helpSupportNumber: '(800) 555-0199',
    features: { registration: true, selfServiceUnlock: true },
    processCreds(creds, callback) {
      window.analytics?.track('partner_sign_in', { username: creds.username });
      callback();
    },
    // Partners sign up with their work email as their username (the Classic flat post data).
    registration: {
      preSubmit(postData, onSuccess) {
        postData.login = postData.email;
        onSuccess(postData);
      },
    },
  });
  signIn.showSignInAndRedirect({ el });
}

// Help-desk console: session-only sign-in, no OIDC app at all.
export function showHelpdeskSignIn(el) {
  const signIn = new OktaSignIn({ baseUrl: OKTA_DOMAIN });
  signIn.renderEl({ el }, (res) => {
    if (res.status === 'SUCCESS') res.session.setCookieAndRedirect(`${OKTA_DOMAIN}/app/UserHome`);
  });
}
