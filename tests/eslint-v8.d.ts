/**
 * ESLint 8.57.1 (the `eslint-v8` npm alias) ships no types: the parts the tests use, typed
 * as their ESLint 10 counterparts (the tests pass them ESLint 8's own options where they differ).
 */
declare module 'eslint-v8' {
  import type { ESLint as CurrentESLint, Linter as CurrentLinter } from 'eslint';

  export const ESLint: typeof CurrentESLint;
  export const Linter: typeof CurrentLinter;
  export function loadESLint(options?: { useFlatConfig?: boolean }): Promise<typeof CurrentESLint>;
}
