/**
 * Lockfiles: which exact versions of a package a lockfile resolves for one importer (the
 * project root, or a workspace package given by its path from the lockfile's folder).
 *
 * - npm (`package-lock.json`, `npm-shrinkwrap.json`): `packages` (lockfile 2 and 3), read
 *   the way Node resolves from the importer's folder (`<importer>/node_modules/<pkg>`,
 *   then each parent's `node_modules`); `dependencies` (lockfile 1, root only).
 * - pnpm (`pnpm-lock.yaml`, lockfile 5.x, 6.0, 9.0): the importer's entry in `importers`
 *   (or the top-level sections of a single-project lockfile). Only that entry is parsed
 *   (with `yaml`), and the `packages` keys are scanned (lockfile-scan.ts): linear in the file.
 * - yarn (`yarn.lock`, v1 and berry): the entry whose key holds the importer's descriptor
 *   (berry's `workspace:` entry, else the range the importer's package.json declares).
 *   Only the entries of the workspaces and of the asked package are parsed (with
 *   `@yarnpkg/parsers`).
 *
 * A lockfile speaks only for the importers it lists (npm's `packages` keys, pnpm's
 * `importers`, berry's `workspace:` entries; yarn v1 lists none, so only its root, or an
 * entry keyed by the exact declared range). When a listed importer's own entry cannot be
 * found, the answer is every version of the package in the lockfile that the declared
 * range admits: a set, or nothing.
 * Each file is parsed once per run (see read.ts); its index is built on first use.
 */
import path from 'node:path';
import { rethrowAnalysisError, semver, yaml as yamlModule, yarnParsers } from '../../deps.js';
import { npmAlias } from '../engine/version-sets.js';
import { isRecord, isFile, parseJson, readParsed } from './read.js';
import { scanPnpmLockfile, scanYarnLockfile, type PnpmSections, type YarnEntries } from './lockfile-scan.js';

/** Lockfile names, in the order a folder is searched. */
export const LOCKFILE_NAMES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock'] as const;

export interface Lockfile {
  readonly file: string;
  /**
   * The exact versions of `name` that apply to the importer at `importer` (a posix path
   * from the lockfile's folder; `''` for the root), whose package.json declares `declared`.
   * Empty when the lockfile does not tell.
   */
  versions(name: string, importer: string, declared: string | undefined): readonly string[];
}

/** A lockfile version string as a clean semver version: pnpm's peer suffixes dropped; aliases, links and URLs are not versions. */
function cleanVersion(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const bare = value.replace(/\(.*$/, '').replace(/_.*$/, '');
  return semver().valid(bare);
}

function sorted(versions: Iterable<string>): string[] {
  return [...new Set(versions)].sort(semver().compare);
}

/** The versions of a package that a declared range admits; all of them when the range is unknown. */
function admitted(versions: Iterable<string>, declared: string | undefined): string[] {
  // yarn's `npm:^7.0.0` is the range after the protocol; an alias (`npm:name@range`) admits them all, as any other spec that is not a
  // range.
  const alias = npmAlias(declared);
  const spec = alias ? (alias.name === null ? alias.range : null) : declared;
  const range = spec === undefined || spec === null ? null : semver().validRange(spec);
  return sorted([...versions].filter((version) => range === null || semver().satisfies(version, range)));
}

/** Memoized answers: lockfiles are asked the same question for every linted file. */
function memoized(answer: (name: string, importer: string, declared: string | undefined) => readonly string[]) {
  const answers = new Map<string, readonly string[]>();
  return (name: string, importer: string, declared: string | undefined): readonly string[] => {
    const key = `${name}\0${importer}\0${declared ?? ''}`;
    let result = answers.get(key);
    if (!result) {
      result = answer(name, importer, declared);
      answers.set(key, result);
    }
    return result;
  };
}

function npmLockfile(file: string, json: Record<string, unknown>): Lockfile {
  const packages = isRecord(json.packages) ? json.packages : null;
  const dependencies = isRecord(json.dependencies) ? json.dependencies : {};
  /** The version at a `node_modules/…` path, when it is this package (not an alias of another). */
  const at = (key: string, name: string): string | null => {
    const entry = packages?.[key];
    if (!isRecord(entry) || entry.link === true) return null;
    if (typeof entry.name === 'string' && entry.name !== name) return null;
    return cleanVersion(entry.version);
  };
  return {
    file,
    versions: memoized((name, importer, declared) => {
      if (!packages) {
        // Lockfile 1: the root's tree only.
        const entry = dependencies[name];
        const version = importer === '' && isRecord(entry) ? cleanVersion(entry.version) : null;
        return version ? [version] : [];
      }
      if (importer !== '' && !isRecord(packages[importer])) return [];
      for (let folder = importer; ; folder = path.posix.dirname(folder)) {
        const base = folder === '.' || folder === '' ? '' : `${folder}/`;
        const version = at(`${base}node_modules/${name}`, name);
        if (version) return [version];
        if (base === '') break;
      }
      const suffix = `node_modules/${name}`;
      const all = Object.keys(packages).flatMap((key) => {
        const version = key.endsWith(suffix) ? at(key, name) : null;
        return version ? [version] : [];
      });
      return admitted(all, declared);
    }),
  };
}

function pnpmLockfile(file: string, sections: PnpmSections): Lockfile {
  /** Every resolved version of a package in the `packages` section (`/name/1.0.0`, `/name@1.0.0`, `name@1.0.0`). */
  const allVersions = (name: string): string[] =>
    sections.packageKeys(name).flatMap((key) => {
      const bare = key.replace(/^\//, '');
      if (!bare.startsWith(name)) return [];
      const version = cleanVersion(bare.slice(name.length + 1));
      return version && (bare[name.length] === '@' || bare[name.length] === '/') ? [version] : [];
    });
  return {
    file,
    versions: memoized((name, importer, declared) => {
      // A single-project lockfile before 9.0 keeps the root's sections at the top level.
      const entry = sections.importer(importer === '' ? '.' : importer);
      if (!isRecord(entry)) return [];
      for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        const dependencies = entry[section];
        if (!isRecord(dependencies) || !Object.hasOwn(dependencies, name)) continue;
        const dependency = dependencies[name];
        // Lockfile 6 and 9: { specifier, version }; 5.x: the version string.
        const version = cleanVersion(isRecord(dependency) ? dependency.version : dependency);
        return version ? [version] : [];
      }
      return admitted(allVersions(name), declared);
    }),
  };
}

function yarnLockfile(file: string, scanned: YarnEntries): Lockfile {
  return {
    file,
    versions: memoized((name, importer, declared) => {
      // The entries this question can reach: the workspaces' and those of the package.
      const entries = scanned.entries([WORKSPACE, `${name}@`]);
      /** Descriptor (`name@range`, `name@npm:range`, `app@workspace:path`) → its entry's key. */
      const index = new Map<string, string>();
      for (const [key, entry] of Object.entries(entries)) {
        if (!isRecord(entry)) continue;
        for (const descriptor of key.split(/,\s*/)) index.set(descriptor.replace(/^"|"$/g, ''), key);
      }
      const versionOf = (key: string | undefined): string | null => {
        const entry = key === undefined ? undefined : entries[key];
        return isRecord(entry) ? cleanVersion(entry.version) : null;
      };
      const lookup = (range: string): string | null => versionOf(index.get(`${name}@${range}`) ?? index.get(`${name}@npm:${range}`));
      // Berry lists each workspace with the descriptors it depends on.
      const workspace = [...index.entries()].find(([descriptor]) => descriptor.endsWith(`@workspace:${importer === '' ? '.' : importer}`));
      const workspaceEntry = workspace ? entries[workspace[1]] : undefined;
      const dependencies = isRecord(workspaceEntry) && isRecord(workspaceEntry.dependencies) ? workspaceEntry.dependencies : {};
      const range = typeof dependencies[name] === 'string' ? dependencies[name] : declared;
      const exact = range === undefined ? null : lookup(range);
      if (exact) return [exact];
      if (!workspace && importer !== '') return [];
      const all = [...index.entries()].flatMap(([descriptor, key]) => {
        const version = descriptor.startsWith(`${name}@`) ? versionOf(key) : null;
        return version ? [version] : [];
      });
      return admitted(all, declared);
    }),
  };
}

/** Berry's workspace descriptors (`app@workspace:packages/a`). */
const WORKSPACE = '@workspace:';

/**
 * YAML as pnpm's lockfiles are read: anchors without limit, and no check for duplicate
 * keys (yaml's check compares each key with every earlier key of its map: quadratic).
 */
function parseYaml(text: string): unknown {
  return yamlModule().parse(text, { maxAliasCount: -1, uniqueKeys: false }) as unknown;
}

function parseLockfile(file: string): (text: string | null) => Lockfile | null {
  const base = path.basename(file);
  return (text) => {
    if (text === null) return null;
    try {
      if (base === 'pnpm-lock.yaml') {
        const sections = scanPnpmLockfile(text, parseYaml);
        return sections ? pnpmLockfile(file, sections) : null;
      }
      if (base === 'yarn.lock') {
        const entries = scanYarnLockfile(text, (source) => yarnParsers().parseSyml(source));
        return entries ? yarnLockfile(file, entries) : null;
      }
      const json = parseJson(text);
      return isRecord(json) ? npmLockfile(file, json) : null;
    } catch (error) {
      // A lockfile that does not parse says nothing; a parser that cannot run silences the rule.
      rethrowAnalysisError(error);
      return null;
    }
  };
}

/** A lockfile, parsed through the cache; null when it does not parse. */
export function readLockfile(file: string): Lockfile | null {
  return readParsed(file, parseLockfile(file)) ?? null;
}

/** The nearest folder, from `directory` up, that holds a lockfile (the project root), and the lockfile. */
export function findLockfile(directory: string): { root: string; file: string } | null {
  for (let current = path.resolve(directory); ;) {
    for (const name of LOCKFILE_NAMES) {
      const file = path.join(current, name);
      if (isFile(file)) return { root: current, file };
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
