/**
 * The per-file view of widget files named by URL: in a code file's strings, or in the
 * `<script src>`/`<link href>` an HTML page's URL block holds (the processor says which
 * tag, `html-page.ts`). It answers which widget URLs load a version below a floor (with
 * the files that must move with them) and which Classic-only bundles are named, each
 * with its edit and whether an `integrity` hash pins it.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { semver } from '../../deps.js';
import { integrityIndex, type Integrity } from '../engine/sri.js';
import {
  findClassicBundles,
  findWidgetUrls,
  mayHaveClassicBundles,
  mayHaveWidgetUrls,
  upgradeOf,
  type WidgetUrl,
} from '../pages/cdn-urls.js';
import { loadsClassicBundle, pageOf, pageUrls, urlBlockIndex, type PageFacts, type PageTag } from '../pages/html-page.js';
import { editOf, type Edit } from './edit.js';
import type { VersionFloor } from './package-view.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type StringNode = TSESTree.Literal | TSESTree.TemplateElement;
type Loc = TSESTree.SourceLocation;

export type { Integrity };

/** A Classic-only bundle named in the file. */
export interface ClassicBundleFinding<MessageIds extends string> {
  readonly loc: Loc;
  /** The bundle's file name, and the standard bundle that replaces it. */
  readonly file: string;
  readonly replacement: string;
  /** Does an SRI hash pin it (a tag's `integrity`, or one beside the string in code)? */
  readonly integrity: Integrity;
  /** The file name replaced: a suggestion (another file at another address). */
  readonly edit: Edit<MessageIds>;
}

/** Why a widget URL moves. */
type UrlKind = 'old' | 'moved' | 'variant' | 'paired';

/** A widget URL that loads a version below the floor, or that moves with one that does. */
export interface OldUrl<MessageIds extends string> {
  readonly loc: Loc;
  /**
   * `old`: below the floor, only its version changes; `moved`: below, and loaded from
   * another address; `variant`: below, a file not every version serves; `paired`: not
   * below, it moves with the page's (or file's) other widget files.
   */
  readonly kind: UrlKind;
  readonly version: string;
  /** The version it moves to. */
  readonly target: string;
  readonly file: string;
  /** An SRI hash pins it (true), may (`'maybe'`), or not. */
  readonly integrity: boolean | 'maybe';
  /** The URL to load instead, offered as `suggestion` with the URL as `url`. */
  readonly edit: Edit<MessageIds>;
}

type PagePlan = { to: string; autofix: boolean } | null;

/**
 * Each page's plan, made once per page (and floor): ESLint lints a page's URL blocks one
 * by one, and the plan reads every tag of the page.
 */
const plans = new WeakMap<PageFacts, Map<string, PagePlan>>();

/**
 * Do widget files that move together load a version below the floor, and none below its
 * `from` (a page or file that loads one is the lower floor's alone)?
 */
function isBelow(urls: readonly WidgetUrl[], floor: VersionFloor): boolean {
  const { from } = floor;
  if (from !== undefined && urls.some((url) => semver().lt(url.version, from))) return false;
  return urls.some((url) => semver().lt(url.version, floor.minimum));
}

/** A file whose version alone changes, and which every version serves. */
function canAutofix(url: WidgetUrl, to: string): boolean {
  const upgrade = upgradeOf(url, to);
  return !upgrade.moved && upgrade.stable;
}

/** The version widget files move to together: the target, or the highest one they already load when that is higher. */
function highest(urls: readonly WidgetUrl[], target: string): string {
  return urls.reduce((high, url) => (semver().gt(url.version, high) ? url.version : high), target);
}

/**
 * On an HTML page, the widget files move together. An autofix only when every file that
 * moves can be fixed, so the page never ends up with JS and CSS apart.
 */
function pagePlan(page: PageFacts, floor: VersionFloor): PagePlan {
  const key = `${floor.minimum}\0${floor.target}\0${floor.from ?? ''}`;
  let byKey = plans.get(page);
  if (!byKey) {
    byKey = new Map();
    plans.set(page, byKey);
  }
  if (!byKey.has(key)) {
    const urls = pageUrls(page);
    let plan: PagePlan = null;
    if (isBelow(urls, floor)) {
      const to = highest(urls, floor.target);
      const autofix = page.tags.every(
        (tag) =>
          tag.urls.every((url) => url.version === to || canAutofix(url, to)) &&
          (!tag.integrity || tag.urls.every((url) => url.version === to)),
      );
      plan = { to, autofix };
    }
    byKey.set(key, plan);
  }
  return byKey.get(key) ?? null;
}

export class PageView {
  private readonly page: PageFacts | undefined;
  /** In a URL block of an HTML page: the tag it holds. */
  readonly tag: PageTag | undefined;

  constructor(private readonly context: Context) {
    this.page = pageOf(context);
    const index = urlBlockIndex(context.filename);
    this.tag = this.page && index !== null ? this.page.tags[index] : undefined;
  }

  /** Does the widget here come from a Classic-only bundle: its page loads one, or this file names one (a script loader)? */
  get loadsClassicBundle(): boolean {
    return (this.page !== undefined && loadsClassicBundle(this.page)) || findClassicBundles(this.context.sourceCode.text).length > 0;
  }

  /** Listeners that hand `visit` each string of the file (a string literal, or a part of a template literal) with its offset. */
  private strings(visit: (text: string, offset: number, node: StringNode) => void): TSESLint.RuleListener {
    const { sourceCode } = this.context;
    return {
      Literal(node: TSESTree.Literal) {
        if (typeof node.value === 'string') visit(sourceCode.getText(node), node.range[0], node);
      },
      TemplateElement(node: TSESTree.TemplateElement) {
        visit(sourceCode.text.slice(node.range[0], node.range[1]), node.range[0], node);
      },
    };
  }

  private loc(start: number, end: number): Loc {
    const { sourceCode } = this.context;
    return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
  }

  /**
   * The listeners (to merge) that hand `onBundle` each Classic-only bundle the file's strings name, at
   * the end of the file (once its integrity hashes are known); none where the text names none.
   */
  classicBundles<MessageIds extends string>(
    suggestion: { messageId: MessageIds },
    data: (bundle: { file: string; replacement: string; integrity: Integrity }) => Record<string, unknown>,
    onBundle: (bundle: ClassicBundleFinding<MessageIds>) => void,
  ): TSESLint.RuleListener[] {
    const { sourceCode } = this.context;
    if (!mayHaveClassicBundles(sourceCode.text)) return [];
    const { tag } = this;
    const sri = tag ? null : integrityIndex(sourceCode);
    const found: { start: number; end: number; file: string; replacement: string; node: StringNode }[] = [];
    const collect = this.strings((text, offset, node) => {
      for (const bundle of findClassicBundles(text)) {
        found.push({ start: offset + bundle.start, end: offset + bundle.end, file: bundle.file, replacement: bundle.replacement, node });
      }
    });
    const report = () => {
      for (const { start, end, file, replacement, node } of found) {
        const integrity: Integrity = tag ? (tag.integrity ? 'yes' : 'no') : (sri?.integrity(node) ?? 'no');
        const fix: TSESLint.ReportFixFunction = (fixer) => fixer.replaceTextRange([start, end], replacement);
        const edit = editOf(fix, { ...suggestion, data: data({ file, replacement, integrity }) }, false);
        onBundle({ loc: this.loc(start, end), file, replacement, integrity, edit });
      }
    };
    return [sri?.listeners ?? {}, collect, { 'Program:exit': report }];
  }

  /**
   * The listeners (to merge) that hand `onUrl` each widget URL that loads a version below the floor
   * (where none of the page's or file's widget files loads one below its `from`), and
   * each that moves with one (a page's or a code file's widget files move together, so JS
   * and CSS never end up apart). In a page's URL block, at once; in code, at the end of
   * the file (once its integrity hashes are known). An autofix only for a file every
   * version serves, without an SRI hash, when every file that moves can be fixed.
   */
  widgetUrlsBelow<MessageIds extends string>(
    floor: VersionFloor,
    suggestion: { messageId: MessageIds },
    onUrl: (url: OldUrl<MessageIds>) => void,
  ): TSESLint.RuleListener[] {
    // A URL is found in a literal's source text: a file whose text names no CDN host has none.
    if (!mayHaveWidgetUrls(this.context.sourceCode.text)) return [];
    const found = (url: WidgetUrl, offset: number, to: string, integrity: boolean | 'maybe', allAutofix: boolean): void => {
      const upgrade = upgradeOf(url, to);
      const fix: TSESLint.ReportFixFunction = upgrade.moved
        ? (fixer) => fixer.replaceTextRange([offset + url.start, offset + url.end], upgrade.url)
        : (fixer) => fixer.replaceTextRange([offset + url.versionStart, offset + url.versionEnd], to);
      const old = semver().lt(url.version, floor.minimum);
      onUrl({
        loc: this.loc(offset + url.start, offset + url.end),
        kind: !old ? 'paired' : upgrade.moved ? 'moved' : upgrade.stable ? 'old' : 'variant',
        version: url.version,
        target: to,
        file: url.file,
        integrity,
        edit: editOf(fix, { ...suggestion, data: { url: upgrade.url } }, canAutofix(url, to) && integrity === false && allAutofix),
      });
    };

    const { page, tag } = this;
    if (page && tag) {
      const plan = pagePlan(page, floor);
      return [
        this.strings((text, offset) => {
          for (const url of findWidgetUrls(text))
            if (plan && url.version !== plan.to) found(url, offset, plan.to, tag.integrity, plan.autofix);
        }),
      ];
    }
    /** The widget URLs of a code file, with the string each is in: checked together at the end. */
    const inCode: { url: WidgetUrl; offset: number; node: StringNode }[] = [];
    const sri = integrityIndex(this.context.sourceCode);
    const check = () => {
      if (
        !isBelow(
          inCode.map(({ url }) => url),
          floor,
        )
      )
        return;
      const to = highest(
        inCode.map(({ url }) => url),
        floor.target,
      );
      const moving = inCode.filter(({ url }) => url.version !== to).map((each) => ({ ...each, integrity: sri.integrity(each.node) }));
      const autofix = moving.every(({ url, integrity }) => canAutofix(url, to) && integrity === 'no');
      const flag = { yes: true, maybe: 'maybe', no: false } as const;
      for (const { url, offset, integrity } of moving) found(url, offset, to, flag[integrity], autofix);
    };
    const collect = this.strings((text, offset, node) => {
      for (const url of findWidgetUrls(text)) inCode.push({ url, offset, node });
    });
    return [collect, sri.listeners, { 'Program:exit': check }];
  }
}

/** The page view of the file being linted. */
export function getPageView(context: Context): PageView {
  return new PageView(context);
}
