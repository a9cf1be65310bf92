/**
 * package.json files: the dependency sections a package declares, and the version of an
 * installed copy (`node_modules/<package>/package.json`).
 */
import path from 'node:path';
import { semver } from '../../deps.js';
import { isRecord, parseJson, readParsed } from './read.js';

/** The sections that declare what a package runs with. */
export const DEPENDENCY_SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/** A package.json: its JSON object, or `malformed` (not JSON, or not an object). */
export type Manifest = Record<string, unknown> | 'malformed';

function parseManifest(text: string | null): Manifest {
  const json = parseJson(text);
  return isRecord(json) ? json : 'malformed';
}

/** The package.json in a folder; undefined when there is none. */
export function readManifest(directory: string): Manifest | undefined {
  return readParsed(path.join(directory, 'package.json'), parseManifest);
}

/**
 * What a package.json declares for a package: nothing, or its entries in the dependency
 * sections (`own`: the copy this package installs, from `dependencies`,
 * `devDependencies` and `optionalDependencies`; `peer`: the range its hosts may bring).
 * A malformed file may declare anything: `malformed` is then true and both lists are empty.
 */
export function declaredSpecs(
  manifest: Manifest,
  name: string,
): { declared: false } | { declared: true; malformed: boolean; own: unknown[]; peer: unknown[] } {
  if (manifest === 'malformed') return { declared: true, malformed: true, own: [], peer: [] };
  const own: unknown[] = [];
  const peer: unknown[] = [];
  for (const section of DEPENDENCY_SECTIONS) {
    const dependencies = manifest[section];
    if (!isRecord(dependencies) || !Object.hasOwn(dependencies, name)) continue;
    (section === 'peerDependencies' ? peer : own).push(dependencies[name]);
  }
  return own.length + peer.length === 0 ? { declared: false } : { declared: true, malformed: false, own, peer };
}

/** The version of the copy of a package installed in a folder's node_modules, when it is valid semver. */
export function installedVersion(directory: string, name: string): { version: string; file: string } | null {
  const file = path.join(directory, 'node_modules', name, 'package.json');
  const manifest = readParsed(file, parseManifest);
  if (manifest === undefined || manifest === 'malformed' || typeof manifest.version !== 'string') return null;
  const version = semver().valid(manifest.version);
  return version ? { version, file } : null;
}
