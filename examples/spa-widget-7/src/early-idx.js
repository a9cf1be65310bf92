// An early Identity Engine sign-in, copied from Okta's guide when okta-idx-js was the way.
import idx from '@okta/okta-idx-js';
import { OktaAuth } from '@okta/okta-auth-js';

const authClient = new OktaAuth({ issuer: 'https://acme.okta.com/oauth2/default', clientId: '0oa3reports1q2w3e4r' });

export async function startSignIn(codeChallenge, codeVerifier) {
  const idxState = await idx.start({
    issuer: 'https://acme.okta.com/oauth2/default',
    clientId: '0oa3reports1q2w3e4r',
    redirectUri: `${window.location.origin}/reports/callback`,
    version: '1.0.0',
    codeChallenge,
    codeChallengeMethod: 'S256',
  });
  if (idxState.hasInteractionCode()) {
    return authClient.token.exchangeCodeForTokens({ interactionCode: idxState.interactionCode, codeVerifier });
  }
  return idxState.neededToProceed;
}
