/**
 * One audit run: check the request, select the files, find the parsers, lint with our
 * config through the ESLint this package finds (in worker threads when it can), and turn
 * the results into a `Report`. Nothing here writes into the audited repository unless
 * `--fix` asked for it; nothing is installed. Under `--fix` the audit applies our rules'
 * edits itself, round by round (an edit to package.json changes what other files' rules
 * may do), writing only UTF-8 files inside the audited folders that it checked it can write.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ESLint as ESLintClass } from 'eslint';
import { createTwoFilesPatch } from 'diff';
import semver from 'semver';
import { setReadOverlay } from '../analysis/packages/read.js';
import { findWidgetUrls } from '../analysis/pages/cdn-urls.js';
import {
  AUTH_JS_POLICY,
  clearVersionCache,
  describeVersion,
  detectVersion,
  WIDGET_POLICY,
  type PackagePolicy,
} from '../analysis/packages/versions.js';
import { hasFixOption } from '../configs/build.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from '../meta.js';
import type { RuleId } from '../rules/index.js';
import { auditOptions, SETTINGS_VARIABLE, type AuditSettings } from './config.js';
import { suppressionOf, type PlacedDirective } from './directives.js';
import { changedFiles } from './changed.js';
import { chooseWorkers, describeWorkers, withoutPoorConcurrencyWarning } from './concurrency.js';
import { AuditError } from './errors.js';
import { FACTS_RULE_ID, type Fact, type HomeEditFact } from './facts.js';
import { selectFiles, type FileKind } from './files.js';
import { planOf } from './phases.js';
import { summarize, type FileOutcome, type Summary } from './summarize.js';
import { chooseParser, pluginInstallSpec, type FoundParser, type ParserName } from './parsers.js';
import {
  REPORT_SCHEMA_VERSION,
  type FixLevel,
  type FixSummary,
  type NotRead,
  type PackageSummary,
  type Report,
  type VersionFact,
} from './report.js';

export { AuditError } from './errors.js';

export interface AuditRequest {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly fix: false | 'recommended' | 'migrate';
  readonly allowDirty: boolean;
  /** Where the report goes (`--output`), checked before anything is linted or written. */
  readonly output?: string | undefined;
  readonly concurrency: 'auto' | 'off' | number;
  /** With `fix`: lint and edit in memory, write nothing, and report the diff of every edit. */
  readonly dryRun?: boolean;
  /** Audit only what changed since this git ref (`--changed-since`). */
  readonly changedSince?: string | undefined;
  /**
   * Progress lines (a TTY), or null for none: then the files are linted in as few batches
   * as possible (ESLint has no per-file callback, so progress costs batches).
   */
  readonly progress: ((text: string) => void) | null;
  /** `--quiet`: nothing on stderr, ESLint's poor-concurrency warning included. */
  readonly quiet?: boolean;
}

/** Files per batch while progress is shown: small enough to move, big enough to keep worker threads busy. */
const PROGRESS_BATCH = 24;
const THREADED_PROGRESS_BATCH = 96;

/** The ESLint versions we run on (the peer range). */
const ESLINT_RANGE = '^8.57.0 || ^9.15.0 || ^10.0.0';
/** `concurrency` and `ESLint.fromOptionsModule()` arrived in ESLint 9.34. */
const CONCURRENCY_SINCE = '9.34.0';
/**
 * How many times `--fix` lints and edits at most: edits that overlap in one file wait for
 * the next round (as ESLint's own 10 passes), and an edit to package.json makes every
 * file's rules ask again.
 */
const MAX_FIX_ROUNDS = 10;

/** How many times the options module was loaded (see `lint`). */
let moduleRuns = 0;

/** `linterOptions.reportUnusedInlineConfigs` arrived in ESLint 9.19. */
const INLINE_CONFIG_OPTION_SINCE = '9.19.0';

type ESLintModule = typeof import('eslint');

async function loadEslint(): Promise<ESLintModule> {
  try {
    return await import('eslint');
  } catch {
    throw new AuditError(
      `ESLint is not installed where ${PLUGIN_NAME} runs: install eslint (${ESLINT_RANGE}) beside it, ` +
        `or run it with npx (npm 11 installs the peer).`,
    );
  }
}

/**
 * Why `--fix` may not write in a folder, or null when git says its work tree is clean. It
 * fails closed: when git cannot answer (not installed, not a repository, dubious
 * ownership), nothing tells the user's changes from ours, so it needs `--allow-dirty`.
 */
function fixRefusal(dir: string): string | null {
  const status = spawnSync('git', ['status', '--porcelain', '--', '.'], { cwd: dir, encoding: 'utf8' });
  if (status.error) {
    const code = (status.error as NodeJS.ErrnoException).code;
    return (
      `--fix needs git to check ${dir} for uncommitted changes, ` +
      `and git ${code === 'ENOENT' ? 'is not installed' : `failed (${code ?? status.error.message})`}` +
      `: pass --allow-dirty to fix anyway.`
    );
  }
  if (status.status !== 0) {
    const said =
      (status.stderr ?? '')
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.replace(/^(?:fatal|error):\s*/u, '')
        .trim() ?? `exit code ${status.status}`;
    return `--fix cannot check ${dir} for uncommitted changes (git status: ${said}): pass --allow-dirty to fix anyway.`;
  }
  return status.stdout.trim() === '' ? null : `${dir} has uncommitted changes: commit or stash them first, or pass --allow-dirty.`;
}

const PARSER_FOR: Partial<Record<FileKind, ParserName>> = { typescript: '@typescript-eslint/parser', vue: 'vue-eslint-parser' };

const shellWord = (word: string): string => (/^[\w./@:+=,~-]+$/u.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);

/** What the Vue parser needs to read `<script lang="ts">`: both parsers; this package as it was installed (a registry, a tarball, git). */
function includeCommand(paths: readonly string[], cwd: string): string {
  const args = paths.map((each) => path.relative(cwd, each) || '.').map(shellWord);
  const parsers = '-p @typescript-eslint/parser -p typescript@~6.0 -p vue-eslint-parser';
  return `npx -p ${shellWord(pluginInstallSpec())} ${parsers} ${PLUGIN_NAME} audit ${args.join(' ')}`.trim();
}

/** The deepest folder that contains all of them. */
function commonFolder(folders: readonly string[]): string {
  return folders.reduce((common, folder) => {
    let current = common;
    while (folder !== current && !folder.startsWith(current.endsWith(path.sep) ? current : current + path.sep))
      current = path.dirname(current);
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

/** Up to three lines of the text from `line` (1-based) to `endLine`, each cut at 200 characters; null when out of range. */
function excerptOf(text: string | null, line: number, endLine: number | null): string | null {
  if (text === null || !Number.isInteger(line) || line < 1) return null;
  const lines = text.split(/\r\n|\r|\n/u);
  if (line > lines.length) return null;
  const last = Math.min(lines.length, line + 2, endLine !== null && endLine >= line ? endLine : line);
  return lines
    .slice(line - 1, last)
    .map((each) => (each.length > 200 ? `${each.slice(0, 200)}…` : each))
    .join('\n');
}

function outcomeOf(
  result: ESLintClass.LintResult,
  file: string,
  variant: 'recommended' | 'migrate',
  textOf: () => string | null,
  cwd: string,
): FileOutcome {
  const outcome: FileOutcome = {
    findings: [],
    edits: [],
    suppressed: 0,
    suppressedBy: new Set(),
    widgets: [],
    notRead: null,
    homeEdits: [],
  };
  const directives: PlacedDirective[] = [];
  const homes: { fact: HomeEditFact; line: number; column: number }[] = [];
  const ours: ESLintClass.LintResult['messages'] = [];
  for (const message of result.messages) {
    if (message.ruleId === FACTS_RULE_ID) {
      let fact: Fact;
      try {
        fact = JSON.parse(message.message) as Fact;
      } catch {
        continue; // not a fact
      }
      if (fact.kind === 'widget') outcome.widgets.push({ path: file, line: message.line, status: fact.status, version: fact.version });
      else if (fact.kind === 'directive')
        directives.push({ fact, line: message.line, column: message.column, endLine: message.endLine ?? message.line });
      else if (fact.kind === 'home-edit') homes.push({ fact, line: message.line, column: message.column });
      continue;
    }
    if (message.fatal) {
      // A file that does not parse, or a parser that crashed (then without a line).
      const line = Number.isInteger(message.line) && message.line >= 1 ? message.line : null;
      outcome.notRead ??= { path: file, reason: 'parse-error', message: message.message, line };
      continue;
    }
    if (message.ruleId?.startsWith(`${NAMESPACE}/`)) ours.push(message);
  }
  let text: { value: string | null } | undefined;
  for (const message of ours) {
    const rule = message.ruleId!;
    const by = suppressionOf(directives, rule, message);
    if (by) {
      outcome.suppressed += 1;
      outcome.suppressedBy.add(by);
      continue;
    }
    const id = rule.slice(NAMESPACE.length + 1) as RuleId;
    const level: FixLevel = !message.fix ? 'none' : variant === 'migrate' && hasFixOption(id) ? 'migrate' : 'recommended';
    if (message.fix) outcome.edits.push({ range: message.fix.range, text: message.fix.text });
    text ??= { value: result.source ?? textOf() };
    outcome.findings.push({
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
      excerpt: excerptOf(text.value, message.line, message.endLine ?? null),
    });
  }
  attachHomeEdits(outcome, homes, cwd);
  return outcome;
}

/**
 * A finding whose edit belongs in another module (facts.ts HomeEditFact, at the finding's
 * place): `--fix=migrate` makes it there when nothing else reads the object (the finding
 * says which file), otherwise the finding says why a person must.
 */
function attachHomeEdits(outcome: FileOutcome, homes: readonly { fact: HomeEditFact; line: number; column: number }[], cwd: string): void {
  for (const { fact, line, column } of homes) {
    const index = outcome.findings.findIndex(
      (each) => each.rule === fact.rule && each.line === line && each.column === column && each.fix === 'none',
    );
    if (index < 0) continue;
    const finding = outcome.findings[index]!;
    const where = relative(cwd, fact.file);
    if (fact.blocker !== null) {
      outcome.findings[index] = { ...finding, note: `Not fixed by --fix=migrate: ${fact.blocker}.` };
      continue;
    }
    outcome.findings[index] = { ...finding, fix: 'migrate', note: `--fix=migrate edits ${where}.` };
    outcome.homeEdits!.push({ target: fact.file, range: fact.range, text: fact.text });
  }
}

/** The edits that do not overlap, applied in order (as ESLint applies a pass); the rest wait for the next round. */
function applyEdits(text: string, edits: FileOutcome['edits']): { output: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = 0;
  let applied = 0;
  for (const { range, text: replacement } of sorted) {
    const [start, end] = range;
    // Overlapping (or touching the end of) the previous edit: the next round. (ESLint skips these too.)
    if ((applied > 0 && start <= last) || start < 0 || start > end || end > text.length) continue;
    output += text.slice(last, start) + replacement;
    last = end;
    applied += 1;
  }
  return { output: output + text.slice(last), applied };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** A file's text, or null when it cannot be read. */
function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** A file's change as `git diff` shows it (a/ and b/ paths, three lines of context), without git's index line. */
function unifiedDiff(file: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff heads a patch with an `Index:`-style rule line and tabs after the names; git with `diff --git`.
  const body = patch.slice(patch.indexOf('\n@@') + 1);
  return `diff --git a/${file} b/${file}\n--- a/${file}\n+++ b/${file}\n${body}`;
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

const inside = (file: string, folder: string) => file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);

/** The flat-config ESLint class this package finds, its version checked. */
async function flatESLint(): Promise<{ ESLint: typeof ESLintClass; version: string }> {
  const eslintModule = await loadEslint();
  // The flat-config class: ESLint 8.57's `ESLint` is its eslintrc class; ESLint before 8.57 has no loadESLint (the version check rejects
  // it).
  const { loadESLint } = eslintModule as { loadESLint?: (options: { useFlatConfig: boolean }) => Promise<typeof eslintModule.ESLint> };
  const ESLint = (await loadESLint?.({ useFlatConfig: true })) ?? eslintModule.ESLint;
  if (!semver.satisfies(ESLint.version, ESLINT_RANGE)) {
    throw new AuditError(`ESLint ${ESLint.version} is installed; ${PLUGIN_NAME} needs ${ESLINT_RANGE}.`);
  }
  return { ESLint, version: ESLint.version };
}

/** `--fix` writes only into a clean work tree (unless `--allow-dirty`); a dry run writes nothing, so a dirty tree is no risk. */
function checkFixAllowed(request: AuditRequest, paths: readonly string[]): void {
  if (request.dryRun && !request.fix) throw new AuditError('--dry-run shows what --fix or --fix=migrate would change: add one of them.');
  if (request.fix && !request.allowDirty && !request.dryRun) {
    const refusal = paths.map((each) => fixRefusal(statSync(each).isDirectory() ? each : path.dirname(each))).find((each) => each !== null);
    if (refusal) throw new AuditError(refusal);
  }
}

type Selection = ReturnType<typeof selectFiles>;

/** The files to lint (only the changed ones under `--changed-since`), what `--changed-since` found, and the unreadable ones. */
function selectAuditFiles(
  request: AuditRequest,
  paths: readonly string[],
): { selection: Selection; changed: Report['changed']; notRead: NotRead[] } {
  let selection = selectFiles(paths, { include: request.include, exclude: request.exclude });
  let changed: Report['changed'] = null;
  if (request.changedSince !== undefined) {
    const found = changedFiles(
      request.changedSince,
      paths,
      selection.files.map((file) => file.path),
    );
    selection = {
      ...selection,
      files: selection.files.filter((file) => found.files.has(file.path)),
      unreadable: selection.unreadable.filter((each) => found.files.has(each.path)),
    };
    changed = {
      since: request.changedSince,
      files: selection.files.length,
      manifests: found.manifests.map((each) => relative(request.cwd, each)).sort(),
    };
  }
  const notRead: NotRead[] = selection.unreadable.map((each) => ({
    path: relative(request.cwd, each.path),
    reason: 'unreadable',
    message: each.reason,
    line: null,
  }));
  return { selection, changed, notRead };
}

/** The report's file: never an audited file, and writable, before anything is linted or written. */
function checkOutput(request: AuditRequest, selection: Selection): void {
  if (request.output === undefined) return;
  const output = path.resolve(request.cwd, request.output);
  const real = realOrSelf(output);
  if (selection.files.some((file) => realOrSelf(file.path) === real)) {
    throw new AuditError(`--output ${request.output} is one of the audited files: write the report elsewhere.`);
  }
  try {
    if (existsSync(output)) {
      if (statSync(output).isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
      accessSync(output, constants.W_OK);
    } else {
      accessSync(path.dirname(output), constants.W_OK);
    }
  } catch (error) {
    throw new AuditError(`--output ${request.output} cannot be written (${errorCode(error)}).`);
  }
}

/** Parsers for TypeScript and Vue files, when there are any; the files a missing parser leaves unread go to `notRead`. */
function findParsers(request: AuditRequest, paths: readonly string[], selection: Selection, eslintVersion: string, notRead: NotRead[]) {
  const parsers: Report['parsers'][number][] = [];
  const usable = new Map<ParserName, FoundParser>();
  const needed = new Set(selection.files.flatMap((file) => (PARSER_FOR[file.kind] ? [PARSER_FOR[file.kind]!] : [])));
  if (needed.has('vue-eslint-parser')) needed.add('@typescript-eslint/parser');
  for (const name of [...needed].sort()) {
    const choice = chooseParser(name, paths, eslintVersion);
    if (choice.found) usable.set(name, choice.found);
    parsers.push({ name, version: choice.found?.version ?? null, from: choice.found?.from ?? null, note: choice.note });
  }
  const files = selection.files.filter((file) => {
    const parser = PARSER_FOR[file.kind];
    if (!parser || usable.has(parser)) return true;
    notRead.push({ path: relative(request.cwd, file.path), reason: 'needs-parser', message: `needs ${parser}`, line: null });
    return false;
  });
  return { parsers, usable, files };
}

/** The files of each package (by the folder of its nearest package.json), and each package's label for progress. */
function groupByPackage(
  request: AuditRequest,
  paths: readonly string[],
  files: readonly { path: string }[],
  packageCache: Map<string, string>,
) {
  const byPackage = new Map<string, string[]>();
  for (const file of files) {
    const dir = packageOf(file.path, paths, packageCache);
    byPackage.set(dir, [...(byPackage.get(dir) ?? []), file.path]);
  }
  const packageLabel = new Map<string, string>();
  for (const dir of byPackage.keys()) {
    const name = packageName(dir);
    const where = relative(request.cwd, dir);
    packageLabel.set(dir, name && name !== where ? `${where} (${name})` : where);
  }
  return { byPackage, packageLabel };
}

type Lint = (only: ReadonlySet<string> | null, overlay?: ReadonlyMap<string, string> | null) => Promise<ESLintClass.LintResult[]>;

interface LintPlan {
  readonly request: AuditRequest;
  readonly ESLint: typeof ESLintClass;
  readonly settings: AuditSettings;
  readonly files: readonly { path: string }[];
  readonly byPackage: ReadonlyMap<string, string[]>;
  readonly packageLabel: ReadonlyMap<string, string>;
  readonly workersFor: (count: number) => number;
  readonly say: (text: string) => void;
}

/**
 * Lint these files (each lint reads package files afresh: `--fix` may have changed one).
 * With an overlay (a dry run's pending edits) the lint runs in this thread, where the
 * overlay is, and lints the overlaid texts instead of the files.
 */
function linter(plan: LintPlan): Lint {
  // ESLint's poor-concurrency warning is not printed under --quiet, nor when the audit chose the workers itself.
  const silenceWarning = plan.request.quiet === true || plan.request.concurrency === 'auto';
  return async (only, overlay = null) =>
    silenceWarning ? withoutPoorConcurrencyWarning(() => lintOnce(plan, only, overlay)) : lintOnce(plan, only, overlay);
}

async function lintOnce(
  plan: LintPlan,
  only: ReadonlySet<string> | null,
  overlay: ReadonlyMap<string, string> | null,
): Promise<ESLintClass.LintResult[]> {
  const { request, ESLint, settings, files, byPackage, packageLabel, say } = plan;
  clearVersionCache();
  const overlaid = overlay !== null && overlay.size > 0;
  const count = only ? files.filter((file) => only.has(file.path)).length : files.length;
  const workers = overlaid ? 0 : plan.workersFor(count);
  const threaded = workers > 0;
  const chosen = (list: readonly string[]) => (only ? list.filter((file) => only.has(file)) : [...list]);
  // Per package; in worker threads one batch for all, unless progress is shown (then batches that keep the threads busy).
  const groups =
    threaded && !request.progress
      ? [[null, chosen(files.map((file) => file.path))] as const]
      : [...byPackage.entries()].map(([dir, list]) => [dir, chosen(list)] as const);
  const size = request.progress ? (threaded ? THREADED_PROGRESS_BATCH : PROGRESS_BATCH) : Infinity;
  const batches: { dir: string | null; files: string[] }[] = [];
  for (const [dir, list] of groups)
    for (let start = 0; start < list.length; start += size) batches.push({ dir, files: list.slice(start, start + size) });
  const total = batches.reduce((sum, batch) => sum + batch.files.length, 0);
  let eslint: ESLintClass;
  if (threaded) {
    // The settings travel in the module's URL (a fresh URL per run: a module is evaluated once per URL, and each
    // run has its own settings and empty caches), so audits of several repositories at once do not share them.
    moduleRuns += 1;
    const moduleUrl = new URL(`./options-module.js?run=${moduleRuns}`, import.meta.url);
    moduleUrl.searchParams.set(SETTINGS_VARIABLE, JSON.stringify({ ...settings, concurrency: workers }));
    eslint = await (ESLint as unknown as { fromOptionsModule(url: URL): Promise<ESLintClass> }).fromOptionsModule(moduleUrl);
  } else {
    eslint = new ESLint(auditOptions(settings));
  }
  const results: ESLintClass.LintResult[] = [];
  let done = 0;
  if (overlaid) setReadOverlay(overlay);
  try {
    for (const batch of batches) {
      if (batch.files.length === 0) continue;
      say(`Linting ${done} of ${total} files: ${batch.dir === null ? 'all packages' : packageLabel.get(batch.dir)}…`);
      const onDisk = overlaid ? batch.files.filter((file) => !overlay.has(file)) : batch.files;
      if (onDisk.length > 0) results.push(...(await eslint.lintFiles(onDisk)));
      if (overlaid)
        for (const file of batch.files.filter((each) => overlay.has(each)))
          results.push(...(await eslint.lintText(withoutBom(overlay.get(file)!), { filePath: file })));
      done += batch.files.length;
    }
  } finally {
    if (overlaid) setReadOverlay(null);
  }
  say(`Linted ${done} of ${total} files.`);
  return results;
}

/** Per package, as the files are now (in a dry run: as they would be, from `pending`). */
function packageSummaries(
  request: AuditRequest,
  byPackage: ReadonlyMap<string, string[]>,
  pending: ReadonlyMap<string, string>,
  summary: Summary,
): PackageSummary[] {
  clearVersionCache();
  setReadOverlay(pending);
  const packages: PackageSummary[] = [...byPackage.entries()]
    .map(([dir, packageFiles]) => {
      const cdn = new Set<string>();
      for (const file of packageFiles.filter((each) => /\.(?:html?|hbs|handlebars|mustache|ejs|njk|jsp|erb)$/i.test(each))) {
        // Unreadable now: it was linted, and its findings say the rest.
        const text = pending.get(file) ?? readText(file);
        if (text !== null) for (const url of findWidgetUrls(text)) cdn.add(url.version);
      }
      const prefix = relative(request.cwd, dir);
      return {
        path: prefix,
        name: packageName(dir),
        widget: versionFact(WIDGET_POLICY, dir),
        authJs: versionFact(AUTH_JS_POLICY, dir),
        cdn: [...cdn].sort(semver.compare),
        widgets: summary.widgets.get(dir) ?? [],
        files: packageFiles.length,
        findings: summary.findingsByPackage.get(dir) ?? 0,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  setReadOverlay(null);
  return packages;
}

export async function runAudit(request: AuditRequest): Promise<Report> {
  const paths = request.paths.map((each) => path.resolve(request.cwd, each));
  for (const each of paths) if (!existsSync(each)) throw new AuditError(`No such file or folder: ${each}`);
  const { ESLint, version: eslintVersion } = await flatESLint();
  checkFixAllowed(request, paths);
  const say = request.progress ?? (() => {});

  say('Selecting files…');
  const { selection, changed, notRead } = selectAuditFiles(request, paths);
  checkOutput(request, selection);
  const { parsers, usable, files } = findParsers(request, paths, selection, eslintVersion, notRead);
  const needsCommand = notRead.some((each) => each.reason === 'needs-parser');

  const variant = request.fix === 'recommended' ? 'recommended' : 'migrate';
  const settings: AuditSettings = {
    // ESLint lints nothing outside its working directory: it works from the folder that holds every audited path.
    cwd: commonFolder(paths.map((each) => (statSync(each).isDirectory() ? each : path.dirname(each)))),
    variant,
    typescriptParser: usable.get('@typescript-eslint/parser')?.entry ?? null,
    vueParser: usable.get('vue-eslint-parser')?.entry ?? null,
    inlineConfigOption: semver.gte(eslintVersion, INLINE_CONFIG_OPTION_SINCE),
  };
  const canThread =
    semver.gte(eslintVersion, CONCURRENCY_SINCE) && typeof (ESLint as { fromOptionsModule?: unknown }).fromOptionsModule === 'function';
  // The workers of a lint of `count` files (0: one thread); `auto` is our choice (concurrency.ts).
  const workersFor = (count: number) => (canThread ? chooseWorkers(request.concurrency, count) : 0);
  const concurrencyText = canThread
    ? describeWorkers(request.concurrency, workersFor(files.length), files.length)
    : `off (ESLint ${eslintVersion} has no concurrency; 9.34 or later does)`;

  // One batch per package (progress between them), or one batch for the worker threads.
  const packageCache = new Map<string, string>();
  const { byPackage, packageLabel } = groupByPackage(request, paths, files, packageCache);
  const lint = linter({ request, ESLint, settings, files, byPackage, packageLabel, workersFor, say });

  const outcomes = new Map<string, FileOutcome>();
  /** What a dry run would have written (the whole text, a BOM kept), by file. */
  const pending = new Map<string, string>();
  const record = (results: readonly ESLintClass.LintResult[]) => {
    for (const result of results) {
      const textOf = () => pending.get(result.filePath) ?? readText(result.filePath);
      outcomes.set(result.filePath, outcomeOf(result, relative(request.cwd, result.filePath), variant, textOf, request.cwd));
    }
  };
  record(await lint(null));
  const fix = request.fix
    ? await applyFixes(
        request,
        paths,
        files.map((file) => file.path),
        outcomes,
        pending,
        lint,
        record,
      )
    : null;

  const summary = summarize(
    [...outcomes.entries()].map(([file, outcome]) => ({
      file,
      path: relative(request.cwd, file),
      package: packageOf(file, paths, packageCache),
      outcome,
    })),
  );
  const packages = packageSummaries(request, byPackage, pending, summary);

  const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: PLUGIN_NAME, version: PLUGIN_VERSION, eslint: eslintVersion, concurrency: concurrencyText },
    cwd: request.cwd,
    paths: paths.map((each) => relative(request.cwd, each)),
    files: {
      matched: selection.files.length + selection.unreadable.length,
      linted: summary.linted,
      notRead: [...notRead, ...summary.notRead].sort(byPath),
      skipped: selection.skipped.map((each) => ({ path: relative(request.cwd, each.path), reason: each.reason })).sort(byPath),
    },
    parsers,
    includeSkippedCommand: needsCommand ? includeCommand(paths, request.cwd) : null,
    findings: summary.findings,
    suppressed: summary.suppressed,
    suppressions: summary.suppressions,
    rules: summary.rules,
    packages,
    fix,
    plan: planOf(
      summary.findings,
      packages.flatMap((each) => each.widgets),
    ),
    changed,
  };
}

/**
 * `--fix`: apply the unsuppressed edits of our findings, write the files, lint again what
 * may have changed (every file after a package.json edit), until a round changes nothing
 * or {@link MAX_FIX_ROUNDS}. A file is written only when it lies inside an audited folder
 * (a link to a file outside is not followed), is valid UTF-8 (the BOM and line endings
 * stay as they are: only the edited text changes) and was writable before the first write.
 * Whatever fails, the summary lists what changed.
 */
async function applyFixes(
  request: AuditRequest,
  roots: readonly string[],
  files: readonly string[],
  outcomes: Map<string, FileOutcome>,
  pending: Map<string, string>,
  lint: Lint,
  record: (results: readonly ESLintClass.LintResult[]) => void,
): Promise<FixSummary> {
  const level = request.fix === 'recommended' ? 'recommended' : 'migrate';
  const dryRun = request.dryRun === true;
  const changed = new Map<string, number>();
  /** Each changed file's text before the first edit. */
  const originals = new Map<string, string>();
  /** The text after the last edit (what is on disk, or in a dry run what would be). */
  const finals = new Map<string, string>();
  const notFixed = new Map<string, string>();
  const realRoots = roots.map(realOrSelf);
  // Before the first write: where every file really is, and that it can be written.
  for (const file of files) {
    const real = realOrSelf(file);
    if (!realRoots.some((root) => inside(real, root))) {
      notFixed.set(file, `a link to ${real}, outside the audited folder: not written`);
      continue;
    }
    try {
      accessSync(file, constants.W_OK);
    } catch (error) {
      notFixed.set(file, `not writable (${errorCode(error)})`);
    }
  }
  let rounds = 0;
  let converged = false;
  let error: string | null = null;
  const audited = new Set(files);
  /** Files with edits that wait: their own findings', and (`--fix=migrate`) those of files whose options they hold. */
  const homeTargets = new Set<string>();
  const pendingEdits = () => {
    const edits = new Map<string, FileOutcome['edits']>();
    /** A module edited for the files that construct with it: they are linted again with it. */
    const sources = new Map<string, Set<string>>();
    const add = (file: string, list: FileOutcome['edits']) => edits.set(file, [...(edits.get(file) ?? []), ...list]);
    for (const [file, outcome] of outcomes) {
      if (outcome.edits.length > 0) add(file, outcome.edits);
      if (level !== 'migrate') continue;
      for (const home of outcome.homeEdits ?? []) {
        homeTargets.add(home.target);
        // Only a file this audit selected (and checked it may write): never a file it was not asked about.
        if (!audited.has(home.target)) {
          notFixed.set(home.target, 'not one of the audited files: not written');
          continue;
        }
        add(home.target, [{ range: home.range, text: home.text }]);
        sources.set(home.target, new Set([...(sources.get(home.target) ?? []), file]));
      }
    }
    return { edits, sources };
  };
  try {
    for (;;) {
      const { edits, sources } = pendingEdits();
      const withEdits = [...edits.entries()].filter(([file, list]) => list.length > 0 && !notFixed.has(file));
      if (withEdits.length === 0) {
        converged = true;
        break;
      }
      if (rounds === MAX_FIX_ROUNDS) break;
      rounds += 1;
      request.progress?.(`${dryRun ? 'Working out' : 'Applying'} fixes (round ${rounds})…`);
      const written = new Set<string>();
      for (const [file, fileEdits] of withEdits) {
        let text: string;
        try {
          text = pending.get(file) ?? utf8.decode(readFileSync(file));
        } catch (problem) {
          notFixed.set(file, problem instanceof TypeError ? 'not valid UTF-8: not rewritten' : `unreadable (${errorCode(problem)})`);
          continue;
        }
        const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
        const { output, applied } = applyEdits(bom ? text.slice(1) : text, fileEdits);
        if (applied === 0 || bom + output === text) continue;
        if (!originals.has(file)) originals.set(file, text);
        if (dryRun) {
          pending.set(file, bom + output);
        } else {
          try {
            writeFileSync(file, bom + output);
          } catch (problem) {
            notFixed.set(file, `write failed (${errorCode(problem)})`);
            continue;
          }
        }
        finals.set(file, bom + output);
        written.add(file);
        changed.set(file, (changed.get(file) ?? 0) + applied);
      }
      if (written.size === 0) {
        converged = true; // the edits left apply to nothing (or to files that cannot be written)
        break;
      }
      const manifests = [...written].some((file) => path.basename(file) === 'package.json');
      // A module edited for the files that construct with it: their findings change with it.
      const again = new Set([...written, ...[...written].flatMap((file) => [...(sources.get(file) ?? [])])]);
      record(await lint(manifests ? null : again, dryRun ? pending : null));
    }
  } catch (problem) {
    error = (problem as Error)?.message?.split('\n')[0] ?? String(problem);
    converged = false;
  }
  const rel = (file: string) => relative(request.cwd, file);
  return {
    level,
    dryRun,
    rounds,
    converged,
    changed: [...changed.entries()]
      .map(([file, fixes]) => ({ path: rel(file), fixes, diff: unifiedDiff(rel(file), originals.get(file) ?? '', finals.get(file) ?? '') }))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
    // Only the files that still have edits: a file that cannot be written but has nothing to fix is no news.
    notFixed: [...notFixed.entries()]
      .filter(([file]) => (outcomes.get(file)?.edits.length ?? 0) > 0 || homeTargets.has(file))
      .map(([file, reason]) => ({ path: rel(file), reason }))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
    error,
  };
}
