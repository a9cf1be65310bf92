/**
 * package.json files: the dependency sections a package declares, and the version of an
 * installed copy (`node_modules/<package>/package.json`).
 */
import path from 'node:path';
import { semver } from '../../deps.js';
import { isRecord, parseJson, readParsed } from './read.js';

/** The sections that declare what a package runs with. */
export const DEPENDENCY_SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

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
 * What a package.json declares for a package: nothing, or the spec of its first entry
 * in the dependency sections. A malformed file may declare anything: `spec` is then
 * undefined.
 */
export function declaredSpec(manifest: Manifest, name: string): { declared: false } | { declared: true; spec: unknown } {
  if (manifest === 'malformed') return { declared: true, spec: undefined };
  for (const section of DEPENDENCY_SECTIONS) {
    const dependencies = manifest[section];
    if (isRecord(dependencies) && Object.hasOwn(dependencies, name)) return { declared: true, spec: dependencies[name] };
  }
  return { declared: false };
}

/** The version of the copy of a package installed in a folder's node_modules, when it is valid semver. */
export function installedVersion(directory: string, name: string): { version: string; file: string } | null {
  const file = path.join(directory, 'node_modules', name, 'package.json');
  const manifest = readParsed(file, parseManifest);
  if (manifest === undefined || manifest === 'malformed' || typeof manifest.version !== 'string') return null;
  const version = semver().valid(manifest.version);
  return version ? { version, file } : null;
}
