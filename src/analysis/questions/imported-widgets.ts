/**
 * Widget instances imported from the app's own modules (issue 21, item 1): `okta-widget.js`
 * exports `new OktaSignIn(config)` (`export default`, `export const widget =`,
 * `module.exports = widget`) or a function that returns one literally, and `Login.js` does
 * `import widget from '../../okta-widget'; widget.renderEl(…)`. The linted file's binding
 * is that instance: its reads here are the instance's reads, and the construction (with its
 * options, evaluated in its own module) is the one of the other module.
 *
 * Followed: an import binding (default or named), `const widget = require('./okta-widget')`
 * and its destructured form, of a module whose text names the widget (`OktaSignIn` or its
 * package: a plain substring test, so most imports are never parsed); in that module a `new` of
 * the widget, a binding written once with one (or imported from a further module), or a
 * function whose body ends in returning one with no other way out (not async, no
 * generator), called in the linted file (`createWidget()`, or a `const` it is kept in).
 * Anything else (a call of a function that is not one of those, a value built at run time,
 * a package of node_modules, a module past the bounds) is no instance: unknown is silent.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { T } from '../engine/node-types.js';
import { findVariable, requiredModule, unwrap, wrapperAround, writtenValues, type FunctionNode } from '../engine/ast.js';
import { RECEIVER_DEPTH } from '../engine/limits.js';
import { importedValue } from '../project/exports.js';
import { budgetOf, languageOf, moduleAnswer } from '../project/modules.js';
import { resolveModule } from '../project/resolve.js';
import { WIDGET_GLOBAL } from '../okta/cdn.js';
import { WIDGET_AUTH_CLIENT } from '../okta/auth-js.js';
import { CONSTRUCTOR_ONLY_OPTIONS, WIDGET_EVENT_METHODS } from '../okta/widget-customisations.js';
import { WIDGET_PACKAGE, WIDGET_RENDER_METHODS } from '../okta/widget.js';
import { getWidgetConstruction, type WidgetConstruction } from './widget.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Does a module's text name the widget (a plain substring test; kept with the cached text)? */
const namesWidget = (text: string): boolean => text.includes(WIDGET_GLOBAL) || text.includes(WIDGET_PACKAGE);

/** Does the file import or `require` anything at all? (Import declarations stand at the top level.) */
const loadsModules = (sourceCode: SourceCode): boolean =>
  sourceCode.ast.body.some((statement) => statement.type === T.ImportDeclaration) || sourceCode.text.includes('require');

/** A widget instance of the linted file whose construction is in another module. */
export interface ImportedWidget {
  /** The construction in its module; its `instance` is the reads in the linted file, its `callee` the local name. */
  readonly construction: WidgetConstruction;
  /** The SourceCode of the module that constructs it (its options are evaluated there). */
  readonly sourceCode: SourceCode;
}

/** What an expression of a module evaluates to: the widget instance a construction makes, or a function that returns one. */
interface WidgetValue {
  readonly kind: 'instance' | 'factory';
  readonly construction: WidgetConstruction;
  readonly sourceCode: SourceCode;
}

/** Statements that may hold another way out of a function than its last `return`. */
const BRANCHING: ReadonlySet<string> = new Set([
  T.IfStatement,
  T.SwitchStatement,
  T.TryStatement,
  T.ForStatement,
  T.ForInStatement,
  T.ForOfStatement,
  T.WhileStatement,
  T.DoWhileStatement,
  T.BlockStatement,
  T.LabeledStatement,
  T.ReturnStatement,
  T.ThrowStatement,
]);

/** A function that returns a widget construction literally: its expression body, or a body whose last statement is its only `return`. */
function factoryOf(fn: FunctionNode, sourceCode: SourceCode, depth: number): WidgetValue | null {
  if (fn.async || fn.generator) return null;
  let returned: TSESTree.Node | null = null;
  if (fn.body.type !== T.BlockStatement) returned = fn.body;
  else {
    const statements = fn.body.body;
    const last = statements.at(-1);
    if (last?.type !== T.ReturnStatement || !last.argument) return null;
    if (statements.slice(0, -1).some((statement) => BRANCHING.has(statement.type))) return null;
    returned = last.argument;
  }
  const value = widgetValue(returned, sourceCode, depth + 1);
  return value?.kind === 'instance' ? { ...value, kind: 'factory' } : null;
}

/** What a node of a module (the linted file or another) evaluates to, as far as a widget goes; null when not one, or unknown. */
function widgetValue(expression: TSESTree.Node, sourceCode: SourceCode, depth: number): WidgetValue | null {
  if (depth > RECEIVER_DEPTH) return null;
  const node = unwrap(expression);
  switch (node.type) {
    case T.NewExpression: {
      const construction = getWidgetConstruction(node, sourceCode);
      return construction ? { kind: 'instance', construction, sourceCode } : null;
    }
    case T.FunctionDeclaration:
    case T.FunctionExpression:
    case T.ArrowFunctionExpression:
      return factoryOf(node, sourceCode, depth);
    case T.CallExpression: {
      // `require('./okta-widget')`: that module's `module.exports`.
      if (requiredModule(node, sourceCode.getScope(node)) !== null) {
        const foreign = importedValue(node, sourceCode);
        return foreign ? widgetValue(foreign.node, foreign.sourceCode, depth + 1) : null;
      }
      // `createWidget()`: a function that returns a construction literally.
      const callee = widgetValue(node.callee, sourceCode, depth + 1);
      return callee?.kind === 'factory' ? { ...callee, kind: 'instance' } : null;
    }
    case T.Identifier: {
      const variable = findVariable(sourceCode.getScope(node), node);
      return variable ? bindingValue(variable, sourceCode, depth) : null;
    }
    default:
      return null;
  }
}

/** What a binding holds: a function declaration, an import of the app's module, or the one value ever written to it. */
function bindingValue(variable: Variable, sourceCode: SourceCode, depth: number): WidgetValue | null {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return null;
  if (def.type === 'FunctionName') return def.node.type === T.FunctionDeclaration ? factoryOf(def.node, sourceCode, depth) : null;
  const destructured = def.type === 'Variable' && def.node.id.type === T.ObjectPattern;
  if (def.type === 'ImportBinding' || destructured) {
    const foreign = importedValue(variable, sourceCode);
    return foreign ? widgetValue(foreign.node, foreign.sourceCode, depth + 1) : null;
  }
  const written = writtenValues(variable);
  return written?.length === 1 ? widgetValue(written[0]!, sourceCode, depth + 1) : null;
}

/** The module specifier a binding of the linted file comes from (an import, a `require()` or its destructuring), or null. */
function specifierOf(variable: Variable, sourceCode: SourceCode): string | null {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'ImportBinding') {
    const declaration = def.node.parent;
    const valueImport =
      def.node.type === T.ImportDefaultSpecifier || (def.node.type === T.ImportSpecifier && def.node.importKind !== 'type');
    return declaration?.type === T.ImportDeclaration && declaration.importKind !== 'type' && valueImport ? declaration.source.value : null;
  }
  if (def?.type !== 'Variable' || !def.node.init) return null;
  const init = unwrap(def.node.init);
  // Only `require('…')` asks for the scope (whether `require` is the global one).
  if (init.type !== T.CallExpression || init.callee.type !== T.Identifier || init.callee.name !== 'require') return null;
  return requiredModule(init, sourceCode.getScope(def.node));
}

/**
 * The members of a widget instance that the rules ask about (its render methods' handlers,
 * its events, the constructor-only options, its `authClient`): an imported binding read
 * only otherwise (`router.navigate()`, `util.format()`) is never followed, so its module is
 * neither read nor parsed.
 */
const INSTANCE_MEMBERS: ReadonlySet<string> = new Set([
  ...WIDGET_RENDER_METHODS.keys(),
  ...Object.values(WIDGET_EVENT_METHODS),
  ...CONSTRUCTOR_ONLY_OPTIONS.keys(),
  WIDGET_AUTH_CLIENT,
]);

/**
 * Is a read a use that can touch a widget instance: the object of one of its members (by a
 * name or a computed key), or the callee of a call (a factory)?
 */
function usedAsReceiver(reference: TSESLint.Scope.Reference): boolean {
  const outer = wrapperAround(reference.identifier);
  const parent = outer.parent;
  if (parent?.type === T.CallExpression) return parent.callee === outer;
  if (parent?.type !== T.MemberExpression || parent.object !== outer) return false;
  return parent.computed || (parent.property.type === T.Identifier && INSTANCE_MEMBERS.has(parent.property.name));
}

const reads = (variable: Variable): TSESTree.Node[] =>
  variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier);

/** The instance a call of a factory makes: the reads of the `const` it is kept in, or the call itself. */
function instanceOfCall(call: TSESTree.CallExpression, sourceCode: SourceCode): { reads: readonly TSESTree.Node[]; key: object } {
  const outer = wrapperAround(call);
  const declarator = outer.parent;
  if (declarator?.type === T.VariableDeclarator && declarator.init === outer && declarator.id.type === T.Identifier) {
    const [variable] = sourceCode.getDeclaredVariables(declarator);
    const written = variable ? writtenValues(variable) : null;
    if (variable && written?.length === 1) return { reads: reads(variable), key: variable };
    return { reads: [], key: call };
  }
  return { reads: [call], key: call };
}

const cache = new WeakMap<SourceCode, readonly ImportedWidget[]>();

/**
 * The widget instances of the linted file whose construction is in another module of the
 * app. Memoized per file. Only imports of a module whose text names the widget are followed.
 */
export function importedWidgets(sourceCode: SourceCode): readonly ImportedWidget[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const found: ImportedWidget[] = [];
  cache.set(sourceCode, found);
  const language = languageOf(sourceCode);
  const budget = budgetOf(sourceCode);
  // A file with no import declaration and no `require(` (a bundle) has no variable to follow.
  if (!language || !budget || !loadsModules(sourceCode)) return found;
  const namesOkta = new Map<string, boolean>();
  const add = (value: WidgetValue, anchor: TSESTree.Identifier, instance: { reads: readonly TSESTree.Node[]; key: object }) => {
    if (instance.reads.length === 0) return;
    found.push({
      construction: { ...value.construction, callee: anchor, instance: { kind: 'imported', reads: instance.reads, key: instance.key } },
      sourceCode: value.sourceCode,
    });
  };
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      const specifier = specifierOf(variable, sourceCode);
      if (specifier === null || !variable.references.some(usedAsReceiver)) continue;
      const file = resolveModule(language.file, specifier);
      if (file === null) continue;
      let okta = namesOkta.get(file);
      if (okta === undefined) {
        okta = moduleAnswer(file, budget, namesWidget) === true;
        namesOkta.set(file, okta);
      }
      if (!okta) continue;
      const value = bindingValue(variable, sourceCode, 0);
      // A construction of the linted file itself (a cycle back to it) is not another module's.
      if (!value || value.sourceCode === sourceCode) continue;
      const anchor = variable.identifiers[0];
      if (!anchor) continue;
      if (value.kind === 'instance') {
        add(value, anchor, { reads: reads(variable), key: variable });
        continue;
      }
      for (const reference of variable.references) {
        const outer = wrapperAround(reference.identifier);
        const call = outer.parent;
        if (reference.isRead() && call?.type === T.CallExpression && call.callee === outer)
          add(value, anchor, instanceOfCall(call, sourceCode));
      }
    }
  }
  return found;
}
