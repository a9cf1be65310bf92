/**
 * The report as text (the default summary), Markdown (a PR comment or wiki page), JSON
 * (the report itself, schema version 2) and SARIF 2.1.0 (GitHub code scanning). Each says
 * how many files were not read and why.
 */
import type * as Sarif from 'sarif';
import { rules } from '../rules/index.js';
import { NAMESPACE, REPOSITORY_URL } from '../meta.js';
import type { EngineStatus } from './facts.js';
import { formatHtml } from './html.js';
import type { NotReadReason, PackageSummary, Report } from './report.js';

export type Format = 'text' | 'json' | 'markdown' | 'sarif' | 'html';
export const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'sarif', 'html'];

const STATUS: Record<EngineStatus, string> = {
  'runs-oie': 'runs OIE',
  'needs-flow': 'needs `useInteractionCodeFlow`',
  classic: 'Classic',
  hosted: 'Okta-hosted page (Okta picks the engine)',
  unknown: 'unknown',
};

export const statusText = (status: string): string => STATUS[status as EngineStatus] ?? status;
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function versions(pkg: PackageSummary): string {
  const cdn = pkg.cdn.length > 0 ? `; CDN pages load ${pkg.cdn.join(', ')}` : '';
  return `widget ${pkg.widget.description}; okta-auth-js ${pkg.authJs.description}${cdn}`;
}

export function totals(report: Report) {
  const fix = report.findings.filter((f) => f.fix === 'recommended').length;
  const migrate = report.findings.filter((f) => f.fix !== 'none').length;
  return { fix, migrate, manual: report.findings.length - migrate };
}

function topFiles(report: Report, count = 10): [string, number][] {
  const byFile = new Map<string, number>();
  for (const finding of report.findings) byFile.set(finding.path, (byFile.get(finding.path) ?? 0) + 1);
  return [...byFile.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count);
}

const NOT_READ: Record<NotReadReason, (count: number) => string> = {
  'needs-parser': (count) => `${count} need${count === 1 ? 's' : ''} a parser`,
  'parse-error': (count) => `${count} ${count === 1 ? 'does' : 'do'} not parse`,
  unreadable: (count) => `${count} unreadable`,
};

/** `3 files not read (2 need a parser, 1 does not parse)`, or null when every file was read. */
function notReadSummary(report: Report): string | null {
  const list = report.files.notRead;
  if (list.length === 0) return null;
  const counts = new Map<NotReadReason, number>();
  for (const each of list) counts.set(each.reason, (counts.get(each.reason) ?? 0) + 1);
  return `${plural(list.length, 'file')} not read (${[...counts.entries()].map(([reason, count]) => NOT_READ[reason](count)).join(', ')})`;
}

/** What the audit says when nothing was found: clean only when every file was read. */
function cleanLine(report: Report): string {
  if (report.files.matched === 0) return 'No files to audit: nothing matched, so nothing was read (exit code 3).';
  const unread = notReadSummary(report);
  return unread
    ? `No Classic Engine patterns found in the files read, but the audit is incomplete: ${unread} (exit code 3).`
    : 'No Classic Engine patterns found.';
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function formatText(report: Report): string {
  const { fix, migrate, manual } = totals(report);
  const lines: string[] = [];
  lines.push(
    `Okta Identity Engine migration audit: ${report.tool.name} ${report.tool.version}, ` +
      `ESLint ${report.tool.eslint} (concurrency ${report.tool.concurrency})`,
  );
  lines.push(
    `${plural(report.files.linted, 'file')} audited in ${plural(report.packages.length, 'package')}; ` +
      `${report.files.notRead.length} not read, ${report.files.skipped.length} skipped by design.`,
  );
  lines.push('');
  if (report.findings.length === 0) {
    lines.push(cleanLine(report));
  } else {
    const suppressed = report.suppressed > 0 ? ` ${report.suppressed} suppressed by comments.` : '';
    lines.push(
      `${plural(report.findings.length, 'finding')}${report.fix ? ' left' : ''}: ${fix} fixed by \`--fix\`, ` +
        `${migrate} by \`--fix=migrate\`, ${manual} left for people.${suppressed}`,
    );
    lines.push('');
    lines.push('By rule:');
    const rows = [
      ['  rule', 'findings', '--fix', '--fix=migrate', 'people'],
      ...report.rules.map((r) => [`  ${r.rule}`, String(r.findings), String(r.fixedByFix), String(r.fixedByMigrate), String(r.manual)]),
    ];
    lines.push(...table(rows));
  }
  lines.push('');
  lines.push('By package:');
  for (const pkg of report.packages) {
    lines.push(`  ${pkg.path}${pkg.name ? ` (${pkg.name})` : ''}: ${plural(pkg.findings, 'finding')} in ${plural(pkg.files, 'file')}`);
    lines.push(`    ${versions(pkg)}`);
    for (const widget of pkg.widgets) lines.push(`    widget at ${widget.path}:${widget.line}: ${statusText(widget.status)}`);
  }
  const top = topFiles(report);
  if (top.length > 0) {
    lines.push('');
    lines.push('Top files:');
    lines.push(...table(top.map(([file, count]) => [`  ${file}`, String(count)])));
  }
  lines.push(...notes(report));
  lines.push(...fixLines(report));
  lines.push(...planText(report));
  if (report.fix?.dryRun && report.fix.changed.length > 0)
    lines.push(
      '',
      `The diff (${report.fix.level === 'migrate' ? '--fix=migrate' : '--fix'} --dry-run; nothing was written):`,
      '',
      diffOf(report).trimEnd(),
    );
  return `${lines.join('\n')}\n`;
}

/** Every edit of the fix as one unified diff (`git apply` takes it). */
function diffOf(report: Report): string {
  return (report.fix?.changed ?? []).map((each) => each.diff).join('');
}

function planText(report: Report): string[] {
  if (report.plan.length === 0) return [];
  const lines = ['', 'Plan (what is left, in migration order):'];
  for (const [index, step] of report.plan.entries()) {
    lines.push(`  ${index + 1}. ${step.title}`);
    if (step.adminConsole) lines.push(`     [ ] Admin Console: ${step.adminConsole}`);
    for (const item of step.items)
      lines.push(`     [ ] ${item.rule}: ${item.description} (${item.docs})`, `         ${item.locations.join(', ')}`);
  }
  return lines;
}

/** The plan as a Markdown checklist (for an issue or a pull request). */
function planMarkdown(report: Report): string[] {
  if (report.plan.length === 0) return [];
  const lines = ['', '### Plan', '', 'What is left for people, in the order a migration goes:'];
  for (const [index, step] of report.plan.entries()) {
    lines.push('', `#### ${index + 1}. ${step.title}`, '');
    if (step.adminConsole) lines.push(`- [ ] **Admin Console:** ${step.adminConsole}`);
    for (const item of step.items) {
      lines.push(`- [ ] [\`${item.rule}\`](${item.docs}): ${item.description}`);
      lines.push(`  ${item.locations.map((each) => `\`${each}\``).join(', ')}`);
    }
  }
  return lines;
}

function fixLines(report: Report): string[] {
  const fix = report.fix;
  if (!fix) return [];
  const flag = fix.level === 'migrate' ? '--fix=migrate' : '--fix';
  const lines = fix.dryRun
    ? [
        '',
        fix.changed.length === 0
          ? `Dry run (${flag}): nothing would change.`
          : `Would fix (${flag} --dry-run, ${plural(fix.rounds, 'round')}; nothing written; the findings above are what would be left):`,
      ]
    : [
        '',
        fix.changed.length === 0
          ? `Fixed (${flag}): nothing changed.`
          : `Fixed (${flag}, ${plural(fix.rounds, 'round')}; the findings above are what is left):`,
      ];
  for (const each of fix.changed) lines.push(`  ${each.path}: ${plural(each.fixes, 'edit')}`);
  if (fix.notFixed.length > 0) {
    lines.push('Not fixed:');
    for (const each of fix.notFixed) lines.push(`  ${each.path}: ${each.reason}`);
  }
  if (fix.error) lines.push(`Fixing stopped: ${fix.error}`);
  else if (!fix.converged) lines.push(`Fixing stopped after ${plural(fix.rounds, 'round')} with edits left: run it again.`);
  return lines;
}

function notes(report: Report): string[] {
  const lines: string[] = [];
  if (report.changed) {
    const manifests = report.changed.manifests.length > 0 ? `; the widget range changed in ${report.changed.manifests.join(', ')}` : '';
    lines.push(`Changed since ${report.changed.since}: ${plural(report.changed.files, 'file')} audited${manifests}.`);
  }
  for (const parser of report.parsers) if (parser.note) lines.push(`Note: ${parser.note}.`);
  const unread = notReadSummary(report);
  if (unread) {
    lines.push(`Not audited: ${unread}; a clean result needs them read:`);
    for (const each of report.files.notRead) lines.push(`  ${each.path}${each.line !== null ? `:${each.line}` : ''}: ${each.message}`);
  }
  const reasons = new Map<string, number>();
  for (const each of report.files.skipped) reasons.set(each.reason, (reasons.get(each.reason) ?? 0) + 1);
  if (reasons.size > 0)
    lines.push(`Skipped by design: ${[...reasons.entries()].map(([reason, count]) => `${count} ${reason}`).join(', ')}.`);
  if (report.suppressions.length > 0) {
    lines.push('Suppressed by comments (our rules still count them; the audit ignores inline rule settings):');
    for (const each of report.suppressions) lines.push(`  ${each.path}: ${plural(each.findings, 'finding')} (${each.by.join(', ')})`);
  }
  if (report.includeSkippedCommand)
    lines.push(`To audit the TypeScript and Vue files too, without touching the repository:\n  ${report.includeSkippedCommand}`);
  return lines.length > 0 ? ['', ...lines] : [];
}

export function formatMarkdown(report: Report): string {
  const { fix, migrate, manual } = totals(report);
  const lines: string[] = ['## Okta Identity Engine migration audit', ''];
  lines.push(
    `${report.tool.name} ${report.tool.version} on ESLint ${report.tool.eslint}: ` +
      `${plural(report.files.linted, 'file')} in ${plural(report.packages.length, 'package')}; ` +
      `${report.files.notRead.length} not read, ${report.files.skipped.length} skipped by design.`,
  );
  lines.push('');
  if (report.findings.length === 0) {
    lines.push(cleanLine(report));
  } else {
    lines.push(
      `**${plural(report.findings.length, 'finding')}${report.fix ? ' left' : ''}**: ` +
        `${fix} fixed by \`--fix\`, ${migrate} by \`--fix=migrate\`, ${manual} left for people.`,
    );
    lines.push('', '| Rule | Findings | `--fix` | `--fix=migrate` | People |', '| :-- | --: | --: | --: | --: |');
    for (const r of report.rules) {
      const id = r.rule.slice(NAMESPACE.length + 1);
      const docs = id in rules ? `[\`${r.rule}\`](${rules[id as keyof typeof rules].meta.docs.url})` : `\`${r.rule}\``;
      lines.push(`| ${docs} | ${r.findings} | ${r.fixedByFix} | ${r.fixedByMigrate} | ${r.manual} |`);
    }
  }
  lines.push('', '### Packages', '', '| Package | Widget | okta-auth-js | Widgets | Findings |', '| :-- | :-- | :-- | :-- | --: |');
  for (const pkg of report.packages) {
    const widgets = pkg.widgets.map((w) => `${w.path}:${w.line} ${statusText(w.status)}`).join('<br>') || '—';
    const cdn = pkg.cdn.length > 0 ? ` (CDN: ${pkg.cdn.join(', ')})` : '';
    lines.push(
      `| \`${pkg.path}\`${pkg.name ? ` ${pkg.name}` : ''} | ${pkg.widget.description}${cdn} | ` +
        `${pkg.authJs.description} | ${widgets} | ${pkg.findings} |`,
    );
  }
  const top = topFiles(report);
  if (top.length > 0) {
    lines.push(
      '',
      '### Top files',
      '',
      '| File | Findings |',
      '| :-- | --: |',
      ...top.map(([file, count]) => `| \`${file}\` | ${count} |`),
    );
  }
  const extra = [...notes(report), ...fixLines(report)].filter((line) => line !== '');
  if (extra.length > 0) lines.push('', ...extra.map((line) => (line.startsWith('  ') ? `    ${line.trim()}` : line)));
  if (report.fix?.dryRun && report.fix.changed.length > 0) {
    const diff = diffOf(report).trimEnd();
    // A fence longer than any run of backticks in the diff.
    const fence = '`'.repeat(Math.max(3, ...[...diff.matchAll(/`+/gu)].map((run) => run[0].length + 1)));
    lines.push('', `${fence}diff`, diff, fence);
  }
  lines.push(...planMarkdown(report));
  return `${lines.join('\n')}\n`;
}

function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The files not read (one summary, then one per file: a region only where the parser gave a line) and what --fix could not do. */
function notifications(report: Report): Sarif.Notification[] {
  const unread = notReadSummary(report);
  const list: Sarif.Notification[] = [];
  if (report.files.matched === 0)
    list.push({ level: 'error', message: { text: 'No files to audit: nothing matched, so nothing was read.' } });
  if (unread) list.push({ level: 'error', message: { text: `Not audited: ${unread}.` } });
  for (const each of report.files.notRead) {
    const line = each.line !== null && Number.isInteger(each.line) && each.line >= 1 ? each.line : null;
    list.push({
      level: 'error',
      message: { text: `Not audited (${each.reason}): ${each.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(each.path), uriBaseId: '%SRCROOT%' },
            ...(line !== null ? { region: { startLine: line } } : {}),
          },
        },
      ],
    });
  }
  for (const each of report.fix?.notFixed ?? []) {
    list.push({
      level: 'warning',
      message: { text: `Not fixed: ${each.reason}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(each.path), uriBaseId: '%SRCROOT%' } } }],
    });
  }
  if (report.fix?.error) list.push({ level: 'error', message: { text: `Fixing stopped: ${report.fix.error}` } });
  return list;
}

const positive = (value: number | null): value is number => value !== null && Number.isInteger(value) && value >= 1;

export function formatSarif(report: Report): string {
  const ruleIds = [...new Set(report.findings.map((finding) => finding.rule))].sort();
  const descriptors: Sarif.ReportingDescriptor[] = ruleIds.map((id) => {
    const rule = rules[id.slice(NAMESPACE.length + 1) as keyof typeof rules];
    return {
      id,
      shortDescription: { text: rule?.meta.docs.description ?? id },
      ...(rule ? { helpUri: rule.meta.docs.url } : {}),
      defaultConfiguration: { level: rule?.meta.docs.recommended === 'warn' ? 'warning' : 'error' },
    };
  });
  const results: Sarif.Result[] = report.findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIds.indexOf(finding.rule),
    level: finding.severity === 'error' ? 'error' : 'warning',
    message: { text: finding.note === undefined ? finding.message : `${finding.message} ${finding.note}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: positive(finding.line) ? finding.line : 1,
            ...(positive(finding.column) ? { startColumn: finding.column } : {}),
            ...(positive(finding.endLine) && finding.endLine >= (positive(finding.line) ? finding.line : 1)
              ? { endLine: finding.endLine }
              : {}),
            ...(positive(finding.endColumn) && positive(finding.endLine) ? { endColumn: finding.endColumn } : {}),
          },
        },
      },
    ],
  }));
  const log: Sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, informationUri: REPOSITORY_URL, rules: descriptors } },
        originalUriBaseIds: { '%SRCROOT%': { uri: new URL(`file://${report.cwd.endsWith('/') ? report.cwd : `${report.cwd}/`}`).href } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: notifications(report),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function format(report: Report, kind: Format): string {
  switch (kind) {
    case 'json':
      return formatJson(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'sarif':
      return formatSarif(report);
    case 'html':
      return formatHtml(report);
    default:
      return formatText(report);
  }
}
