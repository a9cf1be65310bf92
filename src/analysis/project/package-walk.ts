/**
 * Okta-free: a package's own files, found by one bounded breadth-first walk from its root
 * (the nearest folder with a package.json). Not entered: dot-folders, dependencies and build
 * output, and nested packages (their files are their own). Every listing goes through
 * packages/read.ts (a folder listed at most once a second).
 */
import path from 'node:path';
import { isFile, listFolder } from '../packages/read.js';

/** Folders that hold no file of the app: dependencies and build output (dot-folders too). */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  'dist',
  'build',
  'out',
  'coverage',
  'target',
  'bower_components',
  'vendor',
]);

/** The nearest folder at or above `folder` with a package.json; null when none. */
export function packageRootAt(folder: string): string | null {
  for (let current = folder; ;) {
    if (isFile(path.join(current, 'package.json'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

export interface WalkBounds {
  readonly maxFolders: number;
  readonly maxFiles: number;
  readonly maxDepth: number;
  /** Past `maxDepth`: `skip` leaves deeper folders out, `unknown` makes the whole answer unknown. */
  readonly pastDepth: 'skip' | 'unknown';
}

/** The package's files whose name `accept` takes (absolute, in walk order); null past a bound. */
export function walkPackage(root: string, accept: (name: string) => boolean, bounds: WalkBounds): string[] | null {
  const files: string[] = [];
  const queue: { folder: string; depth: number }[] = [{ folder: root, depth: 0 }];
  for (let listed = 0; queue.length > 0; listed += 1) {
    if (listed >= bounds.maxFolders) return null;
    const { folder, depth } = queue.shift()!;
    const entries = listFolder(folder);
    if (!entries) continue;
    for (const name of entries.files) {
      if (!accept(name)) continue;
      if (files.length >= bounds.maxFiles) return null;
      files.push(path.join(folder, name));
    }
    for (const name of entries.folders) {
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const child = path.join(folder, name);
      if (isFile(path.join(child, 'package.json'))) continue;
      if (depth + 1 > bounds.maxDepth) {
        if (bounds.pastDepth === 'unknown') return null;
        continue;
      }
      queue.push({ folder: child, depth: depth + 1 });
    }
  }
  return files;
}
