/**
 * The options module for `ESLint.fromOptionsModule()`: each worker thread imports it and
 * builds the same options from the settings the audit put in the environment (options
 * that hold plugins and functions cannot be cloned into workers).
 */
import { auditOptions, SETTINGS_VARIABLE, type AuditSettings } from './config.js';

const settings = JSON.parse(process.env[SETTINGS_VARIABLE] ?? 'null') as AuditSettings | null;
if (!settings) throw new Error(`${SETTINGS_VARIABLE} is not set: this module is loaded by the audit only.`);

export default auditOptions(settings);
