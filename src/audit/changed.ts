/**
 * `--changed-since <ref>`: the files a pull request touches. The files changed between the
 * ref and HEAD (`git diff ref...HEAD`, from where they parted) and in the work tree (staged,
 * unstaged, new and not ignored); a package.json counts only when its widget range changed,
 * and then every file of its package does too (their rules read that range). Git is asked
 * once per repository; what git cannot answer stops the audit with its reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { AuditError } from './errors.js';

export interface Changed {
  /** Absolute paths of the files to audit. */
  readonly files: ReadonlySet<string>;
  /** The package.json files whose widget range changed. */
  readonly manifests: readonly string[];
}

const WIDGET = '@okta/okta-signin-widget';
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

function git(cwd: string, args: readonly string[]): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new AuditError(`--changed-since needs git, and git ${(run.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is not installed' : `failed (${run.error.message})`}.`);
  if (run.status !== 0) {
    const said = (run.stderr ?? '').split('\n').find((line) => line.trim() !== '')?.replace(/^(?:fatal|error):\s*/u, '').trim() ?? `exit code ${run.status}`;
    throw new AuditError(`--changed-since: git ${args[0]} failed in ${cwd} (${said}).`);
  }
  return run.stdout;
}

/** The widget's range in a package.json text, as written; null when absent or unreadable. */
function widgetRange(text: string | null): string | null {
  if (text === null) return null;
  try {
    const manifest = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<string, unknown>;
    for (const field of DEPENDENCY_FIELDS) {
      const deps = manifest[field];
      if (deps && typeof deps === 'object' && typeof (deps as Record<string, unknown>)[WIDGET] === 'string') return `${field}:${(deps as Record<string, string>)[WIDGET]}`;
    }
  } catch {
    // not JSON: no range
  }
  return null;
}

/**
 * The seam for the project model: the changed files plus what depends on them (importers
 * of changed modules, pages that load changed scripts). There is no project model yet, so
 * today it returns the set as it is.
 */
function expandChanged(changed: ReadonlySet<string>, candidates: readonly string[]): ReadonlySet<string> {
  void candidates;
  return changed;
}

const real = (file: string) => {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};

/** What changed since `ref` among the candidate files (absolute paths) under the audited paths. */
export function changedFiles(ref: string, paths: readonly string[], candidates: readonly string[]): Changed {
  if (ref.startsWith('-')) throw new AuditError(`--changed-since takes a git ref, not "${ref}".`);
  const changed = new Set<string>();
  const manifests: string[] = [];
  const byReal = new Map(candidates.map((file) => [real(file), file]));
  const tops = new Set(paths.map((each) => git(existsSync(each) && statSync(each).isDirectory() ? each : path.dirname(each), ['rev-parse', '--show-toplevel']).trim()));
  for (const top of tops) {
    const listed = [
      git(top, ['diff', '--name-only', '-z', '--no-renames', `${ref}...HEAD`, '--']),
      git(top, ['diff', '--name-only', '-z', '--no-renames', 'HEAD', '--']),
      git(top, ['ls-files', '--others', '--exclude-standard', '-z']),
    ]
      .join('\0')
      .split('\0')
      .filter((each) => each !== '');
    for (const name of new Set(listed)) {
      const file = byReal.get(real(path.join(top, name)));
      if (!file) continue; // not audited (outside the paths, skipped by design, deleted)
      if (path.basename(file) !== 'package.json') {
        changed.add(file);
        continue;
      }
      const before = spawnSync('git', ['show', `${ref}:${name}`], { cwd: top, encoding: 'utf8' });
      let current: string | null;
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        current = null;
      }
      if (widgetRange(before.status === 0 ? before.stdout : null) !== widgetRange(current)) manifests.push(file);
    }
  }
  // A changed widget range changes what every file of that package may do (not those of packages nested in it).
  const packageDirs = candidates.filter((file) => path.basename(file) === 'package.json').map((file) => path.dirname(file));
  const packageOf = (file: string) => packageDirs.filter((dir) => file.startsWith(dir + path.sep)).sort((a, b) => b.length - a.length)[0];
  for (const manifest of manifests) {
    const dir = path.dirname(manifest);
    for (const file of candidates) if (packageOf(file) === dir) changed.add(file);
  }
  return { files: expandChanged(changed, candidates), manifests };
}
