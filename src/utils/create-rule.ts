import { ESLintUtils } from '@typescript-eslint/utils';
import { PLUGIN_VERSION, REPOSITORY_URL } from '../meta.js';

/** Extra `meta.docs` keys of our rules. */
export interface OktaRuleDocs {
  /** In the `recommended` (and `migrate`) config, at this severity. */
  recommended: 'error' | 'warn';
}

/** Each rule's docs URL points at the docs of the released version. */
export const createRule = ESLintUtils.RuleCreator<OktaRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/v${PLUGIN_VERSION}/docs/rules/${name}.md`,
);
