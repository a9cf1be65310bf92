/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['migrate', '🚚'],
  ],
  // The eslintrc forms of the two configs (ESLint 8.57): the same rules, listed once.
  ignoreConfig: ['legacy-recommended', 'legacy-migrate'],
  ruleDocSectionInclude: ['Why', 'Examples', 'When not to use it', 'Further reading'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options', 'type'],
  urlConfigs: 'https://github.com/eslint-plugin-okta-oie/eslint-plugin-okta-oie#configs',
};
