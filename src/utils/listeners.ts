import type { TSESLint } from '@typescript-eslint/utils';

type Listener = (node: never) => void;

/** Several rule listener objects as one: a selector that more than one handles runs each, in order. */
export function mergeListeners(...all: TSESLint.RuleListener[]): TSESLint.RuleListener {
  const merged: Record<string, Listener[]> = {};
  for (const listeners of all) {
    for (const [selector, listener] of Object.entries(listeners)) {
      if (listener) (merged[selector] ??= []).push(listener as Listener);
    }
  }
  return Object.fromEntries(
    Object.entries(merged).map(([selector, each]) => [selector, each.length === 1
        ? each[0]
        : (node: never) => {
            for (const listener of each) listener(node);
          }]),
  ) as TSESLint.RuleListener;
}
