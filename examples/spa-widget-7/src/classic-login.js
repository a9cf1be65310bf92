// Support tool: pinned to the Classic Engine while the org migrates.
import OktaSignIn from '@okta/okta-signin-widget/classic';

export function showSupportSignIn(el) {
  const signIn = new OktaSignIn({
    issuer: 'https://acme-admin.okta.com/oauth2/default',
    clientId: '0oa2support3e4r5t6y7',
    redirectUri: `${window.location.origin}/support/callback`,
    useClassicEngine: true,
  });
  signIn.showSignInAndRedirect({ el });
}
