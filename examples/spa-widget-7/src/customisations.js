// Customisations written for the Classic Engine: a magic-link resume, a lifecycle event, DOM tweaks.
import OktaSignIn from '@okta/okta-signin-widget';

const searchParams = new URL(window.location.href).searchParams;
const signIn = new OktaSignIn({
  issuer: 'https://acme.okta.com/oauth2/default',
  clientId: '0oa1admin',
  redirectUri: `${window.location.origin}/login/callback`,
});
signIn.otp = searchParams.get('otp');
signIn.state = searchParams.get('state');

signIn.on('pageRendered', (data) => {
  if (data.page === 'primary-auth') document.querySelector('#okta-signin-username').focus();
});

// Negative controls: selectors both engines render, and React's own state.
document.querySelector('#okta-sign-in .auth-container');
export class Banner extends React.Component {
  constructor(props) {
    super(props);
    this.state = { shown: false };
  }
}

export { signIn };
