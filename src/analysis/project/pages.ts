/**
 * The pages of a package and the scripts they load: a static site's `public/index.html`
 * loads the widget from Okta's CDN and `js/login.js` with `<script src>`, so `login.js`
 * runs that widget (its `OktaSignIn` global is the CDN bundle's). One scan per package:
 * the package root is the nearest folder with a package.json; its pages (PAGE_EXTENSIONS)
 * are found by a bounded walk (engine/limits.ts; no node_modules, dot-folders, build
 * output or nested packages) and each is parsed once with htmlparser2 for its `<script
 * src>` targets (relative to the page, root-relative to the page's folders up to the
 * root, then to the usual static roots) and its widget CDN files. Every read goes through
 * packages/read.ts (cached by path, time and size; a folder listed at most once a
 * second), so an edit to a page is seen by the next lint. Folders deeper than the depth
 * bound are not entered; a package with more folders or pages than the bounds is not read
 * at all: a script's pages must all be known for their versions to count.
 */
import path from 'node:path';
import { htmlparser2, semver, usable } from '../../deps.js';
import { PAGES_MAX_DEPTH, PAGES_MAX_FOLDERS, PAGES_MAX_PAGES } from '../engine/limits.js';
import type { Tri } from '../engine/tri.js';
import { findWidgetUrls } from '../pages/cdn-urls.js';
import { packageRootAt, walkPackage } from './package-walk.js';
import { PAGE_EXTENSIONS } from '../pages/html-page.js';
import { isFile, readParsed, STAT_LIFETIME_MS } from '../packages/read.js';

/** What one page says: the scripts it loads and the widget versions it loads from the CDN. */
interface PageRead {
  /** `<script src>` values, as written. */
  readonly sources: readonly string[];
  /** The exact widget versions of its CDN JavaScript files, lowest first. */
  readonly widgetVersions: readonly string[];
  /** Does it load the widget's JavaScript from Okta's CDN (any version, exact or not)? */
  readonly loadsWidget: boolean;
  /** Does its text name Okta at all (`okta`, any case: a superset of questions/okta-mentions.ts)? */
  readonly namesOkta: boolean;
}

/** A page that loads a script, with what runs there. */
export interface LoadingPage {
  /** The page, relative to its package root (`public/index.html`). */
  readonly name: string;
  readonly widgetVersions: readonly string[];
  readonly namesOkta: boolean;
}

const PAGE_FILE = new RegExp(`\\.(?:${PAGE_EXTENSIONS.join('|')})$`, 'i');

/** Where servers serve static files from, for a root-relative `src` (`/js/login.js`) the page's folders do not hold. */
const STATIC_ROOTS = [
  'public',
  'static',
  'www',
  'wwwroot',
  'web',
  'assets',
  'src/main/webapp',
  'src/main/resources/static',
  'src/main/resources/public',
];

/** A `src` that names no file of the package: another origin, a data or blob URL, a template token. */
const NOT_A_FILE = /^(?:[a-z][a-z\d+.-]*:|\/\/)|\{\{|\{%|<%|\$\{/i;

function readPage(text: string | null): PageRead {
  if (text === null || !usable('htmlparser2')) return { sources: [], widgetVersions: [], loadsWidget: false, namesOkta: false };
  const sources: string[] = [];
  const versions = new Set<string>();
  let loadsWidget = false;
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        const value = name === 'script' ? attributes.src : name === 'link' ? attributes.href : undefined;
        if (value === undefined) return;
        if (name === 'script') sources.push(value.trim());
        for (const url of findWidgetUrls(value)) {
          if (url.kind !== 'js') continue;
          loadsWidget = true;
          if (semver().valid(url.version)) versions.add(url.version);
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  try {
    parser.end(text);
  } catch {
    return { sources: [], widgetVersions: [], loadsWidget: false, namesOkta: false };
  }
  // semver is loaded only for a page that names a version (start-up of a run with no Okta page).
  const widgetVersions = versions.size > 1 ? [...versions].sort(semver().compare) : [...versions];
  return { sources, widgetVersions, loadsWidget, namesOkta: /okta/i.test(text) };
}

/** The package's pages, or null past a bound (deeper folders hold source code, not the pages a server serves: not entered). */
const listPages = (root: string): string[] | null =>
  walkPackage(root, (name) => PAGE_FILE.test(name), {
    maxFolders: PAGES_MAX_FOLDERS,
    maxFiles: PAGES_MAX_PAGES,
    maxDepth: PAGES_MAX_DEPTH,
    pastDepth: 'skip',
  });

const inside = (root: string, file: string): boolean => {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** The file a page's `src` loads, when the package holds it. */
function resolveSource(root: string, page: string, source: string): string | null {
  if (source === '' || NOT_A_FILE.test(source)) return null;
  let target = source.replace(/[?#].*$/s, '');
  try {
    target = decodeURI(target);
  } catch {
    return null;
  }
  if (target === '' || target.endsWith('/')) return null;
  const candidates: string[] = [];
  const pageFolder = path.dirname(page);
  if (target.startsWith('/')) {
    for (let folder = pageFolder; inside(root, folder) || folder === root; folder = path.dirname(folder)) {
      candidates.push(path.join(folder, target));
      if (folder === root) break;
    }
  } else {
    candidates.push(path.join(pageFolder, target));
  }
  for (const each of STATIC_ROOTS) candidates.push(path.join(root, each, target));
  return candidates.find((file) => inside(root, file) && isFile(file)) ?? null;
}

interface PackagePages {
  /** When the walk was made (Date.now()). */
  readonly at: number;
  readonly pages: readonly string[] | null;
  readonly reads: readonly (PageRead | undefined)[];
  /** Script file → the pages that load it; null past a bound. */
  readonly loading: ReadonlyMap<string, readonly LoadingPage[]> | null;
}

const packages = new Map<string, PackagePages>();

function buildIndex(root: string, pages: readonly string[], reads: readonly (PageRead | undefined)[]): Map<string, LoadingPage[]> {
  const loading = new Map<string, LoadingPage[]>();
  pages.forEach((page, index) => {
    const read = reads[index];
    if (!read) return;
    const loadingPage: LoadingPage = {
      name: path.relative(root, page).split(path.sep).join('/'),
      widgetVersions: read.widgetVersions,
      namesOkta: read.namesOkta,
    };
    for (const source of new Set(read.sources)) {
      const file = resolveSource(root, page, source);
      if (!file) continue;
      const list = loading.get(file) ?? [];
      if (!list.includes(loadingPage)) list.push(loadingPage);
      loading.set(file, list);
    }
  });
  return loading;
}

/**
 * The package's index, walked again at most once a second; rebuilt only when the pages or
 * what one of them says changed (each page's read is cached by its time and size).
 */
function packagePages(root: string): PackagePages {
  const now = Date.now();
  const known = packages.get(root);
  if (known && now - known.at < STAT_LIFETIME_MS && now >= known.at) return known;
  const pages = listPages(root);
  const reads = pages ? pages.map((page) => readParsed(page, readPage)) : [];
  const same =
    known &&
    known.pages !== null &&
    pages !== null &&
    known.pages.length === pages.length &&
    pages.every((page, index) => known.pages![index] === page && known.reads[index] === reads[index]);
  const loading = same ? known.loading : pages ? buildIndex(root, pages, reads) : null;
  const entry: PackagePages = { at: now, pages, reads, loading };
  packages.set(root, entry);
  return entry;
}

/** Files a page can load as a script: only these are looked up. */
const SCRIPT_FILE = /\.(?:js|mjs|cjs)$/i;

/**
 * The pages of the script's package that load it with `<script src>`, with the widget
 * versions each loads from the CDN; none for a file no page loads, a file that is no
 * script, or a package past a bound.
 */
export function pagesLoading(scriptPath: string): readonly LoadingPage[] {
  if (!path.isAbsolute(scriptPath) || !SCRIPT_FILE.test(scriptPath)) return [];
  const root = packageRootAt(path.dirname(scriptPath));
  if (!root) return [];
  return packagePages(root).loading?.get(path.normalize(scriptPath)) ?? [];
}

/**
 * The widget versions a script runs because of the pages that load it (a set: every
 * page's CDN versions), with the pages' names; null when no page loads it, or when one
 * that does loads no widget from the CDN (what runs there is not known).
 */
export function scriptPageVersions(scriptPath: string): { readonly versions: readonly string[]; readonly pages: readonly string[] } | null {
  const loading = pagesLoading(scriptPath);
  if (loading.length === 0 || loading.some((page) => page.widgetVersions.length === 0)) return null;
  const versions = [...new Set(loading.flatMap((page) => page.widgetVersions))].sort(semver().compare);
  return { versions, pages: loading.map((page) => page.name) };
}

/** Is the script loaded by a page that names Okta? (The gate of questions/okta-mentions.ts.) */
export function loadedByOktaPage(scriptPath: string): boolean {
  return pagesLoading(scriptPath).some((page) => page.namesOkta);
}

/**
 * Does a page of the package in `packageDirectory` load the widget's JavaScript from Okta's
 * CDN? `'unknown'` when the package is past a bound or a page could not be read (unless
 * another page does load it): the question of project/embeds.ts for a static site.
 */
export function pageLoadsWidget(packageDirectory: string): Tri {
  const { pages, reads } = packagePages(path.normalize(packageDirectory));
  if (pages === null) return 'unknown';
  if (reads.some((read) => read?.loadsWidget === true)) return true;
  return reads.length === pages.length && reads.every((read) => read !== undefined) ? false : 'unknown';
}

/** Forget every package's pages (tests). */
export function clearPagesCache(): void {
  packages.clear();
}
