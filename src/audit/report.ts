/**
 * The audit report (schema version 3, documented in docs/audit-report.schema.json): what
 * the rules found, by rule and by package, with the versions and engine status of each
 * package's widgets; which files were not read and why; what `--fix` changed (or, in a
 * dry run, would change), with the diff; the plan for people. Several repositories make
 * a `Rollup` (docs/audit-rollup.schema.json).
 */
export const REPORT_SCHEMA_VERSION = 3;

export type FixLevel = 'recommended' | 'migrate' | 'none';

export interface Finding {
  /** Relative to the working directory, with `/`. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly rule: string;
  readonly messageId: string | null;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Which `--fix` fixes it: `recommended` (`--fix`), `migrate` (`--fix=migrate` only) or `none` (a person). */
  readonly fix: FixLevel;
  /** How many editor suggestions it offers. */
  readonly suggestions: number;
  /** The code it is about: up to three lines from `line`, as the file has them; null when unknown. */
  readonly excerpt: string | null;
  /**
   * For a finding whose edit belongs in another file (options imported from a module):
   * which file `--fix=migrate` edits, or why a person must (`config.js is also imported by src/other.js`).
   */
  readonly note?: string;
}

/** One step of the plan for people: a phase of the migration, with what is left in it. */
export interface PlanStep {
  readonly phase: string;
  readonly title: string;
  /** What to do in Okta's Admin Console for this phase, if anything. */
  readonly adminConsole: string | null;
  readonly items: readonly {
    readonly rule: string;
    readonly description: string;
    readonly docs: string;
    /** `path:line`, in order. */
    readonly locations: readonly string[];
  }[];
}

export interface RuleSummary {
  readonly rule: string;
  readonly findings: number;
  readonly fixedByFix: number;
  readonly fixedByMigrate: number;
  readonly manual: number;
}

export interface VersionFact {
  /** `null` when unknown. */
  readonly version: string | null;
  readonly range: string | null;
  /** installed, lockfile, declared, settings, unknown. */
  readonly source: string;
  /** As messages say it: `7.49.0 (package-lock.json)`. */
  readonly description: string;
}

export interface WidgetSummary {
  readonly path: string;
  readonly line: number;
  readonly status: string;
  readonly version: string;
}

export interface PackageSummary {
  /** The folder, relative to the working directory (`.` for it). */
  readonly path: string;
  readonly name: string | null;
  readonly widget: VersionFact;
  readonly authJs: VersionFact;
  /** Widget versions loaded from Okta's CDN by the package's files. */
  readonly cdn: readonly string[];
  readonly widgets: readonly WidgetSummary[];
  readonly files: number;
  readonly findings: number;
}

/**
 * Why a file that may hold Okta code was not read: no parser for its kind, a parse error
 * (or a parser that crashed), or the file system would not give it.
 */
export type NotReadReason = 'needs-parser' | 'parse-error' | 'unreadable';

export interface NotRead {
  readonly path: string;
  readonly reason: NotReadReason;
  readonly message: string;
  /** Where the parser stopped; null when it said nothing about where (a crash). */
  readonly line: number | null;
}

/** Our rules' findings that a comment in the file silences (counted, not listed as findings). */
export interface Suppression {
  readonly path: string;
  readonly findings: number;
  /** `eslint-disable` (a disable directive) and/or `inline config` (an `/* eslint okta-oie/…: off *\/` comment). */
  readonly by: readonly ('eslint-disable' | 'inline config')[];
}

export interface FixSummary {
  /** `recommended` for `--fix`, `migrate` for `--fix=migrate`. */
  readonly level: 'recommended' | 'migrate';
  /** True for `--dry-run`: nothing was written; `changed` is what would change. */
  readonly dryRun: boolean;
  /** How many times the audit linted and edited until nothing changed (or the bound). */
  readonly rounds: number;
  /** False when the bound stopped it with edits still to make, or when something failed. */
  readonly converged: boolean;
  /** The files changed, with how many edits and the unified diff (as `git diff` shows it). */
  readonly changed: readonly { readonly path: string; readonly fixes: number; readonly diff: string }[];
  /** Files with edits that were not written, and why (outside the audited folder, not UTF-8, not writable, a write error). */
  readonly notFixed: readonly { readonly path: string; readonly reason: string }[];
  /** What stopped the fixing part way, if anything. */
  readonly error: string | null;
}

export interface Report {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly tool: { readonly name: string; readonly version: string; readonly eslint: string; readonly concurrency: string };
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly files: {
    /** Files that may hold Okta code: read, or not read (`notRead`). */
    readonly matched: number;
    /** Files read and linted. */
    readonly linted: number;
    /** Files that may hold Okta code and were not read: they make the exit code 3 unless there are findings. */
    readonly notRead: readonly NotRead[];
    /** Skipped by design (binary, minified, dependency and build folders): they do not change the exit code. */
    readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  };
  readonly parsers: readonly {
    readonly name: string;
    readonly version: string | null;
    readonly from: string | null;
    readonly note: string | null;
  }[];
  /** The command that audits the skipped TypeScript and Vue files too, when some were skipped for want of a parser. */
  readonly includeSkippedCommand: string | null;
  /** What is left: after `--fix`, what the fixed files still hold. */
  readonly findings: readonly Finding[];
  readonly suppressed: number;
  readonly suppressions: readonly Suppression[];
  readonly rules: readonly RuleSummary[];
  readonly packages: readonly PackageSummary[];
  /** What `--fix` changed; null without `--fix`. */
  readonly fix: FixSummary | null;
  /** What is left for people, in migration order. */
  readonly plan: readonly PlanStep[];
  /** With `--changed-since`: the ref, how many files changed, and the package.json files whose widget range changed. */
  readonly changed: { readonly since: string; readonly files: number; readonly manifests: readonly string[] } | null;
}

/** One repository of a rollup: its report, or why it could not be audited. */
export interface RepositoryRow {
  /** The folder, as given. */
  readonly path: string;
  readonly exitCode: number;
  /** `clean`, `findings`, `incomplete` (files not read, or none matched), `failed` (the audit could not run). */
  readonly status: 'clean' | 'findings' | 'incomplete' | 'failed';
  /** Why it failed; null otherwise. */
  readonly error: string | null;
  readonly files: number;
  readonly findings: number;
  /** Findings `--fix` fixes, `--fix=migrate` fixes, and those left for people. */
  readonly fixedByFix: number;
  readonly fixedByMigrate: number;
  readonly manual: number;
  readonly notRead: number;
  /** Each package's widget and okta-auth-js versions, as the report describes them. */
  readonly packages: readonly {
    readonly path: string;
    readonly widget: string;
    readonly authJs: string;
    readonly widgets: readonly string[];
  }[];
  /** The plan's phases with something left, in order. */
  readonly left: readonly string[];
  /** The full report; null when the audit could not run. */
  readonly report: Report | null;
}

export const ROLLUP_SCHEMA_VERSION = 1;

/** Several repositories audited in one run (`audit <repo> <repo>…`, `--repos <file>`). */
export interface Rollup {
  readonly kind: 'rollup';
  readonly schemaVersion: typeof ROLLUP_SCHEMA_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  readonly cwd: string;
  readonly repositories: readonly RepositoryRow[];
}

/** A rollup's exit code: 2 when one could not be audited, else the worst of the rest (1 over 3 over 0). */
export function rollupExitCode(rollup: Rollup): 0 | 1 | 2 | 3 {
  const codes = rollup.repositories.map((each) => each.exitCode);
  if (codes.includes(2)) return 2;
  if (codes.includes(1)) return 1;
  if (codes.includes(3)) return 3;
  return 0;
}

/**
 * The exit code a report stands for: 2 when a fix failed part way, 1 with findings, 3 when
 * a file that may hold Okta code was not read or no file matched, 0 when every such file
 * was read and nothing was found.
 */
export function exitCodeOf(report: Report): 0 | 1 | 2 | 3 {
  if (report.fix && (report.fix.error !== null || report.fix.notFixed.some((each) => each.reason.startsWith('write failed')))) return 2;
  if (report.findings.length > 0) return 1;
  if (report.files.notRead.length > 0 || report.files.matched === 0) return 3;
  return 0;
}
