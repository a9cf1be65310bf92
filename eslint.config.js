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
      // A rule's suggestions come from a view's edit (`...fixOrSuggest(mode, widget.removeOption(…))`), which this
      // rule cannot follow; RuleTester fails any suggestion made without `meta.hasSuggestions`.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
  {
    // Rules ask views; they do not reach around them (ARCHITECTURE.md, rules/ and views/).
    name: 'repo/rules-ask-views',
    files: ['src/rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/analysis/engine/**', '**/analysis/questions/**', '**/analysis/packages/**', '**/analysis/pages/**', '**/analysis/project/**'],
              message: 'A rule does not reach around the views: ask a view (src/analysis/views) instead.',
            },
          ],
        },
      ],
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
