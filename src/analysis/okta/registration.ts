/**
 * The widget's `registration` hooks, as data (docs/okta-facts.md#4-registration-hooks-different-shapes-per-engine-run-on-v2-from-550).
 * Shared settings code calls `registration.parseSchema(schema, onSuccess, onFailure)` and
 * `registration.preSubmit(postData, onSuccess, onFailure)` on both engines (on the Identity
 * Engine from widget 5.5.0), with different arguments: the Classic Engine hands over
 * `{ profileSchema: { properties, required, fieldOrder } }` and flat post data
 * (`postData.email`); the Identity Engine an array of `userProfile.*` inputs and
 * `{ userProfile: { … } }` (okta-signin-widget src/models/Settings.ts,
 * src/types/registration.ts, src/v2/view-builder/views/EnrollProfileView.js@5.5.0).
 */

/** The widget option that holds the hooks. */
export const REGISTRATION_OPTION = 'registration';

/** The hooks whose first argument differs by engine. */
export const REGISTRATION_HOOKS = {
  parseSchema: 'parseSchema',
  preSubmit: 'preSubmit',
} as const;

/** The first keys of `parseSchema`'s argument that only the Classic schema object has (the Identity Engine's is an array). */
export const CLASSIC_SCHEMA_KEYS: ReadonlySet<string> = new Set(['profileSchema', 'properties', 'fieldOrder']);

/**
 * The keys of `preSubmit`'s post data on the Identity Engine: any other first key is a
 * Classic flat field (`postData.email`), which the Identity Engine keeps under `userProfile`.
 */
export const IDENTITY_ENGINE_POST_DATA_KEYS: ReadonlySet<string> = new Set(['userProfile', 'credentials', 'stateHandle']);
