/**
 * `--changed-since <ref>`: the files a pull request touches. The files changed between the
 * ref and HEAD (`git diff ref...HEAD`, from where they parted) and in the work tree (staged,
 * unstaged, new and not ignored); a package.json counts only when its widget range changed,
 * and then every file of its package does too (their rules read that range). Git is asked
 * once per repository; what git cannot answer stops the audit with its reason. With the
 * project model, the importers of changed modules and the pages that load changed scripts
 * (and the scripts of changed pages) are audited too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { AuditError } from './errors.js';
import { MODULE_DEPTH } from '../analysis/engine/limits.js';
import { moduleSpecifiers, pageScripts, resolveModule } from '../analysis/project/resolve.js';

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
  if (run.error)
    throw new AuditError(
      `--changed-since needs git, and git ` +
        `${(run.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is not installed' : `failed (${run.error.message})`}.`,
    );
  if (run.status !== 0) {
    const said =
      (run.stderr ?? '')
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.replace(/^(?:fatal|error):\s*/u, '')
        .trim() ?? `exit code ${run.status}`;
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
      if (deps && typeof deps === 'object' && typeof (deps as Record<string, unknown>)[WIDGET] === 'string')
        return `${field}:${(deps as Record<string, string>)[WIDGET]}`;
    }
  } catch {
    // not JSON: no range
  }
  return null;
}

/** Files whose imports are read for the expansion: JavaScript and TypeScript modules, and pages. */
const MODULE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/iu;
const PAGE_FILE = /\.(?:html?|hbs|handlebars|mustache|ejs|njk|jsp|erb)$/iu;

/**
 * The changed files plus what depends on them, through the project model
 * (analysis/project): the importers of changed modules (an import, a re-export, a
 * `require()` or `import()` of the app's own code, followed back through re-exports to a
 * fixed point, at most {@link MODULE_DEPTH} rounds), the pages that load a changed script
 * (`<script src>`), and the scripts a changed page loads (they get the page's facts).
 */
function expandChanged(changed: ReadonlySet<string>, candidates: readonly string[]): ReadonlySet<string> {
  const edges = new Map<string, string[]>();
  const read = (file: string): string | null => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  };
  const candidateSet = new Set(candidates);
  for (const file of candidates) {
    const isPage = PAGE_FILE.test(file);
    if (!isPage && !MODULE_FILE.test(file)) continue;
    const text = read(file);
    if (text === null) continue;
    const targets = isPage ? pageScripts(file, text) : moduleSpecifiers(text).flatMap((specifier) => resolveModule(file, specifier) ?? []);
    for (const target of targets) {
      if (!candidateSet.has(target)) continue;
      if (!edges.has(target)) edges.set(target, []);
      edges.get(target)!.push(file);
      // A changed page's scripts get its facts: they are audited again too.
      if (isPage) {
        if (!edges.has(file)) edges.set(file, []);
        edges.get(file)!.push(target);
      }
    }
  }
  const result = new Set(changed);
  let frontier = [...changed];
  for (let round = 0; round <= MODULE_DEPTH && frontier.length > 0; round += 1) {
    const next: string[] = [];
    for (const file of frontier) {
      for (const dependent of edges.get(file) ?? []) {
        if (result.has(dependent)) continue;
        result.add(dependent);
        next.push(dependent);
      }
    }
    frontier = next;
  }
  return result;
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
  const tops = new Set(
    paths.map((each) =>
      git(existsSync(each) && statSync(each).isDirectory() ? each : path.dirname(each), ['rev-parse', '--show-toplevel']).trim(),
    ),
  );
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
