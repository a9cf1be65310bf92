/**
 * Does a package embed the Sign-In Widget? A project-model question about a package (the
 * folder of the nearest package.json), asked of its files, not of one linted file:
 *
 * - its package.json depends on `@okta/okta-signin-widget` in any dependency section,
 *   under its own name or an `npm:` alias of it; or
 * - a page of the package loads the widget's JavaScript from Okta's CDN (the page scan of
 *   `project/pages.ts`, one walk per package, cached).
 *
 * A redirect-only app (okta-auth-js or a framework SDK, no widget) embeds nothing. Read
 * only through the cached readers of `packages/` (one stat a second per file); each
 * package.json's answer is kept with the parsed file, so an edit of it is seen.
 */
import path from 'node:path';
import type { Tri } from '../engine/tri.js';
import { npmAlias } from '../engine/version-sets.js';
import { WIDGET_PACKAGE } from '../okta/widget.js';
import { DEPENDENCY_SECTIONS, readManifest, type Manifest } from '../packages/manifest.js';
import { isRecord } from '../packages/read.js';
import { pageLoadsWidget } from './pages.js';

/** The folder of the nearest package.json at or above `directory`, or null when there is none. */
export function packageDirectoryOf(directory: string): string | null {
  for (let current = path.resolve(directory); ;) {
    if (readManifest(current) !== undefined) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Each parsed package.json's answer (a new parse, after an edit, asks again). */
const declaresByManifest = new WeakMap<object, boolean>();

/** Does a package.json depend on the widget (any section, its name or an `npm:` alias of it)? */
function declaresWidget(manifest: Record<string, unknown>): boolean {
  let answer = declaresByManifest.get(manifest);
  if (answer === undefined) {
    answer = DEPENDENCY_SECTIONS.some((section) => {
      const dependencies = manifest[section];
      if (!isRecord(dependencies)) return false;
      return Object.entries(dependencies).some(([name, spec]) => name === WIDGET_PACKAGE || npmAlias(spec)?.name === WIDGET_PACKAGE);
    });
    declaresByManifest.set(manifest, answer);
  }
  return answer;
}

/**
 * Does the package.json in `packageDirectory` depend on the widget? `'unknown'` when it
 * is not JSON (it may declare anything); false when there is none.
 */
export function dependsOnWidget(packageDirectory: string): Tri {
  const manifest: Manifest | undefined = readManifest(packageDirectory);
  if (manifest === undefined) return false;
  if (manifest === 'malformed') return 'unknown';
  return declaresWidget(manifest);
}

/**
 * Does the package in `packageDirectory` embed the widget: its package.json depends on it,
 * or one of its pages loads it from Okta's CDN?
 */
export function embedsWidget(packageDirectory: string): Tri {
  const declared = dependsOnWidget(packageDirectory);
  if (declared === true) return true;
  const pages = pageLoadsWidget(packageDirectory);
  if (pages === true) return true;
  return declared === 'unknown' || pages === 'unknown' ? 'unknown' : false;
}
