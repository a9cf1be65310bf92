/**
 * Several repositories in one run (`audit <repo> <repo>…`, `--repos <file>`): each audited
 * on its own (`--repo-concurrency` of them at once, in this process), then one report with
 * a row per repository in every format. A repository that cannot be audited is a row with
 * its reason, not the end of the run.
 */
import type * as Sarif from 'sarif';
import { PLUGIN_NAME, PLUGIN_VERSION } from '../meta.js';
import { AuditError } from './errors.js';
import { formatMarkdown, formatSarif, formatText, plural, statusText, totals } from './formats.js';
import { formatRollupHtml } from './html.js';
import { exitCodeOf, ROLLUP_SCHEMA_VERSION, type Report, type RepositoryRow, type Rollup } from './report.js';
import { runAudit, type AuditRequest } from './run.js';
import type { Format } from './formats.js';

/** One row from one repository's report (or from why it could not be audited). */
function rowOf(repository: string, report: Report | null, error: string | null): RepositoryRow {
  if (!report) {
    return {
      path: repository,
      exitCode: 2,
      status: 'failed',
      error,
      files: 0,
      findings: 0,
      fixedByFix: 0,
      fixedByMigrate: 0,
      manual: 0,
      notRead: 0,
      packages: [],
      left: [],
      report: null,
    };
  }
  const exitCode = exitCodeOf(report);
  const { fix, migrate, manual } = totals(report);
  return {
    path: repository,
    exitCode,
    status: exitCode === 2 ? 'failed' : exitCode === 1 ? 'findings' : exitCode === 3 ? 'incomplete' : 'clean',
    error: report.fix?.error ?? null,
    files: report.files.linted,
    findings: report.findings.length,
    fixedByFix: fix,
    fixedByMigrate: migrate,
    manual,
    notRead: report.files.notRead.length,
    packages: report.packages.map((pkg) => ({
      path: pkg.path,
      widget: pkg.widget.description,
      authJs: pkg.authJs.description,
      widgets: pkg.widgets.map((widget) => `${widget.path}:${widget.line} ${statusText(widget.status)}`),
    })),
    left: report.plan.filter((step) => step.items.length > 0 || step.adminConsole !== null).map((step) => step.title),
    report,
  };
}

/** Audit each repository (each a folder, relative to `request.cwd`), at most `concurrency` at once. */
export async function runRollup(
  repositories: readonly string[],
  request: Omit<AuditRequest, 'paths'>,
  concurrency: number,
): Promise<Rollup> {
  const rows: RepositoryRow[] = new Array<RepositoryRow>(repositories.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < repositories.length) {
      const index = next++;
      const repository = repositories[index]!;
      request.progress?.(`Repository ${done + 1} of ${repositories.length}: ${repository}…`);
      try {
        // Progress within a repository would interleave: only the count of repositories is shown.
        const report = await runAudit({ ...request, paths: [repository], progress: null });
        rows[index] = rowOf(repository, report, null);
      } catch (error) {
        const reason = error instanceof AuditError ? error.message : `the audit failed: ${(error as Error)?.message ?? String(error)}`;
        rows[index] = rowOf(repository, null, reason.split('\n')[0]!);
      }
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, repositories.length)) }, worker));
  return {
    kind: 'rollup',
    schemaVersion: ROLLUP_SCHEMA_VERSION,
    tool: { name: PLUGIN_NAME, version: PLUGIN_VERSION },
    cwd: request.cwd,
    repositories: rows,
  };
}

function rollupTable(rollup: Rollup): string[][] {
  return [
    ['repository', 'status', 'widget', 'okta-auth-js', 'findings', '--fix', '--fix=migrate', 'people', 'left'],
    ...rollup.repositories.map((repo) => [
      repo.path,
      repo.status,
      repo.packages.map((pkg) => pkg.widget).join('; ') || '—',
      repo.packages.map((pkg) => pkg.authJs).join('; ') || '—',
      String(repo.findings),
      String(repo.fixedByFix),
      String(repo.fixedByMigrate),
      String(repo.manual),
      repo.left.join('; ') || '—',
    ]),
  ];
}

function rollupText(rollup: Rollup): string {
  const rows = rollupTable(rollup);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = [`Okta Identity Engine migration audit: ${plural(rollup.repositories.length, 'repository', 'repositories')}`, ''];
  lines.push(
    ...rows.map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    ),
  );
  for (const repo of rollup.repositories) {
    lines.push('', `== ${repo.path} ==`);
    lines.push(repo.report ? formatText(repo.report).trimEnd() : `Not audited: ${repo.error}`);
  }
  return `${lines.join('\n')}\n`;
}

function rollupMarkdown(rollup: Rollup): string {
  const rows = rollupTable(rollup);
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const lines = [`## Okta Identity Engine migration audit: ${plural(rollup.repositories.length, 'repository', 'repositories')}`, ''];
  lines.push(`| ${rows[0]!.join(' | ')} |`, `| :-- | :-- | :-- | :-- | --: | --: | --: | --: | :-- |`);
  for (const row of rows.slice(1)) lines.push(`| ${row.map(cell).join(' | ')} |`);
  for (const repo of rollup.repositories) {
    lines.push('', `<details><summary>${repo.path}: ${repo.status}</summary>`, '');
    lines.push(
      repo.report
        ? formatMarkdown(repo.report)
            .replace(/^## .*\n/u, '')
            .trimEnd()
        : `Not audited: ${repo.error}`,
    );
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}

/** SARIF with one run per repository (code scanning takes several runs in one log). */
function rollupSarif(rollup: Rollup): string {
  const runs: Sarif.Run[] = rollup.repositories.flatMap((repo) =>
    repo.report ? (JSON.parse(formatSarif(repo.report)) as Sarif.Log).runs : [],
  );
  const log: Sarif.Log = { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function formatRollup(rollup: Rollup, kind: Format): string {
  switch (kind) {
    case 'json':
      return `${JSON.stringify(rollup, null, 2)}\n`;
    case 'markdown':
      return rollupMarkdown(rollup);
    case 'sarif':
      return rollupSarif(rollup);
    case 'html':
      return formatRollupHtml(rollup);
    default:
      return rollupText(rollup);
  }
}
