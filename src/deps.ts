/**
 * The plugin's run-time dependencies, each loaded when code first asks for it and checked
 * then: does it have the API we call, and does it answer a known question correctly?
 *
 * An app can force another version of a dependency on us (npm `overrides`, yarn
 * `resolutions`, pnpm `overrides`: Okta's own Vue sample pins `semver` 6.3.1, which has
 * no `semver.subset`). Then the code that needs it must not answer at all: asking for it
 * throws a {@link DependencyError} (an {@link AnalysisError}), which `createRule` turns
 * into silence for the rule, and the process prints one warning naming the package, the
 * version found and what forces it.
 *
 * The heavier ones are reached through accessors (`semver().valid(…)` loads and checks
 * `semver` on its first call), so ESLint processes and workers that lint no package.json,
 * lockfile or HTML page never load them; modules imported statically elsewhere are
 * checked with {@link usable} before the code that needs them runs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as SemverApi from 'semver';
import type * as YamlApi from 'yaml';
import type * as YarnParsersApi from '@yarnpkg/parsers';
import type * as HtmlParser2Api from 'htmlparser2';
import type * as JsoncParserApi from 'jsonc-eslint-parser';
import type GlobalsApi from 'globals';
import type * as EslintUtilsApi from '@eslint-community/eslint-utils';

const require = createRequire(import.meta.url);

/**
 * An exception inside the analysis: the analysis cannot answer, so the rule says nothing.
 * Not "unknown" (an unknown version may still get a finding about what holds on every
 * version): silence.
 */
export class AnalysisError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AnalysisError';
  }
}

/** A run-time dependency that is missing or has not the API the plugin needs. */
export class DependencyError extends AnalysisError {
  constructor(
    readonly dependency: DependencyName,
    message: string,
  ) {
    super(message);
    this.name = 'DependencyError';
  }
}

/** Rethrow an analysis error from a `catch` that would otherwise turn every exception into "unknown". */
export function rethrowAnalysisError(error: unknown): void {
  if (error instanceof AnalysisError) throw error;
}

type Module = Record<string, unknown>;
const isFunction = (value: unknown): boolean => typeof value === 'function';
const functions = (module: Module, names: readonly string[]): boolean => names.every((name) => isFunction(module[name]));

/** Each dependency's self-test: the functions we call, and one question with a known answer. */
const CHECKS = {
  semver: (m: Module) => {
    const s = m as unknown as typeof SemverApi;
    return (
      functions(m, ['valid', 'validRange', 'minVersion', 'intersects', 'subset', 'satisfies', 'compare', 'gt', 'coerce', 'parse']) &&
      s.subset('7.1.0', '^7.0.0') &&
      s.intersects('^6.0.0 || ^7.0.0', '>=7.0.0-0', { includePrerelease: true }) &&
      s.satisfies('7.0.0-beta.1', '>=7.0.0-0', { includePrerelease: true }) &&
      s.minVersion('^7.2.0')?.version === '7.2.0'
    );
  },
  yaml: (m: Module) => {
    if (!isFunction(m.parse)) return false;
    const parsed = (m as unknown as typeof YamlApi).parse('a:\n  b: [1]\n', { maxAliasCount: -1 }) as { a?: { b?: unknown[] } };
    return parsed.a?.b?.[0] === 1;
  },
  '@yarnpkg/parsers': (m: Module) => {
    if (!isFunction(m.parseSyml)) return false;
    const parsed = (m as unknown as typeof YarnParsersApi).parseSyml('# yarn lockfile v1\n\n"a@^1.0.0":\n  version "1.2.0"\n') as Record<
      string,
      { version?: unknown }
    >;
    return parsed['a@^1.0.0']?.version === '1.2.0';
  },
  htmlparser2: (m: Module) => {
    if (!isFunction(m.Parser)) return false;
    const seen: string[] = [];
    const Parser = m.Parser as new (handler: object) => { end(text: string): void };
    new Parser({ onopentag: (name: string, attributes: Record<string, string>) => seen.push(`${name}:${attributes.src}`) }).end(
      '<script src="w.js"></script>',
    );
    return seen[0] === 'script:w.js';
  },
  ignore: (m: Module) => {
    const create = (isFunction(m) ? m : m.default) as
      ((options?: object) => { add(p: string): { ignores(p: string): boolean } }) | undefined;
    return typeof create === 'function' && create().add('dist/').ignores('dist/a.js');
  },
  minimatch: (m: Module) => isFunction(m.minimatch) && (m.minimatch as (p: string, g: string) => boolean)('src/a.js', '**/*.js'),
  globals: (m: Module) => {
    const browser = (m.browser ?? (m.default as Module | undefined)?.browser) as Module | undefined;
    return typeof browser === 'object' && browser !== null && Object.hasOwn(browser, 'window') && Object.hasOwn(browser, 'document');
  },
  'jsonc-eslint-parser': (m: Module) => {
    if (!isFunction(m.parseForESLint)) return false;
    const { ast } = (m.parseForESLint as (code: string) => { ast: { type?: unknown; body?: { type?: unknown }[] } })('{"a":1}');
    return ast.type === 'Program' && ast.body?.[0]?.type === 'JSONExpressionStatement';
  },
  '@eslint-community/eslint-utils': (m: Module) => {
    if (!functions(m, ['findVariable', 'getPropertyName', 'getStaticValue'])) return false;
    const value = (m.getStaticValue as (node: object) => { value: unknown } | null)({ type: 'Literal', value: 7 });
    return value?.value === 7;
  },
  diff: (m: Module) =>
    isFunction(m.createTwoFilesPatch) &&
    String((m.createTwoFilesPatch as (...a: string[]) => string)('a', 'b', 'x\n', 'y\n')).includes('+y'),
} as const satisfies Record<string, (module: Module) => boolean>;

export type DependencyName = keyof typeof CHECKS;
export const DEPENDENCY_NAMES = Object.keys(CHECKS) as DependencyName[];

type State = { ok: true; module: unknown } | { ok: false; error: DependencyError };
const states = new Map<DependencyName, State>();
/** Modules given by tests in place of the installed ones, and the versions they stand for. */
let substitutes: Partial<Record<DependencyName, unknown>> = {};
let substituteVersions: Partial<Record<DependencyName, string>> = {};
let warned = false;

/** The package.json of the copy of `name` that `require` resolves from here. */
function installedManifest(name: string): { version?: unknown } | null {
  try {
    for (let directory = path.dirname(require.resolve(name)); ; directory = path.dirname(directory)) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
        if (manifest.name === name) return manifest;
      } catch {
        // No package.json here: keep walking up.
      }
      if (path.dirname(directory) === directory) return null;
    }
  } catch {
    return null;
  }
}

/** The range our own package.json asks for. */
function wantedRange(name: string): string {
  try {
    const manifest = require('../package.json') as { dependencies?: Record<string, string> };
    return manifest.dependencies?.[name] ?? 'another version';
  } catch {
    return 'another version';
  }
}

/**
 * Does a version satisfy a range as our package.json writes it (`^7.8.6`, `8.72.0`)?
 * Written without semver, which may be the dependency that is broken.
 */
function meets(version: string, range: string): boolean {
  const numbers = (text: string) => /^(\d+)\.(\d+)\.(\d+)/.exec(text)?.slice(1).map(Number) ?? null;
  const found = numbers(version);
  const caret = range.startsWith('^');
  const wanted = numbers(caret ? range.slice(1) : range);
  if (!found || !wanted) return false;
  if (!caret) return found.every((part, i) => part === wanted[i]);
  const [major, minor, patch] = found as [number, number, number];
  const [wantedMajor, wantedMinor, wantedPatch] = wanted as [number, number, number];
  return major === wantedMajor && (minor > wantedMinor || (minor === wantedMinor && patch >= wantedPatch));
}

function fail(name: DependencyName, cause: unknown): State {
  const found = Object.hasOwn(substitutes, name) ? (substituteVersions[name] ?? null) : installedManifest(name)?.version;
  const version = typeof found === 'string' ? found : null;
  const wanted = wantedRange(name);
  const forced = version !== null && !meets(version, wanted);
  const message =
    `eslint-plugin-okta-oie: ${name}${version ? ` ${version}` : ''} lacks the API this plugin needs (${name} ${wanted})` +
    (forced ? '; an `overrides` or `resolutions` entry in the app forces this version' : '') +
    '. Rules that need it stay silent.';
  if (!warned) {
    warned = true;
    process.emitWarning(message, {
      type: 'OktaOieDependencyWarning',
      code: 'OKTA_OIE_DEPENDENCY',
      detail: cause instanceof Error ? cause.message : undefined,
    });
  }
  return { ok: false, error: new DependencyError(name, message) };
}

function stateOf(name: DependencyName): State {
  let state = states.get(name);
  if (state) return state;
  try {
    const module = (Object.hasOwn(substitutes, name) ? substitutes[name] : require(name)) as Module;
    state = CHECKS[name](module) ? { ok: true, module } : fail(name, null);
  } catch (error) {
    state = fail(name, error);
  }
  states.set(name, state);
  return state;
}

/** A dependency, loaded and checked on first request; throws a DependencyError when it is unusable. */
export function dependency<T = unknown>(name: DependencyName): T {
  const state = stateOf(name);
  if (!state.ok) throw state.error;
  return state.module as T;
}

/** Is a dependency usable (checked once)? An unusable one has printed the warning. */
export function usable(name: DependencyName): boolean {
  return stateOf(name).ok;
}

/** Bumped by {@link resetDependencies}, so that the accessors below ask again. */
let generation = 0;

/**
 * An accessor that loads and checks the dependency on its first call and returns the same
 * module afterwards (one comparison a call): `semver().valid(…)`. Nothing is loaded when
 * ESLint loads the plugin, only when a file first needs the dependency.
 */
function accessor<T>(name: DependencyName): () => T {
  let module: T | undefined;
  let loadedIn = -1;
  return () => {
    if (loadedIn !== generation || module === undefined) {
      module = dependency<T>(name);
      loadedIn = generation;
    }
    return module;
  };
}

/** `semver` (versions and ranges). */
export const semver: () => typeof SemverApi = accessor('semver');
/** `yaml` (pnpm lockfiles, when the line scanner cannot read one). */
export const yaml: () => typeof YamlApi = accessor('yaml');
/** `@yarnpkg/parsers` (yarn lockfiles, v1 and berry). */
export const yarnParsers: () => typeof YarnParsersApi = accessor('@yarnpkg/parsers');
/** `htmlparser2` (the HTML processor). */
export const htmlparser2: () => typeof HtmlParser2Api = accessor('htmlparser2');
/** `globals` (the browser's, for the inline scripts of pages). */
export const globalsPackage: () => typeof GlobalsApi = accessor('globals');
/** `@eslint-community/eslint-utils` (scopes and static values, as ESLint's own rules read them). */
export const eslintUtils: () => typeof EslintUtilsApi = accessor('@eslint-community/eslint-utils');
/** `jsonc-eslint-parser` (package.json files). */
export const jsoncParser: () => typeof JsoncParserApi = accessor('jsonc-eslint-parser');

/** Tests: forget every check and the warning; optionally stand in other modules (and their versions) for some dependencies. */
export function resetDependencies(
  replacements: Partial<Record<DependencyName, unknown>> = {},
  versions: Partial<Record<DependencyName, string>> = {},
): void {
  states.clear();
  generation += 1;
  substitutes = replacements;
  substituteVersions = versions;
  warned = false;
}
