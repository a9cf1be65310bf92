/**
 * The per-file, version-bound view of one widget construction: what rules ask. It knows
 * its construction, its options and the widget version that applies to the file (with
 * where that came from), and answers option and engine questions by name, so a rule
 * reads: ask the view, report.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { OPTION, WIDGET_VERSIONS } from './okta/widget.js';
import { findEntries, lookup, presenceOf, truthOf, type OptionEntry, type OptionsObject, type Truth } from './options.js';
import { resolveWidgetVersion, versionAtLeast, type VersionInfo } from './versions.js';
import { getWidgetConstruction, resolveWidgetOptions, type WidgetConstruction } from './widget.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Yes, no, or not known. */
export type Tri = boolean | 'unknown';

export interface OptionAnswer {
  /** A boolean option: known true, known false, absent, or unknown (dynamic, spread, non-boolean). */
  readonly truth: Truth;
  /** Set to something (not absent, `undefined`, `null` or `''`), not set, or unknown. */
  readonly presence: 'yes' | 'no' | 'unknown';
  /** Where the option is set in code, when it is. */
  readonly entry: OptionEntry | null;
}

export class WidgetView {
  private resolvedVersion: VersionInfo | undefined;

  constructor(
    readonly construction: WidgetConstruction,
    /** The options the constructor sees. */
    readonly options: OptionsObject,
    /** Options seeded by `OktaUtil.getSignInWidgetConfig()`: an Okta-hosted page, where Okta picks the engine. */
    readonly hosted: boolean,
    private readonly context: Context,
    private readonly versionOption: string | undefined,
  ) {}

  /** Where findings about the constructor as a whole go. */
  get callee(): TSESTree.Expression {
    return this.construction.callee;
  }

  /** The widget version for this file: the rule's option, the settings, or detected (with its source). */
  get version(): VersionInfo {
    this.resolvedVersion ??= resolveWidgetVersion(this.context, this.versionOption);
    return this.resolvedVersion;
  }

  /** An option, by path (`'authParams', 'pkce'`). */
  option(...path: string[]): OptionAnswer {
    const { sourceCode } = this.context;
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

  private atLeast(threshold: string): Tri {
    return versionAtLeast(this.version.version, threshold);
  }

  /** The version has the Interaction Code flow (`useInteractionCodeFlow`, 5.2.0 and later). */
  get hasInteractionCodeFlow(): Tri {
    return this.atLeast(WIDGET_VERSIONS.interactionCodeFlow);
  }

  /** The version runs the Identity Engine by default and ignores `useInteractionCodeFlow` (7.0.0 and later). */
  get defaultsToIdentityEngine(): Tri {
    return this.atLeast(WIDGET_VERSIONS.oieDefault);
  }

  /** `useClassicEngine` is known not to be `true`. */
  get classicEngineOff(): boolean {
    const classic = this.option(OPTION.useClassicEngine).truth;
    return classic === 'false' || classic === 'absent';
  }

  /** An OIDC app context that keeps the engine choice: a top-level `clientId` and no `useClassicEngine: true`. */
  private get oidcApp(): boolean {
    return this.option(OPTION.clientId).presence === 'yes' && this.classicEngineOff;
  }

  /**
   * Is the engine known to be the Identity Engine?
   * - widget ≥ 7: an OIDC app context (7.x ignores `useInteractionCodeFlow`);
   * - widget 5.2–6.x: `useInteractionCodeFlow: true`;
   * - widget < 5.2: never (there is no Interaction Code flow);
   * - unknown version: what holds either way, `useInteractionCodeFlow: true` and an OIDC app context.
   */
  get runsIdentityEngine(): boolean {
    const flow = this.option(OPTION.useInteractionCodeFlow).truth === 'true';
    if (this.version.version === null) return flow && this.oidcApp;
    if (this.defaultsToIdentityEngine === true) return this.oidcApp;
    return flow && this.hasInteractionCodeFlow === true;
  }

  /**
   * Does the widget run the Interaction Code flow with its PKCE check (`pkce: false` throws)?
   * 5.4–6.x (and an unknown version): `useInteractionCodeFlow: true`; 7.x: an OIDC app context.
   */
  get checksPkce(): boolean {
    if (this.atLeast(WIDGET_VERSIONS.pkceCheck) === false) return false;
    if (this.defaultsToIdentityEngine === true) return this.oidcApp;
    return this.option(OPTION.useInteractionCodeFlow).truth === 'true';
  }
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
