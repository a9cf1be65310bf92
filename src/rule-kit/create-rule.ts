/**
 * How a rule is written: typescript-eslint's typed context, AST and listeners while we
 * build (types only), an ESLint rule at run time. Nothing from typescript-eslint runs
 * in our users' projects.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { validateSettings } from '../analysis/packages/versions.js';
import { AnalysisError, usable } from '../deps.js';
import { PLUGIN_VERSION, REPOSITORY_URL } from '../meta.js';
import type { OktaRuleDocs, OktaRuleModule } from '../types.js';
import { isRecord } from '../analysis/packages/read.js';
import { mayConcernOkta } from '../analysis/questions/okta-mentions.js';

type Context<Options extends readonly unknown[], MessageIds extends string> = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: Omit<TSESLint.RuleMetaData<MessageIds, OktaRuleDocs, Options>, 'docs'> & {
    docs: Omit<OktaRuleDocs, 'url'>;
  };
  /**
   * `options` is `context.options` merged with `meta.defaultOptions`: ESLint 9.15 and
   * later merge them under flat config, ESLint 8.57 (and eslintrc) does not, so
   * `createRule` does what ESLint does where the defaults are missing.
   */
  create(context: Context<Options, MessageIds>, options: Options): TSESLint.RuleListener;
}

/** Each rule's docs URL points at the docs of the released version. */
export function docsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/v${PLUGIN_VERSION}/docs/rules/${name}.md`;
}

/**
 * Does the file have a JavaScript AST (any JavaScript parser: espree, TypeScript, Vue, …)?
 * jsonc-eslint-parser's AST is a `Program` too, of one `JSONExpressionStatement`.
 */
export function isJavaScript(ast: unknown): boolean {
  const program = ast as { type?: unknown; body?: unknown } | null | undefined;
  if (program?.type !== 'Program') return false;
  const [first] = Array.isArray(program.body) ? (program.body as { type?: unknown }[]) : [];
  return first?.type !== 'JSONExpressionStatement';
}

/**
 * An exception inside the analysis (an {@link AnalysisError}: a dependency that cannot
 * run, a comparison that failed) is no answer: the rule says nothing more in this file.
 * Other errors (a configuration error, a bug) go to ESLint as they are.
 */
function silentOnAnalysisError(create: () => TSESLint.RuleListener): TSESLint.RuleListener {
  let listeners: TSESLint.RuleListener;
  try {
    listeners = create();
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    return {};
  }
  // One wrapper per listener and file, with no closure or array per call (ESLint calls
  // listeners for every node they select; code-path listeners take up to three arguments).
  let silenced = false;
  const guarded: Record<string, (a: never, b: never, c: never) => void> = {};
  for (const selector of Object.keys(listeners)) {
    const listener = (listeners as Record<string, unknown>)[selector];
    if (typeof listener !== 'function') continue;
    const call = listener as (a: never, b: never, c: never) => void;
    guarded[selector] = (a, b, c) => {
      if (silenced) return;
      try {
        call(a, b, c);
      } catch (error) {
        if (!(error instanceof AnalysisError)) throw error;
        silenced = true;
      }
    };
  }
  return guarded as TSESLint.RuleListener;
}

/** Does `value` already hold every default (ESLint 9.15+ merged them): then merging changes nothing. */
function holdsDefaults(defaults: unknown, value: unknown): boolean {
  if (value === undefined) return false;
  if (!isRecord(defaults) || !isRecord(value)) return true;
  return Object.keys(defaults).every((key) => holdsDefaults(defaults[key], value[key]));
}

/** ESLint's deep merge of a user's value over a default (objects key by key; anything else replaces). */
function mergeOver(defaults: unknown, value: unknown): unknown {
  if (value === undefined) return defaults;
  if (!isRecord(defaults) || !isRecord(value)) return value;
  const merged: Record<string, unknown> = { ...defaults, ...value };
  for (const key of Object.keys(value)) {
    if (Object.prototype.propertyIsEnumerable.call(defaults, key)) merged[key] = mergeOver(defaults[key], value[key]);
  }
  return merged;
}

/**
 * The rule's options as ESLint 9.15+ hands them under flat config: `meta.defaultOptions`
 * deep-merged under `context.options`. ESLint 8.57 (and ESLint 9 under eslintrc) pass the
 * configured options only; options that already hold every default are returned as they
 * are, so nothing is merged twice.
 */
export function withDefaultOptions(defaults: readonly unknown[] | undefined, options: readonly unknown[]): readonly unknown[] {
  if (!defaults || defaults.every((value, i) => holdsDefaults(value, options[i]))) return options;
  return [...defaults.map((value, i) => mergeOver(value, options[i])), ...options.slice(defaults.length)];
}

export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: RuleDefinition<Options, MessageIds>): OktaRuleModule<Options, MessageIds> {
  const targets = meta.docs.targets ?? ['js'];
  const jsOnly = targets.length === 1 && targets[0] === 'js';
  const rule = {
    meta: { ...meta, docs: { ...meta.docs, url: docsUrl(name) } },
    create(context: Context<Options, MessageIds>): TSESLint.RuleListener {
      // A `js` rule's block has no `files`, so it also reaches JSON, CSS, Markdown, … files
      // that other blocks of the user's config lint: there it does nothing. A rule that
      // reads other kinds of file checks the AST itself.
      if (jsOnly && !isJavaScript(context.sourceCode.ast)) return {};
      validateSettings(context.settings);
      // Every finding of every rule needs Okta named in the file (or its page): elsewhere no listener runs.
      if (!mayConcernOkta(context)) return {};
      // Every rule reads scopes through eslint-utils; a version forced on us without its API: silence.
      if (!usable('@eslint-community/eslint-utils')) return {};
      return silentOnAnalysisError(() => create(context, withDefaultOptions(meta.defaultOptions, context.options) as Options));
    },
  };
  // The two rule types differ only in their context and node typings.
  return rule as unknown as OktaRuleModule<Options, MessageIds>;
}
