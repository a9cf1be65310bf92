// Reports dashboard: an old implicit-flow config carried over from widget 5.x.
import OktaSignIn from '@okta/okta-signin-widget';

const widgetConfig = {
  baseUrl: 'https://acme-admin.okta.com',
  clientId: '0oa2reports9i8u7y6t5',
  redirectUri: `${window.location.origin}/reports/callback`,
  useInteractionCodeFlow: false,
  authParams: {
    pkce: false,
    responseType: ['id_token', 'token'],
  },
};

export function showReportsSignIn(el) {
  const signIn = new OktaSignIn(widgetConfig);
  signIn.showSignInToGetTokens({ el }).then((tokens) => signIn.authClient.tokenManager.setTokens(tokens));
}
