/**
 * The Okta Sign-In Widget (`@okta/okta-signin-widget`), as data: its entry points,
 * version thresholds and options. Rules read these tables; no rule hard-codes a package
 * name, version threshold, option name or replacement.
 *
 * Sources are cited per entry as `repo:path`; the facts, with their sources, are in
 * docs/okta-facts.md (sections 8–13).
 */

/** npm package name of the Okta Sign-In Widget. */
export const WIDGET_PACKAGE = '@okta/okta-signin-widget';

/** The Classic-only entry point (7.x): it throws unless `useClassicEngine: true`. */
export const WIDGET_CLASSIC_MODULE = `${WIDGET_PACKAGE}/classic`;

/** The Identity-Engine-only entry point (7.x): it throws unless `useClassicEngine` is exactly `false`. */
export const WIDGET_OIE_MODULE = `${WIDGET_PACKAGE}/oie`;

/**
 * Module specifiers whose exports construct the widget: the package, its 7.x subpath
 * exports, and the bundle files that older setups import directly
 * (`dist/js/okta-sign-in.min.js`, `.no-polyfill.min.js`, `okta-sign-in.js`; with or
 * without the extension).
 */
export const WIDGET_MODULES: readonly (string | RegExp)[] = [
  WIDGET_PACKAGE,
  WIDGET_CLASSIC_MODULE,
  WIDGET_OIE_MODULE,
  /^@okta\/okta-signin-widget\/dist\/js\/okta-sign-in(?:\.no-polyfill)?(?:\.min)?(?:\.js)?$/,
];

/** Export names of the widget modules that are the constructor. */
export const WIDGET_EXPORT_NAMES: readonly string[] = ['default', 'OktaSignIn'];

/** The `settings.okta` key that pins the widget version. */
export const WIDGET_VERSION_SETTING = 'widgetVersion';

/** Widget version thresholds (okta-signin-widget MIGRATING.md, src/widget/OktaSignIn.*). */
export const WIDGET_VERSIONS = {
  /** `useInteractionCodeFlow` exists from here on. */
  interactionCodeFlow: '5.2.0',
  /** `useInteractionCodeFlow` together with `pkce: false` throws a ConfigError from here on. */
  pkceCheck: '5.4.0',
  /** OIE is the default; `useInteractionCodeFlow` is ignored; `useClassicEngine` exists. */
  oieDefault: '7.0.0',
  /** The `/classic` and `/oie` subpath exports exist from here on (`package.json` exports of 7.0.0). */
  subpathExports: '7.0.0',
  /** The lowest version Okta documents for the Identity Engine upgrade (dev docs `oie-upgrade-sign-in-widget`, help.okta.com). */
  documentedMinimum: '5.11.0',
} as const;

/**
 * The instance methods that render the widget and hand its result (`{ status, tokens }` on
 * the Identity Engine; `{ status, session, user, … }` on the Classic Engine) to a success
 * handler: `renderEl(options, success, error)`'s success argument, and the promise both
 * return. (`showSignInToGetTokens` resolves with the tokens alone, `showSignInAndRedirect`
 * redirects: neither hands over the result.)
 */
export const WIDGET_RENDER_METHODS: ReadonlyMap<string, { readonly successArgument: number | null }> = new Map([
  ['renderEl', { successArgument: 1 }],
  ['showSignIn', { successArgument: null }],
]);

/** Entry points that exist only from `WIDGET_VERSIONS.subpathExports`: importing one is evidence of the version. */
export const WIDGET_SUBPATH_MODULES: readonly string[] = [WIDGET_CLASSIC_MODULE, WIDGET_OIE_MODULE];

/**
 * A Classic (V1) state token starts with this; with any other `stateToken` the widget runs the Identity Engine router
 * (docs/okta-facts.md#10-which-engine-a-widget-runs).
 */
export const CLASSIC_STATE_TOKEN_PREFIX = '00';

/** Option keys the rules read. */
export const OPTION = {
  useInteractionCodeFlow: 'useInteractionCodeFlow',
  useClassicEngine: 'useClassicEngine',
  clientId: 'clientId',
  stateToken: 'stateToken',
  proxyIdxResponse: 'proxyIdxResponse',
  authParams: 'authParams',
  authClient: 'authClient',
  pkce: 'pkce',
  transformUsername: 'transformUsername',
} as const;

/** What a widget needs to run the Identity Engine as an embedded OIDC app (named in messages). */
export const OIDC_OPTIONS = ['issuer', 'clientId', 'redirectUri'] as const;

export interface UnsupportedOption {
  /** Option path inside the widget config; `*` matches any one key (a language code). */
  readonly path: readonly string[];
  /** What replaces it on the Identity Engine: an Admin Console policy or another option. */
  readonly replacement: string;
}

const RECOVERY = 'the password recovery policy';
const ROUTING = 'Identity Provider routing rules';
const NONE = 'none';

/**
 * Options the Identity Engine never reads (only the V1 Classic router does), with the
 * Admin Console policy or option that replaces each, as a message names it (the Admin
 * Console paths are in the rule's docs) (okta-developer-docs
 * guides/oie-upgrade-sign-in-widget/main/index.md, "Feature flags" and the sections after
 * it; options the guide does not cover were checked in widget src: read only in src/v1).
 * `features.rememberMe`, `features.showPasswordToggleOnSignInPage`,
 * `features.skipIdpFactorVerificationBtn`, `idps` and the registration hooks are
 * deliberately absent: OIE still reads them
 * (docs/okta-facts.md#13-options-the-upgrade-guide-lists-that-the-identity-engine-still-reads).
 */
export const UNSUPPORTED_OPTIONS: readonly UnsupportedOption[] = [
  { path: ['processCreds'], replacement: 'none; `transformUsername` can rewrite the username' },
  { path: ['features', 'registration'], replacement: 'a user profile policy with self-service registration' },
  { path: ['features', 'idpDiscovery'], replacement: ROUTING },
  { path: ['features', 'selfServiceUnlock'], replacement: RECOVERY },
  { path: ['features', 'smsRecovery'], replacement: 'password recovery with the Phone authenticator' },
  { path: ['features', 'callRecovery'], replacement: 'password recovery with the Phone authenticator' },
  { path: ['features', 'emailRecovery'], replacement: 'password recovery with the Email authenticator' },
  { path: ['features', 'autoPush'], replacement: NONE },
  { path: ['features', 'multiOptionalFactorEnroll'], replacement: 'authenticator enrollment policies' },
  { path: ['features', 'webauthn'], replacement: 'the FIDO2 (WebAuthn) authenticator' },
  { path: ['features', 'scrollOnError'], replacement: NONE },
  { path: ['features', 'router'], replacement: NONE },
  { path: ['features', 'securityImage'], replacement: NONE },
  { path: ['features', 'hideBackToSignInForReset'], replacement: NONE },
  { path: ['features', 'customExpiredPassword'], replacement: NONE },
  { path: ['features', 'passwordlessAuth'], replacement: 'passwordless authentication policies' },
  { path: ['features', 'trackTypingPattern'], replacement: NONE },
  { path: ['features', 'useDeviceFingerprintForSecurityImage'], replacement: NONE },
  { path: ['features', 'showPasswordRequirementsAsHtmlList'], replacement: NONE },
  { path: ['features', 'showSessionRevocation'], replacement: NONE },
  { path: ['features', 'prefillUsernameFromIdpDiscovery'], replacement: ROUTING },
  { path: ['helpSupportNumber'], replacement: '`helpLinks`' },
  { path: ['policyId'], replacement: 'the app’s authentication policy' },
  { path: ['idpDiscovery', 'requestContext'], replacement: ROUTING },
  { path: ['i18n', '*', 'needhelp'], replacement: '`helpLinks`' },
];

/** `transformUsername(username, operation)`: the operation the Identity Engine never passes. */
export const CLASSIC_ONLY_TRANSFORM_OPERATION = {
  value: 'IDP_DISCOVERY',
  replacement: ROUTING,
} as const;

/**
 * The result a widget hands its success handler, by engine. Only the Classic (V1) router
 * builds `session` (`{ token, setCookieAndRedirect }`), `user`, `type`, `stepUp`, `next`
 * and `idpDiscovery`, and only it reports the email-sent, registration and IdP-discovery
 * statuses (okta-signin-widget `src/v1/util/RouterUtil.js`; none of them appear in
 * `src/v2` or `src/v3`). The Identity Engine hands over `{ status: 'SUCCESS', tokens }`,
 * or `{ status: 'SUCCESS', interaction_code, state }` in remediation mode
 * (`src/v2/client/interactionCodeFlow.js`). The facts: docs/okta-facts.md#11-what-a-widget-hands-its-success-handler.
 */
export const WIDGET_RESULT = {
  /** `res.session`: the Classic session hand-off object. */
  session: 'session',
  /** `res.session.token`: the Classic session token. */
  sessionToken: 'token',
  /** Keys whose every read is Classic evidence. */
  classicKeys: ['user', 'stepUp', 'next', 'idpDiscovery'] as readonly string[],
  /** Keys that are Classic evidence only when compared with these values (`'SUCCESS'` is shared by both engines). */
  classicValues: new Map<string, readonly string[]>([
    ['type', ['SESSION_SSO', 'SESSION_STEP_UP']],
    [
      'status',
      ['IDP_DISCOVERY', 'FORGOT_PASSWORD_EMAIL_SENT', 'UNLOCK_ACCOUNT_EMAIL_SENT', 'ACTIVATION_EMAIL_SENT', 'REGISTRATION_COMPLETE'],
    ],
  ]) as ReadonlyMap<string, readonly string[]>,
  /** What the Identity Engine hands over: reading these is never Classic evidence. */
  identityEngineKeys: ['status', 'tokens', 'interaction_code', 'state'] as readonly string[],
} as const;

/**
 * The render methods that replace `renderEl` for an embedded widget
 * (docs/okta-facts.md#12-the-render-methods; widget README "showSignInToGetTokens", "showSignIn"; Okta's guide
 * `oie-upgrade-sign-in-widget-deprecated-methods`). `showSignInToGetTokens` resolves to the
 * tokens themselves; `showSignIn` (from 5.5.0) resolves to a result with `tokens` and
 * follows the redirects an Identity Engine policy may require. Both need an OIDC app
 * (`clientId`, `redirectUri`).
 */
export const WIDGET_TOKEN_METHODS = {
  showSignInToGetTokens: { since: null },
  showSignIn: { since: '5.5.0' },
} as const satisfies Record<string, { since: string | null }>;

export type WidgetTokenMethod = keyof typeof WIDGET_TOKEN_METHODS;

/** `widget.remove()`: takes the widget off the page once it has handed over the tokens. */
export const WIDGET_REMOVE_METHOD = 'remove';
