/**
 * Sign-In Widget files on Okta's CDN, found in a text (a string literal, the static part
 * of a template literal, an HTML attribute value), with the offsets of their version.
 */
import {
  WIDGET_CLASSIC_BUNDLES,
  WIDGET_CDN_REPLACED_FILES,
  WIDGET_CDN_STABLE_FILES,
  WIDGET_CDN_URL,
  WIDGET_LEGACY_CDN_URL,
  widgetCdnUrl,
} from '../okta/cdn.js';

export interface WidgetUrl {
  /** Offsets of the whole URL in the text. */
  readonly start: number;
  readonly end: number;
  readonly url: string;
  readonly version: string;
  /** Offsets of the version in the text. */
  readonly versionStart: number;
  readonly versionEnd: number;
  /** The path after the version: `js/okta-sign-in.min.js`. */
  readonly file: string;
  readonly kind: 'js' | 'css';
  /** On the 2.x-era host (`ok1static.oktacdn.com/assets/js/sdk/…`). */
  readonly legacyHost: boolean;
}

/** Can the text hold a widget URL? False means `findWidgetUrls` finds none in it or in any part of it. */
export function mayHaveWidgetUrls(text: string): boolean {
  return text.includes('oktacdn.com');
}

/** Every widget file URL in a text. Versions that are placeholders (`{{v}}`, `${v}`) do not match. */
export function findWidgetUrls(text: string): WidgetUrl[] {
  if (!mayHaveWidgetUrls(text)) return [];
  const found: WidgetUrl[] = [];
  for (const [pattern, legacyHost] of [
    [WIDGET_CDN_URL, false],
    [WIDGET_LEGACY_CDN_URL, true],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const { version, file } = match.groups as { version: string; file: string };
      const start = match.index;
      const versionStart = start + match[0].indexOf(`/${version}/`) + 1;
      found.push({
        start,
        end: start + match[0].length,
        url: match[0],
        version,
        versionStart,
        versionEnd: versionStart + version.length,
        file,
        kind: file.startsWith('css/') ? 'css' : 'js',
        legacyHost,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How to load another version of a widget file. */
export interface Upgrade {
  /** The URL to load instead. */
  readonly url: string;
  /** At another address: the current host's URL of the file (or of the file that replaced it). */
  readonly moved: boolean;
  /** A file every version from the minimum on serves: changing the version is all it takes. */
  readonly stable: boolean;
}

/**
 * How to load `target` instead: the same URL with the version changed, or, for the older
 * host and for a dropped file, the current host's URL of the file that replaces it.
 */
export function upgradeOf(url: WidgetUrl, target: string): Upgrade {
  const replaced = WIDGET_CDN_REPLACED_FILES.get(url.file);
  if (url.legacyHost || replaced) return { url: widgetCdnUrl(target, replaced ?? url.file), moved: true, stable: false };
  const versionAt = url.versionStart - url.start;
  return {
    url: `${url.url.slice(0, versionAt)}${target}${url.url.slice(url.versionEnd - url.start)}`,
    moved: false,
    stable: WIDGET_CDN_STABLE_FILES.has(url.file),
  };
}

/** A Classic-only widget bundle named by a URL or path in a text (any host, `node_modules` and self-hosted copies included). */
export interface ClassicBundle {
  /** Offsets of the file name in the text. */
  readonly start: number;
  readonly end: number;
  /** `okta-sign-in.classic.min.js` */
  readonly file: string;
  /** The standard bundle that replaces it: `okta-sign-in.min.js`. */
  readonly replacement: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The file name as the last segment of a path or URL: after a `/`, a quote or the start; before a query, a fragment, a quote or the end.
 */
const CLASSIC_BUNDLE = new RegExp(
  `(?<=^|[/"'\`\\s=])(?:${[...WIDGET_CLASSIC_BUNDLES.keys()].map(escape).join('|')})(?=$|[?#"'\`\\s;,)])`,
  'g',
);

/** Can the text name a Classic bundle? False means `findClassicBundles` finds none in it or in any part of it. */
export function mayHaveClassicBundles(text: string): boolean {
  return text.includes('okta-sign-in.classic');
}

/** Every Classic-only bundle a text names as a file (`…/js/okta-sign-in.classic.min.js?v=1`). */
export function findClassicBundles(text: string): ClassicBundle[] {
  if (!mayHaveClassicBundles(text)) return [];
  return [...text.matchAll(CLASSIC_BUNDLE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    file: match[0],
    replacement: WIDGET_CLASSIC_BUNDLES.get(match[0])!,
  }));
}
