/**
 * Widget detection: which `new` expressions construct the Okta Sign-In Widget, where the
 * constructed instance goes, and the widget layer of options resolution (the hosted seed,
 * other widgets that only read a shared config).
 *
 * A constructor is the widget when its callee evaluates to the WIDGET row of the module
 * resolver (`modules.ts`): any import form or `require` of a widget entry point, the
 * global `OktaSignIn` (also `window.OktaSignIn`), or a const that holds one of those.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { findVariable, staticKeyName } from '../engine/ast.js';
import { isMethodCall, resolveValue, type ValueOrigin } from '../engine/modules.js';
import { HOSTED_CONFIG_METHOD } from '../okta/hosted.js';
import { OKTA_UTIL, OKTA_VALUES, WIDGET } from '../okta/values.js';
import { resolveObjectArgument, type ObjectLayer, type OptionsObject } from '../engine/options.js';
import { importedValue } from '../project/exports.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Where the constructor came from: the CDN/hosted global, or a module specifier. */
type WidgetOrigin = ValueOrigin;

/** Where the constructed instance is kept, so later analyses can find calls on it. */
type InstanceBinding =
  | { kind: 'variable'; variable: Variable }
  | { kind: 'this-member'; name: string }
  | { kind: 'inline' }
  /**
   * A construction of another module of the app, seen from the linted file: the expressions
   * of the linted file that evaluate to the instance (imported-widgets.ts), and the object
   * its handlers are cached by (the local binding, or the call that makes the instance).
   */
  | { kind: 'imported'; reads: readonly TSESTree.Node[]; key: object };

export interface WidgetConstruction {
  readonly node: TSESTree.NewExpression;
  /** The callee: where findings about the constructor as a whole are reported. */
  readonly callee: TSESTree.Expression;
  readonly origin: WidgetOrigin;
  /** The first argument (the options), if any. */
  readonly optionsArgument: TSESTree.Node | null;
  readonly instance: InstanceBinding;
}

const cache = new WeakMap<TSESTree.NewExpression, WidgetConstruction | null>();

/** The widget construction for a `new` expression, or null when it is not the widget. Memoized per node. */
export function getWidgetConstruction(node: TSESTree.NewExpression, sourceCode: SourceCode): WidgetConstruction | null {
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  const resolved = resolveValue(node.callee, sourceCode.getScope(node), OKTA_VALUES);
  const result: WidgetConstruction | null =
    resolved?.target === WIDGET
      ? {
          node,
          callee: node.callee,
          origin: resolved.origin,
          optionsArgument: node.arguments[0] ?? null,
          instance: instanceBinding(node, sourceCode),
        }
      : null;
  cache.set(node, result);
  return result;
}

/**
 * The widget's layer of options resolution: `OktaUtil.getSignInWidgetConfig()` seeds the
 * options of an Okta-hosted page (Okta sets the engine there), another widget built
 * from the same object only reads it, and options imported from a module of the app are
 * evaluated in that module.
 */
const WIDGET_OPTIONS_LAYER: ObjectLayer = {
  seeds: (call, scope) => isMethodCall(call, scope, OKTA_UTIL, HOSTED_CONFIG_METHOD),
  reads: (construction, sourceCode) => getWidgetConstruction(construction, sourceCode) !== null,
  // Options imported from the app's own modules (project/): `new OktaSignIn(config)` with `config` from './config.js'.
  imported: importedValue,
};

export interface WidgetOptions {
  readonly root: OptionsObject;
  /** Seeded by `OktaUtil.getSignInWidgetConfig()`: an Okta-hosted sign-in page. */
  readonly hosted: boolean;
}

const optionsCache = new WeakMap<TSESTree.NewExpression, WidgetOptions | null>();

/** The options a widget constructor sees; null when they are opaque (every option unknown). Memoized per node: every widget rule asks. */
export function resolveWidgetOptions(node: TSESTree.NewExpression, sourceCode: SourceCode): WidgetOptions | null {
  const cached = optionsCache.get(node);
  if (cached !== undefined) return cached;
  const resolved = resolveObjectArgument(node, 0, sourceCode, WIDGET_OPTIONS_LAYER);
  const options = resolved ? { root: resolved.root, hosted: resolved.seeded } : null;
  optionsCache.set(node, options);
  return options;
}

function instanceBinding(node: TSESTree.NewExpression, sourceCode: SourceCode): InstanceBinding {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === T.TSAsExpression ||
      parent.type === T.TSSatisfiesExpression ||
      parent.type === T.TSNonNullExpression ||
      parent.type === T.TSTypeAssertion)
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return { kind: 'inline' };
  if (parent.type === T.VariableDeclarator && parent.init === child && parent.id.type === T.Identifier) {
    const [variable] = sourceCode.getDeclaredVariables(parent);
    if (variable) return { kind: 'variable', variable };
  }
  if (parent.type === T.AssignmentExpression && parent.right === child) {
    const left = parent.left;
    if (left.type === T.Identifier) {
      const variable = findVariable(sourceCode.getScope(left), left);
      if (variable) return { kind: 'variable', variable };
    }
    if (left.type === T.MemberExpression && left.object.type === T.ThisExpression) {
      const name = staticKeyName(left, sourceCode.getScope(left));
      if (name !== null) return { kind: 'this-member', name };
    }
  }
  if (parent.type === T.PropertyDefinition && parent.value === child && !parent.static) {
    const name = parent.computed ? null : parent.key.type === T.Identifier ? parent.key.name : null;
    if (name !== null) return { kind: 'this-member', name };
  }
  return { kind: 'inline' };
}
