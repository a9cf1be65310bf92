// Flat configs for the end-to-end runs: the built plugin plus the TypeScript parser for .ts files.
import tsParser from '@typescript-eslint/parser';
import okta from '../../dist/index.js';

const typescript = { name: 'e2e/typescript', files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } };

export const recommended = [...okta.configs.recommended, typescript];
export const migrate = [...okta.configs.migrate, typescript];
