/**
 * The `okta-oie/html` processor: HTML pages, Okta-hosted sign-in templates and server
 * templates (Handlebars/Mustache, EJS, Nunjucks, JSP, ERB: `HTML_EXTENSIONS`) as ESLint blocks.
 *
 * - Each inline JavaScript `<script>` (no `type`, a JavaScript MIME type, or `module`)
 *   becomes a block, `N.js` (a classic script) or `N.mjs` (a module), its template tokens
 *   masked at equal length (`template-tokens.ts`), so every JS rule (ours, and the
 *   user's) runs in it.
 * - Each `<script src>` / `<link href>` value that loads widget files from Okta's CDN
 *   (or a Classic-only widget bundle from anywhere) becomes a block `url-K.okta-url`
 *   holding `"<value>";`, for the rules whose `meta.docs.targets` include `html-url`;
 *   only their messages come back from these blocks.
 * - The page's facts (its widget files, their `integrity`) are remembered for the rules
 *   while its blocks are linted (`analysis/pages/html-page.ts`).
 *
 * A page that names no Okta (`analysis/questions/okta-mentions.ts`: no `@okta/` package, no Okta
 * global, no Okta CDN URL anywhere in it) becomes no block at all (`html-with-page`: the
 * page block only): the user's unscoped rules never lint the scripts of pages that are
 * only ours to read.
 *
 * `postprocess` maps every message, fix and suggestion back to the page's lines, columns
 * and offsets (CRLF and a BOM included), drops what starts inside a mask and fixes that
 * touch one, makes a fix that lands in a template section (`{{#if}}…{{/if}}`) its finding
 * is not in a suggestion, and sorts. The `html-with-page` variant also hands ESLint the page itself as
 * the first block, for users who lint HTML with an HTML parser or language
 * (`@html-eslint`): that block is linted with the page's own config.
 */
import path from 'node:path';
import type { Linter } from 'eslint';
import { globalsPackage, htmlparser2, usable } from '../deps.js';
import { findClassicBundles, findWidgetUrls } from '../analysis/pages/cdn-urls.js';
import { forgetPage, PAGE_EXTENSIONS, rememberPage, urlBlockName, type PageTag } from '../analysis/pages/html-page.js';
import { mentionsOkta } from '../analysis/questions/okta-mentions.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from '../meta.js';
import { rules } from '../rules/index.js';
import { maskTemplateTokens, SectionIndex, templateSections, type Mask } from './template-tokens.js';

/** The processor's name in the plugin (`okta-oie/html`). */
export const HTML_PROCESSOR = 'html';
/** The variant that also lints the page itself with the page's config (an HTML parser or language). */
export const HTML_WITH_PAGE_PROCESSOR = 'html-with-page';
/** The files the processor reads in `recommended`. */
export const HTML_EXTENSIONS = PAGE_EXTENSIONS;
export const HTML_FILES = `**/*.{${HTML_EXTENSIONS.join(',')}}`;
let pageGlobalsValue: Linter.Globals | undefined;

/**
 * The globals of a page's inline scripts: the browser's, the widget bundle's
 * (`OktaSignIn`) and the hosted template's (`{{{OktaUtil}}}`). Made when ESLint first
 * lints a page's script (the config blocks read it through a getter), so loading the
 * plugin does not load `globals`; without a usable `globals`, the Okta ones alone.
 */
export function pageGlobals(): Linter.Globals {
  pageGlobalsValue ??= { ...(usable('globals') ? globalsPackage().browser : {}), OktaSignIn: 'readonly', OktaUtil: 'readonly' };
  return pageGlobalsValue;
}

/**
 * The rules whose messages come back from URL blocks, from their `meta.docs.targets`:
 * other rules see `"url";`, not the page.
 */
const URL_RULES: ReadonlySet<string> = new Set(
  Object.entries(rules).flatMap(([id, rule]) => (rule.meta.docs.targets?.includes('html-url') ? [`${NAMESPACE}/${id}`] : [])),
);

/** `<script type>` values that are JavaScript (HTML's list of JavaScript MIME types, and `module`). */
const JAVASCRIPT_TYPE =
  /^(?:module|(?:text|application)\/(?:x-)?(?:javascript|ecmascript)|text\/(?:jscript|livescript|javascript1\.[0-5])|application\/x-ecmascript)$/i;

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
const BOM = '\uFEFF';

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

/** 1-based line and column of an offset. */
function locOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The offset of a 1-based line and column. */
function offsetOf(starts: readonly number[], line: number, column: number): number {
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1]!;
  return start + Math.max(column, 1) - 1;
}

interface ScriptBlock {
  readonly kind: 'script';
  /** The masked text. */
  readonly text: string;
  /** Where the block starts in the page. */
  readonly offset: number;
  readonly starts: readonly number[];
  readonly masks: readonly Mask[];
}

interface UrlBlock {
  readonly kind: 'url';
  /** The page offset of the block's opening quote (one before the value). */
  readonly offset: number;
  readonly starts: readonly number[];
  /** The value's page offsets: a fix may touch nothing else. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

type Block = ScriptBlock | UrlBlock | { readonly kind: 'page' };

interface PageState {
  readonly blocks: readonly Block[];
  readonly starts: readonly number[];
  /** The page's template sections (`{{#if}}…{{/if}}`, `{% for %}…{% endfor %}`). */
  readonly sections: SectionIndex;
}

/** Per file between preprocess and postprocess. */
const states = new Map<string, PageState>();

interface Extracted {
  scripts: { start: number; end: number; module: boolean }[];
  attributes: { start: number; end: number; value: string; integrity: boolean }[];
}

/** The inline scripts and the widget URL attributes of a page. */
function extract(page: string): Extracted {
  const found: Extracted = { scripts: [], attributes: [] };
  let attributes: { name: string; start: number; end: number; value: string }[] = [];
  let script: { start: number; module: boolean } | null = null;
  const parser = new (htmlparser2().Parser)(
    {
      onattribute(name, value, quote) {
        // endIndex is one past the closing quote; the value as written ends before it.
        const end = parser.endIndex - (quote === '"' || quote === "'" ? 1 : 0);
        attributes.push({ name, start: end - value.length, end, value });
      },
      onopentag(name) {
        const tagAttributes = attributes;
        attributes = [];
        const attribute = (key: string) => tagAttributes.find((each) => each.name === key);
        const source = name === 'script' ? attribute('src') : name === 'link' ? attribute('href') : undefined;
        if (source && (findWidgetUrls(source.value).length > 0 || findClassicBundles(source.value).length > 0)) {
          found.attributes.push({
            start: source.start,
            end: source.end,
            value: source.value,
            integrity: attribute('integrity') !== undefined,
          });
        }
        if (name !== 'script' || source) return;
        const type = attribute('type')?.value.trim() ?? '';
        if (type === '' || JAVASCRIPT_TYPE.test(type)) script = { start: parser.endIndex + 1, module: /^module$/i.test(type) };
      },
      onclosetag(name) {
        if (name !== 'script' || !script) return;
        found.scripts.push({ start: script.start, end: Math.max(script.start, parser.startIndex), module: script.module });
        script = null;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(page);
  return found;
}

/** A script without the spaces and tabs that end it after its last line break (a backward scan: no regex over the script). */
function withoutClosingIndent(source: string): string {
  let end = source.length;
  while (end > 0 && (source[end - 1] === ' ' || source[end - 1] === '\t')) end -= 1;
  const before = source[end - 1];
  const afterBreak = before === '\n' || before === '\r' || before === '\u2028' || before === '\u2029';
  return afterBreak && end < source.length ? source.slice(0, end) : source;
}

/** What a page that names no Okta hands ESLint: nothing but the page itself (`html-with-page`). */
const NOTHING: Extracted = { scripts: [], attributes: [] };

function preprocess(text: string, filename: string, keepPage: boolean): { text: string; filename: string }[] {
  const page = text.startsWith(BOM) ? text.slice(1) : text;
  // A page that loads no Okta script and names no Okta global or package has nothing for
  // our rules, and its scripts must not reach the user's other rules through our config.
  // An htmlparser2 that an app forced to an incompatible version reads nothing (one warning).
  const { scripts, attributes } = mentionsOkta(page) && usable('htmlparser2') ? extract(page) : NOTHING;
  const blocks: Block[] = [];
  const files: { text: string; filename: string }[] = [];
  if (keepPage) {
    blocks.push({ kind: 'page' });
    files.push({ text, filename: path.basename(filename) });
  }
  scripts.forEach(({ start, end, module }, index) => {
    // The indentation before `</script>` is not trailing space of the script's last line.
    const source = withoutClosingIndent(page.slice(start, end));
    if (source.trim() === '') return;
    const masked = maskTemplateTokens(source);
    blocks.push({ kind: 'script', text: masked.text, offset: start, starts: lineStarts(masked.text), masks: masked.masks });
    files.push({ text: masked.text, filename: `${index}.${module ? 'mjs' : 'js'}` });
  });
  const tags: PageTag[] = [];
  for (const { start, end, value, integrity } of attributes) {
    // A directive: `"…";` is a string to our rule and nothing to anyone else's.
    if (/["\\\r\n\u2028\u2029]/.test(value)) continue;
    const blockText = `"${value}";`;
    blocks.push({ kind: 'url', offset: start - 1, starts: lineStarts(blockText), valueStart: start, valueEnd: end });
    files.push({ text: blockText, filename: urlBlockName(tags.length) });
    tags.push({ urls: findWidgetUrls(value), integrity, classicBundle: findClassicBundles(value).length > 0 });
  }
  states.set(filename, { blocks, starts: lineStarts(page), sections: new SectionIndex(templateSections(page)) });
  rememberPage(filename, { tags });
  return files;
}

type Fix = { range: [number, number]; text: string };

/** Does a range touch the inside of a mask? (An insertion at a mask's edge does not.) */
const overlaps = (masks: readonly Mask[], [start, end]: readonly [number, number]): boolean =>
  masks.some((mask) => start < mask.end && end > mask.start);

/**
 * An insertion right after a placeholder (`_tpl|   `) goes after the whole token: the
 * padding is spaces, so nothing but the token's own text lies between.
 */
function pastPadding(block: ScriptBlock, range: [number, number]): [number, number] {
  const [start, end] = range;
  if (start !== end) return range;
  const mask = block.masks.find((each) => start > each.start && start < each.end);
  if (!mask || block.text.slice(start, mask.end).trim() !== '') return range;
  return [mask.end, mask.end];
}

/** A block's message in page coordinates, or null when it says nothing about the page. */
function mapMessage(message: Linter.LintMessage, block: Block, state: PageState): Linter.LintMessage | null {
  if (block.kind === 'page') return message;
  if (block.kind === 'url' && !URL_RULES.has(message.ruleId ?? '')) return null;
  const start = offsetOf(block.starts, message.line, message.column);
  if (block.kind === 'script' && !message.fatal && block.masks.some((mask) => start >= mask.start && start < mask.end)) return null;
  const toPage = (offset: number) => block.offset + offset;
  const mapFix = (fix: Fix | undefined): Fix | undefined => {
    if (!fix) return undefined;
    let blockRange = fix.range;
    if (block.kind === 'script') {
      blockRange = pastPadding(block, blockRange);
      if (overlaps(block.masks, blockRange)) return undefined;
    }
    const range: [number, number] = [toPage(blockRange[0]), toPage(blockRange[1])];
    if (block.kind === 'url' && (range[0] < block.valueStart || range[1] > block.valueEnd)) return undefined;
    return { range, text: fix.text };
  };
  const mapped: Linter.LintMessage = { ...message, ...locOf(state.starts, toPage(start)) };
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    const end = locOf(state.starts, toPage(offsetOf(block.starts, message.endLine, message.endColumn)));
    mapped.endLine = end.line;
    mapped.endColumn = end.column;
  }
  if (message.fix) {
    const fix = mapFix(message.fix);
    if (fix) mapped.fix = fix;
    else delete mapped.fix;
  }
  if (message.suggestions) {
    const suggestions = message.suggestions.flatMap((suggestion) => {
      const fix = mapFix(suggestion.fix);
      return fix ? [{ ...suggestion, fix }] : [];
    });
    if (suggestions.length > 0) mapped.suggestions = suggestions;
    else delete mapped.suggestions;
  }
  return mapped;
}

/** The suggestion a fix becomes when it edits inside a template section its finding is not in. */
const IN_SECTION =
  'Make this edit inside the template section ({{#…}}, {% … %} or <% … %>) it lands in: it applies only when that section renders.';

/**
 * A fix lands in the template section its finding is in, or it is no autofix: an option
 * inserted after the last property, when that property sits in `{{#if x}}…{{/if}}`, would
 * be set only when `x` is. Such a fix becomes a suggestion, for a person who sees both
 * branches.
 */
function keepToSection(message: Linter.LintMessage, state: PageState): Linter.LintMessage {
  const { fix } = message;
  if (!fix) return message;
  const { sections } = state;
  const home = sections.innermost(offsetOf(state.starts, message.line, message.column));
  if (sections.innermost(fix.range[0]) === home && sections.innermost(fix.range[1]) === home) return message;
  const suggestions = message.suggestions ?? [];
  const known = suggestions.some(
    (each) => each.fix.range[0] === fix.range[0] && each.fix.range[1] === fix.range[1] && each.fix.text === fix.text,
  );
  const moved: Linter.LintMessage = { ...message, suggestions: known ? suggestions : [...suggestions, { desc: IN_SECTION, fix }] };
  delete moved.fix;
  return moved;
}

function postprocess(messageLists: Linter.LintMessage[][], filename: string): Linter.LintMessage[] {
  const state = states.get(filename);
  states.delete(filename);
  forgetPage(filename);
  if (!state) return messageLists.flat();
  const messages = messageLists.flatMap((list, index) => {
    const block = state.blocks[index];
    if (!block) return list;
    return list.flatMap((message) => {
      const mapped = mapMessage(message, block, state);
      if (!mapped) return [];
      return block.kind === 'page' ? mapped : keepToSection(mapped, state);
    });
  });
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}

function createProcessor(name: string, keepPage: boolean): Linter.Processor {
  return {
    meta: { name: `${PLUGIN_NAME}/${name}`, version: PLUGIN_VERSION },
    supportsAutofix: true,
    preprocess: (text, filename) => preprocess(text, filename, keepPage),
    postprocess,
  };
}

/** The plugin's processors, by name. */
export type HtmlProcessors = {
  /** Inline scripts and widget CDN URLs of a page as blocks. */
  html: Linter.Processor;
  /** The same, and the page itself first, linted with the page's own config. */
  'html-with-page': Linter.Processor;
};

export const processors: HtmlProcessors = {
  [HTML_PROCESSOR]: createProcessor(HTML_PROCESSOR, false),
  [HTML_WITH_PAGE_PROCESSOR]: createProcessor(HTML_WITH_PAGE_PROCESSOR, true),
};
