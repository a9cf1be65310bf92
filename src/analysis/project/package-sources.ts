/**
 * Okta-free: the JavaScript and TypeScript source files of a package (the nearest folder
 * with a package.json), and questions answered by scanning them cheaply: which files name
 * a text (a linear test of each file's text, cached by packages/read.ts by path, time and
 * size), and which files load a module (those whose text names the module's name, then
 * their specifiers resolved by resolve.ts: no parse). A bounded walk (engine/limits.ts; no
 * node_modules, dot-folders, build output or nested packages), listed again at most once
 * a second; past a bound the answer is unknown (null).
 */
import path from 'node:path';
import { SOURCES_MAX_DEPTH, SOURCES_MAX_FILES, SOURCES_MAX_FOLDERS } from '../engine/limits.js';
import { derivedCache } from '../packages/read.js';
import { sourceFileText } from './modules.js';
import { packageRootAt, walkPackage } from './package-walk.js';
import { moduleSpecifiers, resolveModule } from './resolve.js';

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?)$/i;
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;

/** The nearest folder at or above a file's folder with a package.json; null when none. */
export const packageRootOfFile = (file: string): string | null => packageRootAt(path.dirname(file));

const walk = (root: string): string[] | null =>
  walkPackage(root, (name) => SOURCE_FILE.test(name) && !DECLARATION_FILE.test(name), {
    maxFolders: SOURCES_MAX_FOLDERS,
    maxFiles: SOURCES_MAX_FILES,
    maxDepth: SOURCES_MAX_DEPTH,
    pastDepth: 'unknown',
  });

const walks = derivedCache<readonly string[] | null>();

/** The package's source files (absolute, in walk order); null past a bound. Walked again at most once a second. */
const packageSourceFiles = (root: string): readonly string[] | null => walks(root, () => walk(root));

/** A source file's text (cached by path, time and size, the entry modules.ts parses from); null when it cannot be read. */
const sourceText = sourceFileText;

/** The package's source files whose text contains every one of `needles`; null past a bound. */
export function filesNaming(root: string, needles: readonly string[]): string[] | null {
  const files = packageSourceFiles(root);
  if (!files) return null;
  return files.filter((file) => {
    const text = sourceText(file);
    return text !== null && needles.every((needle) => text.includes(needle));
  });
}

/** A `require(` or `import(` whose argument is not a string literal: it may load any module. */
const DYNAMIC_LOAD = /\b(?:require|import)\s*\(\s*(?!['"\s)])/u;

/** The name an importer writes for a module: its file name without extension, or its folder's for an index file. */
function importedName(module: string): string {
  const stem = path.basename(module).replace(/\.[^.]*$/u, '');
  return stem === 'index' ? path.basename(path.dirname(module)) : stem;
}

/** Another file of the package that loads a module, and how. */
export interface ModuleReader {
  readonly file: string;
  /** `imports`: an import, re-export or `require()`/`import()` of it; `may-load`: a `require`/`import()` of a computed name. */
  readonly how: 'imports' | 'may-load';
}

/**
 * The files of `module`'s package other than `except` that load it (import, re-export,
 * `require()`, `import()`), or may (a computed `require`/`import()` in a file that names
 * it); null when the package's files cannot all be known (past a bound, no package).
 */
export function otherReadersOf(module: string, except: ReadonlySet<string>): ModuleReader[] | null {
  const root = packageRootOfFile(module);
  if (root === null) return null;
  const files = packageSourceFiles(root);
  if (!files) return null;
  const name = importedName(module);
  const readers: ModuleReader[] = [];
  for (const file of files) {
    if (file === module || except.has(file)) continue;
    const text = sourceText(file);
    // Names the module: a candidate, resolved. (`tsconfig` paths and workspace names end in the same name.)
    if (text === null || !text.includes(name)) continue;
    if (moduleSpecifiers(text).some((specifier) => resolveModule(file, specifier) === module)) readers.push({ file, how: 'imports' });
    else if (DYNAMIC_LOAD.test(text)) readers.push({ file, how: 'may-load' });
  }
  return readers;
}
