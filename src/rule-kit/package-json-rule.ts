/** The listeners of a rule that reads package.json files, whichever parser or language ESLint used for them. */
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { jsonRoot } from '../analysis/packages/package-json.js';

/**
 * For a package.json: listeners that hand `check` the document's root object, from
 * jsonc-eslint-parser's or a JavaScript parser's `Program`, or @eslint/json's `Document`.
 * Null for any other file.
 */
export function packageJsonListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  check: (root: unknown) => void,
): TSESLint.RuleListener | null {
  if (path.basename(context.physicalFilename) !== 'package.json') return null;
  return { Program: (node) => check(jsonRoot(node)), Document: (node: unknown) => check(jsonRoot(node)) };
}
