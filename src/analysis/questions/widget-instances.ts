/**
 * A widget instance's own uses: the expressions that evaluate to the instance a widget
 * construction made, the properties assigned on it and the methods called on it. A binding
 * is followed only when every value written to it is a widget construction (`let w = new
 * OktaSignIn(…)`, `this.widget = new OktaSignIn(…)`), so React's `this.state = …` or an
 * event emitter's `on(…)` never count. Unknown is not an instance.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { ownerOfThis, staticKeyName, thisMemberWrites, thisMembers, unwrap, wrapperAround } from '../engine/ast.js';
import { getWidgetConstruction, type WidgetConstruction } from './widget.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Is this expression a widget construction (through TypeScript wrappers)? */
function isConstruction(node: TSESTree.Node | null, sourceCode: SourceCode): boolean {
  const inner = node ? unwrap(node) : null;
  return inner?.type === T.NewExpression && getWidgetConstruction(inner, sourceCode) !== null;
}

const readsCache = new WeakMap<object, readonly TSESTree.Node[]>();

/**
 * The expressions that evaluate to the instance: the reads of its variable or of its
 * `this.<name>`, or the `new` itself. Empty when another value may be written to the
 * binding. Memoized per binding (constructions kept in one binding share it).
 */
export function instanceReads(construction: WidgetConstruction, sourceCode: SourceCode): readonly TSESTree.Node[] {
  const { instance } = construction;
  if (instance.kind === 'variable') {
    const { variable } = instance;
    const cached = readsCache.get(variable);
    if (cached) return cached;
    const writes = variable.references.filter((reference) => reference.isWrite());
    const onlyWidgets =
      variable.defs.every((def) => def.type === 'Variable') &&
      writes.every(
        (reference) =>
          reference.writeExpr !== undefined &&
          reference.writeExpr !== null &&
          isConstruction(reference.writeExpr, sourceCode) &&
          isPlainWrite(reference.identifier),
      );
    const reads = onlyWidgets ? variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier) : [];
    readsCache.set(variable, reads);
    return reads;
  }
  // An instance imported from another module: its reads in this file (imported-widgets.ts).
  if (instance.kind === 'imported') return instance.reads;
  if (instance.kind === 'this-member') {
    const owner = ownerOfThis(construction.node);
    if (!owner) return [];
    const { values } = thisMemberWrites(owner, instance.name, sourceCode);
    if (!values.every((value) => isConstruction(value, sourceCode))) return [];
    return thisMembers(owner, instance.name, sourceCode).filter((member) => !isWriteTarget(member));
  }
  return [construction.node];
}

/** A write by `=` or a declaration's initializer (not `+=`, a destructuring, a `for…of`). */
function isPlainWrite(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  if (parent?.type === T.VariableDeclarator)
    return (
      parent.id === identifier &&
      parent.parent?.type === T.VariableDeclaration &&
      parent.parent.parent?.type !== T.ForOfStatement &&
      parent.parent.parent?.type !== T.ForInStatement
    );
  return parent?.type === T.AssignmentExpression && parent.operator === '=' && parent.left === identifier;
}

function isWriteTarget(member: TSESTree.MemberExpression): boolean {
  const parent = wrapperAround(member).parent;
  return parent?.type === T.AssignmentExpression && parent.left === wrapperAround(member);
}

/** `<instance>.<key> = value`: a property assigned on the instance. */
export interface InstanceAssignment {
  readonly assignment: TSESTree.AssignmentExpression;
  readonly member: TSESTree.MemberExpression;
  readonly key: string;
}

/** `<instance>.<method>(…)`: a method called on the instance. */
export interface InstanceCall {
  readonly call: TSESTree.CallExpression;
  readonly method: string;
}

/** The member expression whose object is `read` (through TypeScript wrappers), with its static key. */
function memberOn(read: TSESTree.Node, sourceCode: SourceCode): { member: TSESTree.MemberExpression; key: string } | null {
  const inner = wrapperAround(read);
  const member = inner.parent;
  if (member?.type !== T.MemberExpression || member.object !== inner) return null;
  const key = staticKeyName(member, sourceCode.getScope(member));
  return key === null ? null : { member, key };
}

/** The plain `=` assignments of these keys on the instance. */
export function instanceAssignments(
  reads: readonly TSESTree.Node[],
  keys: ReadonlySet<string>,
  sourceCode: SourceCode,
): InstanceAssignment[] {
  const found: InstanceAssignment[] = [];
  for (const read of reads) {
    const on = memberOn(read, sourceCode);
    if (!on || !keys.has(on.key)) continue;
    const target = wrapperAround(on.member);
    const assignment = target.parent;
    if (assignment?.type === T.AssignmentExpression && assignment.left === target && assignment.operator === '=') {
      found.push({ assignment, member: on.member, key: on.key });
    }
  }
  return found;
}

/** The calls of these methods on the instance (`w.on(…)`, `w?.on(…)`), in source order. */
export function instanceCalls(reads: readonly TSESTree.Node[], methods: ReadonlySet<string>, sourceCode: SourceCode): InstanceCall[] {
  const found: InstanceCall[] = [];
  for (const read of reads) {
    const on = memberOn(read, sourceCode);
    if (!on || !methods.has(on.key)) continue;
    const callee = wrapperAround(on.member);
    const call = callee.parent;
    if (call?.type === T.CallExpression && call.callee === callee) found.push({ call, method: on.key });
  }
  return found.sort((a, b) => a.call.range[0] - b.call.range[0]);
}
