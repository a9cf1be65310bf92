import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const manifest = require('../package.json') as { name: string; version: string; homepage: string };

export const PLUGIN_NAME = manifest.name;
export const PLUGIN_VERSION = manifest.version;
export const NAMESPACE = 'okta-oie';
/** The settings key every block of our configs carries (configs/package-files.ts): ours, not a misspelling. */
export const PACKAGE_FILES_SETTING = `${NAMESPACE}/package-files`;
export const REPOSITORY_URL = manifest.homepage.replace(/#readme$/, '');
