/**
 * The options module for `ESLint.fromOptionsModule()`: each worker thread imports it and
 * builds the same options from the settings the audit put in the module's URL (options
 * that hold plugins and functions cannot be cloned into workers; the URL, unlike the
 * environment, is each run's own when several audits run at once), after dropping every
 * package file it remembers.
 */
import { clearVersionCache } from '../analysis/packages/versions.js';
import { auditOptions, SETTINGS_VARIABLE, type AuditSettings } from './config.js';

// Each lint of an audit loads this module under a new URL: a worker that outlives a round (or the main thread)
// must read package files again, since `--fix` may have just changed one (see run.ts).
clearVersionCache();

const settings = JSON.parse(new URL(import.meta.url).searchParams.get(SETTINGS_VARIABLE) ?? 'null') as AuditSettings | null;
if (!settings) throw new Error(`${SETTINGS_VARIABLE} is not in the module's URL: this module is loaded by the audit only.`);

export default auditOptions(settings);
