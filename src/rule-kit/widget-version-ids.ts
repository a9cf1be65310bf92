import type { FixMode } from '../types.js';

/**
 * The message ids and options of the widget-version rules (min-widget-version, prefer-supported-widget-version).
 * Alone in its module: the rules' published declarations reach it, and it imports only the published types.
 */
export type WidgetVersionMessageIds = 'oldRange' | 'oldUrl' | 'oldUrlMoved' | 'oldUrlVariant' | 'pairedUrl' | 'bumpRange' | 'bumpUrl';

/** The options both widget-version rules take besides their versions. */
export interface WidgetVersionOptions {
  /** `"suggestion"` (default) or `"autofix"` (the `migrate` config). */
  fix?: FixMode;
  /** package.json dependency names (keys, aliases included) not to check. */
  ignoreDependencies?: string[];
}
