/**
 * Okta-free: versions as sets. A dependency spec read as a semver range (an `npm:` alias
 * of the package read through), the lowest version it admits, and the questions asked of
 * a range: does it admit a version below a threshold, do all or none of its versions
 * reach one, is one range inside another. Prereleases are versions too (`7.0.0-beta.1` is
 * a 7.x release); a prerelease of a threshold (`5.2.0-beta.1`) is that release, not one
 * before it. Answers about ranges are memoized: every file of a folder asks the same.
 */
import { AnalysisError, rethrowAnalysisError, semver } from '../../deps.js';
import type { Tri } from './tri.js';

const NPM_PROTOCOL = 'npm:';

/**
 * The one reader of `npm:` specs: `npm:@okta/okta-signin-widget@^4.3.2` (an alias: the
 * package it installs and the range after it; `range` null when none follows), or
 * yarn's `npm:^4.3.2` (the registry protocol: `name` null). Null when the spec is not an
 * `npm:` spec.
 */
export function npmAlias(spec: unknown): { name: string | null; range: string | null } | null {
  if (typeof spec !== 'string') return null;
  const trimmed = spec.trim();
  if (!trimmed.startsWith(NPM_PROTOCOL)) return null;
  const rest = trimmed.slice(NPM_PROTOCOL.length);
  const at = rest.lastIndexOf('@');
  if (at > 0) return { name: rest.slice(0, at), range: rest.slice(at + 1) };
  return isProtocolRange(rest) ? { name: null, range: rest } : { name: rest, range: null };
}

/** After `npm:`, a range rather than a package name (a name never starts with these). */
function isProtocolRange(rest: string): boolean {
  return /^(?:[\d^~<>=*|]|[vxX](?:$|[\d.\s]))/.test(rest) || rest === '';
}

/** Prereleases are versions too: `7.0.0-beta.1` is a 7.x widget. */
const PRERELEASE = { includePrerelease: true } as const;

/** The lowest version of a release line, its prereleases included: `7.0.0` → `7.0.0-0`. */
function floorOf(threshold: string): string {
  return threshold.includes('-') ? threshold : `${threshold}-0`;
}

/**
 * A spec of `packageName` as a valid semver range, or null for anything that is not a
 * plain semver range: `*`, `x`, dist-tags (`latest`), `file:`, `link:`, `workspace:`, git
 * and URL specifiers, and `npm:` specs other than an alias of the package.
 */
export function plainRange(spec: unknown, packageName: string): string | null {
  if (typeof spec !== 'string') return null;
  let range = spec.trim();
  const alias = npmAlias(range);
  if (alias) {
    if (alias.name !== packageName || alias.range === null) return null;
    range = alias.range;
  }
  if (range === '' || /^[*xX]$/.test(range) || /[:/#]/.test(range)) return null;
  try {
    return semver().validRange(range);
  } catch (error) {
    rethrowAnalysisError(error);
    return null;
  }
}

/** A valid version or semver range of `packageName` (`*` included), an `npm:` alias of it read through. */
export function isRange(value: string, packageName: string): boolean {
  if (/^\s*[*xX]\s*$/.test(value)) return true;
  return plainRange(value, packageName) !== null;
}

/** The lowest version a spec of `packageName` allows, or null when it is not a plain semver range (see plainRange). */
export function lowestVersion(spec: unknown, packageName: string): string | null {
  const range = plainRange(spec, packageName);
  if (range === null) return null;
  try {
    const lowest = semver().minVersion(range);
    if (!lowest || lowest.version === '0.0.0') return null;
    return lowest.version;
  } catch (error) {
    rethrowAnalysisError(error);
    return null;
  }
}

/** Does a spec of `packageName` admit a version below `minimum`? Unknown when it is not a plain semver range. */
export function admitsVersionBelow(spec: unknown, minimum: string, packageName: string): Tri {
  const range = plainRange(spec, packageName);
  if (range === null) return 'unknown';
  try {
    return semver().intersects(range, `<${floorOf(minimum)}`, PRERELEASE);
  } catch (error) {
    rethrowAnalysisError(error);
    return 'unknown';
  }
}

/** Answers of rangeWithin, by ranges. */
const subsets = new Map<string, boolean>();

/** Does every version `inner` admits satisfy `outer`? */
export function rangeWithin(inner: string, outer: string): boolean {
  const key = `${inner}\0${outer}`;
  let answer = subsets.get(key);
  if (answer === undefined) {
    answer = semver().subset(inner, outer, PRERELEASE);
    subsets.set(key, answer);
  }
  return answer;
}

/** Answers of rangeAtLeast, by range and threshold: a handful of distinct questions, asked for every widget. */
const comparisons = new Map<string, Tri>();

/**
 * Is every version of a (valid) range at least `threshold` (true), none of them (false),
 * or some (`'unknown'`)? A failing comparison is the analysis failing: an AnalysisError.
 */
export function rangeAtLeast(range: string, threshold: string): Tri {
  const key = `${range}\0${threshold}`;
  let answer = comparisons.get(key);
  if (answer === undefined) {
    answer = compare(range, `>=${floorOf(threshold)}`);
    comparisons.set(key, answer);
  }
  return answer;
}

function compare(range: string, atLeast: string): Tri {
  try {
    if (semver().subset(range, atLeast, PRERELEASE)) return true;
    if (!semver().intersects(range, atLeast, PRERELEASE)) return false;
  } catch (error) {
    // The ranges are valid (checked where they were read): an exception here is the analysis failing, not an answer.
    rethrowAnalysisError(error);
    throw new AnalysisError(`Cannot compare the range ${range} with ${atLeast}`, { cause: error });
  }
  return 'unknown';
}

/** The part of a range (or set: `a || b`) at or above `minimum`, with its lowest version. */
export function rangeFrom(range: string, minimum: string): { range: string; version: string } {
  const narrowed = range
    .split('||')
    .map((part) => `${part.trim()} >=${floorOf(minimum)}`)
    .join(' || ');
  return { range: narrowed, version: semver().minVersion(narrowed)?.version ?? minimum };
}
