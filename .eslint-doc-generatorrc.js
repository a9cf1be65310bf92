/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['migrate', '🚚'],
  ],
  ruleDocSectionInclude: ['Why', 'Examples', 'When not to use it', 'Further reading'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options', 'type'],
  urlConfigs: 'https://github.com/eslint-plugin-okta-oie/eslint-plugin-okta-oie#configs',
};
