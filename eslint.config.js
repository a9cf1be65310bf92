// Our own lint: typescript-eslint for the code, eslint-plugin-eslint-plugin for the rules.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    name: 'repo/ignores',
    ignores: ['dist/', 'coverage/', 'examples/', 'tests/fixtures/', 'bench/fixtures/'],
  },
  ...tseslint.configs.recommended,
  {
    ...eslintPlugin.configs.recommended,
    name: 'repo/rules',
    files: ['src/rules/*.ts'],
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Require|Disallow|Enforce)' }],
    },
  },
  {
    ...eslintPlugin.configs.recommended,
    name: 'repo/rule-tests',
    files: ['tests/rules/*.test.ts'],
    rules: {
      'eslint-plugin/no-identical-tests': 'error',
      'eslint-plugin/prefer-output-null': 'error',
      'eslint-plugin/test-case-property-ordering': 'error',
    },
  },
);
