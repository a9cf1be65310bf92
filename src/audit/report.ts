/**
 * The audit report (schema version 1, documented in docs/audit.md and
 * docs/audit-report.schema.json): what the rules found, by rule and by package, with the
 * versions and engine status of each package's widgets.
 */
export const REPORT_SCHEMA_VERSION = 1;

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

export interface Report {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly tool: { readonly name: string; readonly version: string; readonly eslint: string; readonly concurrency: string };
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly files: {
    readonly linted: number;
    readonly skipped: readonly { readonly path: string; readonly reason: string }[];
    readonly parseErrors: readonly { readonly path: string; readonly line: number; readonly message: string }[];
  };
  readonly parsers: readonly { readonly name: string; readonly version: string | null; readonly from: string | null; readonly note: string | null }[];
  /** The command that audits the skipped TypeScript and Vue files too, when some were skipped for want of a parser. */
  readonly includeSkippedCommand: string | null;
  readonly findings: readonly Finding[];
  readonly suppressed: number;
  readonly rules: readonly RuleSummary[];
  readonly packages: readonly PackageSummary[];
  /** Files changed by `--fix`, when it ran. */
  readonly fixed: readonly { readonly path: string; readonly fixes: number }[] | null;
}
