// Kiosk build: the widget comes from the Okta CDN <script> tag, typed by the npm package.
import type { WidgetOptions } from '@okta/okta-signin-widget';

declare const OktaSignIn: any;

const ISSUER = 'https://acme.okta.com/oauth2/default';

const config: WidgetOptions = {
  issuer: ISSUER,
  clientId: '0oa1kiosk5d6e7f8g9h0',
  redirectUri: `${window.location.origin}/kiosk/callback`,
  useInteractionCodeFlow: false,
  authParams: { scopes: ['openid', 'profile'] } satisfies WidgetOptions['authParams'],
  features: { multiOptionalFactorEnroll: true } as WidgetOptions['features'],
};

export function renderKioskWidget(el: string): Promise<void> {
  const widget = new OktaSignIn(config);
  return widget.showSignInAndRedirect({ el });
}

// Unit-test helper: the constructor is injected, so `OktaSignIn` here is a parameter
// (a test double), not the widget.
export function mountWithStub(OktaSignIn: new (options: object) => unknown, baseUrl: string): unknown {
  return new OktaSignIn({ baseUrl });
}
