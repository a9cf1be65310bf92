import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const manifest = require('../package.json') as { name: string; version: string; homepage: string };

export const PLUGIN_NAME = manifest.name;
export const PLUGIN_VERSION = manifest.version;
export const NAMESPACE = 'okta-oie';
export const REPOSITORY_URL = manifest.homepage.replace(/#readme$/, '');
