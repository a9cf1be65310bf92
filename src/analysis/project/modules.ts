/**
 * Okta-free: the other modules of the app, parsed as ESLint would parse them. A module is
 * parsed by ESLint's own `Linter` (from the `eslint` peer, loaded on first use) verifying
 * its text with one internal rule that keeps `context.sourceCode`: the AST, tokens and
 * scopes exactly as ESLint builds them, with the parser and options of the linted file
 * that imports it (typescript-eslint's `project`/`projectService` removed: no type
 * information). A parser that does not read the module's extension (a `.ts` module under
 * espree) gives no module: unknown. A JSON module is read as `export default <its text>`.
 *
 * One cache for the process, through packages/read.ts (keyed by path, time and size, each
 * path stat-ed at most once a second): each version of a module is parsed once per
 * parser set-up, however many files import it. A bound on the modules read per linted file.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { MODULES_PER_LINT } from '../engine/limits.js';
import { readParsed } from '../packages/read.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** How the linted file is parsed: handed to the modules it imports. */
interface Language {
  readonly file: string;
  readonly parser: unknown;
  readonly parserOptions: Readonly<Record<string, unknown>>;
  readonly sourceType: string | undefined;
  readonly ecmaVersion: unknown;
  /** May read TypeScript (any parser but espree: tried). */
  readonly readsTypeScript: boolean;
  /** Modules parsed or served for this file so far (the bound). */
  reads: number;
  /** Module texts read for this file's Okta test so far (the same bound). */
  texts: number;
}

const languages = new WeakMap<SourceCode, Language>();

/** typescript-eslint options that would build a program (type information): not for a module read on the side. */
const TYPED_OPTIONS = new Set(['project', 'projectService', 'programs', 'EXPERIMENTAL_useProjectService']);

/** The parser options without those that ask for type information, once per options object (every file of a config block shares it). */
function untypedOptions(options: Record<string, unknown>): Record<string, unknown> {
  let untyped = untypedByOptions.get(options);
  if (!untyped) {
    untyped = Object.fromEntries(Object.entries(options).filter(([key]) => !TYPED_OPTIONS.has(key)));
    untypedByOptions.set(options, untyped);
  }
  return untyped;
}

const untypedByOptions = new WeakMap<object, Record<string, unknown>>();

/**
 * Remember how a linted file is parsed, so the modules it imports are parsed alike; the first
 * rule of a file calls it (mayConcernOkta). A block of a page is not a module of the app: none.
 */
export function rememberLanguage(context: Context): void {
  const { sourceCode } = context;
  if (languages.has(sourceCode) || context.filename !== context.physicalFilename || !path.isAbsolute(context.filename)) return;
  const options = (context as unknown as { languageOptions?: Record<string, unknown> }).languageOptions ?? {};
  const parser = options.parser;
  const parserOptions = untypedOptions((options.parserOptions ?? {}) as Record<string, unknown>);
  // A parser other than espree may read TypeScript (typescript-eslint's, however a tool wraps it): it is tried; one that fails gives
  // unknown.
  const named = parser as { meta?: { name?: unknown }; name?: unknown } | undefined;
  const name = named?.meta?.name ?? named?.name;
  const readsTypeScript = typeof parser === 'object' && parser !== null && name !== 'espree';
  languages.set(sourceCode, {
    file: context.filename,
    parser,
    parserOptions,
    sourceType: typeof options.sourceType === 'string' ? options.sourceType : undefined,
    ecmaVersion: options.ecmaVersion,
    readsTypeScript,
    reads: 0,
    texts: 0,
  });
}

/** A module of the app, parsed. */
export interface ProjectModule {
  readonly file: string;
  readonly sourceCode: SourceCode;
  /** Its language: imports from it are parsed alike. */
  readonly language: Language;
}

/** The file each parsed module's Program came from. */
const programFiles = new WeakMap<TSESTree.Program, string>();

/** The file a node of another module is in; null for a node of no module read here. */
export function moduleFileOf(node: TSESTree.Node): string | null {
  let root: TSESTree.Node = node;
  while (root.parent) root = root.parent;
  return root.type === 'Program' ? (programFiles.get(root) ?? null) : null;
}

/** The SourceCode of each parsed module's Program. */
const programSources = new WeakMap<TSESTree.Program, SourceCode>();

/** The parsed module a node of another module is in (its file and SourceCode); null for a node of no module read here. */
export function moduleOf(node: TSESTree.Node): { readonly file: string; readonly sourceCode: SourceCode } | null {
  let root: TSESTree.Node = node;
  while (root.parent) root = root.parent;
  if (root.type !== 'Program') return null;
  const file = programFiles.get(root);
  const sourceCode = programSources.get(root);
  return file !== undefined && sourceCode ? { file, sourceCode } : null;
}

/** How many times each module was parsed (tests: at most once per process and parser set-up). */
export const parseStats = { parses: 0, byFile: new Map<string, number>() };

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
const JAVASCRIPT_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs']);

interface LinterLike {
  verify(text: string, config: unknown, options: { filename: string }): unknown[];
}
let linterClass: (new (options: Record<string, unknown>) => LinterLike) | null | undefined;
const linters = new Map<string, LinterLike>();

/** ESLint's Linter, rooted at the file system's root (so any path is inside it); null when the peer has none. */
function linterFor(file: string): LinterLike | null {
  if (linterClass === undefined) {
    try {
      const eslint = createRequire(import.meta.url)('eslint') as { Linter?: new (options: Record<string, unknown>) => LinterLike };
      linterClass = typeof eslint.Linter === 'function' ? eslint.Linter : null;
    } catch {
      linterClass = null;
    }
  }
  if (!linterClass) return null;
  const root = path.parse(file).root;
  let linter = linters.get(root);
  if (!linter) {
    linter = new linterClass({ configType: 'flat', cwd: root });
    linters.set(root, linter);
  }
  return linter;
}

/** A key for the parser set-up: modules parsed for files with the same one are shared. */
const parserIds = new WeakMap<object, number>();
let parserCount = 0;
function languageKey(language: Language, extension: string): string {
  let id = 0;
  if (typeof language.parser === 'object' && language.parser !== null) {
    id = parserIds.get(language.parser) ?? (parserCount += 1);
    parserIds.set(language.parser, id);
  }
  return `${id}|${extension}|${language.sourceType ?? ''}|${String(language.ecmaVersion)}|${JSON.stringify(language.parserOptions)}`;
}

/** One module's text and what it parsed to, per parser set-up; replaced when the file changes. */
interface ModuleText {
  readonly text: string | null;
  readonly parsed: Map<string, SourceCode | null>;
  /** Answers about the text ({@link moduleAnswer}), by question. */
  readonly answers: Map<(text: string) => unknown, unknown>;
}

const readModuleText = (text: string | null): ModuleText => ({ text, parsed: new Map(), answers: new Map() });

/** How many times a module's text was asked a question afresh (the tests and the benchmark). */
export const answerStats = { byFile: new Map<string, number>() };

/**
 * A question about a module's text (a pure function of it), answered once per text and
 * kept with it: every importer asks the cached answer, a changed file asks again. Null
 * when the text cannot be read or is past the linted file's bound of texts.
 */
export function moduleAnswer<T>(file: string, budget: Budget, question: (text: string) => T): T | null {
  if (budget.texts >= MODULES_PER_LINT) return null;
  budget.texts += 1;
  const module = readParsed(file, readModuleText);
  if (module?.text == null) return null;
  if (module.answers.has(question)) return module.answers.get(question) as T;
  answerStats.byFile.set(file, (answerStats.byFile.get(file) ?? 0) + 1);
  const answer = question(module.text);
  module.answers.set(question, answer);
  return answer;
}

/**
 * A source file's text through the same cache entry (a package scan's text test: not
 * counted against a linted file's bound; the scan has its own, package-sources.ts).
 */
export function sourceFileText(file: string): string | null {
  return readParsed(file, readModuleText)?.text ?? null;
}

/** The linted file's bound on modules read: the Language of the linted file itself (its `reads`). */
export type Budget = Language;

/** The bound of the file being linted (null when its imports are not followed: a page block, no file). */
export function budgetOf(linted: SourceCode): Budget | null {
  const language = languages.get(linted);
  return language && !isModule(linted) ? language : null;
}

/** How a module (or the linted file) is parsed. */
export function languageOf(sourceCode: SourceCode): Language | null {
  return languages.get(sourceCode) ?? null;
}

const isModule = (sourceCode: SourceCode) => programFiles.has(sourceCode.ast);

function spend(budget: Budget): boolean {
  if (budget.reads >= MODULES_PER_LINT) return false;
  budget.reads += 1;
  return true;
}
function parse(file: string, text: string, language: Language): SourceCode | null {
  const extension = path.extname(file).toLowerCase();
  const json = extension === '.json';
  if (!json && !JAVASCRIPT_EXTENSIONS.has(extension) && !TYPESCRIPT_EXTENSIONS.has(extension)) return null;
  if (TYPESCRIPT_EXTENSIONS.has(extension) && !language.readsTypeScript) return null;
  const linter = linterFor(file);
  if (!linter) return null;
  let captured: SourceCode | null = null;
  const capture = {
    create(context: Context) {
      captured = context.sourceCode;
      return {};
    },
  };
  const espree = language.parser === undefined || json;
  const ecmaFeatures = {
    ...((language.parserOptions.ecmaFeatures as object | undefined) ?? {}),
    ...(espree ? { jsx: extension !== '.json' } : {}),
  };
  const languageOptions: Record<string, unknown> = {
    sourceType:
      json || extension === '.mjs' || extension === '.mts'
        ? 'module'
        : extension === '.cjs' || extension === '.cts'
          ? 'commonjs'
          : (language.sourceType ?? 'module'),
    ecmaVersion: language.ecmaVersion ?? 'latest',
    parserOptions: json ? {} : { ...language.parserOptions, ecmaFeatures },
    ...(espree ? {} : { parser: language.parser }),
  };
  try {
    // A JSON text is a JavaScript expression: `export default` on its first line keeps its lines.
    linter.verify(
      json ? `export default ${text}\n;` : text,
      [
        { files: ['**/*', '**/*.*'], languageOptions },
        { plugins: { 'okta-oie-project': { rules: { module: capture } } }, rules: { 'okta-oie-project/module': 'error' } },
      ],
      { filename: file },
    );
  } catch {
    return null;
  }
  parseStats.parses += 1;
  parseStats.byFile.set(file, (parseStats.byFile.get(file) ?? 0) + 1);
  const sourceCode = captured as SourceCode | null;
  if (sourceCode) {
    programFiles.set(sourceCode.ast, file);
    programSources.set(sourceCode.ast, sourceCode);
    // Imports in this module are parsed alike, and count against its own bound.
    languages.set(sourceCode, { ...language, file, reads: 0, texts: 0 });
  }
  return sourceCode;
}

/** A module of the app, parsed like the module `language` belongs to; null when it cannot be (unknown). */
export function loadModule(file: string, language: Language, budget: Budget): ProjectModule | null {
  if (!spend(budget)) return null;
  const entry = readParsed(file, readModuleText);
  if (!entry || entry.text === null) return null;
  const key = languageKey(language, path.extname(file).toLowerCase());
  let sourceCode = entry.parsed.get(key);
  if (sourceCode === undefined) {
    sourceCode = parse(file, entry.text, language);
    entry.parsed.set(key, sourceCode);
  }
  const moduleLanguage = sourceCode ? languages.get(sourceCode) : undefined;
  return sourceCode && moduleLanguage ? { file, sourceCode, language: moduleLanguage } : null;
}
