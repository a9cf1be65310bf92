import type { TSESLint } from '@typescript-eslint/utils';

type Listener = (node: never) => void;

/** Several rule listener objects as one: a selector that more than one handles runs each, in order. */
export function mergeListeners(...all: TSESLint.RuleListener[]): TSESLint.RuleListener {
  // Once per rule and file: no intermediate arrays; a selector handled once keeps its own listener.
  const merged: Record<string, Listener> = {};
  let shared: Map<string, Listener[]> | null = null;
  for (const listeners of all) {
    for (const selector of Object.keys(listeners)) {
      const listener = (listeners as Record<string, Listener | undefined>)[selector];
      if (!listener) continue;
      const list = shared?.get(selector);
      if (list) list.push(listener);
      else if (Object.prototype.hasOwnProperty.call(merged, selector)) {
        const each = [merged[selector]!, listener];
        (shared ??= new Map()).set(selector, each);
        merged[selector] = (node: never) => {
          for (const one of each) one(node);
        };
      } else merged[selector] = listener;
    }
  }
  return merged;
}
