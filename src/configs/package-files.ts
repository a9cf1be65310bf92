/**
 * The package files our findings depend on, as a value in every block's `settings`, so that
 * `eslint --cache` lints again when one of them changes.
 *
 * ESLint's cache reuses a file's results while the file and the hash of its config are
 * unchanged; the hash is `json-stable-stringify` of the config, which calls a value's
 * `toJSON` (ESLint 9.15–10: lib/cli-engine/lint-result-cache.js, `hashOfConfigFor`). Our
 * settings value computes its key only there, so a run without `--cache` never pays for it:
 * the stats (never the contents) of every `package.json`, lockfile and installed widget or
 * okta-auth-js `package.json` that the version resolver may read for a file under the
 * folder ESLint runs in (process.cwd()): the folders below it (not `node_modules`, `.git` or
 * other dot-folders) and the folders above it. A key is reused for a second, like the
 * resolver's own file cache; past MAX_FOLDERS folders the key changes on every run (the
 * cache still works, it is never reused), rather than miss a change.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AUTH_JS_PACKAGE } from '../analysis/okta/auth-js.js';
import { WIDGET_PACKAGE } from '../analysis/okta/widget.js';
import { LOCKFILE_NAMES } from '../analysis/packages/lockfiles.js';

export { PACKAGE_FILES_SETTING } from '../meta.js';

/** The files of a folder the resolver reads: its manifest and the lockfiles of a project root. */
const FOLDER_FILES = ['package.json', ...LOCKFILE_NAMES];
const TRACKED = new Set(FOLDER_FILES);
/** The installed copies the resolver reads, relative to a folder. */
const INSTALLED = [WIDGET_PACKAGE, AUTH_JS_PACKAGE].map((name) => path.join('node_modules', ...name.split('/'), 'package.json'));

/** Past this many folders below the working directory, the key is never reused (a walk of 20,000 folders costs about 0.1–0.3 s). */
const MAX_FOLDERS = 20_000;
const REUSE_MS = 1000;

interface PackageFilesKey {
  /** A hash of the files' paths, modification times, sizes and inodes. */
  readonly key: string;
  /** Folders listed below the root. */
  readonly folders: number;
  /** Package files found (stat-ed). */
  readonly files: number;
  /** False when the walk stopped at `maxFolders`: the key is then unique to this call. */
  readonly complete: boolean;
}

/**
 * Hash the stats of the package files under and above `root`. Never throws: an unreadable folder is left out.
 * @public tests/e2e/cache.test.ts imports it from dist/ (knip does not see it)
 */
export function packageFilesKey(root: string = process.cwd(), maxFolders: number = MAX_FOLDERS): PackageFilesKey {
  const hash = createHash('sha256');
  let files = 0;
  const add = (file: string): void => {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return;
    files += 1;
    hash.update(`${file}\0${stats.mtimeMs}\0${stats.size}\0${stats.ino}\n`);
  };
  const start = path.resolve(root);
  for (let folder = path.dirname(start); ; folder = path.dirname(folder)) {
    for (const name of FOLDER_FILES) add(path.join(folder, name));
    for (const installed of INSTALLED) add(path.join(folder, installed));
    if (path.dirname(folder) === folder) break;
  }
  const pending = [start];
  let folders = 0;
  let complete = true;
  while (pending.length > 0) {
    if (folders >= maxFolders) {
      complete = false;
      break;
    }
    const folder = pending.pop()!;
    folders += 1;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    let modules = false;
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules') modules = true;
        else if (!entry.name.startsWith('.')) pending.push(path.join(folder, entry.name));
      } else if (TRACKED.has(entry.name)) {
        add(path.join(folder, entry.name));
      }
    }
    if (modules) for (const installed of INSTALLED) add(path.join(folder, installed));
  }
  if (!complete) hash.update(`incomplete\0${process.pid}\0${Date.now()}\0${Math.random()}`);
  return { key: hash.digest('hex').slice(0, 32), folders, files, complete };
}

let last: { root: string; at: number; key: string } | null = null;

/** The key for the working directory, computed at most once a second. */
function currentKey(): string {
  const root = process.cwd();
  const now = Date.now();
  if (last?.root !== root || now - last.at >= REUSE_MS) last = { root, at: now, key: packageFilesKey(root).key };
  return last.key;
}

/**
 * Forget the last key (tests: a new ESLint process starts without one).
 * @public tests/e2e/cache.test.ts imports it from dist/ (knip does not see it)
 */
export function clearPackageFilesKey(): void {
  last = null;
}

/**
 * The settings value: serialized (by ESLint's cache, `--print-config`) as the key of the
 * package files now; `toJSON` is an own enumerable property so that ESLint's merge of
 * settings objects keeps it.
 */
export function packageFilesSetting(): { toJSON(): string } {
  return { toJSON: currentKey };
}
