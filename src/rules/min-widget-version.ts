import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { semver } from '../deps.js';
import { findWidgetUrls, mayHaveWidgetUrls, upgradeOf, type WidgetUrl } from '../analysis/pages/cdn-urls.js';
import { pageOf, pageUrls, urlBlockIndex, type PageFacts } from '../analysis/pages/html-page.js';
import { WIDGET_PACKAGE, WIDGET_VERSIONS } from '../analysis/okta/widget.js';
import { dependencyEntries, dependsOn, type DependencyEntry } from '../analysis/packages/package-json.js';
import { raiseRange } from '../analysis/engine/ranges.js';
import { integrityIndex, type Integrity } from '../analysis/engine/sri.js';
import { describeVersion, detectVersion, WIDGET_POLICY } from '../analysis/packages/versions.js';
import { admitsVersionBelow, npmAlias } from '../analysis/engine/version-sets.js';
import type { FixMode } from '../types.js';
import { createRule, isJavaScript } from '../rule-kit/create-rule.js';
import { fixOrSuggest } from '../rule-kit/fix-or-suggest.js';
import { mergeListeners } from '../rule-kit/listeners.js';
import { packageJsonListeners } from '../rule-kit/package-json-rule.js';
import { FIX_MODE_SCHEMA } from '../rule-kit/schema.js';

export interface MinWidgetVersionOptions {
  /** The lowest widget version allowed: `"5.2.0"` (the first with the Interaction Code flow) by default. */
  minimum?: string;
  /** The version an edit moves to when it is higher than `minimum`. */
  fixTo?: string;
  /** `"suggestion"` (default) or `"autofix"` (the `migrate` config). */
  fix?: FixMode;
  /** package.json dependency names (keys, aliases included) not to check. */
  ignoreDependencies?: string[];
}
type Options = [MinWidgetVersionOptions];
type MessageIds =
  | 'oldRange'
  | 'oldUrl'
  | 'oldUrlMoved'
  | 'oldUrlVariant'
  | 'pairedUrl'
  | 'bumpRange'
  | 'bumpUrl';

const VERSION_PATTERN = '^\\d+\\.\\d+\\.\\d+$';
const INTEGRITY = ' with a new `integrity` hash';
const INTEGRITY_MAYBE = ' (and any `integrity` hash)';

/** Is this dependency the widget (its own name, or an alias of it)? */
function isWidget(entry: DependencyEntry): entry is DependencyEntry & { spec: string } {
  return entry.spec !== null && dependsOn(entry, WIDGET_PACKAGE);
}

/** Why versions below the minimum are a problem, for the message. */
function reason(minimum: string): string {
  return semver().lte(minimum, WIDGET_VERSIONS.interactionCodeFlow)
    ? 'Classic-only '
    : '';
}

type PagePlan = { to: string; autofix: boolean } | null;

/**
 * Each page's plan, made once per page (and minimum and target): ESLint lints a page's
 * URL blocks one by one, and the plan reads every tag of the page.
 */
const plans = new WeakMap<PageFacts, Map<string, PagePlan>>();

function planOf(page: PageFacts, key: string, make: (page: PageFacts) => PagePlan): PagePlan {
  let byKey = plans.get(page);
  if (!byKey) {
    byKey = new Map();
    plans.set(page, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, make(page));
  return byKey.get(key) ?? null;
}

export default createRule<Options, MessageIds>({
  name: 'min-widget-version',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a Sign-In Widget with the Interaction Code flow (5.2.0 or later) in package.json and CDN URLs',
      recommended: 'error',
      targets: ['js', 'package-json', 'html-url'],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          minimum: {
            type: 'string',
            pattern: VERSION_PATTERN,
            description:
              `The lowest widget version allowed: "${WIDGET_VERSIONS.interactionCodeFlow}" (the first with the Interaction Code flow) by default; Okta\u2019s upgrade guide asks for ${WIDGET_VERSIONS.documentedMinimum} or later.`,
          },
          fixTo: { type: 'string', pattern: VERSION_PATTERN, description: 'The version an edit moves to, when it is higher than `minimum`.' },
          fix: FIX_MODE_SCHEMA,
          ignoreDependencies: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'package.json dependency names (keys, aliases included) not to check.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minimum: WIDGET_VERSIONS.interactionCodeFlow, fix: 'suggestion', ignoreDependencies: [] }],
    messages: {
      oldRange:
        'Require widget {{target}} or later: `{{range}}` allows {{reason}}versions below {{minimum}}{{installed}}.',
      oldUrl: 'Load widget {{target}} or later{{integrity}}: {{version}} is Classic-only.',
      oldUrlMoved: 'Load widget {{target}} from Okta\u2019s current CDN{{integrity}}: {{version}} is Classic-only.',
      oldUrlVariant: 'Load widget {{target}} if it serves `{{file}}`{{integrity}}: {{version}} is Classic-only.',
      pairedUrl: 'Load widget {{target}} here too{{integrity}}: the page\u2019s other widget file moves to it.',
      bumpRange: 'Require `{{range}}`, then run `npm install`.',
      bumpUrl: 'Load `{{url}}`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const minimum = options.minimum ?? WIDGET_VERSIONS.interactionCodeFlow;
    const target = options.fixTo && semver().gt(options.fixTo, minimum) ? options.fixTo : minimum;
    const ignored = new Set(options.ignoreDependencies ?? []);

    /** What is installed or locked for this package.json, for the message: asked once per file. */
    let resolvesTo: string | undefined;
    const installedText = (): string => {
      if (resolvesTo === undefined) {
        const now = detectVersion(WIDGET_POLICY, path.dirname(context.physicalFilename));
        resolvesTo = now.source === 'installed' || now.source === 'lockfile' ? `, now ${describeVersion(now, WIDGET_POLICY)}` : '';
      }
      return resolvesTo;
    };

    function checkPackageJson(root: unknown): void {
      for (const entry of dependencyEntries(root)) {
        if (ignored.has(entry.name) || !isWidget(entry)) continue;
        if (admitsVersionBelow(entry.spec, minimum, WIDGET_PACKAGE) !== true) continue;
        // `npm:@okta/okta-signin-widget@^4.3.2`: an alias of the widget, read through.
        const alias = npmAlias(entry.spec);
        const next = raiseRange(alias?.range ?? entry.spec.trim(), minimum, target);
        const range = `${alias ? `npm:${alias.name}@` : ''}${next.range}`;
        const fix: TSESLint.ReportFixFunction = (fixer) => fixer.replaceTextRange([...entry.value.range], JSON.stringify(range));
        context.report({
          loc: entry.value.loc,
          messageId: 'oldRange',
          data: { target, range: entry.spec, minimum, reason: reason(minimum), installed: installedText() },
          // Raising a peer range is a breaking release for a library; other ranges need a person.
          ...fixOrSuggest(options.fix, {
            fix,
            autofix: next.single && entry.section !== 'peerDependencies',
            suggest: [{ messageId: 'bumpRange', data: { range }, fix }],
          }),
        });
      }
    }

    /** A file whose version alone changes, and which every version serves. */
    const canAutofix = (url: WidgetUrl, to: string): boolean => {
      const upgrade = upgradeOf(url, to);
      return !upgrade.moved && upgrade.stable;
    };

    /**
     * On an HTML page, the widget files move together: to the target, or to the highest
     * version the page already loads when that is higher. An autofix only when every
     * file that moves can be fixed, so the page never ends up with JS and CSS apart.
     */
    function pagePlan(page: PageFacts): PagePlan {
      const urls = pageUrls(page);
      if (!urls.some((url) => semver().lt(url.version, minimum))) return null;
      const to = urls.reduce((highest, url) => (semver().gt(url.version, highest) ? url.version : highest), target);
      const autofix = page.tags.every(
        (tag) => tag.urls.every((url) => url.version === to || canAutofix(url, to)) && (!tag.integrity || tag.urls.every((url) => url.version === to)),
      );
      return { to, autofix };
    }

    /** A `<script src>` / `<link href>` block of an HTML page: the processor says which tag it is. */
    const page = pageOf(context);
    const tagIndex = urlBlockIndex(context.filename);
    const tag = page && tagIndex !== null ? page.tags[tagIndex] : undefined;
    const plan = page && tag ? planOf(page, `${minimum}\0${target}`, pagePlan) : null;

    /** The widget URLs of a code file, with the string each is in: checked together at the end. */
    const inCode: { url: WidgetUrl; offset: number; node: TSESTree.Literal | TSESTree.TemplateElement }[] = [];

    function checkUrls(text: string, offset: number, node: TSESTree.Literal | TSESTree.TemplateElement): void {
      const urls = findWidgetUrls(text);
      if (tag) {
        for (const url of urls) {
          if (plan && url.version !== plan.to) report(url, offset, plan.to, tag.integrity, plan.autofix);
        }
        return;
      }
      for (const url of urls) inCode.push({ url, offset, node });
    }

    /**
     * A code file's widget files move together, as a page's do: to the target, or to the
     * highest version the file already names when that is higher. Autofixes only when
     * every file that moves can be fixed and no `integrity` hash pins one (a JSX tag, a
     * `{ src, integrity }` descriptor, `s.integrity = …`, HTML in a string), so the JS
     * and CSS never end up apart and no hash is left stale.
     */
    function checkCode(integrityOf: (node: TSESTree.Literal | TSESTree.TemplateElement) => Integrity): void {
      if (!inCode.some(({ url }) => semver().lt(url.version, minimum))) return;
      const to = inCode.reduce((highest, { url }) => (semver().gt(url.version, highest) ? url.version : highest), target);
      const moving = inCode.filter(({ url }) => url.version !== to).map((each) => ({ ...each, integrity: integrityOf(each.node) }));
      const autofix = moving.every(({ url, integrity }) => canAutofix(url, to) && integrity === 'no');
      const flag = { yes: true, maybe: 'maybe', no: false } as const;
      for (const { url, offset, integrity } of moving) report(url, offset, to, flag[integrity], autofix);
    }

    function report(url: WidgetUrl, offset: number, to: string, integrity: boolean | 'maybe', pageAutofix: boolean): void {
      const upgrade = upgradeOf(url, to);
      const fix: TSESLint.ReportFixFunction = upgrade.moved
        ? (fixer) => fixer.replaceTextRange([offset + url.start, offset + url.end], upgrade.url)
        : (fixer) => fixer.replaceTextRange([offset + url.versionStart, offset + url.versionEnd], to);
      const old = semver().lt(url.version, minimum);
      const messageId: MessageIds = !old ? 'pairedUrl' : upgrade.moved ? 'oldUrlMoved' : upgrade.stable ? 'oldUrl' : 'oldUrlVariant';
      context.report({
        loc: { start: sourceCode.getLocFromIndex(offset + url.start), end: sourceCode.getLocFromIndex(offset + url.end) },
        messageId,
        data: {
          target: to,
          version: url.version,
          replacement: upgrade.url,
          file: url.file,
          integrity: integrity === 'maybe' ? INTEGRITY_MAYBE : integrity ? INTEGRITY : '',
        },
        // A fix only for a file every version serves, on a tag without an SRI hash.
        ...fixOrSuggest(options.fix, {
          fix,
          autofix: canAutofix(url, to) && integrity === false && pageAutofix,
          suggest: [{ messageId: 'bumpUrl', data: { url: upgrade.url }, fix }],
        }),
      });
    }

    const packageJson = packageJsonListeners(context, checkPackageJson);
    if (packageJson) return packageJson;
    // A URL is found in a literal's source text: a file whose text names no CDN host has none.
    if (!isJavaScript(sourceCode.ast) || !mayHaveWidgetUrls(sourceCode.text)) return {};
    const urls: TSESLint.RuleListener = {
      Literal(node: TSESTree.Literal) {
        if (typeof node.value === 'string') checkUrls(sourceCode.getText(node), node.range[0], node);
      },
      TemplateElement(node: TSESTree.TemplateElement) {
        checkUrls(sourceCode.text.slice(node.range[0], node.range[1]), node.range[0], node);
      },
    };
    if (tag) return urls;
    const sri = integrityIndex(sourceCode);
    return mergeListeners(urls, sri.listeners, { 'Program:exit': () => checkCode((node) => sri.integrity(node)) });
  },
});
