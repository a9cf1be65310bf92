/**
 * Does the package a file belongs to depend on Okta? The nearest package.json above the
 * file (the first folder up that has one) names an Okta app package (okta/values.ts
 * OKTA_APP_PACKAGES) in any dependency section, as its key or as the package an `npm:`
 * alias installs. A malformed package.json says nothing: false (unknown is silent), and
 * the walk stops there, as the version walk does. Read through the cached reader
 * (read.ts); the answer per package.json object is memoized.
 */
import path from 'node:path';
import { npmAlias } from '../engine/version-sets.js';
import { OKTA_APP_PACKAGES, OKTA_PACKAGE_SCOPE } from '../okta/values.js';
import { derivedCache, isRecord } from './read.js';
import { DEPENDENCY_SECTIONS, readManifest, type Manifest } from './manifest.js';

const OKTA: ReadonlySet<string> = new Set(OKTA_APP_PACKAGES);

const byManifest = new WeakMap<object, boolean>();

function namesOkta(manifest: Manifest): boolean {
  if (manifest === 'malformed') return false;
  const known = byManifest.get(manifest);
  if (known !== undefined) return known;
  // Okta's own packages (`@okta/okta-signin-widget` depends on okta-auth-js) implement the
  // Classic calls: they are the library, not an app to migrate.
  if (typeof manifest.name === 'string' && manifest.name.startsWith(OKTA_PACKAGE_SCOPE)) {
    byManifest.set(manifest, false);
    return false;
  }
  let found = false;
  for (const section of DEPENDENCY_SECTIONS) {
    const dependencies = manifest[section];
    if (!isRecord(dependencies)) continue;
    for (const [name, spec] of Object.entries(dependencies)) {
      const alias = npmAlias(spec)?.name;
      if (OKTA.has(name) || (alias != null && OKTA.has(alias))) found = true;
    }
    if (found) break;
  }
  byManifest.set(manifest, found);
  return found;
}

/** Does the nearest package.json above this (absolute) file depend on an Okta package? False for a relative path or no package.json. */
export function packageDependsOnOkta(file: string): boolean {
  if (!path.isAbsolute(file)) return false;
  const folder = path.dirname(file);
  return byFolder(folder, () => folderDependsOnOkta(folder));
}

/** Each folder's answer (every file of a folder asks). */
const byFolder = derivedCache<boolean>();

function folderDependsOnOkta(folder: string): boolean {
  for (let directory = folder; ;) {
    const manifest = readManifest(directory);
    if (manifest !== undefined) return namesOkta(manifest);
    const parent = path.dirname(directory);
    if (parent === directory) return false;
    directory = parent;
  }
}
