/**
 * Receiver evidence: does an expression evaluate to an okta-auth-js client? The names of
 * its Classic methods (`signIn`, `forgotPassword`, …) are common in other libraries
 * (AWS Amplify, NextAuth, Firebase), so rules about them ask this first
 * (docs/okta-facts.md#17-where-an-app-gets-its-okta-auth-js-client, docs/okta-facts.md#18-names-other-libraries-share). Evidence, as far as
 * the syntax shows it:
 *
 * - `new OktaAuth(…)` from `@okta/okta-auth-js` (any entry point, any import form) or the
 *   CDN global;
 * - a widget instance's `authClient`;
 * - okta-react: `useOktaAuth().oktaAuth` (also destructured), `props.oktaAuth`,
 *   `this.props.oktaAuth`, a component's `{ oktaAuth }` parameter; the legacy
 *   `authService` (≤ 3) and `auth` (1.x) from the hook or props, in a file that imports
 *   okta-react;
 * - okta-vue: `this.$auth`, `useAuth()`;
 * - okta-angular: a constructor parameter typed `OktaAuth` (4.x) or `OktaAuthService`
 *   (≤ 3) or injected with `@Inject(OKTA_AUTH)` (5.x on), `inject(OKTA_AUTH)` (8.x), and
 *   `this.<name>` for such a parameter property;
 * - a `const` (or a variable whose every write is evidence) or a `this.<name>` of the
 *   class whose every write is evidence.
 *
 * A client that comes from elsewhere (an import of the app's own module, a parameter) is
 * not evidence: unknown is not a client.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { findVariable, memberKey, ownerOfThis, staticKeyName, thisMemberWrites, unwrap, writtenValues } from '../engine/ast.js';
import { importedFrom, resolveValue, type ValueTarget } from '../engine/modules.js';
import { importedValue } from '../project/exports.js';
import { WIDGET_AUTH_CLIENT } from '../okta/auth-js.js';
import { OKTA_REACT_MODULE, REACT_CLIENT_KEY, REACT_LEGACY_KEYS, REACT_PROPS, VUE_GLOBAL_PROPERTY } from '../okta/frameworks.js';
import {
  ANGULAR_AUTH_SERVICE,
  ANGULAR_INJECT_DECORATOR,
  ANGULAR_INJECT_FN,
  ANGULAR_OKTA_AUTH,
  AUTH_JS,
  REACT_USE_OKTA_AUTH,
  VUE_USE_AUTH,
} from '../okta/values.js';
import { fileImports } from './okta-usage.js';
import { getWidgetConstruction, type WidgetConstruction } from './widget.js';
import { RECEIVER_DEPTH } from '../engine/limits.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** Where the client comes from. `legacy` is a framework wrapper of okta-react ≤ 3 (`authService`, `auth`). */
export type ClientEvidence = 'okta-auth' | 'widget' | 'okta-react' | 'okta-vue' | 'okta-angular' | 'legacy';

/** React's hooks and context factory: a client handed down through a context of the app's own module. */
const reactExport = (name: string): ValueTarget => ({
  name,
  modules: ['react'],
  exports: new Set([name]),
  commonJsExport: false,
  globals: new Set(),
});
const REACT_USE_CONTEXT = reactExport('useContext');
const REACT_CREATE_CONTEXT = reactExport('createContext');

/** `useContext(…)` or `React.useContext(…)` (React imported under any name): the hook named `target.name`. */
function isReactCall(call: TSESTree.CallExpression, target: ValueTarget, scope: Scope): boolean {
  if (resolveValue(call.callee, scope, [target])) return true;
  const callee = unwrap(call.callee);
  if (callee.type !== T.MemberExpression || staticKeyName(callee, scope) !== target.name) return false;
  const object = unwrap(callee.object);
  const variable = object.type === T.Identifier ? findVariable(scope, object) : null;
  return variable !== null && importedFrom(variable) === 'react';
}

/** Declared types that mark a binding as the client (okta-auth-js's class, okta-angular ≤ 3's service). */
const CLIENT_TYPES: readonly ValueTarget[] = [AUTH_JS, ANGULAR_AUTH_SERVICE];

class Receivers {
  constructor(readonly sourceCode: SourceCode) {}

  private scope(node: TSESTree.Node): Scope {
    return this.sourceCode.getScope(node);
  }

  client(expression: TSESTree.Node, depth: number): ClientEvidence | null {
    if (depth > RECEIVER_DEPTH) return null;
    const node = unwrap(expression);
    switch (node.type) {
      case T.NewExpression:
        return resolveValue(node.callee, this.scope(node), [AUTH_JS]) ? 'okta-auth' : null;
      case T.CallExpression:
        return this.clientCall(node, depth);
      case T.Identifier: {
        const variable = findVariable(this.scope(node), node);
        return variable ? this.variable(variable, depth) : null;
      }
      case T.MemberExpression:
        return this.member(node, depth);
      default:
        return null;
    }
  }

  /**
   * `useAuth()` (okta-vue), `inject(OKTA_AUTH)` (okta-angular), `useContext(AuthContext)` of a context made from a client, a function of
   * the app's module that returns one.
   */
  private clientCall(call: TSESTree.CallExpression, depth = 0): ClientEvidence | null {
    const scope = this.scope(call);
    if (resolveValue(call.callee, scope, [VUE_USE_AUTH])) return 'okta-vue';
    const [context] = call.arguments;
    if (context && context.type !== T.SpreadElement && isReactCall(call, REACT_USE_CONTEXT, scope))
      return this.contextValue(context, depth);
    const imported = this.importedFunctionResult(call, depth + 1);
    if (imported) return imported;
    // `require('./auth')`: the app's module's `module.exports`.
    const required = depth < RECEIVER_DEPTH ? importedValue(call, this.sourceCode) : null;
    if (required) return new Receivers(required.sourceCode).client(required.node, depth + 1);
    const [token] = call.arguments;
    if (token && resolveValue(call.callee, scope, [ANGULAR_INJECT_FN]) && resolveValue(token, scope, [ANGULAR_OKTA_AUTH])) {
      return 'okta-angular';
    }
    return null;
  }

  private member(node: TSESTree.MemberExpression, depth: number): ClientEvidence | null {
    const key = memberKey(node, this.sourceCode);
    if (key === null) return null;
    const object = unwrap(node.object);
    if (key === WIDGET_AUTH_CLIENT && this.widget(object, depth + 1)) return 'widget';
    if (key === VUE_GLOBAL_PROPERTY && object.type === T.ThisExpression) return 'okta-vue';
    if (this.isReactHook(object) || this.isProps(object)) return this.reactKey(key);
    if (object.type === T.ThisExpression) return this.thisMember(node, key, depth);
    return this.instanceMember(object, key, depth + 1);
  }

  /** `auth.client` where `auth` is an instance of a class (of this module or the app's) whose field `client` is the client. */
  private instanceMember(object: TSESTree.Node, key: string, depth: number): ClientEvidence | null {
    const found = this.instanceClass(object, depth);
    if (!found) return null;
    const { fields, values } = thisMemberWrites(found.body, key, found.receivers.sourceCode);
    if (fields.some((field) => found.receivers.typedAsClient(field))) return 'okta-auth';
    if (values.length === 0 || values.includes(null)) return null;
    return allEvidence(values.map((value) => () => found.receivers.client(value!, depth + 1)));
  }

  /**
   * The class body an expression is an instance of (`new AuthService()`, a binding of it, one imported), with the Receivers of its module.
   */
  private instanceClass(expression: TSESTree.Node, depth: number): { body: TSESTree.ClassBody; receivers: Receivers } | null {
    if (depth > RECEIVER_DEPTH) return null;
    const node = unwrap(expression);
    if (node.type === T.NewExpression) return this.classAt(node.callee, depth + 1);
    if (node.type !== T.Identifier) return null;
    const variable = findVariable(this.scope(node), node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || !def) return null;
    if (def.type === 'ImportBinding') {
      const foreign = importedValue(variable, this.sourceCode);
      return foreign ? new Receivers(foreign.sourceCode).instanceClass(foreign.node, depth + 1) : null;
    }
    const written = writtenValues(variable);
    return written && written.length === 1 ? this.instanceClass(written[0]!, depth + 1) : null;
  }

  /** The class a callee names (a declaration, a const class expression, one imported from the app's module). */
  private classAt(expression: TSESTree.Node, depth: number): { body: TSESTree.ClassBody; receivers: Receivers } | null {
    if (depth > RECEIVER_DEPTH) return null;
    const node = unwrap(expression);
    if (node.type === T.ClassDeclaration || node.type === T.ClassExpression) return { body: node.body, receivers: this };
    if (node.type !== T.Identifier) return null;
    const variable = findVariable(this.scope(node), node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || !def) return null;
    if (def.type === 'ClassName')
      return def.node.type === T.ClassDeclaration || def.node.type === T.ClassExpression ? { body: def.node.body, receivers: this } : null;
    if (def.type === 'ImportBinding') {
      const foreign = importedValue(variable, this.sourceCode);
      return foreign ? new Receivers(foreign.sourceCode).classAt(foreign.node, depth + 1) : null;
    }
    const written = writtenValues(variable);
    return written && written.length === 1 ? this.classAt(written[0]!, depth + 1) : null;
  }

  /** A key of okta-react's hook result or props. */
  private reactKey(key: string): ClientEvidence | null {
    if (key === REACT_CLIENT_KEY) return 'okta-react';
    return REACT_LEGACY_KEYS.includes(key) && fileImports(this.sourceCode, OKTA_REACT_MODULE) ? 'legacy' : null;
  }

  private isReactHook(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    return inner.type === T.CallExpression && resolveValue(inner.callee, this.scope(inner), [REACT_USE_OKTA_AUTH]) !== null;
  }

  /** `props` or `this.props`. */
  private isProps(node: TSESTree.Node): boolean {
    const inner = unwrap(node);
    if (inner.type === T.Identifier) return inner.name === REACT_PROPS;
    return (
      inner.type === T.MemberExpression &&
      unwrap(inner.object).type === T.ThisExpression &&
      memberKey(inner, this.sourceCode) === REACT_PROPS
    );
  }

  /** `this.<key>`: every value the class writes to it is evidence (a field, `this.x = …`, a constructor parameter property). */
  private thisMember(node: TSESTree.MemberExpression, key: string, depth: number): ClientEvidence | null {
    const body = ownerOfThis(node);
    if (!body) return null;
    const { fields, values: written } = thisMemberWrites(body, key, this.sourceCode);
    // A field declared as the client (`private auth?: OktaAuth`): its type says what any write holds.
    if (fields.some((field) => this.typedAsClient(field))) return 'okta-auth';
    if (written.includes(null)) return null;
    const values = written.map((value) => () => this.client(value!, depth + 1));
    for (const member of body.type === T.ClassBody ? body.body : []) {
      if (member.type !== T.MethodDefinition || member.kind !== 'constructor') continue;
      for (const param of member.value.params) {
        if (param.type === T.TSParameterProperty && parameterName(param.parameter) === key)
          values.push(() => this.parameter(param, param.parameter));
      }
    }
    return allEvidence(values);
  }

  /** What a binding imported from the app's own module holds there (project/): a client the other module makes. */
  private imported(binding: Variable, depth: number): ClientEvidence | null {
    // A step into another module costs no depth: the linted file's bound on modules read (MODULES_PER_LINT) ends a cycle.
    const foreign = importedValue(binding, this.sourceCode);
    return foreign ? new Receivers(foreign.sourceCode).client(foreign.node, depth) : null;
  }

  /** The value of a React context: `createContext(client)` (its default value; a provider's `value` is not followed). */
  private contextValue(expression: TSESTree.Node, depth: number): ClientEvidence | null {
    if (depth > RECEIVER_DEPTH) return null;
    const node = unwrap(expression);
    if (node.type === T.CallExpression) {
      const [value] = node.arguments;
      return value && value.type !== T.SpreadElement && isReactCall(node, REACT_CREATE_CONTEXT, this.scope(node))
        ? this.client(value, depth)
        : null;
    }
    if (node.type !== T.Identifier) return null;
    const variable = findVariable(this.scope(node), node);
    if (!variable) return null;
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === 'ImportBinding') {
      const foreign = importedValue(variable, this.sourceCode);
      return foreign ? new Receivers(foreign.sourceCode).contextValue(foreign.node, depth) : null;
    }
    const written = writtenValues(variable);
    return written && written.length === 1 ? this.contextValue(written[0]!, depth + 1) : null;
  }

  /** `getAuth()` where `getAuth` is imported from the app's module and every `return` of it is a client. */
  private importedFunctionResult(call: TSESTree.CallExpression, depth: number): ClientEvidence | null {
    const callee = unwrap(call.callee);
    if (callee.type !== T.Identifier || depth > RECEIVER_DEPTH) return null;
    const variable = findVariable(this.scope(callee), callee);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || def?.type !== 'ImportBinding') return null;
    const foreign = importedValue(variable, this.sourceCode);
    if (!foreign) return null;
    const other = new Receivers(foreign.sourceCode);
    const fn = other.functionAt(foreign.node);
    if (!fn) return null;
    if (fn.body.type !== T.BlockStatement) return other.client(fn.body, depth + 1);
    const returns = fn.body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === T.ReturnStatement);
    // Only a body whose one statement is the return: "a function that returns one literally".
    return fn.body.body.length === 1 && returns[0]?.argument ? other.client(returns[0].argument, depth + 1) : null;
  }

  /** The function a node of this module is: a declaration (or its name), a const arrow or function expression. */
  private functionAt(
    node: TSESTree.Node,
  ): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | null {
    let inner = unwrap(node);
    if (inner.type === T.Identifier) {
      const variable = findVariable(this.scope(inner), inner);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (def?.type === 'FunctionName') return def.node.type === T.FunctionDeclaration ? def.node : null;
      const written = variable ? writtenValues(variable) : null;
      if (!written || written.length !== 1) return null;
      inner = unwrap(written[0]!);
    }
    return inner.type === T.FunctionDeclaration || inner.type === T.FunctionExpression || inner.type === T.ArrowFunctionExpression
      ? inner
      : null;
  }

  private variable(variable: Variable, depth: number): ClientEvidence | null {
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    if (!def) return null;
    if (def.type === 'ImportBinding') return this.imported(variable, depth);
    if (def.type === 'Parameter') return this.parameterVariable(def.node, def.name, variable);
    if (def.type !== 'Variable') return null;
    const { id, init } = def.node;
    if (id.type === T.ObjectPattern) return init ? (this.destructured(id, variable, init, depth) ?? this.imported(variable, depth)) : null;
    const written = writtenValues(variable);
    return written ? allEvidence(written.map((value) => () => this.client(value, depth + 1))) : null;
  }

  /** `const { oktaAuth } = useOktaAuth()`, `const { oktaAuth } = this.props`. */
  private destructured(
    pattern: TSESTree.ObjectPattern,
    variable: Variable,
    init: TSESTree.Expression,
    depth: number,
  ): ClientEvidence | null {
    const key = patternKey(pattern, variable, this.scope(pattern));
    if (key === null) return null;
    const object = unwrap(init);
    if (this.isReactHook(object) || this.isProps(object)) return this.reactKey(key);
    if (key === WIDGET_AUTH_CLIENT && this.widget(object, depth + 1)) return 'widget';
    return null;
  }

  /** A parameter: a component's `{ oktaAuth }` props, or an Angular constructor's injected client. */
  private parameterVariable(fn: TSESTree.Node, name: TSESTree.Node, variable: Variable): ClientEvidence | null {
    if (!('params' in fn)) return null;
    for (const param of fn.params as TSESTree.Parameter[]) {
      if (!(param.range[0] <= name.range[0] && name.range[1] <= param.range[1])) continue;
      if (param.type === T.ObjectPattern) {
        const key = patternKey(param, variable, this.scope(param));
        return key === null ? null : fn.params[0] === param ? this.reactKey(key) : null;
      }
      return this.parameter(param, param.type === T.TSParameterProperty ? param.parameter : param);
    }
    return null;
  }

  /** An Angular constructor parameter typed as the client or injected with the `OKTA_AUTH` token. */
  /** A binding or field whose declared type is the client (`OktaAuth`, okta-angular's `OktaAuthService`). */
  typedAsClient(binding: TSESTree.Node): boolean {
    const typed = 'typeAnnotation' in binding ? binding.typeAnnotation : undefined;
    const annotation = typed?.type === T.TSTypeAnnotation ? typed.typeAnnotation : undefined;
    if (annotation?.type !== T.TSTypeReference || annotation.typeName.type !== T.Identifier) return false;
    return resolveValue(annotation.typeName, this.scope(annotation.typeName), CLIENT_TYPES) !== null;
  }

  private parameter(param: TSESTree.Parameter, inner: TSESTree.Node): ClientEvidence | null {
    const binding = inner.type === T.AssignmentPattern ? inner.left : inner;
    if (this.typedAsClient(binding)) return 'okta-angular';
    const decorators = [
      ...('decorators' in param ? (param.decorators ?? []) : []),
      ...('decorators' in binding ? (binding.decorators ?? []) : []),
    ];
    for (const decorator of decorators) {
      const call = decorator.expression;
      if (call.type !== T.CallExpression || !call.arguments[0]) continue;
      const scope = this.scope(call);
      if (resolveValue(call.callee, scope, [ANGULAR_INJECT_DECORATOR]) && resolveValue(call.arguments[0], scope, [ANGULAR_OKTA_AUTH])) {
        return 'okta-angular';
      }
    }
    return null;
  }

  /** The widget construction an expression evaluates to (the `new`, a binding of it, a `this.<name>` the class sets to it). */
  widget(expression: TSESTree.Node, depth: number): WidgetConstruction | null {
    if (depth > RECEIVER_DEPTH) return null;
    const node = unwrap(expression);
    if (node.type === T.NewExpression) return getWidgetConstruction(node, this.sourceCode);
    if (node.type === T.Identifier) {
      const variable = findVariable(this.scope(node), node);
      // A widget instance imported from the app's own module (`import widget from './okta-widget'`).
      if (variable?.defs.length === 1 && variable.defs[0]?.type === 'ImportBinding') {
        const foreign = importedValue(variable, this.sourceCode);
        return foreign ? new Receivers(foreign.sourceCode).widget(foreign.node, depth + 1) : null;
      }
      const written = variable ? writtenValues(variable) : null;
      if (!written || written.length === 0) return null;
      const found = written.map((value) => this.widget(value, depth + 1));
      return found.every((each) => each) ? found[0]! : null;
    }
    if (node.type === T.MemberExpression && unwrap(node.object).type === T.ThisExpression) {
      const body = ownerOfThis(node);
      const key = memberKey(node, this.sourceCode);
      if (!body || key === null) return null;
      for (const value of thisMemberWrites(body, key, this.sourceCode).values) {
        const found = value && this.widget(value, depth + 1);
        if (found) return found;
      }
    }
    return null;
  }
}

/** Evidence when every value is, the first one's kind; none when there is no value or one is not. */
function allEvidence(values: readonly (() => ClientEvidence | null)[]): ClientEvidence | null {
  if (values.length === 0) return null;
  let first: ClientEvidence | null = null;
  for (const value of values) {
    const evidence = value();
    if (!evidence) return null;
    first ??= evidence;
  }
  return first;
}

function parameterName(node: TSESTree.Node): string | null {
  const inner = node.type === T.AssignmentPattern ? node.left : node;
  return inner.type === T.Identifier ? inner.name : null;
}

/** The key under which a destructuring pattern binds `variable` (top level only). */
function patternKey(pattern: TSESTree.ObjectPattern, variable: Variable, scope: Scope): string | null {
  for (const property of pattern.properties) {
    if (property.type !== T.Property) continue;
    const value = property.value.type === T.AssignmentPattern ? property.value.left : property.value;
    if (value.type === T.Identifier && value.name === variable.name) return staticKeyName(property, scope);
  }
  return null;
}

const cache = new WeakMap<TSESTree.Node, ClientEvidence | null>();

/** The okta-auth-js client evidence of an expression, or null (none, or unknown). Memoized per node. */
export function clientEvidence(expression: TSESTree.Node, sourceCode: SourceCode): ClientEvidence | null {
  const node = unwrap(expression);
  const cached = cache.get(node);
  if (cached !== undefined) return cached;
  const evidence = new Receivers(sourceCode).client(node, 0);
  cache.set(node, evidence);
  return evidence;
}
