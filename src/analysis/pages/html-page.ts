/**
 * What the HTML processor learned about a page, for the rules that lint its blocks: the
 * widget files the page loads from Okta's CDN (with their tag's `integrity`), hence the
 * widget version its inline scripts run. The processor reads the text ESLint hands it
 * (an editor's unsaved buffer included), never the file on disk; it remembers a page in
 * `preprocess` and forgets it in `postprocess`, and ESLint lints the page's blocks in
 * between, synchronously.
 */
import path from 'node:path';
import { semver } from '../../deps.js';
import type { WidgetUrl } from './cdn-urls.js';

/**
 * The files that are pages: HTML, Okta-hosted and Handlebars/Mustache templates, and the
 * server templates whose tags the processor masks (EJS, Nunjucks, JSP, ERB: `.html.erb` too).
 */
export const PAGE_EXTENSIONS = ['html', 'htm', 'hbs', 'handlebars', 'mustache', 'ejs', 'njk', 'jsp', 'erb'] as const;

/** A `<script src>` or `<link href>` whose value holds widget files on Okta's CDN, or a Classic-only widget bundle from anywhere. */
export interface PageTag {
  readonly urls: readonly WidgetUrl[];
  /** The tag has an `integrity` (SRI) attribute: a new version needs a new hash. */
  readonly integrity: boolean;
  /** It loads a Classic-only bundle (`okta-sign-in.classic.min.js`), which throws unless `useClassicEngine: true`. */
  readonly classicBundle: boolean;
}

export interface PageFacts {
  /** The tags, in page order; the processor's URL block `url-K` is tag K. */
  readonly tags: readonly PageTag[];
}

const pages = new Map<string, PageFacts>();

export function rememberPage(file: string, facts: PageFacts): void {
  pages.set(file, facts);
}

export function forgetPage(file: string): void {
  pages.delete(file);
}

interface BlockContext {
  readonly filename: string;
  readonly physicalFilename: string;
}

/**
 * The page a block of a processed HTML file belongs to, if any. ESLint names a block
 * `<file>/<index>_<block name>`, and gives it the file's physical name.
 */
export function pageOf(context: BlockContext): PageFacts | undefined {
  if (pages.size === 0 || typeof context.filename !== 'string' || context.filename === context.physicalFilename) return undefined;
  return pages.get(path.dirname(context.filename)) ?? pages.get(context.physicalFilename);
}

/** Every widget file the page loads. */
export function pageUrls(page: PageFacts): WidgetUrl[] {
  return page.tags.flatMap((tag) => tag.urls);
}

/** Each page's widget versions, read once per page (every inline script of the page asks). */
const widgetVersions = new WeakMap<PageFacts, readonly string[]>();

/**
 * The widget versions the page of a block loads from Okta's CDN (the exact versions of
 * its JS files, lowest first), which its inline scripts run; none outside a page.
 */
export function pageWidgetVersions(context: BlockContext): readonly string[] {
  const page = pageOf(context);
  if (!page) return [];
  let versions = widgetVersions.get(page);
  if (!versions) {
    versions = [...new Set(pageUrls(page).flatMap((url) => (url.kind === 'js' && semver().valid(url.version) ? [url.version] : [])))].sort(
      semver().compare,
    );
    widgetVersions.set(page, versions);
  }
  return versions;
}

/** Does the page load a Classic-only widget bundle? */
export function loadsClassicBundle(page: PageFacts): boolean {
  return page.tags.some((tag) => tag.classicBundle);
}

/** The block name the processor gives the attribute value of tag `index`. */
export function urlBlockName(index: number): string {
  return `url-${index}.okta-url`;
}

/** Which tag a block's file name (`…/page.html/3_url-1.okta-url`) stands for. */
export function urlBlockIndex(filename: string): number | null {
  const match = /(?:^|[\\/])\d+_url-(\d+)\.okta-url$/.exec(filename);
  return match ? Number(match[1]) : null;
}
