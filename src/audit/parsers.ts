/**
 * The parsers TypeScript and Vue files need, which this package does not bring: found in
 * the audited repository (its own installed code, used only when its
 * `peerDependencies.eslint` admits the running ESLint), or beside this package (`npx -p`).
 * Otherwise those files are skipped, and the report prints the command that includes them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

export type ParserName = '@typescript-eslint/parser' | 'vue-eslint-parser';

export interface FoundParser {
  readonly name: ParserName;
  /** The file to load. */
  readonly entry: string;
  readonly version: string;
  /** `repository`: the audited repository's own installed copy; `audit`: installed beside this package. */
  readonly from: 'repository' | 'audit';
}

export interface ParserLookup {
  readonly found: FoundParser | null;
  /** Why a copy was passed over (its ESLint peer range does not admit the running ESLint). */
  readonly rejected: string | null;
}

function manifestOf(entry: string, name: string): { version?: string; peerDependencies?: Record<string, string> } | null {
  for (let dir = path.dirname(entry); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string };
        if (manifest.name === name) return manifest as { version?: string; peerDependencies?: Record<string, string> };
      } catch {
        return null;
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** Look a parser up from `from` (a folder): its entry, if it resolves and admits `eslintVersion`. */
function lookUp(name: ParserName, from: string, where: FoundParser['from'], eslintVersion: string): ParserLookup {
  let entry: string;
  try {
    entry = createRequire(path.join(from, 'noop.js')).resolve(name);
  } catch {
    return { found: null, rejected: null };
  }
  const manifest = manifestOf(entry, name);
  const peer = manifest?.peerDependencies?.eslint;
  const version = manifest?.version ?? 'unknown';
  if (peer && !semver.satisfies(eslintVersion, peer, { includePrerelease: true })) {
    return { found: null, rejected: `${name} ${version} in ${from} supports ESLint ${peer}, not ${eslintVersion}` };
  }
  return { found: { name, entry, version, from: where }, rejected: null };
}

/** The parser to use: the audited repository's (first root that has one), else the one beside this package. */
export function findParser(name: ParserName, roots: readonly string[], eslintVersion: string): ParserLookup {
  let rejected: string | null = null;
  for (const root of roots) {
    const result = lookUp(name, root, 'repository', eslintVersion);
    if (result.found) return result;
    rejected ??= result.rejected;
  }
  const own = lookUp(name, path.dirname(fileURLToPath(import.meta.url)), 'audit', eslintVersion);
  return own.found ? own : { found: null, rejected: rejected ?? own.rejected };
}

/** Can a parser actually load here (the TypeScript parser also needs `typescript`)? */
export function loads(parser: FoundParser): boolean {
  try {
    createRequire(import.meta.url)(parser.entry);
    return true;
  } catch {
    return false;
  }
}
