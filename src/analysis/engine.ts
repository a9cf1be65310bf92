/**
 * What a widget construction runs: the questions rules ask about a widget, answered from
 * its options and the resolved widget version.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { OPTION, WIDGET_VERSIONS } from './okta-api.js';
import { presenceOf, resolveOptions, truthOf, type ResolvedOptions, type Truth } from './options.js';
import { versionAtLeast } from './versions.js';
import { getWidgetConstruction, type WidgetConstruction } from './widget.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface WidgetAnalysis {
  readonly construction: WidgetConstruction;
  /** Null when the options argument is opaque: every option is unknown. */
  readonly options: ResolvedOptions | null;
  /** Options seeded by `OktaUtil.getSignInWidgetConfig()`: an Okta-hosted page, where Okta sets the engine. */
  readonly hosted: boolean;
}

/** The widget analysis of a `new` expression, or null when it does not construct the widget. */
export function analyzeWidget(node: TSESTree.NewExpression, sourceCode: SourceCode): WidgetAnalysis | null {
  const construction = getWidgetConstruction(node, sourceCode);
  if (!construction) return null;
  const options = resolveOptions(node, sourceCode);
  return { construction, options, hosted: options?.hosted ?? false };
}

/** A boolean option of the widget; unknown when the options are opaque. */
export function widgetOption(widget: WidgetAnalysis, path: readonly string[], sourceCode: SourceCode): Truth {
  return widget.options ? truthOf(widget.options.root, path, sourceCode) : 'unknown';
}

/** Is an option set to something? Unknown when the options are opaque. */
export function widgetHas(
  widget: WidgetAnalysis,
  path: readonly string[],
  sourceCode: SourceCode,
): 'yes' | 'no' | 'unknown' {
  return widget.options ? presenceOf(widget.options.root, path, sourceCode) : 'unknown';
}

/**
 * Is the engine known to be the Identity Engine?
 * - widget ≥ 7: a top-level `clientId` and no `useClassicEngine: true` (7.x ignores
 *   `useInteractionCodeFlow`);
 * - widget 5.2–6.x: `useInteractionCodeFlow: true`;
 * - widget < 5.2: never (there is no Interaction Code flow);
 * - unknown version: what holds either way, `useInteractionCodeFlow: true` together with
 *   a top-level `clientId` and no `useClassicEngine: true`.
 */
export function runsIdentityEngine(widget: WidgetAnalysis, version: string | null, sourceCode: SourceCode): boolean {
  const flow = widgetOption(widget, [OPTION.useInteractionCodeFlow], sourceCode) === 'true';
  const oidcApp = widgetHas(widget, [OPTION.clientId], sourceCode) === 'yes' && isClassicEngineOff(widget, sourceCode);
  if (version === null) return flow && oidcApp;
  if (versionAtLeast(version, WIDGET_VERSIONS.oieDefault) === true) return oidcApp;
  return flow && versionAtLeast(version, WIDGET_VERSIONS.interactionCodeFlow) === true;
}

/**
 * Does the widget run the Interaction Code flow with its PKCE check (`pkce: false` throws)?
 * 5.4–6.x (and an unknown version): `useInteractionCodeFlow: true`; 7.x: a top-level
 * `clientId` and no `useClassicEngine: true`.
 */
export function checksPkce(widget: WidgetAnalysis, version: string | null, sourceCode: SourceCode): boolean {
  if (versionAtLeast(version, WIDGET_VERSIONS.pkceCheck) === false) return false;
  if (versionAtLeast(version, WIDGET_VERSIONS.oieDefault) === true) {
    return widgetHas(widget, [OPTION.clientId], sourceCode) === 'yes' && isClassicEngineOff(widget, sourceCode);
  }
  return widgetOption(widget, [OPTION.useInteractionCodeFlow], sourceCode) === 'true';
}

/** `useClassicEngine` is known not to be `true`. */
export function isClassicEngineOff(widget: WidgetAnalysis, sourceCode: SourceCode): boolean {
  const classic = widgetOption(widget, [OPTION.useClassicEngine], sourceCode);
  return classic === 'false' || classic === 'absent';
}
