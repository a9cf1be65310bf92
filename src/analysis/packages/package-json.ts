/**
 * The dependency entries of a package.json, whichever JSON AST ESLint hands the rule:
 * jsonc-eslint-parser's (`Program > JSONExpressionStatement > JSONObjectExpression >
 * JSONProperty`, the JavaScript language), @eslint/json's Momoa AST (`Document > Object >
 * Member`, the `json/*` languages), or an ESTree object (`Program > ExpressionStatement >
 * ObjectExpression > Property`: a JavaScript parser a later config block set for every
 * file, such as typescript-eslint's, which reads `.json` files as JSON). Okta-free.
 */
import { npmAlias } from '../engine/version-sets.js';
import { DEPENDENCY_SECTIONS } from './manifest.js';

type Range = readonly [number, number];

/** A position as the AST has it (jsonc-eslint-parser: 0-based columns; Momoa: 1-based, as its language declares). */
interface Position {
  readonly line: number;
  readonly column: number;
}

/** A JSON node as both ASTs have it: a type, a range, a location in the AST's own terms. */
interface JsonNode {
  readonly type: string;
  readonly range: Range;
  readonly loc: { readonly start: Position; readonly end: Position };
}

export interface DependencyEntry {
  readonly section: (typeof DEPENDENCY_SECTIONS)[number];
  /** The key as written: a package name, or an alias name. */
  readonly name: string;
  /** The value, when it is a string. */
  readonly spec: string | null;
  /** The property (jsonc) or member (Momoa): where findings go. */
  readonly node: JsonNode;
  /** The string value node, whose text an edit replaces. */
  readonly value: JsonNode;
}

interface Pair {
  key: string | null;
  value: JsonNode & { value?: unknown };
  node: JsonNode;
}

function isNode(value: unknown): value is JsonNode & Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** How each AST writes an object: its node type, where its entries are, and where an entry's key is. */
const OBJECT_SHAPES: Readonly<Record<string, { entries: string; key: string }>> = {
  JSONObjectExpression: { entries: 'properties', key: 'key' }, // jsonc-eslint-parser
  ObjectExpression: { entries: 'properties', key: 'key' }, // ESTree (a JavaScript parser)
  Object: { entries: 'members', key: 'name' }, // Momoa (@eslint/json)
};

/** The key-value pairs of an object node of any of the ASTs; null for anything else. */
function pairs(node: unknown): Pair[] | null {
  const shape = isNode(node) ? OBJECT_SHAPES[node.type] : undefined;
  const entries = shape ? (node as Record<string, unknown>)[shape.entries] : undefined;
  if (!shape || !Array.isArray(entries)) return null;
  return entries.filter(isNode).flatMap((entry) => {
    // ESTree only: a spread, a computed key.
    if (entry.computed === true || entry.type === 'SpreadElement') return [];
    const key = entry[shape.key] as { type?: string; value?: unknown; name?: unknown } | undefined;
    const name = key?.type === 'Identifier' || key?.type === 'JSONIdentifier' ? key.name : key?.value;
    return [{ key: typeof name === 'string' ? name : null, value: entry.value as Pair['value'], node: entry }];
  });
}

function isString(node: Pair['value']): boolean {
  return (node.type === 'JSONLiteral' || node.type === 'String' || node.type === 'Literal') && typeof node.value === 'string';
}

/** The root object of a JSON document: `Program > (JSON)ExpressionStatement` or `Document`. */
export function jsonRoot(ast: unknown): unknown {
  if (!isNode(ast)) return null;
  if (ast.type === 'Document') return ast.body;
  if (ast.type === 'Program' && Array.isArray(ast.body) && ast.body.length === 1) {
    const [statement] = ast.body as unknown[];
    if (isNode(statement) && (statement.type === 'JSONExpressionStatement' || statement.type === 'ExpressionStatement'))
      return statement.expression;
  }
  return null;
}

/**
 * The pairs that take effect: where a key is written twice, `JSON.parse` (and so npm,
 * yarn and pnpm) keeps the last value, so only the last pair of each key counts.
 */
function effectivePairs(node: unknown): Pair[] {
  const all = pairs(node) ?? [];
  const last = new Map<string | null, Pair>();
  for (const pair of all) last.set(pair.key, pair);
  return all.filter((pair) => pair.key === null || last.get(pair.key) === pair);
}

/**
 * Every entry of the dependency sections of a package.json document (its root node):
 * with duplicate keys (two `dependencies` objects, one package named twice), only the
 * last of each, the one that takes effect.
 */
export function dependencyEntries(root: unknown): DependencyEntry[] {
  const entries: DependencyEntry[] = [];
  for (const section of effectivePairs(root)) {
    const name = DEPENDENCY_SECTIONS.find((s) => s === section.key);
    if (!name) continue;
    for (const dependency of effectivePairs(section.value)) {
      if (dependency.key === null) continue;
      const spec = isString(dependency.value) ? (dependency.value.value as string) : null;
      entries.push({ section: name, name: dependency.key, spec, node: dependency.node, value: dependency.value });
    }
  }
  return entries;
}

/** Is the entry a dependency on `name`: by its key, or an `npm:` alias of it? */
export function dependsOn(entry: DependencyEntry, name: string): boolean {
  return entry.name === name || npmAlias(entry.spec)?.name === name;
}
