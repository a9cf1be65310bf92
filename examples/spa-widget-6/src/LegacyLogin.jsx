// Older React page (class component) that mounts the widget itself.
import React from 'react';
import OktaSignIn from '@okta/okta-signin-widget';

export default class LegacyLogin extends React.Component {
  constructor(props) {
    super(props);
    this.container = React.createRef();
  }

  componentDidMount() {
    this.widget = new OktaSignIn({
      baseUrl: 'https://acme.okta.com',
      clientId: '0oa1portalspa7x2y3z4',
      redirectUri: `${window.location.origin}/login/callback`,
      authParams: { issuer: 'https://acme.okta.com/oauth2/default' },
      features: { idpDiscovery: true },
      i18n: { en: { needhelp: 'Trouble signing in?' } },
    });
    this.widget
      .showSignInToGetTokens({ el: this.container.current })
      .then((tokens) => this.props.onSuccess(tokens))
      .catch((err) => this.props.onError(err));
  }

  componentWillUnmount() {
    this.widget.remove();
  }

  render() {
    return <div className="login-page" ref={this.container} />;
  }
}
