/**
 * Version resolution for `@okta/okta-signin-widget`.
 *
 * Order: the rule option, then `settings.okta.widgetVersion` (a version, a range, or
 * `'detect'`, the default), then, walking up from the linted file, the nearest folder
 * that has the widget installed (`node_modules/@okta/okta-signin-widget/package.json`:
 * its exact version) or declares it in its package.json (a range counts as its lowest
 * version); in one folder the installed copy wins. Otherwise unknown.
 *
 * This is the only module that reads the file system. Files are cached by path and
 * checked by modification time and size, so a lint run reads each package.json once
 * and an editor that stays open sees an edited package.json without a restart.
 * Nothing here throws: malformed JSON and odd version strings are "unknown".
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import type { TSESLint } from '@typescript-eslint/utils';
import { WIDGET_PACKAGE } from './okta-api.js';

export type VersionSource = 'option' | 'settings' | 'installed' | 'declared' | 'unknown';

export interface VersionInfo {
  /** The (lowest) version, as a clean semver string, or null when unknown. */
  readonly version: string | null;
  readonly source: VersionSource;
  /** The package.json the version came from, for detected versions. */
  readonly file?: string;
}

const DEPENDENCY_SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

const UNKNOWN: VersionInfo = { version: null, source: 'unknown' };

/**
 * The lowest version a version or range allows, or null for anything that is not a
 * plain semver range: `*`, `x`, dist-tags (`latest`), `file:`, `link:`, `workspace:`,
 * git and URL specifiers, and `npm:` aliases of other packages.
 */
export function lowestVersion(spec: unknown, packageName: string = WIDGET_PACKAGE): string | null {
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
    const valid = semver.validRange(range);
    if (valid === null) return null;
    const lowest = semver.minVersion(valid);
    if (!lowest || lowest.version === '0.0.0') return null;
    return lowest.version;
  } catch {
    return null;
  }
}

interface CachedFile<T> {
  mtimeMs: number;
  size: number;
  value: T;
}

const fileCache = new Map<string, CachedFile<unknown>>();

/** How many files were read from disk (not served from the cache): for tests and the benchmark. */
export const versionCacheStats = { reads: 0 };

/** Drop every cached file (tests). */
export function clearVersionCache(): void {
  fileCache.clear();
  detectedByFile = new WeakMap();
  versionCacheStats.reads = 0;
}

/** Read and parse a file through the cache; undefined when it does not exist. */
function readCached<T>(file: string, parse: (json: unknown) => T): T | undefined {
  let stats;
  try {
    stats = statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!stats?.isFile()) return undefined;
  const hit = fileCache.get(file) as CachedFile<T> | undefined;
  if (hit && hit.mtimeMs === stats.mtimeMs && hit.size === stats.size) return hit.value;
  let value: T;
  try {
    versionCacheStats.reads += 1;
    value = parse(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  } catch {
    value = parse(undefined);
  }
  fileCache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, value });
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * In a package.json: `{ declared: false }`, or the lowest version its entry allows
 * (null: unknown). A file that is not a JSON object may declare anything: unknown, and
 * the walk stops there rather than guess from a folder further up.
 */
function declaredVersion(json: unknown): { declared: boolean; version: string | null } {
  if (!isRecord(json)) return { declared: true, version: null };
  for (const section of DEPENDENCY_SECTIONS) {
    const deps = json[section];
    if (isRecord(deps) && Object.hasOwn(deps, WIDGET_PACKAGE)) {
      return { declared: true, version: lowestVersion(deps[WIDGET_PACKAGE]) };
    }
  }
  return { declared: false, version: null };
}

/** The version field of an installed package's package.json, when it is valid semver. */
function installedVersion(json: unknown): string | null {
  if (!isRecord(json) || typeof json.version !== 'string') return null;
  return semver.valid(json.version);
}

/** Walk up from a folder to the nearest one that installs or declares the widget. */
export function detectWidgetVersion(startDirectory: string): VersionInfo {
  let directory = path.resolve(startDirectory);
  for (;;) {
    const installedFile = path.join(directory, 'node_modules', WIDGET_PACKAGE, 'package.json');
    const installed = readCached(installedFile, installedVersion);
    if (installed) return { version: installed, source: 'installed', file: installedFile };
    const manifest = path.join(directory, 'package.json');
    const declared = readCached(manifest, declaredVersion);
    if (declared?.declared) {
      return declared.version
        ? { version: declared.version, source: 'declared', file: manifest }
        : { ...UNKNOWN, file: manifest };
    }
    const parent = path.dirname(directory);
    if (parent === directory) return UNKNOWN;
    directory = parent;
  }
}

let detectedByFile = new WeakMap<object, VersionInfo>();

function fromConfigured(value: unknown, source: 'option' | 'settings'): VersionInfo | 'detect' {
  if (value === undefined || value === 'detect') return 'detect';
  const version = lowestVersion(value);
  return version ? { version, source } : UNKNOWN;
}

/**
 * The widget version that applies to the linted file. `option` is the rule's own
 * `widgetVersion` option, if it has one.
 */
export function resolveWidgetVersion(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  option?: string,
): VersionInfo {
  const fromOption = fromConfigured(option, 'option');
  if (fromOption !== 'detect') return fromOption;
  const settings = context.settings.okta;
  const configured = isRecord(settings) ? settings.widgetVersion : undefined;
  const fromSettings = fromConfigured(configured, 'settings');
  if (fromSettings !== 'detect') return fromSettings;

  // One detection per linted file, however many rules ask.
  const key = context.sourceCode;
  const known = detectedByFile.get(key);
  if (known) return known;
  const file = context.physicalFilename;
  const start = path.isAbsolute(file) ? path.dirname(file) : context.cwd;
  const detected = detectWidgetVersion(start);
  detectedByFile.set(key, detected);
  return detected;
}

/** Compare a possibly unknown version with a threshold. */
export function versionAtLeast(version: string | null, threshold: string): boolean | 'unknown' {
  if (version === null) return 'unknown';
  return semver.gte(version, threshold);
}
