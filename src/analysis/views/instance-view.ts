/**
 * What the customisation rules ask about a widget instance and the code around it:
 * "which widget instance is this receiver" (its property assignments and method calls),
 * "does the handler given to this call read its argument", "may this assignment move into
 * the constructor's options", and, for DOM customisations, "does this file or page use the
 * widget" and "which Classic-only ids does this selector string name".
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { contains, enclosingFunction, forEachNode, isSideEffectFree, staticString, unwrap, variableNamed } from '../engine/ast.js';
import { insertProperty, removeStatement } from '../engine/edits.js';
import { CLASSIC_DOM_IDS, type ClassicDomId } from '../okta/widget-customisations.js';
import { pageOf, pageUrls } from '../pages/html-page.js';
import { validateVersionSettings, WIDGET_POLICY } from '../packages/versions.js';
import { resolveHandler, type Handler } from '../questions/callbacks.js';
import { fileUsesWidget } from '../questions/okta-usage.js';
import { pagesLoading } from '../project/pages.js';
import { getWidgetConstruction, type WidgetConstruction } from '../questions/widget.js';
import { widgetResultReads, type HandlerReads } from '../questions/widget-results.js';
import {
  instanceAssignments,
  instanceCalls,
  instanceReads,
  type InstanceAssignment,
  type InstanceCall,
} from '../questions/widget-instances.js';
import type { Tri } from '../engine/tri.js';
import { getWidgetView, importedInstances, type WidgetView } from './widget-view.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.ReportFixFunction;

export type { Handler, InstanceAssignment, InstanceCall };

/** One widget construction and the instance it makes, as far as the syntax follows it. */
export class WidgetInstance {
  constructor(
    readonly construction: WidgetConstruction,
    /** The view of its options and version; null when the options are opaque. */
    readonly widget: WidgetView | null,
    private readonly sourceCode: SourceCode,
  ) {}

  /**
   * Is the construction in another module of the app (an instance this file imports)? Then
   * other modules may use the instance too: an edit whose safety depends on its other uses
   * is a suggestion.
   */
  get imported(): boolean {
    return this.construction.instance.kind === 'imported';
  }

  /** Where the options live when they are another module's (see WidgetView.optionsHome); null when here or unknown. */
  get optionsHome(): { file: string; line: number } | null {
    return this.widget?.optionsHome ?? null;
  }

  /** Every widget version that may run is at least `threshold` (true), none is (false), or not known. */
  atLeast(threshold: string): Tri {
    return this.widget ? this.widget.atLeast(threshold) : 'unknown';
  }

  /** The version for a message. */
  get versionText(): string {
    return this.widget?.versionText ?? 'version unknown';
  }

  /**
   * The Classic result reads of each success handler of its render calls: a Classic-only
   * shape is Classic whatever the options say, so these are known with opaque options too
   * (the same array for constructions that share their handlers).
   */
  get resultReads(): readonly HandlerReads[] {
    return widgetResultReads(this.construction, this.sourceCode);
  }

  private get reads(): readonly TSESTree.Node[] {
    return instanceReads(this.construction, this.sourceCode);
  }

  /** `<instance>.<key> = …` for these keys, after construction. */
  assignments(keys: Iterable<string>): InstanceAssignment[] {
    return instanceAssignments(this.reads, new Set(keys), this.sourceCode);
  }

  /** `<instance>.<method>(…)` for these methods, in source order. */
  calls(methods: Iterable<string>): InstanceCall[] {
    return instanceCalls(this.reads, new Set(methods), this.sourceCode);
  }

  /**
   * How to move `<instance>.<key> = value;` into the constructor's options literal, or null
   * when it cannot move there: no literal, the key already set (or maybe set), the
   * assignment not a statement of its own, or the value naming something the options
   * cannot see (a later or other binding, `this`, a function). `autofix` when nothing but
   * this construction reads the literal, the statement always runs right after it (same
   * statement list, same function) and evaluating the value earlier has no effect.
   */
  moveIntoOptions({ assignment, key }: InstanceAssignment): { fix: Fix; autofix: boolean } | null {
    const { widget, sourceCode } = this;
    const literal = widget?.options.literal;
    // Options of another module are edited there, never from this file.
    if (!widget || !literal || !widget.inThisFile(literal) || widget.option(key).presence !== false || widget.options.open) return null;
    const statement = assignment.parent;
    if (statement?.type !== T.ExpressionStatement || statement.expression !== assignment || !isStatementOfList(statement)) return null;
    if (!availableAt(assignment.right, literal, sourceCode)) return null;
    const text = sourceCode.getText(assignment.right);
    const value = unwrap(assignment.right).type === T.SequenceExpression && !text.startsWith('(') ? `(${text})` : text;
    const fix: Fix = (fixer) => {
      const inserted = insertProperty(fixer, sourceCode, literal, key, value);
      const removed = removeStatement(fixer, sourceCode, statement);
      return [...(Array.isArray(inserted) ? inserted : [inserted]), ...(Array.isArray(removed) ? removed : [removed])];
    };
    const construction = this.construction.node;
    const autofix = widget.canInsertPrivately(key) && runsRightAfter(statement, construction) && isSideEffectFree(assignment.right);
    return { fix, autofix };
  }

  /** The handler a call hands its argument at `index` to (`on(event, handler)`), or null when there is none. */
  handler(call: TSESTree.CallExpression, index: number): Handler | null {
    const argument = call.arguments[index];
    if (!argument || argument.type === T.SpreadElement) return null;
    return resolveHandler(argument, this.sourceCode);
  }
}

/** A statement of a block or the program (not the only statement of an `if`). */
function isStatementOfList(statement: TSESTree.Node): boolean {
  const parent = statement.parent;
  return parent?.type === T.Program || parent?.type === T.BlockStatement || parent?.type === T.StaticBlock;
}

/** Does `statement` run every time right after `construction`: later in the same statement list, in the same function? */
function runsRightAfter(statement: TSESTree.Statement, construction: TSESTree.Node): boolean {
  let top: TSESTree.Node = construction;
  while (top.parent && top.parent !== statement.parent) top = top.parent;
  return (
    top.parent === statement.parent &&
    top.range[1] <= statement.range[0] &&
    enclosingFunction(construction) === enclosingFunction(statement)
  );
}

/** Nodes under which the value would mean something else (or run at another time) in the options. */
const NOT_MOVABLE: ReadonlySet<string> = new Set([
  T.FunctionExpression,
  T.ArrowFunctionExpression,
  T.ClassExpression,
  T.ThisExpression,
  T.Super,
  T.AwaitExpression,
  T.YieldExpression,
  T.MetaProperty,
]);

/**
 * Can `value` be written at `target` and mean the same: every name it reads is the same
 * binding (or the same global) there, declared and initialised before it and never
 * reassigned?
 */
function availableAt(value: TSESTree.Node, target: TSESTree.Node, sourceCode: SourceCode): boolean {
  let movable = true;
  forEachNode(value, sourceCode.visitorKeys, (node) => {
    if (NOT_MOVABLE.has(node.type)) movable = false;
  });
  if (!movable) return false;
  const scope = sourceCode.getScope(value);
  const targetScope = sourceCode.getScope(target);
  const references = [scope, ...scope.childScopes]
    .flatMap((each) => each.references)
    .filter((reference) => contains(value, reference.identifier));
  return references.every(({ identifier, resolved }) => {
    if (identifier.type !== T.Identifier) return false;
    const there = variableNamed(targetScope, identifier.name);
    if (there !== resolved && !(resolved === null && there?.defs.length === 0)) return false;
    if (!resolved || resolved.defs.length === 0) return true;
    if (resolved.defs.length !== 1) return false;
    const [def] = resolved.defs;
    if (resolved.references.some((reference) => reference.isWrite() && !reference.init)) return false;
    switch (def?.type) {
      case 'ImportBinding':
      case 'FunctionName':
      case 'Parameter':
        return true;
      case 'Variable':
      case 'ClassName':
        return def.node.range[1] <= target.range[0];
      default:
        return false;
    }
  });
}

/**
 * Listeners that hand `check` each widget construction's instance (also when its options
 * are opaque: the instance is still the widget), and each instance this file imports from
 * the app's own modules (constructed there: `instance.imported`). `widgetVersion` is the
 * rule's own option; a version that is not a version or range stops the run with a
 * configuration error.
 */
export function widgetInstanceListeners(
  context: Context,
  widgetVersion: string | undefined,
  check: (instance: WidgetInstance) => void,
): TSESLint.RuleListener {
  validateVersionSettings(context, WIDGET_POLICY, widgetVersion);
  return {
    Program() {
      for (const { construction, widget } of importedInstances(context, widgetVersion))
        check(new WidgetInstance(construction, widget, context.sourceCode));
    },
    NewExpression(node) {
      const construction = getWidgetConstruction(node, context.sourceCode);
      if (construction) check(new WidgetInstance(construction, getWidgetView(context, node, widgetVersion), context.sourceCode));
    },
  };
}

/** The static text of a string argument (a literal, or a template without expressions) and its node, or null. */
export function staticStringArgument(call: TSESTree.CallExpression, index: number): { value: string; node: TSESTree.Node } | null {
  const argument = call.arguments[index];
  const value = argument ? staticString(argument) : null;
  return argument && value !== null ? { value, node: argument } : null;
}

/** Replace the text inside a string literal or expression-less template's quotes, keeping its quotes. */
export function replaceStringContent(fixer: TSESLint.RuleFixer, node: TSESTree.Node, text: string): TSESLint.RuleFix {
  return fixer.replaceTextRange([node.range[0] + 1, node.range[1] - 1], text);
}

/**
 * What a handler does with the argument at its `parameter`: `ignores` it (no such
 * parameter, never read), reads only these `keys` of it (`reads`: the member expressions),
 * reads it otherwise (`other`), or the analysis cannot tell (`unknown`: no visible
 * function, `arguments`, a rest parameter).
 */
export function argumentUse(
  handler: Handler,
  keys: ReadonlySet<string>,
  sourceCode: SourceCode,
): { kind: 'ignores' } | { kind: 'reads'; reads: TSESTree.MemberExpression[] } | { kind: 'other' } | { kind: 'unknown' } {
  const { fn } = handler;
  if (!fn) return { kind: 'unknown' };
  if (fn.params.slice(0, handler.parameter + 1).some((param) => param.type === T.RestElement)) return { kind: 'unknown' };
  if (fn.type !== T.ArrowFunctionExpression) {
    let readsArguments = false;
    forEachNode(fn.body, sourceCode.visitorKeys, (node) => {
      if (node.type === T.Identifier && node.name === 'arguments' && enclosingFunction(node) === fn) readsArguments = true;
    });
    if (readsArguments) return { kind: 'unknown' };
  }
  const parameter = fn.params[handler.parameter];
  if (!parameter) return { kind: 'ignores' };
  if (parameter.type !== T.Identifier) return { kind: 'other' };
  const variable = sourceCode.getDeclaredVariables(fn).find((each) => each.identifiers[0] === parameter);
  if (!variable) return { kind: 'unknown' };
  const reads: TSESTree.MemberExpression[] = [];
  for (const reference of variable.references) {
    if (reference.isWrite()) return { kind: 'other' };
    const member = reference.identifier.parent;
    if (member?.type !== T.MemberExpression || member.object !== reference.identifier) return { kind: 'other' };
    const key = member.computed ? staticString(member.property) : member.property.type === T.Identifier ? member.property.name : null;
    if (key === null || !keys.has(key)) return { kind: 'other' };
    const outer = member.parent;
    if (
      (outer?.type === T.AssignmentExpression && outer.left === member) ||
      outer?.type === T.UpdateExpression ||
      (outer?.type === T.UnaryExpression && outer.operator === 'delete')
    ) {
      return { kind: 'other' };
    }
    reads.push(member);
  }
  return reads.length === 0 ? { kind: 'ignores' } : { kind: 'reads', reads };
}

// ---------------------------------------------------------------- DOM selectors

/** A Classic-only id named in a string: where (offsets in the file) and what replaces it. */
export interface ClassicIdMatch extends ClassicDomId {
  readonly start: number;
  readonly end: number;
}

const IDS = CLASSIC_DOM_IDS.map(({ id }) => id.replace(/[-]/g, '\\-')).join('|');
/** `#id` or `[id="id"]` (any quotes, `=`, `~=`, `^=`…), the id not followed by more name characters. */
const SELECTOR = new RegExp(`(?:#|\\[\\s*id\\s*[~|^$*]?=\\s*["']?)(${IDS})(?![\\w-])`, 'g');
const BY_ID = new Map(CLASSIC_DOM_IDS.map((each) => [each.id, each]));
/** DOM calls whose string argument is an id, not a selector. */
const ID_METHODS: ReadonlySet<string> = new Set(['getElementById']);

/** The Classic-only ids a selector text names, with their offsets from `offset`. */
function classicIdsIn(text: string, offset: number): ClassicIdMatch[] {
  const found: ClassicIdMatch[] = [];
  if (!text.includes('-')) return found;
  for (const match of text.matchAll(SELECTOR)) {
    const id = match[1]!;
    const start = offset + match.index + match[0].length - id.length;
    found.push({ ...BY_ID.get(id)!, start, end: start + id.length });
  }
  return found;
}

/** Does the page this block belongs to (or a page that loads this script file) load the widget from Okta's CDN? */
function pageLoadsWidget(context: Context): boolean {
  const page = pageOf(context);
  if (page !== undefined) return pageUrls(page).length > 0;
  return pagesLoading(context.physicalFilename).some((each) => each.widgetVersions.length > 0);
}

/**
 * Listeners that hand `report` every Classic-only id named by a selector string (any
 * string literal, template text or object key: `querySelector`, jQuery's `$`/`.find`/
 * `.closest`, CSS-in-JS) or given to `getElementById`, but only in a file that uses the
 * widget (imports it, names `OktaSignIn` or `OktaUtil`, constructs it) or a script of a
 * page that loads it (inline, or a file the page loads with `<script src>`). Reported at the end of the file, in source order.
 */
export function classicSelectorListeners(
  context: Context,
  report: (match: ClassicIdMatch, node: TSESTree.Node) => void,
): TSESLint.RuleListener {
  const { sourceCode } = context;
  const text = sourceCode.text;
  // No id at all: nothing to walk for.
  if (!CLASSIC_DOM_IDS.some(({ id }) => text.includes(id))) return {};
  const found: { match: ClassicIdMatch; node: TSESTree.Node }[] = [];
  let constructs = false;
  const collect = (node: TSESTree.Node, raw: string, offset: number) => {
    for (const match of classicIdsIn(raw, offset)) found.push({ match, node });
  };
  return {
    NewExpression(node: TSESTree.NewExpression) {
      if (!constructs && getWidgetConstruction(node, sourceCode)) constructs = true;
    },
    Literal(node: TSESTree.Literal) {
      // Every Classic id has a `-`: a string without one names none (its source text has none either).
      if (typeof node.value !== 'string' || !node.value.includes('-')) return;
      const raw = sourceCode.getText(node);
      collect(node, raw, node.range[0]);
      const call = node.parent;
      if (call?.type === T.CallExpression && call.arguments[0] === node && BY_ID.has(node.value)) {
        const callee = unwrap(call.callee);
        const method =
          callee.type === T.MemberExpression && !callee.computed && callee.property.type === T.Identifier ? callee.property.name : null;
        if (method !== null && ID_METHODS.has(method) && raw.length === node.value.length + 2) {
          const start = node.range[0] + 1;
          found.push({ match: { ...BY_ID.get(node.value)!, start, end: start + node.value.length }, node });
        }
      }
    },
    TemplateElement(node: TSESTree.TemplateElement) {
      collect(node, text.slice(node.range[0], node.range[1]), node.range[0]);
    },
    'Program:exit'() {
      if (found.length === 0) return;
      if (!constructs && !fileUsesWidget(sourceCode) && !pageLoadsWidget(context)) return;
      found.sort((a, b) => a.match.start - b.match.start);
      for (const { match, node } of found) report(match, node);
    },
  };
}
