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
    // Prettier formats (`npm run format`; `npm run format:check` in `npm test`) and wraps code at 140 columns; none of
    // the configs above turns on a rule that formats. It leaves comments, strings and template literals as written:
    // max-len keeps them within 140 too (a regular expression or a URL may not be split).
    name: 'repo/line-length',
    rules: { 'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }] },
  },
  {
    // A test's code under test and a bench corpus's generated files are template literals whose lines are the data: split, they
    // would change what is linted.
    name: 'repo/line-length-of-test-code',
    files: ['tests/**', 'bench/**'],
    rules: { 'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreTemplateLiterals: true }] },
  },
  {
    // The anchors' habit: typescript-eslint's type-checked lint on our own source (issue 20, item 6).
    name: 'repo/type-checked',
    files: ['src/**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Never crash, whatever the input: checks on ASTs from other parsers and on user data stay, typed or not.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // `a && a.b === null` is not `a?.b === null` (undefined and null differ): a person decides each rewrite.
      '@typescript-eslint/prefer-optional-chain': 'off',
      // The same defensive checks spelled `x === true` / `String(x)`; and TS does not see a callback assign a `let`.
      '@typescript-eslint/no-unnecessary-boolean-literal-compare': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      // noUncheckedIndexedAccess is on: `!` marks an indexed read the code has already bounds-checked (97 of them).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // We compare `node.type` with the ESTree string, as a rule author reads it, not with the AST_NODE_TYPES enum.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Numbers print as expected; the nullish hits are indexed reads noUncheckedIndexedAccess widens. Objects still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowNullish: true }],
      // Listener maps read best as `(node) => check(node)`.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A no-op callback is `() => {}`.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // deps.ts's `dependency<T>(name)` lets the caller name a loaded module's type: a return-only generic on purpose.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // Deliberate: emitWarning is re-applied with its `this`; a rule's `create` never uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      // `void x;` marks a seam's parameter as used until the project model fills it (audit/changed.ts).
      '@typescript-eslint/no-meaningless-void-operator': 'off',
      // Object types are `type` aliases here, and the exported ones are frozen in dist/index.d.ts (tests/shape.test.ts).
      '@typescript-eslint/consistent-type-definitions': 'off',
      // types.ts spells both parameters of OktaRuleModule in a type frozen in dist/index.d.ts (tests/shape.test.ts).
      '@typescript-eslint/no-unnecessary-type-arguments': 'off',
    },
  },
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
              group: [
                '**/analysis/engine/**',
                '**/analysis/questions/**',
                '**/analysis/packages/**',
                '**/analysis/pages/**',
                '**/analysis/project/**',
              ],
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
