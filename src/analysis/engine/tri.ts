/**
 * Okta-free: the one three-valued answer of the analysis. `true` and `false` are known on
 * every path (every version, every write, every call); `'unknown'` is a value, not an
 * error: a rule stays silent on it, or says only what holds either way.
 */
export type Tri = boolean | 'unknown';

/** True when any is true; false when all are false; else unknown (Kleene's or). */
export function anyTri(answers: Iterable<Tri>): Tri {
  let result: Tri = false;
  for (const answer of answers) {
    if (answer === true) return true;
    if (answer === 'unknown') result = 'unknown';
  }
  return result;
}
