/**
 * Template tokens in an inline script (Handlebars/Mustache `{{x}}`, `{{{x}}}`, `{{#if x}}`,
 * `{{/if}}`; Nunjucks/Jinja/Liquid `{% x %}`, `{# x #}`; EJS, JSP and ERB `<% x %>`,
 * `<%= x %>`, `<%- x %>`; JSP's expression language `${x}` outside template literals),
 * masked at equal length so the script parses and every offset, line and column stays
 * where it is in the page. Okta-free.
 *
 * A token in code is masked by what it stands for: where an expression goes (after `=`,
 * `(`, `,`, `return`, or before `;`, `.`, `(`), an identifier padded with spaces
 * (`_tpl   `); elsewhere (a statement of its own, a block helper), a comment
 * (`/*     *\/`). A token inside a string or template literal stays as written (its braces
 * are just text), unless it holds the literal's own quote, a backslash or `${`: then
 * spaces. Tokens in comments and regular expressions stay. A token in code must close
 * on its line (a `{{` that does not is JavaScript: two nested blocks), except `<% … %>`,
 * which is never JavaScript (a scriptlet spans lines). `<%=`, `<%-` (EJS's unescaped
 * output, not JSP's `<%--` comment), `<%==` and `${…}` output a value; `<%`, `<%_`, `<%#`,
 * `<%@`, `<%!` and `{# #}` do not.
 *
 * The processor drops every message that starts inside a mask (what a rule says about
 * the mask, `_tpl` not being defined or the padding, is not about the page) and every
 * fix that touches one.
 */

export interface Mask {
  /** Offsets in the script, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface MaskedScript {
  readonly text: string;
  readonly masks: readonly Mask[];
}

/** The identifier that stands for a token where an expression goes. */
const TEMPLATE_PLACEHOLDER = '_tpl';

const OPENERS = [
  { open: '{{{', close: '}}}' },
  { open: '{{', close: '}}' },
  { open: '{%', close: '%}' },
  { open: '{#', close: '#}' },
  { open: '<%', close: '%>' },
  { open: '${', close: '}' },
] as const;

/** `<%=`, `<%==`, `<%-` (not `<%--`): the tags of EJS, JSP and ERB that output a value. */
const OUTPUT_TAG = /<%(?:=|-(?!-))/y;

/** Does the text at `index` start a token that can only be a template's (`<%`), or one that may be JavaScript? */
const NEVER_JAVASCRIPT = '<%';

/** After these keywords an expression follows. */
const EXPRESSION_KEYWORDS = new Set([
  'return',
  'typeof',
  'void',
  'delete',
  'case',
  'in',
  'of',
  'new',
  'throw',
  'await',
  'yield',
  'instanceof',
]);

/** After these characters an expression follows (and a `/` starts a regular expression). */
const EXPRESSION_BEFORE = new Set(['=', '(', '[', ',', ':', '?', '!', '&', '|', '+', '-', '*', '/', '%', '<', '>', '~', '^']);

/** Before these characters the token is an operand. */
const OPERAND_BEFORE = new Set([';', '.', '(', '[', '=', ',', '+', '-', '*', '/', '%', '&', '|', '^', '?', '<', '>', ')', ']', '}', ':']);

/**
 * Searches of one text from places that never move back (the scan goes forward): each
 * search resumes where the last one for the same needle ended, so a page with thousands of
 * unclosed `{{` costs one pass per needle, not one per `{{`.
 */
class ForwardSearch {
  /** Per needle (a line break is the needle `LINE_BREAK_KEY`), where the last search found it. */
  private readonly found = new Map<string, number>();
  private static readonly LINE_BREAK = /[\r\n\u2028\u2029]/g;
  private static readonly LINE_BREAK_KEY = '\n';

  constructor(private readonly text: string) {}

  /** The first `needle` at or after `from`, or -1. */
  next(needle: string, from: number): number {
    return this.resume(needle, from, (at) => this.text.indexOf(needle, at));
  }

  /** The first line break at or after `from`, or -1. */
  lineEnd(from: number): number {
    return this.resume(ForwardSearch.LINE_BREAK_KEY, from, (at) => {
      const pattern = ForwardSearch.LINE_BREAK;
      pattern.lastIndex = at;
      return pattern.exec(this.text)?.index ?? -1;
    });
  }

  /** The last answer for `key` while it still lies at or after `from` (or there is none to the end), else a new search. */
  private resume(key: string, from: number, find: (from: number) => number): number {
    const last = this.found.get(key);
    if (last !== undefined && (last === -1 || last >= from)) return last;
    const at = find(from);
    this.found.set(key, at);
    return at;
  }
}

/**
 * `{{#if}}`, `{{/if}}`, `{{^x}}`, `{{else}}`, `{{!comment}}`, `{{> partial}}` at the index it is set to (its spaces stop at the token's
 * `}}`).
 */
const BLOCK_HELPER = /\{\{\s*(?:[#/^!>]|else\b)/y;

/**
 * The token that starts at `index`, when one does: its end (exclusive), on the same line
 * when `sameLine` (but `<% … %>` in code may span lines). `${` is a token in code only (in a template
 * literal it is JavaScript's, and the caller never asks there).
 */
function tokenAt(
  text: string,
  index: number,
  sameLine: boolean,
  inCode: boolean,
  search: ForwardSearch,
): { end: number; block: boolean } | null {
  for (const { open, close } of OPENERS) {
    if (!text.startsWith(open, index)) continue;
    if (open === '${' && !inCode) return null;
    const closeAt = search.next(close, index + open.length);
    if (closeAt === -1) return null;
    const end = closeAt + close.length;
    if (sameLine && !(inCode && open === NEVER_JAVASCRIPT)) {
      const lineEnd = search.lineEnd(index);
      if (lineEnd !== -1 && lineEnd < end) return null;
    }
    // Block helpers, `{% tag %}`, `{# comment #}` and scriptlets have no value of their own.
    BLOCK_HELPER.lastIndex = index;
    OUTPUT_TAG.lastIndex = index;
    const block = open === '{%' || open === '{#' || (open === '<%' && !OUTPUT_TAG.test(text)) || BLOCK_HELPER.test(text);
    return { end, block };
  }
  return null;
}

/** Could the text hold a token at all? */
const MAY_HOLD_TOKEN = /\{[{%#]|<%|\$\{/;

/** A run of identifier characters (`[\w$]`), of white space, and of other characters that neither open nor close anything here. */
const IDENTIFIER_RUN = /[\w$]+/y;
const SPACE_RUN = /\s+/y;
const PLAIN_RUN = /[^\w$\s/"'`{}<]+/y;

/** The end of the run of `pattern` (sticky) at `index`; `index` when there is none. */
function runEnd(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex : index;
}

/** The first character after `index` that is not a space or tab, on the same line. */
function nextOnLine(text: string, index: number): string | undefined {
  let i = index;
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  return text[i];
}

/** Mask every template token in a script. */
export function maskTemplateTokens(source: string): MaskedScript {
  if (!MAY_HOLD_TOKEN.test(source)) return { text: source, masks: [] };
  /** The masked text, built from the source's slices between the masks. */
  const parts: string[] = [];
  let copied = 0;
  const masks: Mask[] = [];
  const search = new ForwardSearch(source);
  /** The last significant character of code, and the word it ends, if any. */
  let lastChar: string | null = null;
  let lastWord: string | null = null;
  /** For each open template literal, how many `{` deep its current `${…}` is. */
  const templates: number[] = [];

  // Masks come in the order of the scan, each after the one before.
  const fill = (start: number, end: number, replacement: string): void => {
    let masked = '';
    for (let i = start; i < end; i += 1) {
      const char = source[i]!;
      const keep = char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
      masked += keep ? char : (replacement[i - start] ?? ' ');
    }
    parts.push(source.slice(copied, start), masked);
    copied = end;
    masks.push({ start, end });
  };

  const expressionExpected = (): boolean =>
    lastChar === null ? false : lastWord !== null ? EXPRESSION_KEYWORDS.has(lastWord) : EXPRESSION_BEFORE.has(lastChar);

  /** Scan a string or template body from `index` (after its opening quote); returns the index after it closes. */
  const scanLiteral = (index: number, quote: string): number => {
    let i = index;
    while (i < source.length) {
      const char = source[i]!;
      if (char === '\\') {
        i += 2;
        continue;
      }
      if (char === quote) return i + 1;
      if (quote !== '`' && (char === '\n' || char === '\r')) return i;
      if (quote === '`' && char === '$' && source[i + 1] === '{') {
        templates.push(0);
        return i + 2;
      }
      const token = char === '{' || char === '<' ? tokenAt(source, i, quote !== '`', false, search) : null;
      if (token) {
        const text = source.slice(i, token.end);
        if (text.includes(quote) || text.includes('\\') || (quote === '`' && text.includes('${'))) fill(i, token.end, '');
        i = token.end;
        continue;
      }
      i += 1;
    }
    return i;
  };

  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    const next = source[i + 1];
    if (char === '/' && next === '/') {
      const end = search.lineEnd(i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      const open = templates.length;
      i = scanLiteral(i + 1, char);
      // Inside a `${`, an expression is expected.
      lastChar = templates.length > open ? '(' : char;
      lastWord = null;
      continue;
    }
    if (char === '/' && (lastChar === null || expressionExpected() || lastChar === '{' || lastChar === '}' || lastChar === ';')) {
      // A regular expression: skip to its closing `/` (outside a character class).
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== '\n') {
        if (source[j] === '\\') j += 1;
        else if (source[j] === '[') inClass = true;
        else if (source[j] === ']') inClass = false;
        else if (source[j] === '/' && !inClass) break;
        j += 1;
      }
      i = j + 1;
      lastChar = '/re';
      lastWord = null;
      continue;
    }
    const opensToken = char === '{' || (char === '<' && next === '%') || (char === '$' && next === '{');
    if (opensToken || char === '}') {
      const token = opensToken ? tokenAt(source, i, true, true, search) : null;
      if (token) {
        const after = nextOnLine(source, token.end);
        const operand = !token.block && (expressionExpected() || (after !== undefined && OPERAND_BEFORE.has(after)));
        const length = token.end - i;
        if (operand) fill(i, token.end, TEMPLATE_PLACEHOLDER);
        else fill(i, token.end, `/*${' '.repeat(Math.max(0, length - 4))}*/`);
        if (operand) {
          lastChar = 'l';
          lastWord = TEMPLATE_PLACEHOLDER;
        }
        i = token.end;
        continue;
      }
      const depth = templates.length;
      if (depth > 0 && char === '{') templates[depth - 1]! += 1;
      if (depth > 0 && char === '}') {
        if (templates[depth - 1] === 0) {
          // The end of a `${…}`: back in the template literal.
          templates.pop();
          const open = templates.length;
          i = scanLiteral(i + 1, '`');
          lastChar = templates.length > open ? '(' : '`';
          lastWord = null;
          continue;
        }
        templates[depth - 1]! -= 1;
      }
      lastChar = char;
      lastWord = null;
      i += 1;
      continue;
    }
    const word = runEnd(IDENTIFIER_RUN, source, i);
    if (word > i) {
      lastWord = source.slice(i, word);
      lastChar = source[word - 1]!;
      i = word;
      continue;
    }
    const space = runEnd(SPACE_RUN, source, i);
    if (space > i) {
      i = space;
      continue;
    }
    // Punctuation (a `<` or `/` that opens nothing included): the last one is the last significant character.
    const plain = Math.max(runEnd(PLAIN_RUN, source, i), i + 1);
    lastChar = source[plain - 1]!;
    lastWord = null;
    i = plain;
  }
  if (masks.length === 0) return { text: source, masks };
  parts.push(source.slice(copied));
  return { text: parts.join(''), masks };
}

/**
 * The inside of a template section: what a template engine renders only under a
 * condition or once per item (`{{#if x}}…{{/if}}`, `{{^x}}…{{/x}}`, `{{#each}}…`,
 * `{% if %}…{% endif %}`, `{% for %}…{% endfor %}`, `<% if (x) { %>…<% } %>`,
 * `<% if x %>…<% end %>`…), from just after its opening tag to
 * just before its closing one, both ends included. Offsets in the scanned text.
 */
export interface Section {
  readonly start: number;
  readonly end: number;
}

/** `{{#name`, `{{^name`, `{{#> name` (an opening) or `{{/name` (a closing), `~` and spaces allowed. */
const MUSTACHE_SECTION = /\{\{~?\s*([#^/])\s*(?:>\s*)?([^\s}~]+)/y;
/** `{% name`, `{%- name`. */
const TAG_SECTION = /\{%-?\s*([A-Za-z_]\w*)/y;
/** `{% … %}` tags that continue a section rather than open one. */
const MIDDLE_TAGS = new Set(['else', 'elif', 'elsif', 'elseif', 'when', 'empty', 'plural']);

/** Ruby's statements that an `end` closes (ERB), and the `do` of a block (`items.each do |item|`). */
const RUBY_OPENERS = new Set(['if', 'unless', 'while', 'until', 'for', 'case', 'begin']);
const RUBY_DO = /\bdo(?:\s*\|[^|]*\|)?$/;

/**
 * A scriptlet (`<% … %>`, `<%_ … _%>`) that opens or closes a section: EJS and JSP by their
 * braces (`<% if (x) { %>`, `<% } else { %>`, `<% } %>`), ERB by Ruby's keywords (`<% if x %>`,
 * `<% items.each do |i| %>`, `<% end %>`). Output tags, comments and directives do neither.
 */
function scriptletSection(
  inner: string,
  index: number,
  after: number,
  open: { key: string; start: number }[],
  close: (key: string, end: number) => void,
): void {
  // EJS's `<%-` outputs a value, ERB's `<%-` trims: a value never opens a section, so both are read.
  if (/^(?:[=#@!%]|--)/.test(inner)) return;
  const code = inner.replace(/^[-_]/, '').replace(/[-_]$/, '').trim();
  if (code.startsWith('}') || code.endsWith('{')) {
    if (code.startsWith('}')) close('<%{', index);
    if (code.endsWith('{')) open.push({ key: '<%{', start: after });
    return;
  }
  const word = /^[a-z]+/.exec(code)?.[0];
  if (word === 'end') close('<%end', index);
  else if ((word !== undefined && RUBY_OPENERS.has(word)) || RUBY_DO.test(code)) open.push({ key: '<%end', start: after });
}

/**
 * Every section of a text, found by its tags wherever they are (a template engine renders
 * the page before any script runs, so a tag in a JavaScript comment or string counts
 * too). An opening tag counts only when its closing tag follows (`{% include %}` has
 * none); sections nest or are disjoint. Linear in the text.
 */
export function templateSections(text: string): Section[] {
  if (!text.includes('{{') && !text.includes('{%') && !text.includes('<%')) return [];
  const sections: Section[] = [];
  const open: { key: string; start: number }[] = [];
  const search = new ForwardSearch(text);
  const close = (key: string, end: number): void => {
    for (let k = open.length - 1; k >= 0; k -= 1) {
      if (open[k]!.key !== key) continue;
      sections.push({ start: open[k]!.start, end });
      open.length = k;
      return;
    }
  };
  for (const match of text.matchAll(/\{\{|\{%|<%/g)) {
    const index = match.index;
    const mustache = match[0] === '{{';
    const scriptlet = match[0] === '<%';
    const closeAt = search.next(mustache ? '}}' : scriptlet ? '%>' : '%}', index + 2);
    if (closeAt === -1) continue;
    if (scriptlet) {
      scriptletSection(text.slice(index + 2, closeAt), index, closeAt + 2, open, close);
      continue;
    }
    const pattern = mustache ? MUSTACHE_SECTION : TAG_SECTION;
    pattern.lastIndex = index;
    const head = pattern.exec(text);
    if (!head || pattern.lastIndex > closeAt) continue;
    const after = closeAt + 2;
    if (mustache) {
      const key = `{{${head[2]!.replace(/^\*/, '')}`;
      if (head[1] === '/') close(key, index);
      else open.push({ key, start: after });
      continue;
    }
    const name = head[1]!;
    if (MIDDLE_TAGS.has(name)) continue;
    if (name.startsWith('end')) close(`{%${name.slice(3)}`, index);
    else open.push({ key: `{%${name}`, start: after });
  }
  return sections.sort((a, b) => a.start - b.start);
}

/**
 * Which section an offset is in: the innermost one, found by a binary search and a walk
 * up the nesting (its depth, not the number of sections). -1 outside every section.
 */
export class SectionIndex {
  private readonly parents: number[] = [];

  constructor(private readonly sections: readonly Section[]) {
    const stack: number[] = [];
    sections.forEach((section, index) => {
      while (stack.length > 0 && sections[stack.at(-1)!]!.end < section.start) stack.pop();
      this.parents.push(stack.at(-1) ?? -1);
      stack.push(index);
    });
  }

  innermost(offset: number): number {
    let low = 0;
    let high = this.sections.length - 1;
    let candidate = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.sections[middle]!.start <= offset) {
        candidate = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    while (candidate !== -1 && this.sections[candidate]!.end < offset) candidate = this.parents[candidate]!;
    return candidate;
  }
}
