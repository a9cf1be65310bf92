/**
 * Which files an audit reads: every JavaScript, TypeScript, Vue, HTML template and
 * package.json file under the given paths, minus what `.gitignore` files ignore (from the
 * repository's root down to every level below, the deepest matching pattern deciding, as
 * git does), dependency and build folders, minified bundles, binary files and what
 * `--include`/`--exclude` say. Symlinked folders are not followed (no loops). What is
 * skipped by design is listed with its reason; a file or folder that cannot be read is
 * listed as not read, never thrown.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';

/** Folders never entered: dependencies, VCS data and build output. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'build',
  '.next',
  '.nuxt',
  'coverage',
  'bower_components',
]);

/** Why a skipped folder is skipped, as the report lists it (VCS data is not listed). */
const FOLDER_REASON: Readonly<Record<string, string>> = {
  node_modules: 'dependency folder',
  bower_components: 'dependency folder',
  dist: 'build folder',
  build: 'build folder',
  '.next': 'build folder',
  '.nuxt': 'build folder',
  coverage: 'build folder',
};

export type FileKind = 'javascript' | 'typescript' | 'vue' | 'html' | 'package-json';

const KINDS: readonly [RegExp, FileKind][] = [
  [/\.(?:js|jsx|mjs|cjs)$/i, 'javascript'],
  [/\.(?:ts|tsx|mts|cts)$/i, 'typescript'],
  [/\.vue$/i, 'vue'],
  [/\.(?:html|htm|hbs|handlebars|mustache|ejs|njk|jsp|erb)$/i, 'html'],
];

function kindOf(file: string): FileKind | null {
  if (path.basename(file) === 'package.json') return 'package-json';
  if (/\.d\.(?:ts|mts|cts)$/i.test(file)) return null;
  return KINDS.find(([pattern]) => pattern.test(file))?.[1] ?? null;
}

interface Skipped {
  readonly path: string;
  readonly reason: string;
}

export interface Selection {
  readonly files: { readonly path: string; readonly kind: FileKind }[];
  /** Skipped by design: binary, minified, dependency and build folders. */
  readonly skipped: Skipped[];
  /** Files and folders that could not be read (reason: `unreadable (CODE)`). */
  readonly unreadable: Skipped[];
}

export interface SelectOptions {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/** How much of a file is sniffed for NUL bytes and line lengths. */
const SNIFF_BYTES = 64 * 1024;

/** A minified bundle: by name, or by its lines (one very long line, or long lines on average in a large file). */
function looksMinified(file: string, head: string, size: number): boolean {
  if (/[.-]min\.(?:c|m)?js$/i.test(file)) return true;
  const lines = head.split('\n');
  if (lines.some((line) => line.length > 20_000)) return true;
  return size > 32 * 1024 && head.length / lines.length > 500;
}

function sniff(file: string): { head: string; size: number } {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(descriptor, buffer, 0, SNIFF_BYTES, 0);
    return { head: buffer.subarray(0, read).toString('latin1'), size: statSync(file).size };
  } finally {
    closeSync(descriptor);
  }
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

interface IgnoreLayer {
  readonly base: string;
  readonly rules: Ignore;
}

function ignoreLayer(dir: string): IgnoreLayer | null {
  try {
    return { base: dir, rules: ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return null; // none, or unreadable: it ignores nothing
  }
}

/**
 * The `.gitignore` files above an audited folder, from its repository's root (the nearest
 * folder above with `.git`) down to its parent, outermost first; none outside a repository.
 */
function outerLayers(dir: string): IgnoreLayer[] {
  const above: string[] = [];
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    above.push(current);
    if (existsSync(path.join(current, '.git'))) {
      return above.reverse().flatMap((each) => ignoreLayer(each) ?? []);
    }
    if (path.dirname(current) === current) return [];
  }
}

/** Git's answer: the deepest `.gitignore` with a pattern that matches decides (a `!pattern` re-includes). */
function isIgnored(layers: readonly IgnoreLayer[], full: string, isDir: boolean): boolean {
  for (let index = layers.length - 1; index >= 0; index -= 1) {
    const { base, rules } = layers[index]!;
    const rel = relative(base, full);
    if (rel === '' || rel.startsWith('..')) continue;
    const verdict = rules.test(isDir ? `${rel}/` : rel);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/** Walk each path (a folder or a file) and select the files to audit; paths are absolute. */
export function selectFiles(paths: readonly string[], options: SelectOptions): Selection {
  const files: Selection['files'][number][] = [];
  const skipped: Skipped[] = [];
  const unreadable: Skipped[] = [];
  const seen = new Set<string>();
  const matches = (rel: string, globs: readonly string[]) =>
    globs.some((glob) => minimatch(rel, glob, { dot: true, matchBase: !glob.includes('/') }));

  function consider(file: string, root: string): void {
    const kind = kindOf(file);
    if (!kind || seen.has(file)) return;
    const rel = relative(root, file) || path.basename(file);
    if (options.include.length > 0 && !matches(rel, options.include)) return;
    if (matches(rel, options.exclude)) return;
    seen.add(file);
    try {
      const { head, size } = sniff(file);
      if (head.includes('\0')) return void skipped.push({ path: file, reason: 'binary' });
      if ((kind === 'javascript' || kind === 'typescript') && looksMinified(file, head, size))
        return void skipped.push({ path: file, reason: 'minified' });
      files.push({ path: file, kind });
    } catch (error) {
      unreadable.push({ path: file, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }

  function walk(dir: string, root: string, ignores: readonly IgnoreLayer[]): void {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: dir, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    let layers = ignores;
    if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      const own = ignoreLayer(dir);
      if (own) layers = [...ignores, own];
    }
    const ignored = (full: string, isDir: boolean) => isIgnored(layers, full, isDir);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        // Files behind a link are read; folders are not entered (a link may loop).
        let target;
        try {
          target = statSync(full);
        } catch {
          continue;
        }
        if (target.isFile() && !ignored(full, false)) consider(full, root);
        continue;
      }
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name)) {
          const reason = FOLDER_REASON[entry.name];
          if (reason) skipped.push({ path: full, reason });
          continue;
        }
        if (ignored(full, true)) continue;
        walk(full, root, layers);
      } else if (entry.isFile() && !ignored(full, false)) {
        consider(full, root);
      }
    }
  }

  for (const each of paths) {
    const stat = lstatSync(each);
    if (stat.isDirectory()) walk(each, each, outerLayers(each));
    else consider(each, path.dirname(each));
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped, unreadable };
}
