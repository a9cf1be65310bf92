// The options module for the benchmark's worker-thread runs (ESLint's `concurrency`): the
// configs hold plugins, which cannot be cloned into workers, so each worker builds them.
import { CONFIGS } from './configs.js';

const { config, ...options } = JSON.parse(process.env.OKTA_OIE_BENCH ?? '{}');

export default { ...options, overrideConfig: CONFIGS[config], concurrency: 'auto' };
