/**
 * Reading only the parts of a large pnpm or yarn lockfile that a question needs, in time
 * linear in the file: one pass over the lines finds the top-level sections (pnpm) or
 * entries (yarn), and only the blocks a question reaches are handed to the YAML or SYML
 * parser. A monorepo's lockfile of several MB holds thousands of entries; the resolver
 * asks about two packages.
 *
 * The scan reads the block layout package managers write (top-level keys at column 0,
 * children indented by spaces). A file laid out otherwise (document markers, a flow
 * mapping, tab indentation, a top-level line that is not a key) is parsed whole, as
 * before. Nothing here decides versions: lockfiles.ts asks the same questions of both.
 */

type Parse = (text: string) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file's lines without their line ends (and without a byte-order mark). */
function linesOf(text: string): string[] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

/** A blank line or a comment: no content. */
function isFiller(line: string): boolean {
  const trimmed = line.trimStart();
  return trimmed === '' || trimmed.startsWith('#');
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i += 1;
  return i;
}

/** Lines from `start` to `end` (exclusive), as one text. */
function block(lines: readonly string[], start: number, end: number): string {
  return `${lines.slice(start, end).join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// pnpm

export interface PnpmSections {
  /**
   * The entry of an importer (`'.'` for the root): `importers[key]`, or for a single-project
   * lockfile without `importers` (before 9.0), the file itself as the root's entry.
   */
  importer(key: string): unknown;
  /** Keys of the `packages` section that contain `name` (a superset of those that name it). */
  packageKeys(name: string): string[];
}

/** A pnpm top-level key line: `importers:`, `lockfileVersion: '9.0'`. */
const PNPM_TOP_KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;

interface Section {
  readonly start: number;
  readonly end: number;
  /** The value written on the key's own line (a scalar or flow collection), '' when the value is the block below. */
  readonly inline: string;
}

/** A child key line of a block mapping at a known indentation: its key, unquoted, or null when it is not a plain or quoted key. */
function childKey(line: string, indent: number, parse: Parse): string | null {
  const rest = line.slice(indent);
  const first = rest[0];
  if (first === "'" || first === '"') {
    // A quoted key: up to its closing quote ('' escapes a single quote, \ a double-quoted character).
    let i = 1;
    for (; i < rest.length; i += 1) {
      if (first === "'" && rest[i] === "'") {
        if (rest[i + 1] === "'") i += 1;
        else break;
      } else if (first === '"' && rest[i] === '\\') i += 1;
      else if (first === '"' && rest[i] === '"') break;
    }
    if (i >= rest.length || rest[i + 1] !== ':') return null;
    // What lockfiles write (`'@scope/name@1.2.3':`): no escape inside, the text between the quotes; else the YAML parser reads it.
    const inner = rest.slice(1, i);
    if (!inner.includes(first) && !inner.includes('\\')) return inner;
    const value = parse(rest.slice(0, i + 1));
    return typeof value === 'string' ? value : null;
  }
  if (first === undefined || '?-&*!|>{[%@`,'.includes(first)) return null;
  const match = /^(.*?):(?:[ \t]|$)/.exec(rest);
  return match ? match[1]!.trimEnd() : null;
}

/** The children of a block-mapping section: each key with its lines. Null when the section is not laid out as one. */
function children(lines: readonly string[], section: Section, parse: Parse): Map<string, { start: number; end: number }> | null {
  const found = new Map<string, { start: number; end: number }>();
  let indent = -1;
  let current: { key: string; start: number } | null = null;
  for (let i = section.start + 1; i < section.end; i += 1) {
    const line = lines[i]!;
    if (isFiller(line)) continue;
    const own = indentOf(line);
    if (indent === -1) indent = own;
    if (own < indent || line[own] === '\t') return null;
    if (own > indent) continue;
    const key = childKey(line, indent, parse);
    if (key === null) return null;
    if (current) found.set(current.key, { start: current.start, end: i });
    current = { key, start: i };
  }
  if (current) found.set(current.key, { start: current.start, end: section.end });
  return found;
}

/** The top-level sections of a pnpm lockfile in block layout; null when it is laid out otherwise. */
function pnpmTopLevel(lines: readonly string[]): Map<string, Section> | null {
  const sections = new Map<string, Section>();
  let current: { name: string; start: number; inline: string } | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.startsWith('\t')) return null;
    if (isFiller(line) || line.startsWith(' ')) continue;
    const match = PNPM_TOP_KEY.exec(line);
    if (!match) return null; // a document marker, a flow mapping, a complex key
    if (current) sections.set(current.name, { start: current.start, end: i, inline: current.inline });
    const inline = (match[2] ?? '').trim();
    current = { name: match[1]!, start: i, inline: inline.startsWith('#') ? '' : inline };
  }
  if (current) sections.set(current.name, { start: current.start, end: lines.length, inline: current.inline });
  return sections.has('lockfileVersion') ? sections : null;
}

/** The answers of a whole parsed file (the layout the scan does not read). */
function wholePnpm(value: unknown): PnpmSections | null {
  if (!isRecord(value)) return null;
  const importers = isRecord(value.importers) ? value.importers : { '.': value };
  const packages = isRecord(value.packages) ? Object.keys(value.packages) : [];
  return {
    importer: (key) => importers[key],
    packageKeys: (name) => packages.filter((key) => key.includes(name)),
  };
}

/**
 * A pnpm lockfile's sections, read on demand; `parse` is the YAML parser (it may throw).
 * Null when the file is not a YAML mapping. Throws when a file the scan cannot read does
 * not parse.
 */
export function scanPnpmLockfile(text: string, parse: Parse): PnpmSections | null {
  const lines = linesOf(text);
  const top = pnpmTopLevel(lines);
  const importersSection = top?.get('importers');
  const packagesSection = top?.get('packages');
  if (!top || (importersSection && importersSection.inline !== '') || (packagesSection && packagesSection.inline !== '')) {
    return wholePnpm(parse(text));
  }
  const importers = importersSection ? children(lines, importersSection, parse) : null;
  const packages = packagesSection ? children(lines, packagesSection, parse) : new Map<string, never>();
  if ((importersSection && !importers) || !packages) return wholePnpm(parse(text));
  const sections = top;

  /** One section of the file (its key line and block), parsed alone. */
  const parseSection = (section: Section): unknown => {
    const parsed = parse(block(lines, section.start, section.end));
    return isRecord(parsed) ? Object.values(parsed)[0] : undefined;
  };
  const entries = new Map<string, unknown>();
  /** A block the scan found that does not parse alone: the whole file answers (nothing, when it does not parse either). */
  let whole: PnpmSections | null | undefined;
  const wholeFile = (): PnpmSections | null => {
    if (whole === undefined) {
      try {
        whole = wholePnpm(parse(text));
      } catch {
        whole = null;
      }
    }
    return whole;
  };
  return {
    importer(key) {
      if (entries.has(key)) return entries.get(key);
      let entry: unknown;
      try {
        entry = readImporter(key);
      } catch {
        entry = wholeFile()?.importer(key);
      }
      entries.set(key, entry);
      return entry;
    },
    packageKeys: (name) => [...packages.keys()].filter((key) => key.includes(name)),
  };

  function readImporter(key: string): unknown {
    if (importersSection && importers) {
      // `importers:` and the importer's own block, parsed alone; read as the whole file's would be.
      const at = importers.get(key);
      const parsed = at ? parse(`${lines[importersSection.start]}\n${block(lines, at.start, at.end)}`) : undefined;
      return isRecord(parsed) && isRecord(parsed.importers) ? parsed.importers[key] : undefined;
    }
    if (key !== '.') return undefined;
    // Before 9.0 a single project's sections are top-level: the ones the resolver reads.
    const root: Record<string, unknown> = {};
    for (const name of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      const section = sections.get(name);
      if (section) root[name] = parseSection(section);
    }
    return root;
  }
}

// ---------------------------------------------------------------------------------------
// yarn

export interface YarnEntries {
  /**
   * The lockfile's entries whose key line contains one of `needles` (all of them when the file was parsed whole), as the SYML parser reads
   * them.
   */
  entries(needles: readonly string[]): Record<string, unknown>;
}

/**
 * A yarn lockfile's entries, read on demand; `parse` is the SYML parser (it may throw).
 * Throws when a file the scan cannot read does not parse.
 */
export function scanYarnLockfile(text: string, parse: Parse): YarnEntries {
  const lines = linesOf(text);
  const keys: { line: string; start: number; end: number }[] = [];
  let header = 0;
  let plain = true;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.startsWith('\t')) plain = false;
    if (isFiller(line) || line.startsWith(' ')) continue;
    // A top-level line is an entry's key (`"a@^1.0.0", a@^1.1.0:`, `__metadata:`).
    if (!line.trimEnd().endsWith(':') || line.startsWith('---') || line.startsWith('...')) plain = false;
    if (keys.length === 0) header = i;
    const last = keys.at(-1);
    if (last) last.end = i;
    keys.push({ line, start: i, end: lines.length });
  }
  let whole: Record<string, unknown> | null = null;
  const parseWhole = (): Record<string, unknown> => {
    if (whole) return whole;
    const parsed = parse(text);
    whole = isRecord(parsed) ? parsed : {};
    return whole;
  };
  if (!plain || keys.length === 0) {
    const all = parseWhole();
    return { entries: () => all };
  }
  const head = lines.slice(0, header).join('\n');
  const answers = new Map<string, Record<string, unknown>>();
  return {
    entries(needles) {
      const id = needles.join('\0');
      let answer = answers.get(id);
      if (!answer) {
        const chosen = keys.filter((key) => needles.some((needle) => key.line.includes(needle)));
        try {
          const parsed = chosen.length === 0 ? {} : parse(`${head}\n${chosen.map((key) => block(lines, key.start, key.end)).join('')}`);
          answer = isRecord(parsed) ? parsed : {};
        } catch {
          // An entry that does not parse alone: the whole file answers (nothing, when it does not parse either).
          try {
            answer = parseWhole();
          } catch {
            answer = {};
          }
        }
        answers.set(id, answer);
      }
      return answer;
    },
  };
}
