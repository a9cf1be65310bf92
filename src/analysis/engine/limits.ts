/**
 * Okta-free: how far the analysis follows code, in one place. Each bound keeps the work
 * per question small and linear in the file; past it the answer is unknown (or "not
 * safe" for an edit), never a guess. A depth counts the steps already taken from the
 * question's start (0 at the start).
 */

/** Options: spreads, `Object.assign` sources, bindings and member reads followed for one object (stop past it). */
export const OPTIONS_DEPTH = 8;

/**
 * Options: more references that may change an object than this, and it counts as unknown:
 * what a call sees is folded from these, so the work per call stays bounded (no real
 * options object is written in hundreds of places).
 */
export const OPTIONS_MAX_CHANGES = 256;

/** Modules: consts and member chains a value is followed through (stop past it). */
export const VALUE_DEPTH = 8;

/** Edit safety: the hand-ons (bindings, spreads, wrappers) an options object is followed through to its construction (stop past it). */
export const EDIT_READER_DEPTH = 8;

/** Edit safety: a binding referenced more often than this is not followed: the edit is a suggestion. */
export const EDIT_MAX_REFERENCES = 256;

/** Reads: renamings, destructurings and calls a value is followed through (follows while below it). */
export const READS_DEPTH = 4;

/** SRI: the `const`s a URL may pass through (follows while below it). */
export const SRI_CONST_DEPTH = 2;

/** Receivers: bindings, members and calls an okta-auth-js client or a widget is followed through (stop past it). */
export const RECEIVER_DEPTH = 6;

/** Handlers: nested `.bind(…)` calls a handler argument is followed through (follows while below it). */
export const HANDLER_BIND_DEPTH = 2;

/** Handlers: functions of the file a handler's result is passed to, followed for a call it reaches (stop past it). */
export const REACH_CALL_DEPTH = 3;

/** `OktaUtil.completeLogin` as a value: consts and `.bind(…)` calls followed (stop past it). */
export const COMPLETE_LOGIN_DEPTH = 2;

/** Project: imports and re-exports followed from the linted file to the module that holds a value (stop past it). */
export const MODULE_DEPTH = 4;

/** Project: other modules of the app read (parsed or served from the cache) for one linted file (none past it: unknown). */
export const MODULES_PER_LINT = 32;

/**
 * Pages of a package (`project/pages.ts`): how deep below the package root a walk enters
 * folders (deeper ones are source code, not served pages). A package with more folders or
 * pages than the bounds below is not read at all: a script's pages must all be known for
 * their versions to count.
 */
export const PAGES_MAX_DEPTH = 8;

/** Pages of a package: folders a walk lists, at most. */
export const PAGES_MAX_FOLDERS = 2000;

/** Pages of a package: page files (`.html`, `.hbs`, `.ejs`…) read, at most. */
export const PAGES_MAX_PAGES = 500;

/**
 * Source files of a package (`project/package-sources.ts`: the other readers of a module,
 * a framework SDK's config in another module): folders a walk lists, at most. Past this
 * bound, or {@link SOURCES_MAX_FILES}, the package's source files are unknown.
 */
export const SOURCES_MAX_FOLDERS = 2000;

/** Source files of a package: files listed, at most. */
export const SOURCES_MAX_FILES = 5000;

/** Source files of a package: how deep below the package root a walk enters folders. */
export const SOURCES_MAX_DEPTH = 12;
