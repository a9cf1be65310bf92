// Admin app sign-in, upgraded to Sign-In Widget 7.x.
import OktaSignIn from '@okta/okta-signin-widget';

const OKTA_DOMAIN = 'https://acme-admin.okta.com';

// Staff sign in with their short name; Classic also sent it through IdP discovery.
function transformUsername(username, operation) {
  if (operation === 'IDP_DISCOVERY') {
    return username.toLowerCase();
  }
  return username.includes('@') ? username : `${username}@acme.example`;
}

export function showAdminSignIn(el) {
  const signIn = new OktaSignIn({
    issuer: `${OKTA_DOMAIN}/oauth2/default`,
    clientId: '0oa2adminspa1q2w3e4r',
    redirectUri: `${window.location.origin}/login/callback`,
    useInteractionCodeFlow: true,
    transformUsername,
    features: { rememberMe: true },
  });
  return signIn.showSignIn({ el });
}
