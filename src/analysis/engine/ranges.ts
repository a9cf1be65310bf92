/**
 * Semver range surgery for dependency specs, written the way their authors write them.
 * Okta-free.
 */
import { rethrowAnalysisError, semver } from '../../deps.js';

/**
 * One comparator the way people write it: an operator (`^`, `~`, `=`, `>=`) with a
 * version, full or partial (`^4`, `~4.3`), or a bare full version (`4.3.2`).
 */
const SINGLE = /^(\^|~|=|>=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?$/;

/** The range as one comparator with its operator, or null when it is anything else. */
function singleComparator(range: string): { operator: string } | null {
  const match = SINGLE.exec(range);
  if (!match) return null;
  const operator = match[1] ?? '';
  // A bare partial (`4`, `4.3`) is an x-range, not a single version.
  if (operator === '' && match[4] === undefined) return null;
  return { operator };
}

function admits(range: string, comparator: string): boolean {
  try {
    return semver().intersects(range, comparator);
  } catch (error) {
    rethrowAnalysisError(error);
    return false;
  }
}

function satisfies(version: string, range: string): boolean {
  try {
    return semver().satisfies(version, range);
  } catch (error) {
    rethrowAnalysisError(error);
    return false;
  }
}

/** One `||` part that admits versions on both sides of the minimum, raised to `target`. */
function raisePart(part: string, target: string): string | null {
  const single = singleComparator(part);
  if (single) return `${single.operator}${target}`;
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(part);
  let raised: string;
  if (hyphen) raised = `${target} - ${hyphen[2]}`;
  else if (/^v?\d+(?:\.(?:\d+|[xX*]))?(?:\.[xX*])?$/.test(part)) raised = `^${target}`;
  else {
    // Comparators: replace the lower bounds with `>=target`, keep the upper ones.
    const comparators = part.replace(/([<>]=?|=)\s+/g, '$1').split(/\s+/);
    raised = [`>=${target}`, ...comparators.filter((comparator) => !comparator.startsWith('>'))].join(' ');
  }
  return satisfies(target, raised) ? raised : null;
}

/**
 * A range raised so that it admits nothing below `minimum`, moving what it must to
 * `target` (at least `minimum`): a single comparator keeps its operator (`^4.3.2` →
 * `^5.2.0`, `4.3.2` → `5.2.0`, `~5.1.0` → `~5.2.0`, `>=4` → `>=5.2.0`); in other ranges
 * each `||` part wholly below the minimum goes, a part on both sides gets `target` as
 * its lower bound, a part above stays (`^4.0.0 || ^7.0.0` → `^7.0.0`, `>=4 <8` →
 * `>=5.2.0 <8`); when nothing is left, `^target`. `single` says which kind it was.
 */
export function raiseRange(range: string, minimum: string, target: string): { range: string; single: boolean } {
  const trimmed = range.trim();
  const single = singleComparator(trimmed);
  if (single) return { range: `${single.operator}${target}`, single: true };
  const kept: string[] = [];
  for (const part of trimmed.split('||').map((each) => each.trim())) {
    if (!admits(part, `>=${minimum}`)) continue;
    const raised = admits(part, `<${minimum}`) ? raisePart(part, target) : part;
    if (raised !== null && !kept.includes(raised)) kept.push(raised);
  }
  return { range: kept.length > 0 ? kept.join(' || ') : `^${target}`, single: false };
}
