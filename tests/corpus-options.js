// The options module of tests/corpus.test.ts: worker threads (ESLint's `concurrency`) build
// the same options from the environment, since a config with plugins cannot be cloned.
import plugin from '../dist/index.js';

const { cwd, variant } = JSON.parse(process.env.OKTA_OIE_CORPUS ?? '{}');

export default {
  cwd,
  ignore: false,
  allowInlineConfig: false,
  overrideConfigFile: true,
  overrideConfig: plugin.configs[variant],
  warnIgnored: false,
  concurrency: 'auto',
};
