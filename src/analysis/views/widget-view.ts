/**
 * The per-file, version-bound view of one widget construction: what rules ask. It knows
 * its construction, its options and the widget version that applies to the file (with
 * where that came from), and answers option and engine questions by name, so a rule
 * reads: ask the view, report.
 *
 * Versions are sets: a question about the version is true only when it holds for every
 * version that may run, false when it holds for none, and `'unknown'` otherwise.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { findVariable, isSideEffectFree, memberKey, resolveFunction, singleInit, staticString, unwrap } from '../engine/ast.js';
import { canInsertInto, isImportPrivateTo, isOnlyExport, isPrivateEntry } from '../engine/edit-safety.js';
import { insertProperty, removeOption, replaceValue } from '../engine/edits.js';
import { onlySetsSessionAndRedirects } from '../engine/redirects.js';
import { importedFrom, isMethodCall, isModuleOf, resolveValue } from '../engine/modules.js';
import { SESSION_COOKIE_REDIRECT } from '../okta/auth-js.js';
import { HOSTED_COMPLETE_LOGIN, HOSTED_UTIL_GLOBAL } from '../okta/hosted.js';
import { AUTH_JS, OKTA_UTIL, OKTA_VALUES, WIDGET } from '../okta/values.js';
import {
  CLASSIC_ONLY_TRANSFORM_OPERATION,
  CLASSIC_STATE_TOKEN_PREFIX,
  OPTION,
  WIDGET_SUBPATH_MODULES,
  WIDGET_VERSIONS,
  type WidgetTokenMethod,
} from '../okta/widget.js';
import { resolveObjectArgument, type OptionEntry, type OptionsObject } from '../engine/options.js';
import { findEntries, lookup, presenceOf, truthOf } from '../engine/option-queries.js';
import type { Tri } from '../engine/tri.js';
import {
  describeVersion,
  resolveWidgetVersion,
  UNKNOWN_VERSION,
  versionAtLeast,
  WIDGET_POLICY,
  withMinimum,
  type VersionInfo,
} from '../packages/versions.js';
import { handlersByCall, reachesCall, successHandlers, type SuccessHandler } from '../questions/callbacks.js';
import { resultReadsByCall, widgetResultReads, type HandlerReads } from '../questions/widget-results.js';
import { pageWidgetVersions } from '../pages/html-page.js';
import { scriptPageVersions } from '../project/pages.js';
import { getWidgetConstruction, resolveWidgetOptions, type WidgetConstruction } from '../questions/widget.js';
import { importedWidgets } from '../questions/imported-widgets.js';
import { moduleFileOf, moduleOf } from '../project/modules.js';
import { otherReadersOf, packageRootOfFile } from '../project/package-sources.js';
import { recordedEdit } from './recorded-edit.js';
import path from 'node:path';
import { editOf, type Edit, type Suggestion } from './edit.js';
import { isCompleteLoginValue, namesOktaUtil, tokenMethodReplacement, widgetNameAt } from './handlers.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

export interface OptionAnswer {
  /** A boolean option: known true, known false, `undefined` (absent), or unknown (dynamic, spread, non-boolean). */
  readonly truth: Tri | undefined;
  /** Set to something (not absent, `undefined`, `null` or `''`), not set, or unknown. */
  readonly presence: Tri;
  /** Where the option is set in code, when it is. */
  readonly entry: OptionEntry | null;
}

/** The options of the `OktaAuth` passed as `authClient`: none passed, opaque, or resolved (with the construction). */
type AuthClient =
  { kind: 'none' } | { kind: 'unknown' } | { kind: 'resolved'; options: OptionsObject; construction: TSESTree.NewExpression };

export type { Edit, HandlerReads, SuccessHandler, Suggestion };

/** One option to remove, with the suggestion it offers; `autofix` is the rule's own condition for an autofix. */
export interface OptionRemoval<MessageIds extends string> {
  readonly entry: OptionEntry;
  readonly suggestion: Suggestion<MessageIds>;
  readonly autofix?: boolean;
}

/** A `renderEl` call of the widget, with the node a finding about it goes on (its method name). */
export interface RenderElCall<Item> {
  readonly call: TSESTree.CallExpression;
  readonly node: TSESTree.Node;
  readonly items: readonly Item[];
}

const RENDER_EL = 'renderEl';
const COMPLETE_LOGIN = `${HOSTED_UTIL_GLOBAL}.${HOSTED_COMPLETE_LOGIN}`;

/** Where PKCE is turned off: the entry, and whether it is in the options of the passed `authClient`. */
export interface PkceOffAt {
  readonly entry: OptionEntry;
  readonly inAuthClient: boolean;
}

/** An edit of another module of the app (absolute path), with why a person must make it (null: nothing else reads what it changes). */
export interface HomeEdit {
  readonly file: string;
  /** The line of the options literal. */
  readonly line: number;
  readonly range: readonly [number, number];
  readonly text: string;
  readonly blocker: string | null;
}

/** Version sources that only say what a package.json or node_modules holds, not what a `<script>` tag loads. */
const DETECTED: ReadonlySet<VersionInfo['source']> = new Set(['installed', 'lockfile', 'declared', 'mixed']);

export class WidgetView {
  private resolvedVersion: VersionInfo | undefined;
  private resolvedAuthClient: AuthClient | undefined;
  private readonly privacy = new Map<OptionEntry, boolean>();
  private resolvedPkce: { off: Tri; at: PkceOffAt | null } | undefined;

  constructor(
    readonly construction: WidgetConstruction,
    /** The options the constructor sees. */
    readonly options: OptionsObject,
    /** Options seeded by `OktaUtil.getSignInWidgetConfig()`: an Okta-hosted page, where Okta picks the engine. */
    readonly hosted: boolean,
    private readonly context: Context,
    private readonly versionOption: string | undefined,
    /** The module of the construction when it is another one (an imported instance): its options' nodes are read there. */
    private readonly home: SourceCode = context.sourceCode,
  ) {}

  /** Is the construction in another module of the app (an instance imported into this file)? */
  get imported(): boolean {
    return this.construction.instance.kind === 'imported';
  }

  /** Where findings about the constructor as a whole go. */
  get callee(): TSESTree.Expression {
    return this.construction.callee;
  }

  /**
   * The widget versions that may run here: the rule's option, the CDN versions of the page
   * (a page's inline script) or of every page that loads this script file (a widget reached
   * through the `OktaSignIn` global), the settings, or detected (with its source). A widget
   * reached through the `OktaSignIn` global runs what its `<script>` tag loads, so a
   * package.json, lockfile or installed copy (maybe there for the types only) does not count
   * for it. A 7.x-only entry point (`/oie`, `/classic`)
   * narrows what is not known more exactly to 7.0.0 and later.
   */
  get version(): VersionInfo {
    if (!this.resolvedVersion) {
      const { origin } = this.construction;
      let page = pageWidgetVersions(this.context);
      let loadedBy: readonly string[] | undefined;
      // A script file that pages load with `<script src>`: the `OktaSignIn` global is what their CDN tags load.
      if (page.length === 0 && origin.kind === 'global') {
        const loading = scriptPageVersions(this.context.physicalFilename);
        if (loading) ({ versions: page, pages: loadedBy } = loading);
      }
      let info = resolveWidgetVersion(this.context, this.versionOption, page, loadedBy);
      if (origin.kind === 'global' && DETECTED.has(info.source)) info = UNKNOWN_VERSION;
      if (origin.kind === 'module' && WIDGET_SUBPATH_MODULES.includes(origin.specifier)) {
        info = withMinimum(info, WIDGET_VERSIONS.subpathExports, origin.specifier);
      }
      this.resolvedVersion = info;
    }
    return this.resolvedVersion;
  }

  /** The version for a message: `6.9.0 (package-lock.json)`, `` `^6.4.0` (package.json) ``, `version unknown`. */
  get versionText(): string {
    return describeVersion(this.version, WIDGET_POLICY);
  }

  /** An option, by path (`'authParams', 'pkce'`). */
  option(...path: string[]): OptionAnswer {
    const sourceCode = this.home;
    const found = lookup(this.options, path);
    return {
      truth: truthOf(this.options, path, sourceCode),
      presence: presenceOf(this.options, path, sourceCode),
      entry: found.state === 'present' ? found.entry : null,
    };
  }

  /** Every option set in code at a path (`*` matches any key), with its dotted name. */
  entries(path: readonly string[]): { entry: OptionEntry; name: string }[] {
    return findEntries(this.options, path);
  }

  /** Every version that may run is at least `threshold` (true), none is (false), or some are. */
  atLeast(threshold: string): Tri {
    return versionAtLeast(this.version, threshold);
  }

  /** The version has `useInteractionCodeFlow` (5.2.0 and later). */
  get hasInteractionCodeFlow(): Tri {
    return this.atLeast(WIDGET_VERSIONS.interactionCodeFlow);
  }

  /** The version runs the Identity Engine by default and ignores `useInteractionCodeFlow` (7.0.0 and later). */
  get defaultsToIdentityEngine(): Tri {
    return this.atLeast(WIDGET_VERSIONS.oieDefault);
  }

  /** Some version that may run is 5.2–6.x, where `useInteractionCodeFlow` picks the engine. */
  get admitsFlowVersions(): boolean {
    return this.hasInteractionCodeFlow !== false && this.defaultsToIdentityEngine !== true;
  }

  /** `useClassicEngine` is known not to be `true`. */
  get classicEngineOff(): boolean {
    const classic = this.option(OPTION.useClassicEngine).truth;
    return classic === false || classic === undefined;
  }

  /**
   * A `stateToken` that is not a Classic one (`00…`), or a `proxyIdxResponse`: with
   * either, every widget from 5.2 on runs the Identity Engine router (docs/okta-facts.md#10-which-engine-a-widget-runs).
   */
  get startsFromIdentityEngineState(): Tri {
    const proxy = this.option(OPTION.proxyIdxResponse).presence;
    const token = this.option(OPTION.stateToken);
    if (proxy === true) return true;
    if (token.presence === true) {
      const value = token.entry?.value.kind === 'expression' ? staticString(unwrap(token.entry.value.node)) : null;
      return value === null ? 'unknown' : !value.startsWith(CLASSIC_STATE_TOKEN_PREFIX);
    }
    return proxy === false && token.presence === false ? false : 'unknown';
  }

  /** The `OktaAuth` passed as `authClient`, when the syntax shows it. */
  get authClient(): AuthClient {
    this.resolvedAuthClient ??= this.resolveAuthClient();
    return this.resolvedAuthClient;
  }

  private resolveAuthClient(): AuthClient {
    const option = this.option(OPTION.authClient);
    if (option.presence === false) return { kind: 'none' };
    if (option.entry?.value.kind !== 'expression') return { kind: 'unknown' };
    const sourceCode = this.home;
    let node = unwrap(option.entry.value.node);
    if (node.type === T.Identifier) {
      const variable = findVariable(sourceCode.getScope(node), node);
      const init = variable ? singleInit(variable) : null;
      if (!init) return { kind: 'unknown' };
      node = unwrap(init);
    }
    if (node.type !== T.NewExpression) return { kind: 'unknown' };
    if (resolveValue(node.callee, sourceCode.getScope(node), OKTA_VALUES)?.target !== AUTH_JS) return { kind: 'unknown' };
    const options = resolveObjectArgument(node, 0, sourceCode);
    return options ? { kind: 'resolved', options: options.root, construction: node } : { kind: 'unknown' };
  }

  /**
   * Is PKCE turned off for the widget: `authParams.pkce: false`, or `pkce: false` in the
   * options of the `OktaAuth` passed as `authClient` (true, with `pkceOffAt`)? False when
   * PKCE is known to be on; `'unknown'` when it may be off.
   */
  get pkceOff(): Tri {
    this.resolvedPkce ??= this.resolvePkce();
    return this.resolvedPkce.off;
  }

  /** Where PKCE is turned off, when `pkceOff` is true. */
  get pkceOffAt(): PkceOffAt | null {
    this.resolvedPkce ??= this.resolvePkce();
    return this.resolvedPkce.at;
  }

  private resolvePkce(): { off: Tri; at: PkceOffAt | null } {
    const authParams = this.option(OPTION.authParams, OPTION.pkce);
    if (authParams.truth === false && authParams.entry) return { off: true, at: { entry: authParams.entry, inAuthClient: false } };
    const client = this.authClient;
    let inClient: Tri | undefined = undefined;
    if (client.kind === 'unknown') inClient = 'unknown';
    if (client.kind === 'resolved') {
      inClient = truthOf(client.options, [OPTION.pkce], this.home);
      const found = lookup(client.options, [OPTION.pkce]);
      if (inClient === false && found.state === 'present') return { off: true, at: { entry: found.entry, inAuthClient: true } };
    }
    return { off: authParams.truth === 'unknown' || inClient === 'unknown' ? 'unknown' : false, at: null };
  }

  /** The widget's auth client has a `clientId`: at the top level, in `authParams`, or a passed `authClient`. */
  get authClientHasClientId(): boolean {
    return (
      this.option(OPTION.clientId).presence === true ||
      this.option(OPTION.authParams, OPTION.clientId).presence === true ||
      this.authClient.kind !== 'none'
    );
  }

  /**
   * May an edit of this entry be an autofix? Only when this construction is the only
   * reader of the text it changes (see edit-safety.ts).
   */
  isPrivate(entry: OptionEntry): boolean {
    let verdict = this.privacy.get(entry);
    if (verdict === undefined) {
      verdict = this.inThisFile(entry.node) && isPrivateEntry(entry, this.construction.node, this.context.sourceCode);
      this.privacy.set(entry, verdict);
    }
    return verdict;
  }

  /** Is this node in the linted file (not in a module its options were imported from)? */
  inThisFile(node: TSESTree.Node): boolean {
    let root: TSESTree.Node = node;
    while (root.parent) root = root.parent;
    return root === this.context.sourceCode.ast;
  }

  /**
   * Where the options live when they were imported from another module of the app: the
   * file (relative to the linted file's folder) and the line of the options literal, where an
   * option belongs. Null when they are in this file (or not one literal).
   */
  get optionsHome(): { file: string; line: number } | null {
    const { literal } = this.options;
    const file = literal && !this.inThisFile(literal) ? moduleFileOf(literal) : null;
    if (!literal || file === null) return null;
    const relative = path.relative(path.dirname(this.context.filename), file).split(path.sep).join('/');
    return { file: relative.startsWith('.') ? relative : `./${relative}`, line: literal.loc.start.line };
  }

  /**
   * May inserting `key` into the options literal be an autofix: nothing else reads the object, and its declared type (if any) is the
   * widget's own.
   */
  canInsertPrivately(key: string): boolean {
    const { literal } = this.options;
    const { sourceCode } = this.context;
    const isWidgetType = (type: TSESTree.TypeNode): boolean => {
      if (type.type !== T.TSTypeReference || type.typeName.type !== T.Identifier) return false;
      const variable = findVariable(sourceCode.getScope(type), type.typeName);
      const specifier = variable ? importedFrom(variable) : null;
      return specifier !== null && isModuleOf(WIDGET, specifier);
    };
    return literal !== null && this.inThisFile(literal) && canInsertInto(literal, key, this.construction.node, sourceCode, isWidgetType);
  }

  /**
   * Inserting `key: text` into the options literal where it lives in another module of
   * the app (`import config from './config'`): the edit in that module's text, and why it
   * may not be made without a person (null: nothing else reads the object). It may be made
   * when this file hands the imported binding only to this construction, the literal is
   * exactly one export of its module that nothing there reads (edit-safety.ts
   * isOnlyExport), and no other file of the package loads the module (a scan of the
   * package: package-sources.ts). Null when the options are in this file or not one literal.
   */
  homeInsertion(key: string, text: string): HomeEdit | null {
    const { literal } = this.options;
    const home = literal && !this.inThisFile(literal) ? moduleOf(literal) : null;
    if (!literal || !home) return null;
    const name = path.basename(home.file);
    const line = literal.loc.start.line;
    const edit = recordedEdit(home.sourceCode, (fixer) => insertProperty(fixer, home.sourceCode, literal, key, text));
    const at = (blocker: string | null): HomeEdit => ({ file: home.file, line, range: edit.range, text: edit.text, blocker });
    // A JSON module is parsed behind `export default `: its offsets are not the file's.
    if (home.file.toLowerCase().endsWith('.json')) return at(`${name} is JSON`);
    const { sourceCode } = this.context;
    const argument = this.construction.node.arguments[0];
    const passed = argument && argument.type !== T.SpreadElement ? unwrap(argument) : null;
    const variable = passed?.type === T.Identifier ? findVariable(sourceCode.getScope(passed), passed) : null;
    if (!variable || !isImportPrivateTo(variable, key, this.construction.node, sourceCode))
      return at(`this file also reads what it imports from ${name}`);
    const isWidgetType = (type: TSESTree.TypeNode): boolean => {
      if (type.type !== T.TSTypeReference || type.typeName.type !== T.Identifier) return false;
      const found = findVariable(home.sourceCode.getScope(type), type.typeName);
      const specifier = found ? importedFrom(found) : null;
      return specifier !== null && isModuleOf(WIDGET, specifier);
    };
    if (!isOnlyExport(literal, key, home.sourceCode, isWidgetType)) return at(`${name} reads or exports the object more than once`);
    const readers = otherReadersOf(home.file, new Set([this.context.physicalFilename]));
    if (readers === null) return at(`the other readers of ${name} cannot all be seen`);
    const [reader] = readers;
    if (reader) {
      const root = packageRootOfFile(home.file) ?? path.dirname(home.file);
      const where = path.relative(root, reader.file).split(path.sep).join('/');
      return at(`${name} is also ${reader.how === 'imports' ? 'imported' : 'maybe loaded'} by ${where}`);
    }
    return at(null);
  }

  /** The module the widget was imported from (`@okta/okta-signin-widget/classic`), or null for a global. */
  get entryModule(): string | null {
    const { origin } = this.construction;
    return origin.kind === 'module' ? origin.specifier : null;
  }

  // ---- Edits on the options: each carries its autofix verdict for `fixOrSuggest` (see edit-safety.ts).

  /**
   * Remove an option set in code. An autofix only when `autofix` (the rule's own
   * condition) holds, the removal drops no effect of the value, and this construction is
   * the only reader of the text it changes.
   */
  removeOption<MessageIds extends string>(entry: OptionEntry, suggestion: Suggestion<MessageIds>, autofix = true): Edit<MessageIds> {
    return this.removeOptions([{ entry, suggestion, autofix }])[0]!;
  }

  /**
   * Remove several options in one pass: those removed by autofix together, so an object
   * they empty goes with them.
   */
  removeOptions<MessageIds extends string>(removals: readonly OptionRemoval<MessageIds>[]): Edit<MessageIds>[] {
    const { sourceCode } = this.context;
    const verdicts = removals.map(({ entry, autofix = true }) => {
      if (!this.inThisFile(entry.node)) return false;
      const removal = removeOption(sourceCode, entry);
      return autofix && removal !== null && !removal.dropsEffect && this.isPrivate(entry);
    });
    const removedWith = new Set(removals.flatMap(({ entry }, i) => (verdicts[i] && entry.property ? [entry.property] : [])));
    // An option of another module is edited there, never from this file (no edit here).
    return removals.map(({ entry, suggestion }, i) =>
      editOf(
        this.inThisFile(entry.node) ? (removeOption(sourceCode, entry, verdicts[i] ? removedWith : undefined)?.fix ?? null) : null,
        suggestion,
        verdicts[i],
      ),
    );
  }

  /**
   * Set an option's value to `text` where it is set (its property, or its assignment).
   * An autofix only when `autofix` holds, this construction is the only reader, and the
   * old value has no effect.
   */
  replaceOption<MessageIds extends string>(
    entry: OptionEntry,
    text: string,
    suggestion: Suggestion<MessageIds>,
    autofix = true,
  ): Edit<MessageIds> {
    const written = entry.property ?? (entry.node.type === T.AssignmentExpression ? entry.node : null);
    const editable = written && this.inThisFile(written) ? written : null;
    const fix: TSESLint.ReportFixFunction | null = editable && ((fixer) => replaceValue(fixer, editable, text));
    return editOf(fix, suggestion, autofix && this.isPrivate(entry) && (!entry.property || isSideEffectFree(entry.property.value)));
  }

  /**
   * Insert `key: text` into the options literal (none when the options are not one
   * literal). An autofix only when `autofix` holds and `canInsertPrivately(key)`.
   */
  insertOption<MessageIds extends string>(key: string, text: string, suggestion: Suggestion<MessageIds>, autofix = true): Edit<MessageIds> {
    const { literal } = this.options;
    const { sourceCode } = this.context;
    const fix: TSESLint.ReportFixFunction | null =
      literal && this.inThisFile(literal) ? (fixer) => insertProperty(fixer, sourceCode, literal, key, text) : null;
    return editOf(fix, suggestion, autofix && this.canInsertPrivately(key));
  }

  /** Set a top-level option to `text`: replace it where it is set, or insert it. */
  setOption<MessageIds extends string>(key: string, text: string, suggestion: Suggestion<MessageIds>, autofix = true): Edit<MessageIds> {
    const { entry } = this.option(key);
    return entry ? this.replaceOption(entry, text, suggestion, autofix) : this.insertOption(key, text, suggestion, autofix);
  }

  // ---- Success handlers and what they read from the result.

  /**
   * The success handlers of the widget's render calls, in source order. Constructions
   * kept in one variable share the same array, so a rule can do its work once per array.
   */
  get successHandlers(): readonly SuccessHandler[] {
    return successHandlers(this.construction, this.context.sourceCode);
  }

  /** The Classic result reads of each success handler (the same array for constructions that share their handlers). */
  get resultReads(): readonly HandlerReads[] {
    return widgetResultReads(this.construction, this.context.sourceCode);
  }

  /** The `renderEl` calls, each with its handlers' result reads. */
  renderElReads(): RenderElCall<HandlerReads>[] {
    return renderElCalls(resultReadsByCall(this.resultReads), ({ handler }) => handler);
  }

  /** The `renderEl` calls, each with its success handlers. */
  renderElHandlers(): RenderElCall<SuccessHandler>[] {
    return renderElCalls(handlersByCall(this.successHandlers), (handler) => handler);
  }

  /** The name of the widget instance of a handler's render call, as code at `at` can write it (null when none does). */
  instanceNameAt(handler: SuccessHandler, at: TSESTree.Node): string | null {
    return widgetNameAt(handler, at, this.context.sourceCode);
  }

  /** Does the handler hand the result to `OktaUtil.completeLogin` (it is that function, or calls it), surely not, or may it? */
  handsToCompleteLogin(handler: SuccessHandler): Tri {
    const { sourceCode } = this.context;
    if (isCompleteLoginValue(handler.argument, sourceCode)) return true;
    return reachesCall(handler, sourceCode, (call) =>
      isMethodCall(call, () => sourceCode.getScope(call), OKTA_UTIL, HOSTED_COMPLETE_LOGIN),
    );
  }

  /**
   * Replace a success handler with `OktaUtil.completeLogin` (none where `OktaUtil` is
   * shadowed). An autofix only for a handler written in place that only sets the session
   * and redirects (`setCookieAndRedirect`, or a redirect to its target): anything else it
   * does, or a function someone else may call, is the app's behaviour.
   */
  completeLoginEdit<MessageIds extends string>(handler: SuccessHandler, suggestion: Suggestion<MessageIds>): Edit<MessageIds> {
    const { sourceCode } = this.context;
    const fix: TSESLint.ReportFixFunction | null = namesOktaUtil(handler.argument, sourceCode)
      ? (fixer) => fixer.replaceText(handler.argument, COMPLETE_LOGIN)
      : null;
    // `res.session.setCookieAndRedirect(…)` on any object, constant computed keys included.
    const isSessionRedirect = (callee: TSESTree.MemberExpression) => memberKey(callee, sourceCode) === SESSION_COOKIE_REDIRECT;
    return editOf(fix, suggestion, handler.inline && handler.fn !== null && onlySetsSessionAndRedirects(handler.fn, isSessionRedirect));
  }

  /**
   * Replace a `renderEl` call (and its `.then`) with a token method that hands the tokens
   * to the widget's auth client: a suggestion, none when the call's shape leaves no clear edit.
   */
  tokenMethodEdit<MessageIds extends string>(
    call: TSESTree.CallExpression,
    handlers: readonly SuccessHandler[],
    method: WidgetTokenMethod,
    suggestion: Suggestion<MessageIds>,
  ): Edit<MessageIds> {
    const edit = tokenMethodReplacement(call, handlers, method, this.context.sourceCode);
    return editOf(edit && ((fixer) => fixer.replaceTextRange(edit.range, edit.text)), suggestion, false);
  }

  /**
   * The comparisons of `transformUsername`'s operation parameter with the Classic-only
   * operation: `operation === 'IDP_DISCOVERY'` and `case 'IDP_DISCOVERY':`.
   */
  classicTransformOperations(): TSESTree.Node[] {
    const transform = this.option(OPTION.transformUsername).entry;
    if (transform?.value.kind !== 'expression') return [];
    const sourceCode = this.home;
    const fn = resolveFunction(transform.value.node, sourceCode.getScope(transform.value.node));
    const operation = fn?.params[1];
    if (!fn || operation?.type !== T.Identifier) return [];
    const variable = sourceCode.getDeclaredVariables(fn).find((v) => v.name === operation.name);
    const found: TSESTree.Node[] = [];
    const isClassic = (node: TSESTree.Node) => staticString(node) === CLASSIC_ONLY_TRANSFORM_OPERATION.value;
    for (const { identifier } of variable?.references ?? []) {
      const parent = identifier.parent;
      if (parent?.type === T.BinaryExpression && ['===', '==', '!==', '!='].includes(parent.operator)) {
        if (isClassic(parent.left === identifier ? parent.right : parent.left)) found.push(parent);
      } else if (parent?.type === T.SwitchStatement && parent.discriminant === identifier) {
        for (const switchCase of parent.cases) if (switchCase.test && isClassic(switchCase.test)) found.push(switchCase.test);
      }
    }
    return found;
  }

  /** An OIDC app context that keeps the engine choice: a top-level `clientId` and no `useClassicEngine: true`. */
  private get oidcApp(): boolean {
    return this.option(OPTION.clientId).presence === true && this.classicEngineOff;
  }

  /**
   * Is the engine known to be the Identity Engine, on every version that may run?
   * - 7.x: an OIDC app context (7.x ignores `useInteractionCodeFlow`);
   * - 5.2–6.x: `useInteractionCodeFlow: true`;
   * - before 5.2: never (there is no Interaction Code flow);
   * - a mix, or unknown: what holds either way, `useInteractionCodeFlow: true` and an OIDC app
   *   context (the option itself says the widget is 5.2 or later).
   */
  get runsIdentityEngine(): boolean {
    const flow = this.option(OPTION.useInteractionCodeFlow).truth === true;
    if (this.hasInteractionCodeFlow === false) return false;
    if (this.defaultsToIdentityEngine === true) return this.oidcApp;
    if (this.defaultsToIdentityEngine === false && this.hasInteractionCodeFlow === true) return flow;
    return flow && this.oidcApp;
  }
}

/** The `renderEl` calls of a grouping by render call, with the node a finding goes on. */
function renderElCalls<Item>(
  grouped: ReadonlyMap<TSESTree.CallExpression, readonly Item[]>,
  handlerOf: (item: Item) => SuccessHandler,
): RenderElCall<Item>[] {
  const found: RenderElCall<Item>[] = [];
  for (const [call, items] of grouped) {
    const [first] = items;
    // A render call's callee is the member itself (callbacks.ts), its method the member's static key.
    if (first && handlerOf(first).method === RENDER_EL && call.callee.type === T.MemberExpression)
      found.push({ call, node: call.callee.property, items });
  }
  return found;
}

/**
 * The view of a `new` expression, or null when it does not construct the widget or its
 * options are opaque (then every option is unknown, and rules stay silent).
 * `versionOption` is the rule's own `widgetVersion` option.
 */
export function getWidgetView(context: Context, node: TSESTree.NewExpression, versionOption: string | undefined): WidgetView | null {
  const construction = getWidgetConstruction(node, context.sourceCode);
  if (!construction) return null;
  const options = resolveWidgetOptions(node, context.sourceCode);
  return options ? new WidgetView(construction, options.root, options.hosted, context, versionOption) : null;
}

/**
 * A widget instance of this file constructed in another module of the app: its construction
 * and the view of its options (null when opaque).
 */
export interface ImportedInstance {
  readonly construction: WidgetConstruction;
  readonly widget: WidgetView | null;
}

/**
 * The widget instances this file imports from the app's own modules (questions/imported-widgets.ts),
 * each with the view of the options its construction sees there (null when they are opaque).
 */
export function importedInstances(context: Context, versionOption: string | undefined): ImportedInstance[] {
  return importedWidgets(context.sourceCode).map(({ construction, sourceCode }) => {
    const options = resolveWidgetOptions(construction.node, sourceCode);
    return {
      construction,
      widget: options ? new WidgetView(construction, options.root, options.hosted, context, versionOption, sourceCode) : null,
    };
  });
}
