/**
 * The Sign-In Widget's customisation surface that changes with the engine, as data: the
 * element ids only the Classic (v1) views render, the instance properties the router never
 * reads, and the lifecycle events (docs/okta-facts.md#1-classic-only-dom-ids-and-what-the-identity-engine-renders-instead to
 * #3-pagerendered-fires-only-on-classic-use-afterrender). Rules read these tables.
 */

/** A Classic-only element id and what an Identity Engine (Gen2) page renders instead. */
export interface ClassicDomId {
  readonly id: string;
  /** The selector (or hook) to use on the Identity Engine, as a message names it. */
  readonly replacement: string;
}

const SUBMIT = '.o-form-button-bar input[type="submit"]';
const IDENTIFIER = 'input[name="identifier"]';

/**
 * Element ids only the Classic (v1) views render; the Identity Engine (v2) gives inputs
 * generated ids (`input<N>`) and names them by field
 * (docs/okta-facts.md#1-classic-only-dom-ids-and-what-the-identity-engine-renders-instead;
 * okta-signin-widget src/v1/views/primary-auth/PrimaryAuthForm.js,
 * src/v1/views/mfa-verify/YubikeyForm.js). Look-alikes on both engines (`#okta-sign-in`,
 * `.auth-container`, `.primary-auth`, `.o-form-button-bar`, …) are deliberately absent.
 */
export const CLASSIC_DOM_IDS: readonly ClassicDomId[] = [
  { id: 'okta-signin-username', replacement: IDENTIFIER },
  { id: 'okta-signin-password', replacement: 'input[name="credentials.passcode"]' },
  { id: 'okta-signin-submit', replacement: SUBMIT },
  { id: 'idp-discovery-username', replacement: IDENTIFIER },
  { id: 'idp-discovery-submit', replacement: SUBMIT },
  { id: 'account-recovery-username', replacement: IDENTIFIER },
  { id: 'mfa-answer', replacement: 'input[name="credentials.passcode"]' },
  { id: 'user-code', replacement: 'input[name="userCode"]' },
  { id: 'help-links-container', replacement: 'a[data-se="help"]' },
];

/**
 * Properties assigned on a widget instance that the widget never reads: only the
 * constructor's options count (docs/okta-facts.md#2-otp-and-state-are-read-only-from-the-constructor-options; okta-signin-widget
 * src/widget/OktaSignIn.ts, src/widget/getAuthClient.ts), with the version from which the
 * constructor reads the option itself.
 */
export const CONSTRUCTOR_ONLY_OPTIONS: ReadonlyMap<string, { readonly since: string }> = new Map([
  ['otp', { since: '6.0.0' }],
  ['state', { since: '5.5.0' }],
]);

/** The widget's Backbone-style event methods (docs/okta-facts.md#3-pagerendered-fires-only-on-classic-use-afterrender). */
export const WIDGET_EVENT_METHODS = {
  on: 'on',
  once: 'once',
  off: 'off',
} as const;

/**
 * The Classic-only lifecycle event and its Identity Engine replacement: only the v1 base
 * controller emits `pageRendered` (`{ page }`); `afterRender` hands a context
 * `{ controller, formName, … }`, whose `controller` is the v1-compatible name `page` was,
 * or undefined, then `formName` (docs/okta-facts.md#3-pagerendered-fires-only-on-classic-use-afterrender; okta-signin-widget
 * src/v1/util/BaseLoginController.js, src/v2/controllers/FormController.ts).
 */
export const CLASSIC_EVENT = {
  name: 'pageRendered',
  replacement: 'afterRender',
  /** The key of the Classic payload. */
  payloadKey: 'page',
  /** What reads it on the Identity Engine's context, in order. */
  contextKeys: ['controller', 'formName'] as readonly string[],
  /** From this version `off('afterRender', h)` removes a handler added with `on('afterRender', h)` (7.11.0; it wraps handlers). */
  offWorksSince: '7.11.0',
} as const;
