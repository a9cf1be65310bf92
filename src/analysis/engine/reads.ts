/**
 * Okta-free: the member paths code reads from one value (a function's parameter, the
 * value of an expression), as far as the syntax shows them. `res.session.token`,
 * `res?.['session']?.token`, `const { session } = res; session.token`,
 * `({ user }) => …`, and a function of the file the value (or a part of it) is passed to
 * are all followed; a computed key that is not a constant ends the path there.
 *
 * Each read is reported once, at its end: `res.user.profile.login` is one read of
 * `user.profile.login`, with the node that reads each key, so a caller can point at the
 * key it cares about. A value that is only renamed or destructured is followed to its
 * reads; one that is renamed and never read counts as a read where it is taken.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from './node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  findVariable,
  isReadOnlyCall,
  memberKey,
  resolveFunction,
  staticKeyName,
  staticValue,
  wrapperAround,
  type FunctionNode,
} from './ast.js';
import { READS_DEPTH } from './limits.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** One key of a read, and the node that reads it (a member expression, or a destructuring property). */
interface Segment {
  readonly key: string;
  readonly node: TSESTree.Node;
}

/** A comparison of a read with a string (`===`, `!==`, `==`, `!=`, or a `case` of a `switch` on it). */
interface Comparison {
  readonly value: string;
  /** The binary expression, or the `case` test. */
  readonly node: TSESTree.Node;
}

export interface ValueRead {
  /** The keys read, outermost first. */
  readonly segments: readonly Segment[];
  /** The read is called (`res.next()`). */
  readonly called: boolean;
  readonly comparisons: readonly Comparison[];
}

const EQUALITY: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);

class Reader {
  readonly reads: ValueRead[] = [];

  constructor(private readonly sourceCode: SourceCode) {}

  /** Reads of the value `node` evaluates to. Returns how many it found. */
  fromExpression(node: TSESTree.Node, prefix: readonly Segment[], depth: number): number {
    const segments = [...prefix];
    let current = wrapperAround(node);
    for (let parent = current.parent; parent?.type === T.MemberExpression && parent.object === current; parent = current.parent) {
      const key = memberKey(parent, this.sourceCode);
      if (key === null) break;
      segments.push({ key, node: parent });
      current = wrapperAround(parent);
    }
    const parent = current.parent;
    const before = this.reads.length;
    if (parent && depth < READS_DEPTH) {
      if (parent.type === T.VariableDeclarator && parent.init === current) {
        if (parent.id.type === T.ObjectPattern) return this.fromPattern(parent.id, segments, depth + 1);
        if (parent.id.type === T.Identifier) {
          const variable = findVariable(this.sourceCode.getScope(parent.id), parent.id);
          if (variable && this.fromVariable(variable, segments, depth + 1) > 0) return this.reads.length - before;
        }
      } else if (parent.type === T.AssignmentExpression && parent.right === current && parent.left.type === T.ObjectPattern) {
        return this.fromPattern(parent.left, segments, depth + 1);
      } else if (
        parent.type === T.CallExpression &&
        parent.callee !== current &&
        !isReadOnlyCall(parent, this.sourceCode.getScope(parent))
      ) {
        const index = parent.arguments.indexOf(current as TSESTree.Expression);
        const fn = resolveFunction(parent.callee, this.sourceCode.getScope(parent));
        if (fn && this.fromParameter(fn, index, segments, depth + 1) > 0) return this.reads.length - before;
      }
    }
    if (segments.length > 0) {
      this.reads.push({
        segments,
        called: parent?.type === T.CallExpression && parent.callee === current,
        comparisons: this.comparisons(current),
      });
    }
    return this.reads.length - before;
  }

  fromParameter(fn: FunctionNode, index: number, prefix: readonly Segment[], depth: number): number {
    let parameter: TSESTree.Node | undefined = fn.params[index];
    if (parameter?.type === T.AssignmentPattern) parameter = parameter.left;
    if (parameter?.type === T.ObjectPattern) return this.fromPattern(parameter, prefix, depth);
    if (parameter?.type !== T.Identifier) return 0;
    const variable = this.sourceCode.getDeclaredVariables(fn).find((each) => each.identifiers[0] === parameter);
    return variable ? this.fromVariable(variable, prefix, depth) : 0;
  }

  fromVariable(variable: Variable, prefix: readonly Segment[], depth: number): number {
    let found = 0;
    for (const reference of variable.references) {
      if (reference.isRead() && !reference.isWrite()) found += this.fromExpression(reference.identifier, prefix, depth);
    }
    return found;
  }

  fromPattern(pattern: TSESTree.ObjectPattern, prefix: readonly Segment[], depth: number): number {
    const before = this.reads.length;
    for (const property of pattern.properties) {
      if (property.type !== T.Property) continue;
      const key = staticKeyName(property, this.sourceCode.getScope(property));
      if (key === null) continue;
      const segments = [...prefix, { key, node: property }];
      let value: TSESTree.Node = property.value;
      if (value.type === T.AssignmentPattern) value = value.left;
      let found = 0;
      if (value.type === T.ObjectPattern) found = depth < READS_DEPTH ? this.fromPattern(value, segments, depth + 1) : 0;
      else if (value.type === T.Identifier && depth < READS_DEPTH) {
        const variable = findVariable(this.sourceCode.getScope(value), value);
        found = variable ? this.fromVariable(variable, segments, depth + 1) : 0;
      }
      if (found === 0) this.reads.push({ segments, called: false, comparisons: [] });
    }
    return this.reads.length - before;
  }

  private comparisons(node: TSESTree.Node): Comparison[] {
    const parent = node.parent;
    if (parent?.type === T.BinaryExpression && EQUALITY.has(parent.operator)) {
      const other = parent.left === node ? parent.right : parent.left;
      const value = staticValue(other, this.sourceCode.getScope(other));
      return typeof value?.value === 'string' ? [{ value: value.value, node: parent }] : [];
    }
    if (parent?.type === T.SwitchStatement && parent.discriminant === node) {
      return parent.cases.flatMap((each) => {
        const value = each.test ? staticValue(each.test, this.sourceCode.getScope(each.test)) : null;
        return each.test && typeof value?.value === 'string' ? [{ value: value.value, node: each.test }] : [];
      });
    }
    return [];
  }
}

const parameterCache = new WeakMap<FunctionNode, Map<number, readonly ValueRead[]>>();

/** The reads of a function's parameter `index` (a name or a destructuring pattern). Memoized. */
export function readsOfParameter(fn: FunctionNode, index: number, sourceCode: SourceCode): readonly ValueRead[] {
  let byIndex = parameterCache.get(fn);
  if (!byIndex) {
    byIndex = new Map();
    parameterCache.set(fn, byIndex);
  }
  const cached = byIndex.get(index);
  if (cached) return cached;
  const reader = new Reader(sourceCode);
  reader.fromParameter(fn, index, [], 0);
  byIndex.set(index, reader.reads);
  return reader.reads;
}

/** The reads of the value an expression evaluates to (`(await signIn(…)).sessionToken`, `const tx = await …`). */
export function readsOfExpression(node: TSESTree.Node, sourceCode: SourceCode): readonly ValueRead[] {
  const reader = new Reader(sourceCode);
  reader.fromExpression(node, [], 0);
  return reader.reads;
}
