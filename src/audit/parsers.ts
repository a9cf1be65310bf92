/**
 * The parsers TypeScript and Vue files need, which this package does not bring: found in
 * the audited repository (its own installed code, used only when its
 * `peerDependencies.eslint` admits the running ESLint and it parses a sample: typescript-eslint
 * 8 on an Angular 10 app's TypeScript 4.0 throws `isTokenKind is not a function`), else
 * beside this package (`npx -p`). Otherwise those files are not read, and the report
 * prints the command that includes them, with this package as it was installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { PLUGIN_NAME, PLUGIN_VERSION } from '../meta.js';

export type ParserName = '@typescript-eslint/parser' | 'vue-eslint-parser';

export interface FoundParser {
  readonly name: ParserName;
  /** The file to load. */
  readonly entry: string;
  readonly version: string;
  /** `repository`: the audited repository's own installed copy; `audit`: installed beside this package. */
  readonly from: 'repository' | 'audit';
}

interface ParserLookup {
  readonly found: FoundParser | null;
  /** Why a copy was passed over (its ESLint peer range does not admit the running ESLint). */
  readonly rejected: string | null;
}

function manifestOf(entry: string, name: string): { version?: string; peerDependencies?: Record<string, string> } | null {
  for (let dir = path.dirname(entry); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string };
        if (manifest.name === name) return manifest as { version?: string; peerDependencies?: Record<string, string> };
      } catch {
        return null;
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** Look a parser up from `from` (a folder): its entry, if it resolves and admits `eslintVersion`. */
function lookUp(name: ParserName, from: string, where: FoundParser['from'], eslintVersion: string): ParserLookup {
  let entry: string;
  try {
    entry = createRequire(path.join(from, 'noop.js')).resolve(name);
  } catch {
    return { found: null, rejected: null };
  }
  const manifest = manifestOf(entry, name);
  const peer = manifest?.peerDependencies?.eslint;
  const version = manifest?.version ?? 'unknown';
  if (peer && !semver.satisfies(eslintVersion, peer, { includePrerelease: true })) {
    return { found: null, rejected: `${name} ${version} in ${from} supports ESLint ${peer}, not ${eslintVersion}` };
  }
  return { found: { name, entry, version, from: where }, rejected: null };
}

/** A small file each parser must parse, with the options ESLint would pass. */
const SAMPLES: Record<ParserName, { readonly code: string; readonly options: Record<string, unknown> }> = {
  '@typescript-eslint/parser': {
    code:
      'import type { A } from "./a";\nexport class C<T> implements A {\n' +
      '  constructor(private readonly value: T) {}\n' +
      '  get(): T | undefined { return this.value ?? undefined; }\n}\n',
    options: { filePath: 'sample.ts', sourceType: 'module', ecmaVersion: 'latest', loc: true, range: true, tokens: true, comment: true },
  },
  'vue-eslint-parser': {
    code: '<script>\nexport default { data() { return { a: 1 }; } };\n</script>\n<template><div>{{ a }}</div></template>\n',
    options: { filePath: 'sample.vue', sourceType: 'module', ecmaVersion: 'latest' },
  },
};

/** Why a parser cannot be used here: it does not load (the TypeScript parser also needs `typescript`), or it throws on the sample. */
function failure(parser: FoundParser): string | null {
  try {
    const loaded = createRequire(import.meta.url)(parser.entry) as {
      parseForESLint?: (code: string, options: unknown) => unknown;
      parse?: (code: string, options: unknown) => unknown;
    };
    const sample = SAMPLES[parser.name];
    if (loaded.parseForESLint) loaded.parseForESLint(sample.code, sample.options);
    else if (loaded.parse) loaded.parse(sample.code, sample.options);
    else return 'it has no parse function';
    return null;
  } catch (error) {
    return (error as Error)?.message?.split('\n')[0] ?? String(error);
  }
}

export interface ParserChoice {
  readonly found: FoundParser | null;
  /** What the report says: whose code runs, which copy was passed over and why. */
  readonly note: string | null;
}

/**
 * The parser to use: the audited repository's (the first root that has one) when it loads
 * and parses, else the one beside this package when it does; the note says which and why.
 */
export function chooseParser(name: ParserName, roots: readonly string[], eslintVersion: string): ParserChoice {
  let passedOver: string | null = null;
  for (const root of roots) {
    const result = lookUp(name, root, 'repository', eslintVersion);
    if (result.found) {
      const why = failure(result.found);
      if (why === null) return { found: result.found, note: `runs the audited repository's own installed ${name} ${result.found.version}` };
      passedOver = `the audited repository's ${name} ${result.found.version} fails (${why})`;
      break;
    }
    passedOver ??= result.rejected;
  }
  const own = lookUp(name, path.dirname(fileURLToPath(import.meta.url)), 'audit', eslintVersion);
  if (own.found) {
    const why = failure(own.found);
    if (why === null)
      return { found: own.found, note: passedOver ? `${passedOver}: used ${name} ${own.found.version} from beside ${PLUGIN_NAME}` : null };
    const ownFailure = `${name} ${own.found.version} beside ${PLUGIN_NAME} fails (${why})`;
    return { found: null, note: passedOver ? `${passedOver}; ${ownFailure}` : ownFailure };
  }
  return { found: null, note: passedOver ?? own.rejected };
}

interface LockEntry {
  readonly resolved?: unknown;
  readonly version?: unknown;
}

function readJson(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8');
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An install spec as npm takes it again: a registry copy by name and version, a tarball or folder by absolute path, a git URL as it is. */
function specOf(value: unknown, base: string): string | null {
  if (typeof value !== 'string' || value === '') return null;
  if (/^https?:\/\/.*\/-\/[^/]+\.tgz$/u.test(value)) return `${PLUGIN_NAME}@${PLUGIN_VERSION}`; // a registry's tarball URL
  if (value.startsWith('file:')) return path.resolve(base, value.slice('file:'.length));
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|https?:)/u.test(value)) return value;
  return null;
}

/**
 * How to install this package again in a command, from how it was installed: npm 6's
 * `_resolved` in its manifest, the `resolved` of its entry in the installing project's
 * lockfile (a registry tarball, `file:` a tarball or folder, a git URL), the spec in that
 * project's package.json; its own folder when it does not run from a `node_modules`;
 * else its name and version.
 */
export function pluginInstallSpec(packageDir: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')): string {
  const fallback = `${PLUGIN_NAME}@${PLUGIN_VERSION}`;
  const own = readJson(path.join(packageDir, 'package.json'));
  const legacy = isObject(own) ? specOf(own._resolved, packageDir) : null;
  if (legacy) return legacy;
  const modules = PLUGIN_NAME.startsWith('@') ? path.dirname(path.dirname(packageDir)) : path.dirname(packageDir);
  if (path.basename(modules) !== 'node_modules') return packageDir;
  const project = path.dirname(modules);
  const key = path.relative(project, packageDir).split(path.sep).join('/');
  for (const lockfile of [
    path.join(modules, '.package-lock.json'),
    path.join(project, 'package-lock.json'),
    path.join(project, 'npm-shrinkwrap.json'),
  ]) {
    const lock = readJson(lockfile);
    const entry = isObject(lock) && isObject(lock.packages) ? (lock.packages[key] as LockEntry | undefined) : undefined;
    const spec = isObject(entry) ? specOf(entry.resolved, project) : null;
    if (spec) return spec;
  }
  const manifest = readJson(path.join(project, 'package.json'));
  if (isObject(manifest)) {
    for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      const deps = manifest[section];
      const spec = isObject(deps) ? specOf(deps[PLUGIN_NAME], project) : null;
      if (spec) return spec;
    }
  }
  return fallback;
}
