/**
 * Okta-free: the questions asked of a resolved options object (options.ts): an option by
 * path (present, absent or unknown), every entry set in code at a path, an entry's static
 * value (a member read followed through the analysis of the object it reads), and a
 * boolean option's truth or an option's presence as a Tri.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { staticKeyName, staticValue, unwrap } from './ast.js';
import { resolveBinding, type OptionEntry, type OptionsObject } from './options.js';
import type { Tri } from './tri.js';
import { OPTIONS_DEPTH } from './limits.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export type Lookup =
  { readonly state: 'present'; readonly entry: OptionEntry } | { readonly state: 'absent' } | { readonly state: 'unknown' };

/** Set by a property or an assignment we can point at (not a parent made up for a path, nor a touch). */
export function isSetInCode(entry: OptionEntry): boolean {
  return entry.property !== null || entry.statement !== null;
}

/** Every option set in code at a path, with its dotted name; `*` in the path matches any key. */
export function findEntries(
  object: OptionsObject,
  path: readonly string[],
  prefix: readonly string[] = [],
): { entry: OptionEntry; name: string }[] {
  const [head, ...rest] = path;
  if (head === undefined) return [];
  const keys = head === '*' ? [...object.entries.keys()] : [head];
  return keys.flatMap((key) => {
    const entry = object.entries.get(key);
    if (!entry) return [];
    const name = [...prefix, key];
    if (rest.length === 0) return isSetInCode(entry) ? [{ entry, name: name.join('.') }] : [];
    return entry.value.kind === 'object' ? findEntries(entry.value.object, rest, name) : [];
  });
}

/** Look an option up by path (`['authParams', 'pkce']`). */
export function lookup(object: OptionsObject, path: readonly string[]): Lookup {
  const [head, ...rest] = path;
  if (head === undefined) return { state: 'unknown' };
  const entry = object.entries.get(head);
  if (!entry) return object.open ? { state: 'unknown' } : { state: 'absent' };
  // Touched by code we cannot follow (`delete cfg.a`, `cfg.a += …`): it may or may not be set.
  if (entry.value.kind === 'unknown' && !isSetInCode(entry)) return { state: 'unknown' };
  if (rest.length === 0) return { state: 'present', entry };
  switch (entry.value.kind) {
    case 'object':
      return lookup(entry.value.object, rest);
    case 'unknown':
      return { state: 'unknown' };
    case 'expression': {
      const value = staticValue(entry.value.node);
      return value !== null && (value.value === undefined || value.value === null) ? { state: 'absent' } : { state: 'unknown' };
    }
  }
}

/** The static value of an entry, or undefined when it is not known. */
function staticValueOf(entry: OptionEntry, sourceCode: SourceCode): { value: unknown } | undefined {
  if (entry.value.kind !== 'expression') return undefined;
  return valueOf(entry.value.node, sourceCode, 0) ?? undefined;
}

/** Does an expression read a member anywhere (outside nested functions)? */
function readsMember(node: TSESTree.Node): boolean {
  switch (node.type) {
    case T.MemberExpression:
      return true;
    case T.FunctionExpression:
    case T.ArrowFunctionExpression:
    case T.ClassExpression:
      return false;
    default:
      return Object.entries(node).some(
        ([key, child]) =>
          key !== 'parent' &&
          (Array.isArray(child) ? child.some((c: unknown) => isNode(c) && readsMember(c)) : isNode(child) && readsMember(child)),
      );
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * The static value of an option's value. A member read (`config.clientId`) is followed
 * through the options analysis of the object it reads, with every write to it folded in
 * (another function's `Object.assign(config, loaded)` makes it unknown), never through
 * the object's initializer alone; inside a larger expression it is unknown.
 */
function valueOf(node: TSESTree.Node, sourceCode: SourceCode, depth: number): { value: unknown } | null {
  const inner = unwrap(node);
  if (inner.type === T.MemberExpression) return depth > OPTIONS_DEPTH ? null : memberValue(inner, sourceCode, depth);
  return readsMember(inner) ? staticValue(inner) : staticValue(inner, sourceCode.getScope(inner));
}

function memberValue(member: TSESTree.MemberExpression, sourceCode: SourceCode, depth: number): { value: unknown } | null {
  const scope = sourceCode.getScope(member);
  const path: string[] = [];
  let object: TSESTree.Node = member;
  while (object.type === T.MemberExpression) {
    const key = staticKeyName(object, scope);
    if (key === null) return null;
    path.unshift(...key.split('.'));
    object = unwrap(object.object);
  }
  if (object.type !== T.Identifier) return null;
  const root = resolveBinding(object, member, sourceCode);
  if (!root) return null;
  const found = lookup(root, path);
  if (found.state === 'absent') return { value: undefined };
  if (found.state !== 'present' || found.entry.value.kind !== 'expression') return null;
  return valueOf(found.entry.value.node, sourceCode, depth + 1);
}

/**
 * A boolean option: known `true`, known `false`, `undefined` (absent, or set to
 * `undefined`), or unknown (dynamic, spread, non-boolean).
 */
export function truthOf(root: OptionsObject, path: readonly string[], sourceCode: SourceCode): Tri | undefined {
  const found = lookup(root, path);
  if (found.state !== 'present') return found.state === 'absent' ? undefined : 'unknown';
  const value = staticValueOf(found.entry, sourceCode);
  if (!value) return 'unknown';
  return value.value === true || value.value === false || value.value === undefined ? value.value : 'unknown';
}

/** Is an option set to something (not absent, `undefined`, `null` or `''`)? */
export function presenceOf(root: OptionsObject, path: readonly string[], sourceCode: SourceCode): Tri {
  const found = lookup(root, path);
  if (found.state === 'absent') return false;
  if (found.state === 'unknown') return 'unknown';
  if (found.entry.value.kind !== 'expression') return true;
  const value = staticValueOf(found.entry, sourceCode);
  return !(value && (value.value === undefined || value.value === null || value.value === ''));
}
