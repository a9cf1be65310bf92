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
