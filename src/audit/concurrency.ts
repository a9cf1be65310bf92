/**
 * How many worker threads an audit lints with, and ESLint's poor-concurrency warning.
 *
 * `--concurrency auto` is the audit's own choice, not ESLint's: ESLint's `auto` caps the
 * workers at half the logical CPUs and turns one worker into none, so on 2 CPUs it never
 * threads, and its warning (`ESLintPoorConcurrencyWarning`, printed by node on stderr)
 * then blames a setting the user never made. The rule: a worker pays about 1–1.5 s of CPU
 * to start (ESLint, the plugin, the parsers, and the lockfile it scans again: on a generated
 * pnpm monorepo of 5,461 files, 2 workers used 13.8–15.2 s of CPU against 11.7 s in one
 * thread, 2 CPUs), so workers win only when each has enough files to lint for that to be
 * a small part; with at least AUTO_FILES_PER_WORKER files per worker,
 * `min(max(2, cpus / 2), files / AUTO_FILES_PER_WORKER)` workers, else none (one thread):
 * 2 workers on 2 CPUs from 1,000 files. A number is the user's and goes to ESLint as it is.
 */
import { availableParallelism } from 'node:os';

/** Files a worker must have for its start-up (plugin, parsers, package files) to pay off. */
const AUTO_FILES_PER_WORKER = 500;

/** The workers to lint `files` files with: 0 is one thread (no workers). */
export function chooseWorkers(requested: 'auto' | 'off' | number, files: number, cpus: number = availableParallelism()): number {
  if (requested === 'off' || files < 2) return 0;
  if (requested !== 'auto') return requested > 1 ? Math.min(requested, files) : 0;
  if (cpus < 2) return 0;
  const workers = Math.min(Math.max(2, cpus >> 1), Math.floor(files / AUTO_FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}

/** What the report says of the choice: `2`, `off`, `auto: 2`, `auto: off (120 files)`. */
export function describeWorkers(requested: 'auto' | 'off' | number, workers: number, files: number): string {
  if (requested !== 'auto') return workers > 0 ? String(requested) : 'off';
  return workers > 0 ? `auto: ${workers}` : `auto: off (${files} file${files === 1 ? '' : 's'})`;
}

const POOR_CONCURRENCY = 'ESLintPoorConcurrencyWarning';
let silencing = 0;
let original: typeof process.emitWarning | null = null;

function typeOf(args: readonly unknown[]): unknown {
  const [warning, second] = args;
  if (warning instanceof Error) return warning.name;
  if (typeof second === 'string') return second;
  if (typeof second === 'object' && second !== null) return (second as { type?: unknown }).type;
  return undefined;
}

/**
 * Run `task` with ESLint's poor-concurrency warning dropped (every other warning passes).
 * ESLint emits it through `process.emitWarning`, which its warning service reads when an
 * ESLint instance is built (ESLint 10) or when it warns (9.x): the filter is in place from
 * before the instance is built until the lint ends. Runs that overlap (`--repo-concurrency`)
 * share one filter, removed when the last of them ends.
 */
export async function withoutPoorConcurrencyWarning<T>(task: () => Promise<T>): Promise<T> {
  if (silencing === 0) {
    const emit = process.emitWarning;
    original = emit;
    process.emitWarning = function (this: unknown, ...args: unknown[]) {
      if (typeOf(args) === POOR_CONCURRENCY) return;
      (emit as (...a: unknown[]) => void).apply(this, args);
    };
  }
  silencing += 1;
  try {
    return await task();
  } finally {
    silencing -= 1;
    if (silencing === 0 && original) {
      process.emitWarning = original;
      original = null;
    }
  }
}
