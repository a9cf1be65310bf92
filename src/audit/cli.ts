/**
 * `eslint-plugin-okta-oie audit [paths…]`: the command line. Exit codes: 0 nothing found
 * and every file that may hold Okta code was read; 1 findings (after `--fix`: findings
 * left); 3 nothing found, but a file was not read (no parser, a parse error, unreadable)
 * or no file matched; 2 the audit could not run, or `--fix` failed part way (with a
 * one-line reason). 1 wins over 3. Files skipped by design (minified, binary, dependency
 * and build folders) are listed and do not change the exit code.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PLUGIN_NAME, PLUGIN_VERSION } from '../meta.js';
import { format, FORMATS, type Format } from './formats.js';
import { exitCodeOf, rollupExitCode } from './report.js';
import { formatRollup, runRollup } from './rollup.js';
import { AuditError, runAudit, type AuditRequest } from './run.js';

const USAGE = `Usage: ${PLUGIN_NAME} audit [paths…] [options]
       ${PLUGIN_NAME} audit <repository> <repository>… | --repos <file> [options]

Audits JavaScript, TypeScript, Vue, HTML sign-in templates and package.json files for
Okta Classic Engine patterns, with the plugin's recommended rules and nothing of the
repository's own ESLint set-up. Writes nothing unless --fix is given.

Options:
  --format <text|json|markdown|sarif|html>
                                       Output format (default: text)
  --output <file>                      Write the report to a file instead of stdout (never an audited file)
  --include <glob>                     Audit only matching files (repeatable)
  --exclude <glob>                     Skip matching files (repeatable)
  --fix                                Apply the recommended config's safe edits
  --fix=migrate                        Apply the migrate config's edits (they switch engines)
  --dry-run                            With --fix or --fix=migrate: show the diff of every edit
                                       (package.json bumps too) and write nothing
  --changed-since <ref>                Audit only the files changed since a git ref (and the
                                       packages whose widget range changed), for pull requests
  --repos <file>                       Audit each repository listed (one folder a line) into one
                                       report; so do two or more folders that each hold .git
  --repo-concurrency <n>               Repositories audited at once (default: 1)
  --allow-dirty                        Let --fix run with uncommitted changes, or where git
                                       cannot tell (not a repository, no git)
  --concurrency <n|auto|off>           Worker threads (ESLint 9.34 and later; default: auto)
  --quiet                              No progress on stderr
  --help, --version

Exit codes:
  0  nothing found, and every file that may hold Okta code was read
  1  findings (after --fix: findings left)
  3  nothing found, but files were not read (no parser, parse errors, unreadable)
     or no file matched; the report lists them
  2  the audit could not run, or --fix failed part way (the report lists what changed)
Files skipped by design (minified, binary, dependency and build folders) are listed
and do not change the exit code.
`;

interface Io {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
}

/** A folder at the top of a git work tree (it holds `.git`, a folder or a worktree's file). */
function isRepository(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && existsSync(path.join(dir, '.git'));
  } catch {
    return false;
  }
}

/** Run the command; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    io.stdout(`${PLUGIN_VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'audit') {
    io.stderr(`${PLUGIN_NAME}: unknown command "${command}". Run \`${PLUGIN_NAME} --help\`.\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest.map((arg) => (arg === '--fix=migrate' ? '--fix-migrate' : arg)),
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        include: { type: 'string', multiple: true, default: [] },
        exclude: { type: 'string', multiple: true, default: [] },
        fix: { type: 'boolean', default: false },
        'fix-migrate': { type: 'boolean', default: false },
        'allow-dirty': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'changed-since': { type: 'string' },
        repos: { type: 'string' },
        'repo-concurrency': { type: 'string', default: '1' },
        concurrency: { type: 'string', default: 'auto' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr(`${PLUGIN_NAME}: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (!FORMATS.includes(values.format as Format)) {
    io.stderr(`${PLUGIN_NAME}: unknown format "${values.format}" (${FORMATS.join(', ')}).\n`);
    return 2;
  }
  const concurrency = values.concurrency === 'auto' || values.concurrency === 'off' ? values.concurrency : Number(values.concurrency);
  if (typeof concurrency === 'number' && !(Number.isInteger(concurrency) && concurrency > 0)) {
    io.stderr(`${PLUGIN_NAME}: --concurrency takes a positive number, "auto" or "off".\n`);
    return 2;
  }
  const repoConcurrency = Number(values['repo-concurrency']);
  if (!(Number.isInteger(repoConcurrency) && repoConcurrency > 0)) {
    io.stderr(`${PLUGIN_NAME}: --repo-concurrency takes a positive number.\n`);
    return 2;
  }
  // Progress only on a terminal, and not with --quiet; then nothing is batched for it either.
  const progress = io.isTTY && !values.quiet ? (text: string) => io.stderr(`\r\x1b[K${text}`) : null;
  const fix: AuditRequest['fix'] = values['fix-migrate'] ? 'migrate' : values.fix ? 'recommended' : false;
  let repositories: string[] | null = null;
  if (values.repos !== undefined) {
    try {
      repositories = [
        ...positionals,
        ...readFileSync(path.resolve(io.cwd, values.repos), 'utf8')
          .split(/\r?\n/u)
          .map((line) => line.trim())
          .filter((line) => line !== '' && !line.startsWith('#')),
      ];
    } catch (error) {
      io.stderr(
        `${PLUGIN_NAME}: --repos ${values.repos} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`,
      );
      return 2;
    }
  } else if (positionals.length > 1 && positionals.every((each) => isRepository(path.resolve(io.cwd, each)))) {
    repositories = positionals;
  }
  if (repositories !== null && fix) {
    io.stderr(`${PLUGIN_NAME}: --fix works on one repository at a time; the rollup shows what --fix and --fix=migrate would do.\n`);
    return 2;
  }
  try {
    const base: Omit<AuditRequest, 'paths'> = {
      cwd: io.cwd,
      include: values.include,
      exclude: values.exclude,
      fix,
      dryRun: values['dry-run'],
      changedSince: values['changed-since'],
      allowDirty: values['allow-dirty'],
      output: values.output,
      concurrency,
      progress,
      quiet: values.quiet,
    };
    let text: string;
    let code: number;
    let fixError: string | null = null;
    if (repositories !== null) {
      const rollup = await runRollup(repositories, base, repoConcurrency);
      text = formatRollup(rollup, values.format as Format);
      code = rollupExitCode(rollup);
    } else {
      const report = await runAudit({ ...base, paths: positionals.length > 0 ? positionals : ['.'] });
      text = format(report, values.format as Format);
      code = exitCodeOf(report);
      fixError = report.fix?.error ?? null;
    }
    progress?.('');
    if (values.output) {
      try {
        writeFileSync(path.resolve(io.cwd, values.output), text);
      } catch (error) {
        // Checked before the audit ran; if it still fails, the report goes to stdout rather than nowhere.
        io.stdout(text);
        io.stderr(
          `${PLUGIN_NAME}: --output ${values.output} could not be written ` +
            `(${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`,
        );
        code = 2;
      }
    } else {
      io.stdout(text);
    }
    if (fixError) io.stderr(`${PLUGIN_NAME}: --fix stopped part way: ${fixError}\n`);
    return code;
  } catch (error) {
    progress?.('');
    const reason = error instanceof AuditError ? error.message : `the audit failed: ${(error as Error)?.message ?? String(error)}`;
    io.stderr(`${PLUGIN_NAME}: ${reason.split('\n')[0]}\n`);
    return 2;
  }
}
