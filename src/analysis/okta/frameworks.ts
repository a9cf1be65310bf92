/**
 * Okta's framework SDKs, as data: where an app gets its okta-auth-js client from in
 * React, Vue and Angular. Sources: okta-react `src/OktaContext.ts` and `withOktaAuth.tsx`
 * (6.11.0: `useOktaAuth()` → `{ oktaAuth, authState }`, the `oktaAuth` prop), README 3.0.11
 * (`authService`), 1.4.1 (`withAuth` injects `auth`); okta-vue `src/okta-vue.ts` (`useAuth()`
 * from 5.4.0, `$auth` is the client from 3.0.0; in 2.x the SDK's wrapper with
 * `loginRedirect`); okta-angular CHANGELOG 4.0.0 (the `OktaAuth` class injected), 5.0.0
 * (the `OKTA_AUTH` token), 8.0.0 (`inject(OKTA_AUTH)`), 2.2.1 (`OktaAuthService`).
 * The facts: docs/okta-facts.md#17-where-an-app-gets-its-okta-auth-js-client.
 */

export const OKTA_REACT_MODULE = '@okta/okta-react';
export const OKTA_VUE_MODULE = '@okta/okta-vue';
export const OKTA_ANGULAR_MODULE = '@okta/okta-angular';

/** `useOktaAuth()`: okta-react's hook; its result holds the client under `CLIENT_KEYS`. */
export const REACT_HOOK = 'useOktaAuth';

/** Where okta-react hands over the client: the hook's key and the `withOktaAuth` prop (4.x on). */
export const REACT_CLIENT_KEY = 'oktaAuth';

/** okta-react ≤ 3 `authService` (hook and prop), 1.x `auth` (the `withAuth` prop). */
export const REACT_LEGACY_KEYS: readonly string[] = ['authService', 'auth'];

/** The React props object: `props.oktaAuth`, `this.props.oktaAuth`. */
export const REACT_PROPS = 'props';

/** `useAuth()` (okta-vue 5.4.0 on): the client itself. */
export const VUE_COMPOSABLE = 'useAuth';

/** `this.$auth` in a Vue component: the client (okta-vue 3.x on), the SDK's wrapper before. */
export const VUE_GLOBAL_PROPERTY = '$auth';

/** okta-angular's injection token for the client (5.0.0 on), as in `@Inject(OKTA_AUTH)` and `inject(OKTA_AUTH)`. */
export const ANGULAR_TOKEN = 'OKTA_AUTH';

/** okta-angular ≤ 3's service, a subclass of the client. */
export const ANGULAR_LEGACY_SERVICE = 'OktaAuthService';

/** Angular's decorator and function that take an injection token. */
export const ANGULAR_INJECT = { decorator: 'Inject', fn: 'inject', module: '@angular/core' } as const;

/**
 * Resuming a sign-in at the callback: after an external IdP, a policy that needs another
 * factor returns `interaction_required` to the redirect callback, and only a handler that
 * shows the embedded widget again lets the transaction continue. okta-react's
 * `<LoginCallback onAuthResume>` (5.1.0 on, no fallback); okta-vue's and okta-angular's
 * callback call `onAuthResume`, else `onAuthRequired`, from the plugin options (okta-vue
 * 4.0.0 on) or `OktaConfig` (okta-angular 3.1.0 on).
 * The facts: docs/okta-facts.md#7-onauthresume-in-the-framework-sdks.
 */
export const AUTH_RESUME_HANDLER = 'onAuthResume';

/** okta-vue's and okta-angular's fallback when `onAuthResume` is not set. */
export const AUTH_RESUME_FALLBACK = 'onAuthRequired';

/** okta-react's callback component, a named export of the package. */
export const REACT_LOGIN_CALLBACK = 'LoginCallback';

/** Each framework SDK and the first version whose callback resumes the sign-in. */
export const AUTH_RESUME_SINCE: ReadonlyMap<string, string> = new Map([
  [OKTA_REACT_MODULE, '5.1.0'],
  [OKTA_VUE_MODULE, '4.0.0'],
  [OKTA_ANGULAR_MODULE, '3.1.0'],
]);

/** The key of a route's component in vue-router's and Angular's route objects (`{ path, component }`). */
export const ROUTE_COMPONENT_KEY = 'component';

/** okta-vue's callback component (a named export), and its plugin: the default export, installed by `app.use(OktaVue, options)`. */
export const VUE_LOGIN_CALLBACK = 'LoginCallback';
export const VUE_PLUGIN_EXPORT = 'default';
export const VUE_PLUGIN_INSTALL = 'use';

/**
 * okta-angular's callback component, its module (`OktaAuthModule.forRoot(config)`, 6.1.0 on) and its config token (`{ provide: OKTA_CONFIG,
 * useValue: config }`).
 */
export const ANGULAR_CALLBACK_COMPONENT = 'OktaCallbackComponent';
export const ANGULAR_AUTH_MODULE = { name: 'OktaAuthModule', forRoot: 'forRoot' } as const;
export const ANGULAR_CONFIG_TOKEN = 'OKTA_CONFIG';
/** An Angular provider object: the token's key and the key of its value. */
export const ANGULAR_PROVIDER = { token: 'provide', value: 'useValue' } as const;
