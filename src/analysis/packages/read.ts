/**
 * Reading the files versions come from (package.json, lockfiles): a cache keyed by path,
 * modification time and size, so a lint run reads and parses each file once (per worker
 * thread, however many files and rules ask) and an editor that stays open sees an edit.
 * What a path is (a file, its time and size, or nothing) is itself remembered for
 * {@link STAT_LIFETIME_MS}: a run over many files of one project asks the file system
 * about each package.json, installed copy and lockfile up the tree about once a second,
 * not once per linted file, and an editor sees an edit, an install or a new lockfile
 * within that second (eslint-plugin-import's resolver cache trusts its answers for 30 s).
 * This is the only file-system access of the plugin. Nothing here throws. An overlay of
 * texts (the audit's dry run: edits pending, not on disk) stands in for files while set.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';

/** How long what a path is stays known before the file system is asked again. */
export const STAT_LIFETIME_MS = 1000;

interface PathStat {
  /** When the file system was asked (Date.now()). */
  readonly at: number;
  /** A file's time and size; null when the path is not a file (or cannot be read). */
  readonly file: { readonly mtimeMs: number; readonly size: number } | null;
  /** The path is a folder (symbolic links followed). */
  readonly folder: boolean;
}

const stats = new Map<string, PathStat>();

/** What the path is now, or was less than {@link STAT_LIFETIME_MS} ago. */
function pathStat(path: string): PathStat {
  const now = Date.now();
  const known = stats.get(path);
  if (known && now - known.at < STAT_LIFETIME_MS && now >= known.at) return known;
  let file: PathStat['file'] = null;
  let folder = false;
  try {
    const found = statSync(path, { throwIfNoEntry: false });
    if (found?.isFile()) file = { mtimeMs: found.mtimeMs, size: found.size };
    folder = found?.isDirectory() === true;
  } catch {
    // Unreadable: not a file for us.
  }
  const answer = { at: now, file, folder };
  stats.set(path, answer);
  return answer;
}

/** The file's time and size now (or less than {@link STAT_LIFETIME_MS} ago); null when the path is not a file. */
const statOf = (path: string): PathStat['file'] => pathStat(path).file;

/**
 * Is there a folder at this path (a link to one counts)? A walk that looks for
 * `node_modules/<name>` in every folder up the tree asks this once per folder, not once per name.
 */
export const isFolder = (path: string): boolean => pathStat(path).folder;

interface Cached {
  readonly mtimeMs: number;
  readonly size: number;
  readonly value: unknown;
}

const cache = new Map<string, Cached>();

/** Path → text that stands in for the file on disk (see {@link setReadOverlay}); null when none. */
let overlay: ReadonlyMap<string, string> | null = null;
/** What each overlaid text parsed to, kept while its text is the same. */
const overlayCache = new Map<string, { readonly text: string; readonly value: unknown }>();

/**
 * Texts to read instead of the files at these (absolute) paths, consulted before the disk,
 * or null to read the disk again: the audit's dry run lints its pending edits this way. It
 * lives in this thread only (the audit lints those rounds in the main thread).
 */
export function setReadOverlay(texts: ReadonlyMap<string, string> | null): void {
  overlay = texts && texts.size > 0 ? texts : null;
  overlayCache.clear();
  generation += 1;
}

/** How many times files were read from disk and parsed (not served from the cache), in all and per file. */
export const readStats = { reads: 0, byFile: new Map<string, number>() };

/** A folder's entries: its files and its folders (not symbolic links to folders). */
export interface FolderEntries {
  readonly files: readonly string[];
  readonly folders: readonly string[];
}

const folderListings = derivedCache<FolderEntries | null>();

/**
 * The names in a folder, as the file system said less than {@link STAT_LIFETIME_MS} ago;
 * null when it is no folder (or cannot be read). Symbolic links to folders are left out
 * (a walk never loops), overlaid texts are not listed (the audit's dry run edits, never adds).
 */
export function listFolder(folder: string): FolderEntries | null {
  return folderListings(folder, () => {
    try {
      const files: string[] = [];
      const subfolders: string[] = [];
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isFile()) files.push(entry.name);
        else if (entry.isDirectory()) subfolders.push(entry.name);
      }
      return { files, folders: subfolders };
    } catch {
      // Not a folder, or unreadable: nothing in it for us.
      return null;
    }
  });
}

/** Bumped by {@link clearReadCache} and {@link setReadOverlay}: a {@link derivedCache} answer is valid while it is the same. */
let generation = 0;

/**
 * A cache of answers derived from what paths are (a module's resolution, a folder's nearest
 * tsconfig.json): each answer is kept as long as the answers it rests on would be, {@link
 * STAT_LIFETIME_MS}, and dropped with them ({@link clearReadCache}).
 */
export function derivedCache<T>(): (key: string, compute: () => T) => T {
  const entries = new Map<string, { readonly at: number; readonly generation: number; readonly value: T }>();
  return (key, compute) => {
    const now = Date.now();
    const known = entries.get(key);
    if (known && known.generation === generation && now - known.at < STAT_LIFETIME_MS && now >= known.at) return known.value;
    const value = compute();
    entries.set(key, { at: now, generation, value });
    return value;
  };
}

/** Drop every cached file and what each path is (tests). */
export function clearReadCache(): void {
  generation += 1;
  cache.clear();
  stats.clear();
  overlayCache.clear();
  readStats.reads = 0;
  readStats.byFile.clear();
}

const realPaths = derivedCache<string | null>();

/** Where a path really is (symlinks followed), remembered for {@link STAT_LIFETIME_MS}; null when it does not exist. */
export function realPath(path: string): string | null {
  return realPaths(path, () => {
    try {
      return realpathSync(path);
    } catch {
      // Not there: null.
      return null;
    }
  });
}

/** Is there a file at this path? */
export function isFile(file: string): boolean {
  return overlay?.has(file) === true || statOf(file) !== null;
}

/**
 * A file's text, parsed, through the cache; undefined when there is no file. `parse`
 * receives null when the file cannot be read, and must not throw for any text; the
 * same file must always be read with the same `parse`.
 */
export function readParsed<T>(file: string, parse: (text: string | null) => T): T | undefined {
  const overlaid = overlay?.get(file);
  if (overlaid !== undefined) {
    const known = overlayCache.get(file);
    if (known?.text === overlaid) return known.value as T;
    const value = parse(overlaid);
    overlayCache.set(file, { text: overlaid, value });
    return value;
  }
  const stat = statOf(file);
  if (!stat) return undefined;
  const hit = cache.get(file);
  if (hit?.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.value as T;
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  readStats.reads += 1;
  readStats.byFile.set(file, (readStats.byFile.get(file) ?? 0) + 1);
  const value = parse(text);
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, value });
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
