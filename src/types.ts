/**
 * The published types. `dist/index.d.ts` reaches this module, the rule modules and
 * nothing else, so they import only `eslint`'s own types: our users' projects have no
 * typescript-eslint (the build checks this; see scripts/prune-declarations.js).
 */
import type { Rule } from 'eslint';

/** How a rule offers an edit that changes what runs: the `fix` option of the migration rules. */
export type FixMode = 'suggestion' | 'autofix';

/** The option of every version-dependent widget rule. */
export interface WidgetRuleOptions {
  /** The widget version or range this code runs (`"6.9.0"`, `"^7.20.0"`), or `"detect"`; overrides `settings.okta.widgetVersion`. */
  widgetVersion?: string;
}

/** The options of the rules whose edit switches the engine or changes what runs. */
export interface MigrationRuleOptions extends WidgetRuleOptions {
  /** `"suggestion"` (the default) or `"autofix"` (the `migrate` config). */
  fix?: FixMode;
}

/** `settings.okta` in an ESLint config. */
export interface OktaSettings {
  /** A widget version or range (`'6.9.0'`, `'^7.20.0'`), or `'detect'` (the default). */
  widgetVersion?: string;
  /** An okta-auth-js version or range, or `'detect'` (the default). */
  authJsVersion?: string;
}

/**
 * A kind of file a rule reads. The configs give each kind its own block: `js` rules go
 * in one block without `files`, so they reach every file the user's config lints with a
 * JavaScript parser (JS, JSX, TS, Vue, the inline scripts of HTML pages, …) and stay
 * silent on other languages; `package-json` is every `package.json` (parsed by
 * jsonc-eslint-parser, or by the user's own JSON language); `html-url` is the widget
 * `<script src>` and `<link href>` attributes of HTML pages (blocks of the HTML processor).
 */
export type RuleTarget = 'js' | 'package-json' | 'html-url';

/** Our `meta.docs`. */
export interface OktaRuleDocs {
  description: string;
  /** In the `recommended` (and `migrate`) config, at this severity. */
  recommended: 'error' | 'warn';
  /** The kinds of file the rule reads; `["js"]` when not given. */
  targets?: readonly RuleTarget[];
  /** The docs page of the released version. */
  url: string;
}

/** A rule of this plugin: an ESLint rule whose `meta` carries its options and message ids. */
export interface OktaRuleModule<Options extends readonly unknown[] = [], MessageIds extends string = string> extends Rule.RuleModule {
  meta: Rule.RuleMetaData & {
    docs: OktaRuleDocs;
    messages: Record<MessageIds, string>;
    defaultOptions?: Options;
  };
}

/** The options tuple of a rule. */
export type OptionsOf<R> = R extends OktaRuleModule<infer Options, string> ? Options : never;
