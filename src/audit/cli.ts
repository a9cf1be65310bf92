/**
 * `eslint-plugin-okta-oie audit [paths…]`: the command line. Exit codes: 0 nothing found,
 * 1 findings, 2 the audit could not run (with a one-line reason). Files that do not parse
 * are listed and never change the exit code.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PLUGIN_NAME, PLUGIN_VERSION } from '../meta.js';
import { format, FORMATS, type Format } from './formats.js';
import { AuditError, runAudit } from './run.js';

const USAGE = `Usage: ${PLUGIN_NAME} audit [paths…] [options]

Audits JavaScript, TypeScript, Vue, HTML sign-in templates and package.json files for
Okta Classic Engine patterns, with the plugin's recommended rules and nothing of the
repository's own ESLint set-up. Writes nothing unless --fix is given.

Options:
  --format <text|json|markdown|sarif>  Output format (default: text)
  --output <file>                      Write the report to a file instead of stdout
  --include <glob>                     Audit only matching files (repeatable)
  --exclude <glob>                     Skip matching files (repeatable)
  --fix                                Apply the recommended config's safe edits
  --fix=migrate                        Apply the migrate config's edits (they switch engines)
  --allow-dirty                        Let --fix run with uncommitted changes
  --concurrency <n|auto|off>           Worker threads (ESLint 9.34 and later; default: auto)
  --quiet                              No progress on stderr
  --help, --version

Exit codes: 0 nothing found, 1 findings, 2 the audit could not run.
`;

interface Io {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
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
  const progress = (text: string) => {
    if (io.isTTY && !values.quiet) io.stderr(`\r\x1b[K${text}`);
  };
  try {
    const report = await runAudit({
      cwd: io.cwd,
      paths: positionals.length > 0 ? positionals : ['.'],
      include: values.include,
      exclude: values.exclude,
      fix: values['fix-migrate'] ? 'migrate' : values.fix ? 'recommended' : false,
      allowDirty: values['allow-dirty'],
      concurrency,
      progress,
    });
    progress('');
    const text = format(report, values.format as Format);
    if (values.output) writeFileSync(path.resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return report.findings.length > 0 ? 1 : 0;
  } catch (error) {
    progress('');
    const reason = error instanceof AuditError ? error.message : `the audit failed: ${(error as Error)?.message ?? String(error)}`;
    io.stderr(`${PLUGIN_NAME}: ${reason.split('\n')[0]}\n`);
    return 2;
  }
}
