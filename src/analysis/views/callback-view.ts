/**
 * The per-file view of the framework SDKs' login callbacks and of their versions, for a
 * package that embeds the widget: can a sign-in that returns `interaction_required` to the
 * callback resume there? okta-react's `<LoginCallback>` needs `onAuthResume` (5.1.0 on, no
 * fallback); the SDKs below the version that added it cannot resume at all.
 * The facts: docs/okta-facts.md#7-onauthresume-in-the-framework-sdks.
 */
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { forEachNode, staticKeyName, unwrap, variableNamed } from '../engine/ast.js';
import { importedFrom, resolveValue, type ValueTarget } from '../engine/modules.js';
import { presenceOf } from '../engine/option-queries.js';
import { resolveObjectArgument, resolveObjectValue, type ObjectLayer, type OptionsObject } from '../engine/options.js';
import type { Tri } from '../engine/tri.js';
import { admitsVersionBelow } from '../engine/version-sets.js';
import {
  ANGULAR_AUTH_MODULE,
  ANGULAR_PROVIDER,
  AUTH_RESUME_FALLBACK,
  AUTH_RESUME_HANDLER,
  AUTH_RESUME_SINCE,
  OKTA_ANGULAR_MODULE,
  OKTA_REACT_MODULE,
  OKTA_VUE_MODULE,
  REACT_LOGIN_CALLBACK,
  ROUTE_COMPONENT_KEY,
  VUE_PLUGIN_INSTALL,
} from '../okta/frameworks.js';
import {
  ANGULAR_AUTH_MODULE_CLASS,
  ANGULAR_CALLBACK,
  ANGULAR_CONFIG,
  REACT_LOGIN_CALLBACK_COMPONENT,
  VUE_LOGIN_CALLBACK_COMPONENT,
  VUE_PLUGIN,
} from '../okta/values.js';
import { WIDGET_PACKAGE } from '../okta/widget.js';
import { dependencyEntries, dependsOn, type DependencyEntry } from '../packages/package-json.js';
import { detectVersion, FRAMEWORK_POLICIES, versionAtLeast } from '../packages/versions.js';
import { embedsWidget, packageDirectoryOf } from '../project/embeds.js';
import { followImportsFor, importedValue } from '../project/exports.js';
import { budgetOf, languageOf, loadModule } from '../project/modules.js';
import { filesNaming, packageRootOfFile } from '../project/package-sources.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** okta-vue and okta-angular: the callback component a route names, and where the config that holds the handlers is. */
interface RoutedSdk {
  readonly sdk: string;
  readonly callback: ValueTarget;
  /** The config objects of a node of the file (a plugin install, `forRoot`, a provider); undefined when the node is none. */
  configOf(node: TSESTree.Node, sourceCode: SourceCode): { object: OptionsObject | null } | undefined;
}

/** A key written as `name` or `'name'`. */
function isNamed(key: TSESTree.Node, name: string): boolean {
  return (key.type === T.Identifier && key.name === name) || (key.type === T.Literal && key.value === name);
}

/** A call `<x>.<method>(…)` whose object is `target`'s value. */
function isCallOn(node: TSESTree.Node, target: ValueTarget, method: string, sourceCode: SourceCode, argument: 'object' | 'first'): boolean {
  if (node.type !== T.CallExpression) return false;
  const callee = unwrap(node.callee);
  if (callee.type !== T.MemberExpression) return false;
  // Most calls name another method: ruled out without a scope.
  if (!callee.computed && callee.property.type === T.Identifier && callee.property.name !== method) return false;
  const scope = sourceCode.getScope(node);
  if (staticKeyName(callee, scope) !== method) return false;
  const subject = argument === 'object' ? callee.object : node.arguments[0];
  return !!subject && subject.type !== T.SpreadElement && resolveValue(subject, scope, [target]) !== null;
}

/** A config object imported from the app's own modules (`import oktaConfig from './okta.config'`) is read there. */
const SDK_CONFIG_LAYER: ObjectLayer = { imported: importedValue };

const ROUTED_SDKS: readonly RoutedSdk[] = [
  {
    // `app.use(OktaVue, { oktaAuth, onAuthResume })`, `Vue.use(OktaVue, options)`.
    sdk: OKTA_VUE_MODULE,
    callback: VUE_LOGIN_CALLBACK_COMPONENT,
    configOf(node, sourceCode) {
      if (!isCallOn(node, VUE_PLUGIN, VUE_PLUGIN_INSTALL, sourceCode, 'first')) return undefined;
      return { object: resolveObjectArgument(node as TSESTree.CallExpression, 1, sourceCode, SDK_CONFIG_LAYER)?.root ?? null };
    },
  },
  {
    // `OktaAuthModule.forRoot(config)`, `{ provide: OKTA_CONFIG, useValue: config }`.
    sdk: OKTA_ANGULAR_MODULE,
    callback: ANGULAR_CALLBACK,
    configOf(node, sourceCode) {
      if (isCallOn(node, ANGULAR_AUTH_MODULE_CLASS, ANGULAR_AUTH_MODULE.forRoot, sourceCode, 'object')) {
        return { object: resolveObjectArgument(node as TSESTree.CallExpression, 0, sourceCode, SDK_CONFIG_LAYER)?.root ?? null };
      }
      if (
        node.type !== T.ObjectExpression ||
        !node.properties.some((p) => p.type === T.Property && (p.computed || isNamed(p.key, ANGULAR_PROVIDER.token)))
      ) {
        return undefined;
      }
      const scope = sourceCode.getScope(node);
      const property = (key: string) =>
        node.properties.find((p): p is TSESTree.Property => p.type === T.Property && staticKeyName(p, scope) === key);
      const token = property(ANGULAR_PROVIDER.token);
      if (!token || resolveValue(token.value, scope, [ANGULAR_CONFIG]) === null) return undefined;
      const value = property(ANGULAR_PROVIDER.value);
      // `useFactory`, `useExisting`, a spread: not seen.
      return { object: value ? resolveObjectValue(value.value, node, sourceCode, SDK_CONFIG_LAYER) : null };
    },
  },
];

/** Does a config set `onAuthResume` or the `onAuthRequired` the callback falls back to (unknown when it cannot be seen)? */
function setsResumeHandler(object: OptionsObject | null, sourceCode: SourceCode): Tri {
  if (!object) return 'unknown';
  const answers = [AUTH_RESUME_HANDLER, AUTH_RESUME_FALLBACK].map((key) => presenceOf(object, [key], sourceCode));
  if (answers.includes(true)) return true;
  return answers.includes('unknown') ? 'unknown' : false;
}

/** A framework SDK dependency whose range admits a version that cannot resume the sign-in. */
export interface OldFrameworkDependency {
  /** Where the finding goes: the dependency entry. */
  readonly loc: DependencyEntry['node']['loc'];
  /** The SDK (`@okta/okta-react`), and the range as written. */
  readonly sdk: string;
  readonly range: string;
  /** The first version that resumes. */
  readonly minimum: string;
}

export class CallbackView {
  private embeds: Tri | undefined;

  constructor(private readonly context: Context) {}

  /** The folder the linted file's package questions start from. */
  private get directory(): string {
    const file = this.context.physicalFilename;
    return path.isAbsolute(file) ? path.dirname(file) : this.context.cwd;
  }

  /** Does the linted file's package embed the widget? Asked once per file. */
  private packageEmbedsWidget(): Tri {
    if (this.embeds === undefined) {
      const packageDirectory = packageDirectoryOf(this.directory);
      this.embeds = packageDirectory === null ? false : embedsWidget(packageDirectory);
    }
    return this.embeds;
  }

  /** Is a JSX element name okta-react's `LoginCallback` (`<LoginCallback>`, `<Okta.LoginCallback>` of a namespace import)? */
  private isReactLoginCallback(name: TSESTree.JSXTagNameExpression, scope: TSESLint.Scope.Scope): boolean {
    if (name.type === T.JSXIdentifier) {
      const variable = variableNamed(scope, name.name);
      const [identifier] = variable?.identifiers ?? [];
      if (!variable || !identifier || variable.defs.length !== 1) return false;
      return resolveValue(identifier, variable.scope, [REACT_LOGIN_CALLBACK_COMPONENT]) !== null;
    }
    if (name.type !== T.JSXMemberExpression || name.object.type !== T.JSXIdentifier || name.property.name !== REACT_LOGIN_CALLBACK)
      return false;
    const namespace = variableNamed(scope, name.object.name);
    const [def] = namespace?.defs ?? [];
    return !!namespace && def?.node.type === T.ImportNamespaceSpecifier && importedFrom(namespace) === OKTA_REACT_MODULE;
  }

  /**
   * Is this okta-react's `<LoginCallback>` without `onAuthResume`, in a package that embeds
   * the widget, with an okta-react that has the prop (or may have it: below 5.1.0 the
   * package.json's range is the finding)? A spread of props may hold it: no.
   */
  reactCallbackWithoutResume(element: TSESTree.JSXOpeningElement): boolean {
    const scope = this.context.sourceCode.getScope(element);
    if (!this.isReactLoginCallback(element.name, scope)) return false;
    for (const attribute of element.attributes) {
      if (attribute.type === T.JSXSpreadAttribute) return false;
      if (attribute.name.type === T.JSXIdentifier && attribute.name.name === AUTH_RESUME_HANDLER) return false;
    }
    return this.packageEmbedsWidget() === true && this.mayHaveHandler(OKTA_REACT_MODULE);
  }

  /**
   * okta-vue's `LoginCallback` and okta-angular's `OktaCallbackComponent` as a route's
   * `component`, where this file also configures the SDK (`app.use(OktaVue, options)`,
   * `OktaAuthModule.forRoot(config)`, an `OKTA_CONFIG` provider) and no config of it sets
   * `onAuthResume` or `onAuthRequired`, in a package that embeds the widget, with an SDK
   * that has the option (or may). `report` gets each route's component and its SDK at the
   * end of the file. With no config in the file, the package's other modules are read
   * (`configsElsewhere`); none found there either: unknown, silent.
   */
  routedCallbackListeners(report: (component: TSESTree.Node, sdk: string) => void): TSESLint.RuleListener {
    const { sourceCode } = this.context;
    const routes = new Map<RoutedSdk, TSESTree.Node[]>();
    const configs = new Map<RoutedSdk, Tri[]>();
    const note = (node: TSESTree.Node) => {
      for (const each of ROUTED_SDKS) {
        const config = each.configOf(node, sourceCode);
        if (config) configs.set(each, [...(configs.get(each) ?? []), setsResumeHandler(config.object, sourceCode)]);
      }
    };
    return {
      CallExpression: note,
      ObjectExpression: note,
      Property: (node) => {
        if (node.computed || !isNamed(node.key, ROUTE_COMPONENT_KEY)) return;
        const scope = sourceCode.getScope(node);
        for (const each of ROUTED_SDKS) {
          if (resolveValue(node.value, scope, [each.callback]) !== null) routes.set(each, [...(routes.get(each) ?? []), node.value]);
        }
      },
      'Program:exit': () => {
        for (const [each, components] of routes) {
          // No config of the SDK in this file: the package's other modules (main.js, app.module.ts), else unknown.
          const found = configs.get(each) ?? (this.packageEmbedsWidget() === true ? this.configsElsewhere(each) : []);
          if (found.length === 0 || !found.every((answer) => answer === false)) continue;
          if (this.packageEmbedsWidget() !== true || !this.mayHaveHandler(each.sdk)) continue;
          for (const component of components) report(component, each.sdk);
        }
      },
    };
  }

  /**
   * The SDK's configs in the other modules of the linted file's package (okta-vue's
   * `app.use(OktaVue, …)` in main.js while the routes are in router/index.js; okta-angular's
   * `forRoot` or `OKTA_CONFIG` provider in app.module.ts beside app-routing.module.ts), each
   * with its answer: do they set a handler? The candidates are the files whose text names
   * the SDK's package (package-sources.ts), each parsed once through the project model
   * (modules.ts, with the linted file's bound); a config object they import is followed
   * there. Empty (unknown: silent) when a candidate cannot be read or the package's files
   * cannot all be known.
   */
  private configsElsewhere(routed: RoutedSdk): Tri[] {
    const { sourceCode } = this.context;
    const file = this.context.physicalFilename;
    const language = languageOf(sourceCode);
    const budget = budgetOf(sourceCode);
    const root = path.isAbsolute(file) ? packageRootOfFile(file) : null;
    if (!language || !budget || root === null) return [];
    const candidates = filesNaming(root, [routed.sdk]);
    if (!candidates) return [];
    followImportsFor(sourceCode);
    const answers: Tri[] = [];
    for (const candidate of candidates) {
      if (candidate === file) continue;
      const module = loadModule(candidate, language, budget);
      // A module that names the SDK and cannot be read may configure it: unknown.
      if (!module) return [];
      forEachNode(module.sourceCode.ast, module.sourceCode.visitorKeys, (node) => {
        if (node.type !== T.CallExpression && node.type !== T.ObjectExpression) return;
        const config = routed.configOf(node, module.sourceCode);
        if (config) answers.push(setsResumeHandler(config.object, module.sourceCode));
      });
    }
    return answers;
  }

  /** Does the SDK version the file's package runs have the handler (or may it)? Below it, the package.json's range is the finding. */
  private mayHaveHandler(sdk: string): boolean {
    return versionAtLeast(detectVersion(FRAMEWORK_POLICIES.get(sdk)!, this.directory), AUTH_RESUME_SINCE.get(sdk)!) !== false;
  }

  /**
   * In a package.json (the document's root) of a package that embeds the widget (it
   * depends on it here, or a page of its folder loads it): the okta-react, okta-vue and
   * okta-angular ranges that admit a version whose callback cannot resume the sign-in.
   */
  oldFrameworkDependencies(root: unknown): OldFrameworkDependency[] {
    const entries = dependencyEntries(root);
    const embeds = entries.some((entry) => dependsOn(entry, WIDGET_PACKAGE)) || embedsWidget(this.directory) === true;
    if (!embeds) return [];
    const found: OldFrameworkDependency[] = [];
    for (const entry of entries) {
      if (entry.spec === null) continue;
      for (const [sdk, minimum] of AUTH_RESUME_SINCE) {
        if (dependsOn(entry, sdk) && admitsVersionBelow(entry.spec, minimum, sdk) === true) {
          found.push({ loc: entry.node.loc, sdk, range: entry.spec, minimum });
        }
      }
    }
    return found;
  }
}

/** The callback view of the file being linted. */
export function getCallbackView(context: Context): CallbackView {
  return new CallbackView(context);
}
