/**
 * Which version of an Okta package the linted file runs: the policy over the package
 * readers in `packages/`.
 *
 * Order: the rule's own option, then (for the inline scripts of an HTML page) the widget
 * the page loads from Okta's CDN, then `settings.okta.<setting>` (a version, a range, or
 * `'detect'`, the default), then, walking up from the linted file, the nearest folder
 * that has the package installed (`node_modules/<package>/package.json`: its exact
 * version) or declares it in its package.json. For a declaring folder, what may run is
 * the union of what its sources admit: the installed copy, the lockfile of the nearest
 * project root (its entry for that folder, the importer), the declared range, and a peer
 * range in full (the hosts bring their own copy). Sources that agree (the installed copy
 * and the lockfile inside the declared range, the installed copy among the lockfile's)
 * give the most exact of them, as before; sources that disagree give the union, and the
 * message says which says what. Otherwise unknown.
 *
 * Every answer says where it came from. Malformed files and odd version strings are
 * "unknown"; a dependency that cannot run throws an AnalysisError (the rule stays silent).
 * The sets themselves (spec parsing, comparisons) are Okta-free: engine/version-sets.ts.
 */
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { semver } from '../../deps.js';
import { PACKAGE_FILES_SETTING } from '../../meta.js';
import type { Tri } from '../engine/tri.js';
import { isRange, plainRange, lowestVersion, rangeAtLeast, rangeFrom, rangeWithin } from '../engine/version-sets.js';
import { AUTH_JS_PACKAGE, AUTH_JS_VERSION_SETTING } from '../okta/auth-js.js';
import { OKTA_ANGULAR_MODULE, OKTA_REACT_MODULE, OKTA_VUE_MODULE } from '../okta/frameworks.js';
import { WIDGET_PACKAGE, WIDGET_VERSION_SETTING } from '../okta/widget.js';
import { findLockfile, readLockfile } from './lockfiles.js';
import { declaredSpecs, installedVersion, readManifest } from './manifest.js';
import { clearReadCache, isRecord, readStats } from './read.js';

/**
 * Where a version came from: a rule option, the HTML page that loads the widget from
 * Okta's CDN, the settings, node_modules, a lockfile, a package.json range, or the code
 * itself (`import`: a 7.x-only entry point).
 */
type VersionSource = 'option' | 'page' | 'settings' | 'installed' | 'lockfile' | 'declared' | 'mixed' | 'import' | 'unknown';

/** What one source of a `mixed` answer admits. */
interface VersionPart {
  readonly source: 'installed' | 'lockfile' | 'declared';
  /** As the source writes it: `7.49.0`, `6.9.0 || 7.0.0`, `^6.9.0`. */
  readonly written: string;
  readonly range: string;
  readonly file: string;
}

export interface VersionInfo {
  /** The lowest version that may run (the version, when it is exact), or null when unknown. */
  readonly version: string | null;
  /**
   * Every version that may run, as a semver range: a version, a declared or configured
   * range, or a lockfile's set (`6.9.0 || 7.49.0`). Null when unknown. Claims about the
   * widget must hold for every version it admits.
   */
  readonly range: string | null;
  /** The version or range as its source writes it (`^7.20.0`, `6.9.0`), for messages. */
  readonly written?: string;
  readonly source: VersionSource;
  /** The file the version came from, for detected versions. */
  readonly file?: string;
  /** The module whose import says what may run (source `import`: a 7.x-only entry point). */
  readonly module?: string;
  /** Every version that may run, when a lockfile admits several. */
  readonly versions?: readonly string[];
  /** Source `page` for a script file: the pages (of its package) that load it, whose CDN tags gave the versions. */
  readonly pages?: readonly string[];
  /** Sources that disagree (source `mixed`): each one's versions, for the message. */
  readonly parts?: readonly VersionPart[];
  /** The code narrowed the range to `minimum` and later (it imports `module`, a 7.x-only entry point). */
  readonly narrowed?: { readonly minimum: string; readonly module: string };
}

/** Which package, and which `settings.okta` key pins its version. */
export interface PackagePolicy {
  readonly name: string;
  readonly setting: string;
}

export const WIDGET_POLICY: PackagePolicy = { name: WIDGET_PACKAGE, setting: WIDGET_VERSION_SETTING };
export const AUTH_JS_POLICY: PackagePolicy = { name: AUTH_JS_PACKAGE, setting: AUTH_JS_VERSION_SETTING };

/**
 * The framework SDKs (okta-react, okta-vue, okta-angular): detected from the package files
 * only (`detectVersion`), so they have no `settings.okta` key (`setting` is empty and never read).
 */
export const FRAMEWORK_POLICIES: ReadonlyMap<string, PackagePolicy> = new Map(
  [OKTA_REACT_MODULE, OKTA_VUE_MODULE, OKTA_ANGULAR_MODULE].map((name) => [name, { name, setting: '' }]),
);

export const UNKNOWN_VERSION: VersionInfo = { version: null, range: null, source: 'unknown' };

/** Answers of fromSpec for string specs: every file of a folder asks again, and semver's parsing is the cost. */
const specs = new Map<string, VersionInfo>();

/** A version or range as a VersionInfo; unknown when it is not a plain semver range. */
function fromSpec(spec: unknown, source: VersionSource, packageName: string, file?: string): VersionInfo {
  if (typeof spec !== 'string') return parseSpec(spec, source, packageName, file);
  const key = `${packageName}\0${source}\0${file ?? ''}\0${spec}`;
  let info = specs.get(key);
  if (!info) {
    info = parseSpec(spec, source, packageName, file);
    specs.set(key, info);
  }
  return info;
}

function parseSpec(spec: unknown, source: VersionSource, packageName: string, file?: string): VersionInfo {
  const range = plainRange(spec, packageName);
  const version = lowestVersion(spec, packageName);
  if (range === null || version === null) return { ...UNKNOWN_VERSION, ...(file ? { file } : {}) };
  return { version, range, written: String(spec).trim(), source, ...(file ? { file } : {}) };
}

/** Exact versions (one, or a lockfile's set). */
function fromVersions(versions: readonly string[], source: VersionSource, file: string): VersionInfo {
  const range = versions.join(' || ');
  return { version: versions[0] ?? null, range, written: range, source, file, ...(versions.length > 1 ? { versions } : {}) };
}

/** The lockfile entry of a declaring folder (the importer), when its lockfile has one. */
function lockedVersion(policy: PackagePolicy, directory: string, spec: unknown): VersionInfo | null {
  const lock = findLockfile(directory);
  const lockfile = lock ? readLockfile(lock.file) : null;
  if (!lock || !lockfile) return null;
  const importer = path.relative(lock.root, directory).split(path.sep).join('/');
  const versions = lockfile.versions(policy.name, importer, typeof spec === 'string' ? spec : undefined);
  return versions.length > 0 ? fromVersions(versions, 'lockfile', lock.file) : null;
}

/** Does every version `inner` admits satisfy `outer`? */
function within(inner: VersionInfo, outer: VersionInfo): boolean {
  return inner.range !== null && outer.range !== null && rangeWithin(inner.range, outer.range);
}

/** A known answer as one part of a mixed one. */
function partOf(info: VersionInfo): VersionPart {
  return {
    source: info.source as VersionPart['source'],
    written: info.written ?? info.range ?? '',
    range: info.range ?? '',
    file: info.file ?? '',
  };
}

/**
 * Every version the sources admit: one answer when one source covers the others, else
 * the union (`mixed`), with each source's part for the message.
 */
function union(infos: readonly VersionInfo[]): VersionInfo {
  if (infos.some((info) => info.range === null)) return infos.find((info) => info.range === null) ?? UNKNOWN_VERSION;
  // A source whose versions another source admits adds nothing (the first of equals stays).
  const kept = infos.filter((info, i) => !infos.some((other, j) => j !== i && within(info, other) && !(j > i && within(other, info))));
  if (kept.length === 1) return kept[0]!;
  const range = kept.map((info) => info.range).join(' || ');
  const lowest = kept.map((info) => info.version!).sort((a, b) => semver().compare(a, b))[0]!;
  const parts = kept.flatMap((info) => info.parts ?? [partOf(info)]);
  return { version: lowest, range, written: range, source: 'mixed', file: parts[0]!.file, parts };
}

/**
 * What may run in a folder that declares the package. The copy it installs: the installed
 * copy, else its lockfile entry, else the declared range, when they agree; their union
 * when they do not (a stale node_modules, a lockfile behind its package.json). A peer
 * range counts in full: the hosts bring their own copy.
 */
function declaredVersion(
  policy: PackagePolicy,
  directory: string,
  installed: VersionInfo | null,
  own: readonly unknown[],
  peer: readonly unknown[],
): VersionInfo {
  const file = path.join(directory, 'package.json');
  const declared = own.map((spec) => fromSpec(spec, 'declared', policy.name, file));
  const locked = lockedVersion(policy, directory, own[0] ?? peer[0]);
  // A declared spec that is not a plain range (`latest`, a git URL) says nothing to compare with.
  const plain = declared.filter((info) => info.range !== null);
  const declaredRange = plain.length === declared.length && plain.length > 0 ? union(plain) : null;
  const exact = [installed, locked].filter((info): info is VersionInfo => info !== null);
  const agree =
    (declaredRange === null || exact.every((info) => within(info, declaredRange))) &&
    (installed === null || locked === null || within(installed, locked));
  let copy: VersionInfo | null;
  if (agree) copy = exact[0] ?? (declared.length > 0 ? (declaredRange ?? declared[0]!) : null);
  else copy = union([...exact, ...(declaredRange ? [declaredRange] : [])]);
  const hosts = peer.map((spec) => fromSpec(spec, 'declared', policy.name, file));
  return union([...(copy ? [copy] : []), ...hosts]);
}

/**
 * Walk up from a folder to the nearest one that installs or declares the package. A
 * package.json that is not JSON may declare anything: the walk stops there as unknown
 * rather than guess from a folder further up (an installed copy there still answers).
 */
export function detectVersion(policy: PackagePolicy, startDirectory: string): VersionInfo {
  for (let directory = path.resolve(startDirectory); ;) {
    const copy = installedVersion(directory, policy.name);
    const installed = copy ? fromVersions([copy.version], 'installed', copy.file) : null;
    const manifest = readManifest(directory);
    const declared = manifest === undefined ? null : declaredSpecs(manifest, policy.name);
    if (declared?.declared && !declared.malformed) return declaredVersion(policy, directory, installed, declared.own, declared.peer);
    if (installed) return installed;
    if (declared?.declared) return { ...UNKNOWN_VERSION, file: path.join(directory, 'package.json') };
    const parent = path.dirname(directory);
    if (parent === directory) return UNKNOWN_VERSION;
    directory = parent;
  }
}

/** A configuration error that names the setting and its value (or says what is wrong with it). */
export class OktaConfigError extends Error {
  constructor(where: string, value: unknown, problem?: string) {
    const text =
      `eslint-plugin-okta-oie: ${where} ` +
      (problem ?? `must be "detect", a version ("6.9.0") or a semver range ("^7.20.0"); got ${JSON.stringify(value) ?? String(value)}`);
    super(text.endsWith('?') ? text : `${text}.`);
    this.name = 'OktaConfigError';
  }
}

/** The keys of `settings.okta`. */
const SETTING_KEYS: readonly string[] = [WIDGET_POLICY.setting, AUTH_JS_POLICY.setting];

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), for "did you mean". */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** A settings key that looks meant for us: `okta-oie`, `oktaOie`, `Okta`, `otka`. */
function looksLikeOurs(key: string): boolean {
  const bare = key.toLowerCase().replace(/[^a-z]/g, '');
  return key !== 'okta' && (bare.startsWith('okta') || distance(bare, 'okta') <= 1);
}

const checkedSettings = new WeakSet<object>();

/**
 * `settings.okta` is an object whose keys are ours, and no other key of `settings` looks
 * meant for it; else an OktaConfigError names the key and the nearest valid one. The
 * values are checked where they are read. Each settings object is checked once.
 */
export function validateSettings(settings: unknown): void {
  if (!isRecord(settings) || checkedSettings.has(settings)) return;
  for (const key of Object.keys(settings)) {
    if (key !== PACKAGE_FILES_SETTING && looksLikeOurs(key)) {
      throw new OktaConfigError(
        `settings[${JSON.stringify(key)}]`,
        settings[key],
        'is not read by this plugin; did you mean settings.okta?',
      );
    }
  }
  const okta = settings.okta;
  if (okta !== undefined && !isRecord(okta)) {
    // JSON.stringify gives undefined for a function or a symbol, which String() spells.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only a function or a symbol gets here
    const shown = JSON.stringify(okta) ?? String(okta);
    throw new OktaConfigError('settings.okta', okta, `must be an object ({ ${SETTING_KEYS.join(', ')} }); got ${shown}`);
  }
  for (const key of Object.keys(okta ?? {})) {
    if (SETTING_KEYS.includes(key)) continue;
    const nearest = [...SETTING_KEYS].sort((a, b) => distance(key, a) - distance(key, b))[0]!;
    throw new OktaConfigError(`settings.okta.${key}`, undefined, `is not a setting; did you mean settings.okta.${nearest}?`);
  }
  checkedSettings.add(settings);
}

/** Configured versions, parsed once per value (every rule asks for every widget). */
const configured = new Map<string, VersionInfo>();

/** A configured version: 'detect' (or nothing), else a version or range; anything else is a configuration error. */
function fromConfigured(value: unknown, source: 'option' | 'settings', policy: PackagePolicy): VersionInfo | 'detect' {
  if (value === undefined || value === 'detect') return 'detect';
  if (typeof value !== 'string' || value.trim() === '' || !isRange(value, policy.name)) {
    throw new OktaConfigError(source === 'option' ? `The rule option \`${policy.setting}\`` : `settings.okta.${policy.setting}`, value);
  }
  const key = `${policy.name}\0${source}\0${value}`;
  let info = configured.get(key);
  if (!info) {
    info = fromSpec(value, source, policy.name);
    configured.set(key, info);
  }
  return info;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** One detection per linted file and package, however many rules ask. */
let detectedByFile = new WeakMap<object, Map<string, VersionInfo>>();

/**
 * The version of a package that applies to the linted file; `option` is the rule's own
 * version option, `page` the exact versions of the package that the HTML page a block
 * belongs to loads (from Okta's CDN, for its inline scripts), handed in by the widget layer.
 */
export function resolveVersion(
  context: Context,
  policy: PackagePolicy,
  option?: string,
  page?: readonly string[],
  loadedBy?: readonly string[],
): VersionInfo {
  const fromOption = fromConfigured(option, 'option', policy);
  if (fromOption !== 'detect') return fromOption;
  const fromPage = page && page.length > 0 ? pageVersion(page, context.physicalFilename, loadedBy) : null;
  if (fromPage) return fromPage;
  validateSettings(context.settings);
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

/** Each page's version, made once per page and set of versions (every inline script of the page asks). */
const pageVersions = new Map<string, VersionInfo>();

function pageVersion(versions: readonly string[], file: string, loadedBy?: readonly string[]): VersionInfo {
  const key = `${file}\0${versions.join(' ')}\0${loadedBy?.join('\0') ?? ''}`;
  let info = pageVersions.get(key);
  if (!info) {
    info = fromVersions(versions, 'page', file);
    if (loadedBy && loadedBy.length > 0) info = { ...info, pages: loadedBy };
    pageVersions.set(key, info);
  }
  return info;
}

const validSettings = new WeakSet<object>();

/**
 * Check `settings.okta` (every package's version setting) and a rule's own version
 * option: a value that is not `'detect'`, a version or a range throws an OktaConfigError
 * naming it. Settings objects are checked once.
 */
export function validateVersionSettings(context: Context, policy: PackagePolicy, option?: string): void {
  fromConfigured(option, 'option', policy);
  validateSettings(context.settings);
  const settings = context.settings.okta;
  if (!isRecord(settings) || validSettings.has(settings)) return;
  for (const each of [WIDGET_POLICY, AUTH_JS_POLICY]) fromConfigured(settings[each.setting], 'settings', each);
  validSettings.add(settings);
}

/**
 * The version as a message names it, with where it came from: `6.9.0 (package-lock.json)`,
 * `` `^6.4.0` (package.json) ``, `7.0.0 or later by its import` (of `/oie`), `version unknown`.
 */
export function describeVersion(info: VersionInfo, policy: PackagePolicy): string {
  let byPolicy = descriptions.get(info);
  if (!byPolicy) {
    byPolicy = new Map();
    descriptions.set(info, byPolicy);
  }
  let text = byPolicy.get(policy);
  if (text === undefined) {
    const source = describeSource(info, policy);
    text = info.narrowed ? `${info.narrowed.minimum} or later by its import` : source;
    byPolicy.set(policy, text);
  }
  return text;
}

/** Each version's description, made once: every finding's message names it (and semver.valid of a range throws inside). */
const descriptions = new WeakMap<VersionInfo, Map<PackagePolicy, string>>();

function describeSource(info: VersionInfo, policy: PackagePolicy): string {
  const written = info.written ?? info.version ?? '';
  const text = semver().valid(written) ? written : `\`${written}\``;
  switch (info.source) {
    case 'unknown':
      return 'version unknown';
    case 'mixed':
      return describeParts(info.parts ?? []);
    case 'installed':
      return `${written} (installed)`;
    case 'page':
      return `${(info.versions ?? [written]).join(' or ')} (loaded by ${info.pages ? pageNames(info.pages) : 'this page'})`;
    case 'lockfile':
      return `${(info.versions ?? [written]).join(' or ')} (${path.basename(info.file ?? 'lockfile')})`;
    case 'declared':
      return `${text} (package.json)`;
    case 'settings':
      return `${text} (settings.okta.${policy.setting})`;
    case 'option':
      return `${text} (the rule option \`${policy.setting}\`)`;
    case 'import':
      return `${written} (it imports \`${info.module ?? ''}\`)`;
  }
}

/** The pages that load a script, for a message: `public/index.html`, `a.html, b.html and 2 more`. */
function pageNames(pages: readonly string[]): string {
  const shown = pages.slice(0, 2).join(', ');
  return pages.length > 2 ? `${shown} and ${pages.length - 2} more` : shown;
}

/** What the sources of a mixed answer say: `7.49.0 (node_modules) or \`^6.9.0\` (package.json)`. */
function describeParts(parts: readonly VersionPart[]): string {
  // One phrase per file: a package.json that declares two ranges admits one or the other.
  const byFile = new Map<string, VersionPart[]>();
  for (const part of parts) byFile.set(`${part.source}\0${part.file}`, [...(byFile.get(`${part.source}\0${part.file}`) ?? []), part]);
  return [...byFile.values()]
    .map((group) => {
      const [{ source, file }] = group as [VersionPart];
      const written = group.flatMap((part) => part.written.split(' || '));
      if (source === 'installed') return `${written.join(' or ')} (node_modules)`;
      if (source === 'lockfile') return `${written.join(' or ')} (${path.basename(file)})`;
      return `${group.map((part) => `\`${part.written}\``).join(' or ')} (package.json)`;
    })
    .join(' or ');
}

/**
 * The widget version of the linted file; `page`: the widget versions its HTML page loads,
 * or the pages that load the linted script (`loadedBy`, their names) load (see resolveVersion).
 */
export function resolveWidgetVersion(
  context: Context,
  option?: string,
  page?: readonly string[],
  loadedBy?: readonly string[],
): VersionInfo {
  return resolveVersion(context, WIDGET_POLICY, option, page, loadedBy);
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

/**
 * Is every version that may run at least `threshold` (true), none of them (false), or
 * some (`'unknown'`)? Unknown versions are `'unknown'`.
 */
export function versionAtLeast(info: VersionInfo, threshold: string): Tri {
  return info.range === null ? 'unknown' : rangeAtLeast(info.range, threshold);
}

/**
 * Narrow what may run with evidence from the code (the `/oie` and `/classic` entry points
 * exist only from 7.0.0) when nothing more exact is known: an unknown version becomes
 * `>=minimum`, and a range or set that admits versions on both sides keeps only those at
 * or above it. An exact version stays as the files say.
 */
export function withMinimum(info: VersionInfo, minimum: string, evidence: string): VersionInfo {
  if (info.range === null)
    return { version: minimum, range: `>=${minimum}`, written: `${minimum} or later`, source: 'import', module: evidence };
  if (semver().valid(info.range) !== null || versionAtLeast(info, minimum) !== 'unknown') return info;
  const { range, version } = rangeFrom(info.range, minimum);
  return { ...info, range, version, narrowed: { minimum, module: evidence } };
}
