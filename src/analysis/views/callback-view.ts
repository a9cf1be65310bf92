/**
 * The per-file view of the framework SDKs' login callbacks and of their versions, for a
 * package that embeds the widget: can a sign-in that returns `interaction_required` to the
 * callback resume there? okta-react's `<LoginCallback>` needs `onAuthResume` (5.1.0 on, no
 * fallback); the SDKs below the version that added it cannot resume at all.
 * The facts: docs/okta-facts.md#7-onauthresume-in-the-framework-sdks.
 */
import path from 'node:path';
import { AST_NODE_TYPES as T, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { variableNamed } from '../engine/ast.js';
import { importedFrom, resolveValue } from '../engine/modules.js';
import type { Tri } from '../engine/tri.js';
import { admitsVersionBelow } from '../engine/version-sets.js';
import { AUTH_RESUME_HANDLER, AUTH_RESUME_SINCE, OKTA_REACT_MODULE, REACT_LOGIN_CALLBACK } from '../okta/frameworks.js';
import { REACT_LOGIN_CALLBACK_COMPONENT } from '../okta/values.js';
import { WIDGET_PACKAGE } from '../okta/widget.js';
import { dependencyEntries, dependsOn, type DependencyEntry } from '../packages/package-json.js';
import { detectVersion, FRAMEWORK_POLICIES, versionAtLeast } from '../packages/versions.js';
import { embedsWidget, packageDirectoryOf } from '../project/embeds.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

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
    if (name.type !== T.JSXMemberExpression || name.object.type !== T.JSXIdentifier || name.property.name !== REACT_LOGIN_CALLBACK) return false;
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
    if (this.packageEmbedsWidget() !== true) return false;
    const policy = FRAMEWORK_POLICIES.get(OKTA_REACT_MODULE)!;
    return versionAtLeast(detectVersion(policy, this.directory), AUTH_RESUME_SINCE.get(OKTA_REACT_MODULE)!) !== false;
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
