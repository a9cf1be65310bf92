/**
 * Which version of an Okta package the linted file runs: the policy over the package
 * readers in `packages/`.
 *
 * Order: the rule's own option, then `settings.okta.<setting>` (a version, a range, or
 * `'detect'`, the default), then, walking up from the linted file, the nearest folder
 * that has the package installed (`node_modules/<package>/package.json`: its exact
 * version) or declares it in its package.json. For a declaring folder, the lockfile of
 * the nearest project root (its entry for that folder, the importer) gives the exact
 * version, else the declared range counts as its lowest version. Otherwise unknown.
 *
 * Every answer says where it came from. Nothing here throws: malformed files and odd
 * version strings are "unknown".
 */
import path from 'node:path';
import semver from 'semver';
import type { TSESLint } from '@typescript-eslint/utils';
import { AUTH_JS_PACKAGE, AUTH_JS_VERSION_SETTING } from './okta/auth-js.js';
import { WIDGET_PACKAGE, WIDGET_VERSION_SETTING } from './okta/widget.js';
import { findLockfile, readLockfile } from './packages/lockfiles.js';
import { declaredSpec, installedVersion, readManifest } from './packages/manifest.js';
import { clearReadCache, isRecord, readStats } from './packages/read.js';

/** Where a version came from: a rule option, the settings, node_modules, a lockfile, a package.json range. */
export type VersionSource = 'option' | 'settings' | 'installed' | 'lockfile' | 'declared' | 'unknown';

export interface VersionInfo {
  /** The (lowest) version, as a clean semver string, or null when unknown. */
  readonly version: string | null;
  readonly source: VersionSource;
  /** The file the version came from, for detected versions. */
  readonly file?: string;
  /** Every version that may run, when a lockfile admits several. */
  readonly versions?: readonly string[];
}

/** Which package, and which `settings.okta` key pins its version. */
export interface PackagePolicy {
  readonly name: string;
  readonly setting: string;
}

export const WIDGET_POLICY: PackagePolicy = { name: WIDGET_PACKAGE, setting: WIDGET_VERSION_SETTING };
export const AUTH_JS_POLICY: PackagePolicy = { name: AUTH_JS_PACKAGE, setting: AUTH_JS_VERSION_SETTING };

const UNKNOWN: VersionInfo = { version: null, source: 'unknown' };

/**
 * The lowest version a version or range allows, or null for anything that is not a
 * plain semver range: `*`, `x`, dist-tags (`latest`), `file:`, `link:`, `workspace:`,
 * git and URL specifiers, and `npm:` aliases of other packages.
 */
export function lowestVersion(spec: unknown, packageName: string = WIDGET_PACKAGE): string | null {
  const range = plainRange(spec, packageName);
  if (range === null) return null;
  try {
    const lowest = semver.minVersion(range);
    if (!lowest || lowest.version === '0.0.0') return null;
    return lowest.version;
  } catch {
    return null;
  }
}

/** A spec as a valid semver range (an `npm:` alias of the package read through), or null. */
function plainRange(spec: unknown, packageName: string): string | null {
  if (typeof spec !== 'string') return null;
  let range = spec.trim();
  if (range.startsWith('npm:')) {
    const alias = range.slice('npm:'.length);
    const at = alias.lastIndexOf('@');
    if (at <= 0 || alias.slice(0, at) !== packageName) return null;
    range = alias.slice(at + 1);
  }
  if (range === '' || /^[*xX]$/.test(range) || /[:/#]/.test(range)) return null;
  try {
    return semver.validRange(range);
  } catch {
    return null;
  }
}

/** A folder declares the package: its lockfile entry, else its declared range. */
function declaredVersion(policy: PackagePolicy, directory: string, spec: unknown): VersionInfo {
  const lock = findLockfile(directory);
  const lockfile = lock ? readLockfile(lock.file) : null;
  if (lock && lockfile) {
    const importer = path.relative(lock.root, directory).split(path.sep).join('/');
    const versions = lockfile.versions(policy.name, importer, typeof spec === 'string' ? spec : undefined);
    const [lowest] = versions;
    if (lowest) {
      return { version: lowest, source: 'lockfile', file: lock.file, ...(versions.length > 1 ? { versions } : {}) };
    }
  }
  const manifest = path.join(directory, 'package.json');
  const version = lowestVersion(spec, policy.name);
  return version ? { version, source: 'declared', file: manifest } : { ...UNKNOWN, file: manifest };
}

/**
 * Walk up from a folder to the nearest one that installs or declares the package. A
 * package.json that is not JSON may declare anything: the walk stops there as unknown
 * rather than guess from a folder further up.
 */
export function detectVersion(policy: PackagePolicy, startDirectory: string): VersionInfo {
  for (let directory = path.resolve(startDirectory); ; ) {
    const installed = installedVersion(directory, policy.name);
    if (installed) return { version: installed.version, source: 'installed', file: installed.file };
    const manifest = readManifest(directory);
    const declared = manifest === undefined ? null : declaredSpec(manifest, policy.name);
    if (declared?.declared) {
      return manifest === 'malformed'
        ? { ...UNKNOWN, file: path.join(directory, 'package.json') }
        : declaredVersion(policy, directory, declared.spec);
    }
    const parent = path.dirname(directory);
    if (parent === directory) return UNKNOWN;
    directory = parent;
  }
}

function fromConfigured(value: unknown, source: 'option' | 'settings', policy: PackagePolicy): VersionInfo | 'detect' {
  if (value === undefined || value === 'detect') return 'detect';
  const version = lowestVersion(value, policy.name);
  return version ? { version, source } : UNKNOWN;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** One detection per linted file and package, however many rules ask. */
let detectedByFile = new WeakMap<object, Map<string, VersionInfo>>();

/** The version of a package that applies to the linted file; `option` is the rule's own version option. */
export function resolveVersion(context: Context, policy: PackagePolicy, option?: string): VersionInfo {
  const fromOption = fromConfigured(option, 'option', policy);
  if (fromOption !== 'detect') return fromOption;
  const settings = context.settings.okta;
  const fromSettings = fromConfigured(isRecord(settings) ? settings[policy.setting] : undefined, 'settings', policy);
  if (fromSettings !== 'detect') return fromSettings;

  let known = detectedByFile.get(context.sourceCode);
  if (!known) {
    known = new Map();
    detectedByFile.set(context.sourceCode, known);
  }
  const cached = known.get(policy.name);
  if (cached) return cached;
  const file = context.physicalFilename;
  const detected = detectVersion(policy, path.isAbsolute(file) ? path.dirname(file) : context.cwd);
  known.set(policy.name, detected);
  return detected;
}

/** The widget version of the linted file. */
export function resolveWidgetVersion(context: Context, option?: string): VersionInfo {
  return resolveVersion(context, WIDGET_POLICY, option);
}

/** The widget version detected from a folder (tests and the benchmark). */
export function detectWidgetVersion(startDirectory: string): VersionInfo {
  return detectVersion(WIDGET_POLICY, startDirectory);
}

/** How many package files were read from disk (not served from the cache): for tests and the benchmark. */
export const versionCacheStats = readStats;

/** Drop every cached file and detection (tests). */
export function clearVersionCache(): void {
  clearReadCache();
  detectedByFile = new WeakMap();
}

/** Compare a possibly unknown version with a threshold. */
export function versionAtLeast(version: string | null, threshold: string): boolean | 'unknown' {
  if (version === null) return 'unknown';
  return semver.gte(version, threshold);
}
