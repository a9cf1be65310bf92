/**
 * Reading the files versions come from (package.json, lockfiles): a cache keyed by path,
 * modification time and size, so a lint run reads and parses each file once (per worker
 * thread, however many files and rules ask) and an editor that stays open sees an edit.
 * This is the only file-system access of the plugin. Nothing here throws.
 */
import { readFileSync, statSync } from 'node:fs';

interface Cached {
  readonly mtimeMs: number;
  readonly size: number;
  readonly value: unknown;
}

const cache = new Map<string, Cached>();

/** How many times files were read from disk and parsed (not served from the cache), in all and per file. */
export const readStats = { reads: 0, byFile: new Map<string, number>() };

/** Drop every cached file (tests). */
export function clearReadCache(): void {
  cache.clear();
  readStats.reads = 0;
  readStats.byFile.clear();
}

/** Is there a file at this path? */
export function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * A file's text, parsed, through the cache; undefined when there is no file. `parse`
 * receives null when the file cannot be read, and must not throw for any text; the
 * same file must always be read with the same `parse`.
 */
export function readParsed<T>(file: string, parse: (text: string | null) => T): T | undefined {
  let stats;
  try {
    stats = statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!stats?.isFile()) return undefined;
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stats.mtimeMs && hit.size === stats.size) return hit.value as T;
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  readStats.reads += 1;
  readStats.byFile.set(file, (readStats.byFile.get(file) ?? 0) + 1);
  const value = parse(text);
  cache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, value });
  return value;
}

/** JSON as Node and npm read it: a leading UTF-8 byte-order mark is allowed. Undefined when it does not parse. */
export function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
