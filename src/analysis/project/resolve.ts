/**
 * Okta-free: which file of the app's own code a module specifier names, as Node, bundlers
 * and TypeScript resolve it: a relative or absolute path with its extension, a TypeScript
 * extension for a `.js` one (`./config.js` → `config.ts`), an index file, `paths` and
 * `baseUrl` from the nearest tsconfig.json / jsconfig.json, and a workspace package
 * (symlinked into `node_modules` by npm, yarn or pnpm workspaces, its real folder outside
 * any `node_modules`). Nothing else in `node_modules` is the app's code: null. Every
 * file-system question goes through packages/read.ts (cached, stat-ed once a second).
 */
import path from 'node:path';
import { jsoncParser } from '../../deps.js';
import { derivedCache, isFile, isFolder, isRecord, readParsed, realPath } from '../packages/read.js';
import { readManifest } from '../packages/manifest.js';

/** The extensions tried after a specifier without one, in the order bundlers try them. */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'] as const;

/** TypeScript's ESM convention: `./config.js` may name `config.ts`. */
const TS_FOR_JS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

const inNodeModules = (file: string) => file.split(path.sep).includes('node_modules');

/** The file a path names: itself, with an extension, its TypeScript twin, or its folder's index. */
function asFile(base: string): string | null {
  if (isFile(base)) return base;
  for (const extension of EXTENSIONS) if (isFile(base + extension)) return base + extension;
  const twins = TS_FOR_JS[path.extname(base)];
  if (twins) {
    const stem = base.slice(0, -path.extname(base).length);
    for (const extension of twins) if (isFile(stem + extension)) return stem + extension;
  }
  // The same stat as the path's own (cached): no folder, no index file to look for.
  if (!isFolder(base)) return null;
  for (const extension of EXTENSIONS) {
    const index = path.join(base, `index${extension}`);
    if (isFile(index)) return index;
  }
  return null;
}

interface CompilerPaths {
  /** The folder `paths` are relative to (baseUrl, else the config's folder). */
  readonly base: string;
  /** `baseUrl` is set: bare specifiers resolve from it too. */
  readonly hasBaseUrl: boolean;
  readonly paths: readonly { readonly pattern: string; readonly targets: readonly string[] }[];
}

function parseJsonc(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    const parser = jsoncParser();
    return parser.getStaticJSONValue(parser.parseJSON(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {}));
  } catch {
    return undefined;
  }
}

/** The `compilerOptions.paths`/`baseUrl` of a tsconfig or jsconfig (its own file: an `extends` is not followed). */
function compilerPaths(file: string): CompilerPaths | null {
  const config = readParsed(file, parseJsonc);
  const options = isRecord(config) && isRecord(config.compilerOptions) ? config.compilerOptions : null;
  if (!options) return null;
  const folder = path.dirname(file);
  const baseUrl = typeof options.baseUrl === 'string' ? path.resolve(folder, options.baseUrl) : null;
  const paths = isRecord(options.paths)
    ? Object.entries(options.paths).flatMap(([pattern, targets]) =>
        Array.isArray(targets) ? [{ pattern, targets: targets.filter((t): t is string => typeof t === 'string') }] : [],
      )
    : [];
  return { base: baseUrl ?? folder, hasBaseUrl: baseUrl !== null, paths };
}

/** The nearest tsconfig.json or jsconfig.json above a file, read. */
function nearestCompilerPaths(from: string): CompilerPaths | null {
  return compilerPathsAt(path.dirname(from));
}

/** Each folder's nearest config (its own, else its parent's): the files of a tree share the walk. */
const compilerConfigs = derivedCache<CompilerPaths | null>();

function compilerPathsAt(folder: string): CompilerPaths | null {
  return compilerConfigs(folder, () => {
    if (path.basename(folder) === 'node_modules') return null;
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      const file = path.join(folder, name);
      if (isFile(file)) return compilerPaths(file);
    }
    const parent = path.dirname(folder);
    return parent === folder ? null : compilerPathsAt(parent);
  });
}

function viaCompilerPaths(from: string, specifier: string): string | null {
  const config = nearestCompilerPaths(from);
  if (!config) return null;
  for (const { pattern, targets } of config.paths) {
    const star = pattern.indexOf('*');
    let matched: string | null = null;
    if (star < 0) matched = pattern === specifier ? '' : null;
    else if (
      specifier.startsWith(pattern.slice(0, star)) &&
      specifier.endsWith(pattern.slice(star + 1)) &&
      specifier.length >= pattern.length - 1
    ) {
      matched = specifier.slice(star, specifier.length - (pattern.length - star - 1));
    }
    if (matched === null) continue;
    for (const target of targets) {
      const found = asFile(path.resolve(config.base, target.replace('*', matched)));
      if (found && !inNodeModules(found)) return found;
    }
  }
  if (config.hasBaseUrl) {
    const found = asFile(path.resolve(config.base, specifier));
    if (found && !inNodeModules(found)) return found;
  }
  return null;
}

/** `name` or `@scope/name` and the rest of a bare specifier. */
function splitBare(specifier: string): { name: string; subpath: string } | null {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  if (parts.length < count || parts.slice(0, count).some((part) => part === '')) return null;
  return { name: parts.slice(0, count).join('/'), subpath: parts.slice(count).join('/') };
}

/** A workspace package: `node_modules/<name>` above the file is a link to a folder outside any node_modules. */
function viaWorkspace(from: string, specifier: string): string | null {
  const bare = splitBare(specifier);
  if (!bare) return null;
  const real = workspaceFolder(path.dirname(from), bare.name);
  if (real === null) return null;
  if (bare.subpath !== '') return asFile(path.join(real, bare.subpath));
  const manifest = readManifest(real);
  const exported = isRecord(manifest) ? mainOf(manifest) : null;
  return (exported && asFile(path.join(real, exported))) ?? asFile(path.join(real, 'index'));
}

/** Each folder's `node_modules` folders, nearest first (every file of a tree shares its parent's walk). */
const nodeModulesChains = derivedCache<readonly string[]>();

function nodeModulesChain(folder: string): readonly string[] {
  return nodeModulesChains(folder, () => {
    const parent = path.dirname(folder);
    const above = parent === folder ? [] : nodeModulesChain(parent);
    const own = path.join(folder, 'node_modules');
    return path.basename(folder) !== 'node_modules' && isFolder(own) ? [own, ...above] : above;
  });
}

/**
 * The real folder of the nearest `node_modules/<name>` link at or above a folder; null when
 * there is none, or the nearest is an installed package (inside a `node_modules`).
 */
function workspaceFolder(folder: string, name: string): string | null {
  for (const modules of nodeModulesChain(folder)) {
    const link = path.join(modules, name);
    const real = isFile(path.join(link, 'package.json')) ? realPath(link) : null;
    if (real !== null) return inNodeModules(real) ? null : real;
  }
  return null;
}

/** The entry a package.json names for `import 'pkg'`: a string `exports`, `exports['.']` (its `import`/`default`), `module`, `main`. */
function mainOf(manifest: Record<string, unknown>): string | null {
  let exported: unknown = manifest.exports;
  if (isRecord(exported) && '.' in exported) exported = exported['.'];
  if (isRecord(exported)) exported = exported.source ?? exported.import ?? exported.default ?? exported.require;
  if (typeof exported === 'string') return exported;
  for (const field of ['source', 'module', 'main']) if (typeof manifest[field] === 'string') return manifest[field];
  return null;
}

/**
 * The file of the app's own code that `specifier`, imported from `from` (absolute), names;
 * null for a package of node_modules, a specifier that names no file, or a URL.
 */
export function resolveModule(from: string, specifier: string): string | null {
  return resolutions(`${path.dirname(from)}\0${specifier}`, () => resolveAfresh(from, specifier));
}

/**
 * Each (folder, specifier)'s file: the modules of one folder import the same siblings and
 * packages, and resolving a specifier asks about a dozen paths.
 */
const resolutions = derivedCache<string | null>();

function resolveAfresh(from: string, specifier: string): string | null {
  if (specifier === '' || specifier.includes('\0') || /^[a-z][a-z\d+.-]*:/iu.test(specifier)) return null;
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..' || path.isAbsolute(specifier)) {
    // A file, its extension, its twin or its index lies in node_modules exactly when the path does: not probed.
    const base = path.resolve(path.dirname(from), specifier);
    if (inNodeModules(base)) return null;
    const found = asFile(base);
    return found && !inNodeModules(found) ? found : null;
  }
  return viaCompilerPaths(from, specifier) ?? viaWorkspace(from, specifier);
}

/** `from '…'`, `import '…'`, `import('…')`, `require('…')`: the specifiers a text names. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]{1,300})\1/gu;

/** The module specifiers a text names in imports, re-exports and `require()`s (a linear scan of the text, no parse). */
export function moduleSpecifiers(text: string): string[] {
  return [...new Set([...text.matchAll(SPECIFIER)].map((match) => match[2]!))];
}

/** `<script src="…">` values of a page (a linear scan of the text). */
const SCRIPT_SRC = /<script\b[^>]*?\bsrc\s*=\s*(["'])([^"'<>]{1,500})\1/giu;

/**
 * The app's files a page loads with `<script src>`: relative to the page, or root-relative
 * from the page's package folder or its `public/`/`static/` folder (how dev servers serve it).
 */
export function pageScripts(page: string, text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(SCRIPT_SRC)) {
    const src = match[2]!.split(/[?#]/u)[0]!;
    if (src === '' || /^(?:[a-z][a-z\d+.-]*:)?\/\//iu.test(src)) continue;
    const bases = src.startsWith('/')
      ? packageRoots(page).flatMap((root) => [root, path.join(root, 'public'), path.join(root, 'static')])
      : [path.dirname(page)];
    for (const base of bases) {
      const file = path.join(base, src.startsWith('/') ? src.slice(1) : src);
      if (isFile(file) && !inNodeModules(file)) {
        found.add(file);
        break;
      }
    }
  }
  return [...found];
}

/** The nearest folder with a package.json above a file (and the file's own folder when none). */
function packageRoots(file: string): string[] {
  for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
    if (isFile(path.join(folder, 'package.json'))) return [folder];
    if (path.dirname(folder) === folder) return [path.dirname(file)];
  }
}
