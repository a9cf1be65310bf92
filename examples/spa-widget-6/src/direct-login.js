// Kiosk sign-in: the app's own form on the Authentication API, and a widget for step-up.
import { OktaAuth } from '@okta/okta-auth-js';
import OktaSignIn from '@okta/okta-signin-widget';

const authClient = new OktaAuth({
  issuer: 'https://acme.okta.com/oauth2/default',
  clientId: '0oa1kiosk5t6y7u8i9o0',
  redirectUri: `${window.location.origin}/kiosk/callback`,
});

// The Classic hand-off: a session token from the Authentication API, exchanged for tokens.
export async function signInFromForm(username, password) {
  const transaction = await authClient.signInWithCredentials({ username, password });
  if (transaction.status === 'SUCCESS') {
    await authClient.token.getWithRedirect({ sessionToken: transaction.sessionToken, scopes: ['openid', 'profile'] });
  }
}

// Step-up with the widget, reading the Classic result.
export function stepUp(el) {
  const widget = new OktaSignIn({
    baseUrl: 'https://acme.okta.com',
    clientId: '0oa1kiosk5t6y7u8i9o0',
    redirectUri: `${window.location.origin}/kiosk/callback`,
    useInteractionCodeFlow: true,
  });
  widget.renderEl({ el }, (res) => {
    if (res.type === 'SESSION_STEP_UP') {
      window.sessionStorage.setItem('kiosk-user', res.user.profile.login);
      res.stepUp.finish();
    }
  });
}
