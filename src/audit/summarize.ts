/**
 * The counts of an audit, from what each file's lint said: pure (no files, no ESLint), so
 * the report's numbers are tested on their own (tests/audit/summarize.test.ts).
 */
import type { SuppressedBy } from './directives.js';
import type { Finding, NotRead, RuleSummary, Suppression, WidgetSummary } from './report.js';

/** What one lint of one file says, once our facts are read and the file's `eslint-disable` comments applied. */
export interface FileOutcome {
  readonly findings: Finding[];
  /** The edits of its unsuppressed findings (our rules only), in the file's text without a BOM. */
  readonly edits: { readonly range: readonly [number, number]; readonly text: string }[];
  suppressed: number;
  readonly suppressedBy: Set<SuppressedBy>;
  readonly widgets: WidgetSummary[];
  notRead: NotRead | null;
  /**
   * Edits of another file (absolute `target`) that `--fix=migrate` makes for findings of
   * this one: options imported from a module that nothing else reads (facts.ts HomeEditFact).
   */
  readonly homeEdits?: { readonly target: string; readonly range: readonly [number, number]; readonly text: string }[];
}

/** One linted file: its absolute path, its path for the report, the folder of its package, what its lint said. */
export interface FileResult {
  readonly file: string;
  readonly path: string;
  readonly package: string;
  readonly outcome: FileOutcome;
}

export interface Summary {
  /** Every finding, the files in order of their absolute paths. */
  readonly findings: Finding[];
  readonly suppressed: number;
  readonly suppressions: Suppression[];
  /** How many files were read (not a parse error). */
  readonly linted: number;
  /** The files that did not parse. */
  readonly notRead: NotRead[];
  /** By package folder. */
  readonly widgets: ReadonlyMap<string, WidgetSummary[]>;
  readonly findingsByPackage: ReadonlyMap<string, number>;
  /** Per rule, the most findings first. */
  readonly rules: RuleSummary[];
}

export function summarize(results: readonly FileResult[]): Summary {
  const findings: Finding[] = [];
  const suppressions: Suppression[] = [];
  const notRead: NotRead[] = [];
  let suppressed = 0;
  let linted = 0;
  const widgets = new Map<string, WidgetSummary[]>();
  const findingsByPackage = new Map<string, number>();
  for (const { path, package: dir, outcome } of [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (outcome.notRead) notRead.push(outcome.notRead);
    else linted += 1;
    findings.push(...outcome.findings);
    findingsByPackage.set(dir, (findingsByPackage.get(dir) ?? 0) + outcome.findings.length);
    widgets.set(dir, [...(widgets.get(dir) ?? []), ...outcome.widgets]);
    suppressed += outcome.suppressed;
    if (outcome.suppressed > 0) suppressions.push({ path, findings: outcome.suppressed, by: [...outcome.suppressedBy].sort() });
  }
  return { findings, suppressed, suppressions, linted, notRead, widgets, findingsByPackage, rules: perRule(findings) };
}

function perRule(findings: readonly Finding[]): RuleSummary[] {
  const rules = new Map<string, RuleSummary>();
  for (const finding of findings) {
    const summary = rules.get(finding.rule) ?? { rule: finding.rule, findings: 0, fixedByFix: 0, fixedByMigrate: 0, manual: 0 };
    rules.set(finding.rule, {
      ...summary,
      findings: summary.findings + 1,
      fixedByFix: summary.fixedByFix + (finding.fix === 'recommended' ? 1 : 0),
      fixedByMigrate: summary.fixedByMigrate + (finding.fix === 'none' ? 0 : 1),
      manual: summary.manual + (finding.fix === 'none' ? 1 : 0),
    });
  }
  return [...rules.values()].sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule));
}
