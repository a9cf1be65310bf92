/**
 * One audit run: check the request, select the files, find the parsers, lint with our
 * config through the ESLint this package finds (in worker threads when it can), and turn
 * the results into a `Report`. Nothing here writes into the audited repository unless
 * `--fix` asked for it; nothing is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ESLint as ESLintClass } from 'eslint';
import semver from 'semver';
import { findWidgetUrls } from '../analysis/cdn-urls.js';
import { AUTH_JS_POLICY, describeVersion, detectVersion, WIDGET_POLICY, type PackagePolicy } from '../analysis/versions.js';
import { hasFixOption } from '../configs/build.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from '../meta.js';
import type { RuleId } from '../rules/index.js';
import { auditOptions, SETTINGS_VARIABLE, type AuditSettings } from './config.js';
import { FACTS_RULE_ID, type WidgetFact } from './facts.js';
import { selectFiles, type FileKind, type Skipped } from './files.js';
import { findParser, loads, type FoundParser, type ParserName } from './parsers.js';
import { REPORT_SCHEMA_VERSION, type Finding, type FixLevel, type PackageSummary, type Report, type RuleSummary, type VersionFact } from './report.js';

/** Stops the audit before it runs (exit code 2), with a one-line reason. */
export class AuditError extends Error {}

export interface AuditRequest {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly fix: false | 'recommended' | 'migrate';
  readonly allowDirty: boolean;
  readonly concurrency: 'auto' | 'off' | number;
  readonly progress: (text: string) => void;
}

/** The ESLint versions we run on (the peer range). */
const ESLINT_RANGE = '^8.57.0 || ^9.15.0 || ^10.0.0';
/** `concurrency` and `ESLint.fromOptionsModule()` arrived in ESLint 9.34. */
const CONCURRENCY_SINCE = '9.34.0';
/** How ESLint words a fatal message about code that does not parse. */
const PARSING_ERROR = 'Parsing error';

/** How many times the options module was loaded (see `lint`). */
let moduleRuns = 0;

/** `linterOptions.reportUnusedInlineConfigs` arrived in ESLint 9.19. */
const INLINE_CONFIG_OPTION_SINCE = '9.19.0';

type ESLintModule = typeof import('eslint');

async function loadEslint(): Promise<ESLintModule> {
  try {
    return await import('eslint');
  } catch {
    throw new AuditError(`ESLint is not installed where ${PLUGIN_NAME} runs: install eslint (${ESLINT_RANGE}) beside it, or run it with npx (npm 11 installs the peer).`);
  }
}

function isDirty(dir: string): string | null {
  const status = spawnSync('git', ['status', '--porcelain', '--', '.'], { cwd: dir, encoding: 'utf8' });
  if (status.status !== 0) return null; // not a git work tree (or no git): nothing to protect
  return status.stdout.trim() === '' ? null : dir;
}

const PARSER_FOR: Partial<Record<FileKind, ParserName>> = { typescript: '@typescript-eslint/parser', vue: 'vue-eslint-parser' };

/** What the Vue parser needs to read `<script lang="ts">`: both parsers. */
function includeCommand(paths: readonly string[], cwd: string): string {
  const args = paths.map((each) => path.relative(cwd, each) || '.').map((each) => (/^[\w./-]+$/.test(each) ? each : JSON.stringify(each)));
  return `npx -p ${PLUGIN_NAME} -p @typescript-eslint/parser -p typescript@~6.0 -p vue-eslint-parser ${PLUGIN_NAME} audit ${args.join(' ')}`.trim();
}

/** The deepest folder that contains all of them. */
function commonFolder(folders: readonly string[]): string {
  return folders.reduce((common, folder) => {
    let current = common;
    while (folder !== current && !folder.startsWith(current.endsWith(path.sep) ? current : current + path.sep)) current = path.dirname(current);
    return current;
  });
}

function relative(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}

/** The folder of the nearest package.json at or above a file, within its root. */
function packageOf(file: string, roots: readonly string[], cache: Map<string, string>): string {
  const root = roots.find((each) => file === each || file.startsWith(each + path.sep)) ?? path.dirname(file);
  let dir = path.dirname(file);
  const walked: string[] = [];
  for (;;) {
    const known = cache.get(dir);
    if (known) {
      walked.forEach((each) => cache.set(each, known));
      return known;
    }
    walked.push(dir);
    if (existsSync(path.join(dir, 'package.json')) || dir === root || path.dirname(dir) === dir) {
      walked.forEach((each) => cache.set(each, dir));
      return dir;
    }
    dir = path.dirname(dir);
  }
}

function versionFact(policy: PackagePolicy, dir: string): VersionFact {
  try {
    const info = detectVersion(policy, dir);
    return { version: info.version, range: info.range, source: info.source, description: describeVersion(info, policy) };
  } catch {
    return { version: null, range: null, source: 'unknown', description: 'version unknown' };
  }
}

function packageName(dir: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
    return typeof manifest.name === 'string' ? manifest.name : null;
  } catch {
    return null;
  }
}

export async function runAudit(request: AuditRequest): Promise<Report> {
  const paths = request.paths.map((each) => path.resolve(request.cwd, each));
  for (const each of paths) if (!existsSync(each)) throw new AuditError(`No such file or folder: ${each}`);

  const eslintModule = await loadEslint();
  // The flat-config class: ESLint 8.57's `ESLint` is its eslintrc class; ESLint before 8.57 has no loadESLint (the version check rejects it).
  const { loadESLint } = eslintModule as { loadESLint?: (options: { useFlatConfig: boolean }) => Promise<typeof eslintModule.ESLint> };
  const ESLint = (await loadESLint?.({ useFlatConfig: true })) ?? eslintModule.ESLint;
  const eslintVersion = ESLint.version;
  if (!semver.satisfies(eslintVersion, ESLINT_RANGE)) {
    throw new AuditError(`ESLint ${eslintVersion} is installed; ${PLUGIN_NAME} needs ${ESLINT_RANGE}.`);
  }
  if (request.fix && !request.allowDirty) {
    const dirty = paths.map((each) => isDirty(existsSync(each) && !path.extname(each) ? each : path.dirname(each))).find((each) => each !== null);
    if (dirty) throw new AuditError(`${dirty} has uncommitted changes: commit or stash them first, or pass --allow-dirty.`);
  }

  request.progress('Selecting files…');
  const selection = selectFiles(paths, { include: request.include, exclude: request.exclude });
  const skipped: Skipped[] = [...selection.skipped];

  // Parsers for TypeScript and Vue files, when there are any.
  const parsers: Report['parsers'][number][] = [];
  const usable = new Map<ParserName, FoundParser>();
  const needed = new Set(selection.files.flatMap((file) => (PARSER_FOR[file.kind] ? [PARSER_FOR[file.kind]!] : [])));
  if (needed.has('vue-eslint-parser')) needed.add('@typescript-eslint/parser');
  for (const name of [...needed].sort()) {
    const lookup = findParser(name, paths, eslintVersion);
    const found = lookup.found && loads(lookup.found) ? lookup.found : null;
    if (found) usable.set(name, found);
    const note = found?.from === 'repository' ? `runs the audited repository's own installed ${name} ${found.version}` : lookup.rejected;
    parsers.push({ name, version: found?.version ?? null, from: found?.from ?? null, note });
  }
  const files = selection.files.filter((file) => {
    const parser = PARSER_FOR[file.kind];
    if (!parser || usable.has(parser)) return true;
    skipped.push({ path: file.path, reason: `needs ${parser}` });
    return false;
  });
  const needsCommand = skipped.some((each) => each.reason.startsWith('needs '));

  const settings: AuditSettings = {
    // ESLint lints nothing outside its working directory: it works from the folder that holds every audited path.
    cwd: commonFolder(paths.map((each) => (statSync(each).isDirectory() ? each : path.dirname(each)))),
    variant: request.fix === 'recommended' ? 'recommended' : 'migrate',
    fix: false,
    typescriptParser: usable.get('@typescript-eslint/parser')?.entry ?? null,
    vueParser: usable.get('vue-eslint-parser')?.entry ?? null,
    inlineConfigOption: semver.gte(eslintVersion, INLINE_CONFIG_OPTION_SINCE),
  };

  const canThread = semver.gte(eslintVersion, CONCURRENCY_SINCE) && typeof (ESLint as { fromOptionsModule?: unknown }).fromOptionsModule === 'function';
  const threads = request.concurrency !== 'off' && canThread && files.length > 1;
  const concurrencyText = threads ? String(request.concurrency) : canThread ? 'off' : `off (ESLint ${eslintVersion} has no concurrency; 9.34 or later does)`;

  async function lint(fix: boolean, batches: readonly string[][]): Promise<ESLintClass.LintResult[]> {
    const each: AuditSettings = { ...settings, fix };
    let eslint: ESLintClass;
    if (threads) {
      process.env[SETTINGS_VARIABLE] = JSON.stringify({ ...each, concurrency: request.concurrency });
      // A fresh URL per run: a module is evaluated once per URL, and each run has its own settings.
      moduleRuns += 1;
      const moduleUrl = new URL(`./options-module.js?run=${moduleRuns}`, import.meta.url);
      eslint = await (ESLint as unknown as { fromOptionsModule(url: URL): Promise<ESLintClass> }).fromOptionsModule(moduleUrl);
    } else {
      eslint = new ESLint(auditOptions(each));
    }
    const results: ESLintClass.LintResult[] = [];
    for (const [index, batch] of batches.entries()) {
      if (batch.length === 0) continue;
      request.progress(`Linting ${batch.length} files (batch ${index + 1} of ${batches.length})…`);
      results.push(...(await eslint.lintFiles(batch)));
    }
    if (fix) await ESLint.outputFixes(results);
    return results;
  }

  // One batch per package (progress between them), or one batch for the worker threads.
  const packageCache = new Map<string, string>();
  const byPackage = new Map<string, string[]>();
  for (const file of files) {
    const dir = packageOf(file.path, paths, packageCache);
    byPackage.set(dir, [...(byPackage.get(dir) ?? []), file.path]);
  }
  const batches = threads ? [files.map((file) => file.path)] : [...byPackage.values()];
  const results = await lint(false, batches);

  // Findings, facts, parse errors.
  const findings: Finding[] = [];
  const widgets = new Map<string, PackageSummary['widgets'][number][]>();
  const parseErrors: Report['files']['parseErrors'][number][] = [];
  let suppressed = 0;
  const fixable = new Map<string, number>();
  const findingsByPackage = new Map<string, number>();
  for (const result of results) {
    const file = relative(request.cwd, result.filePath);
    const dir = packageOf(result.filePath, paths, packageCache);
    for (const message of result.messages) {
      if (message.ruleId === FACTS_RULE_ID) {
        try {
          const fact = JSON.parse(message.message) as WidgetFact;
          widgets.set(dir, [...(widgets.get(dir) ?? []), { path: file, line: message.line, status: fact.status, version: fact.version }]);
        } catch {
          // Not a fact: ignore.
        }
        continue;
      }
      // A file that does not parse. (ESLint 10 also stops at a `/* eslint-env */` comment with a fatal message
      // that is not about the code: not ours to report, and the rules still ran.)
      if (message.fatal) {
        if (message.message.startsWith(PARSING_ERROR)) parseErrors.push({ path: file, line: message.line, message: message.message });
        continue;
      }
      const rule = message.ruleId;
      if (!rule?.startsWith(`${NAMESPACE}/`)) continue; // the repository's inline configs are not ours
      const id = rule.slice(NAMESPACE.length + 1) as RuleId;
      const level: FixLevel = !message.fix ? 'none' : settings.variant === 'migrate' && hasFixOption(id) ? 'migrate' : 'recommended';
      if (message.fix && (request.fix === 'recommended' ? level === 'recommended' : true)) fixable.set(result.filePath, (fixable.get(result.filePath) ?? 0) + 1);
      findingsByPackage.set(dir, (findingsByPackage.get(dir) ?? 0) + 1);
      findings.push({
        path: file,
        line: message.line,
        column: message.column,
        endLine: message.endLine ?? null,
        endColumn: message.endColumn ?? null,
        rule,
        messageId: message.messageId ?? null,
        message: message.message,
        severity: message.severity === 2 ? 'error' : 'warning',
        fix: level,
        suggestions: message.suggestions?.length ?? 0,
      });
    }
    suppressed += (result.suppressedMessages ?? []).filter((message) => message.ruleId?.startsWith(`${NAMESPACE}/`)).length;
  }

  let fixed: Report['fixed'] = null;
  if (request.fix) {
    request.progress('Applying fixes…');
    const fixedResults = await lint(true, batches.map((batch) => batch.filter((file) => fixable.has(file))));
    fixed = fixedResults
      .filter((result) => result.output !== undefined)
      .map((result) => ({ path: relative(request.cwd, result.filePath), fixes: fixable.get(result.filePath) ?? 0 }));
  }

  // Per rule.
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

  // Per package.
  const packages: PackageSummary[] = [...byPackage.entries()]
    .map(([dir, packageFiles]) => {
      const cdn = new Set<string>();
      for (const file of packageFiles.filter((each) => /\.(?:html?|hbs|handlebars|mustache)$/i.test(each))) {
        try {
          for (const url of findWidgetUrls(readFileSync(file, 'utf8'))) cdn.add(url.version);
        } catch {
          // Unreadable now: it was linted, and its findings say the rest.
        }
      }
      const prefix = relative(request.cwd, dir);
      return {
        path: prefix,
        name: packageName(dir),
        widget: versionFact(WIDGET_POLICY, dir),
        authJs: versionFact(AUTH_JS_POLICY, dir),
        cdn: [...cdn].sort(semver.compare),
        widgets: widgets.get(dir) ?? [],
        files: packageFiles.length,
        findings: findingsByPackage.get(dir) ?? 0,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: PLUGIN_NAME, version: PLUGIN_VERSION, eslint: eslintVersion, concurrency: concurrencyText },
    cwd: request.cwd,
    paths: paths.map((each) => relative(request.cwd, each)),
    files: {
      linted: results.length,
      skipped: skipped.map((each) => ({ path: relative(request.cwd, each.path), reason: each.reason })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      parseErrors,
    },
    parsers,
    includeSkippedCommand: needsCommand ? includeCommand(paths, request.cwd) : null,
    findings,
    suppressed,
    rules: [...rules.values()].sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule)),
    packages,
    fixed,
  };
}

