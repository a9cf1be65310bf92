/**
 * What `no-classic-registration-hooks` asks: which reads of a widget's `registration`
 * hooks expect the Classic Engine's arguments. `parseSchema(schema, …)` reading
 * `schema.profileSchema` (or `.properties`, `.fieldOrder`), and `preSubmit(postData, …)`
 * reading a flat field (`postData.email`) outside `userProfile`: on the Identity Engine
 * the schema is an array of `userProfile.*` inputs and the post data `{ userProfile }`
 * (okta/registration.ts, docs/okta-facts.md#4-registration-hooks-different-shapes-per-engine-run-on-v2-from-550).
 *
 * A hook that also reads the Identity Engine shape (an array method or index of the
 * schema, `Array.isArray(schema)`, `postData.userProfile`) serves both engines: nothing
 * to say about it. A hook that is not a function the syntax shows: nothing either.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { T } from '../engine/node-types.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { isGlobalCall, resolveFunction, wrapperAround, type FunctionNode } from '../engine/ast.js';
import { readsOfParameter, type ValueRead } from '../engine/reads.js';
import { CLASSIC_SCHEMA_KEYS, IDENTITY_ENGINE_POST_DATA_KEYS, REGISTRATION_HOOKS, REGISTRATION_OPTION } from '../okta/registration.js';
import type { WidgetView } from './widget-view.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

type RegistrationHook = keyof typeof REGISTRATION_HOOKS;

export interface ClassicHookRead {
  readonly hook: RegistrationHook;
  /** The first key read (`profileSchema`, `email`). */
  readonly key: string;
  /** Where the key is read: a member expression, or a destructuring property. */
  readonly node: TSESTree.Node;
}

/** Keys every object or array has (`hasOwnProperty`, `length`, `push`): never a field of either shape. */
const BUILT_IN = (key: string) => key in Object.prototype;
const ARRAY_SHAPE = (key: string) => /^\d+$/.test(key) || (key in Array.prototype && !BUILT_IN(key));

/** Is the hook's first parameter handed to `Array.isArray`? (the schema-shape test of code that serves both engines) */
function testsForArray(fn: FunctionNode, sourceCode: SourceCode): boolean {
  const parameter = fn.params[0];
  if (parameter?.type !== T.Identifier) return false;
  const variable = sourceCode.getDeclaredVariables(fn).find((each) => each.identifiers[0] === parameter);
  return (variable?.references ?? []).some(({ identifier }) => {
    const outer = wrapperAround(identifier);
    const call = outer.parent;
    return (
      call?.type === T.CallExpression && call.arguments[0] === outer && isGlobalCall(call, 'Array', 'isArray', sourceCode.getScope(call))
    );
  });
}

/** The Classic reads of one hook's first argument; none when it also reads the Identity Engine shape. */
function classicReads(hook: RegistrationHook, fn: FunctionNode, sourceCode: SourceCode): ClassicHookRead[] {
  const reads = readsOfParameter(fn, 0, sourceCode).filter((read) => read.segments.length > 0);
  const first = (read: ValueRead) => read.segments[0]!;
  if (hook === 'parseSchema') {
    if (testsForArray(fn, sourceCode) || reads.some((read) => ARRAY_SHAPE(first(read).key))) return [];
    return reads.filter((read) => CLASSIC_SCHEMA_KEYS.has(first(read).key)).map((read) => ({ hook, ...first(read) }));
  }
  if (reads.some((read) => IDENTITY_ENGINE_POST_DATA_KEYS.has(first(read).key))) return [];
  return reads
    .filter((read) => !IDENTITY_ENGINE_POST_DATA_KEYS.has(first(read).key) && !BUILT_IN(first(read).key))
    .map((read) => ({ hook, ...first(read) }));
}

/**
 * The reads of a widget's `registration.parseSchema` / `registration.preSubmit` first
 * argument that expect the Classic Engine's shape, in source order.
 */
export function classicRegistrationReads(widget: WidgetView, sourceCode: SourceCode): ClassicHookRead[] {
  const found: ClassicHookRead[] = [];
  for (const hook of Object.keys(REGISTRATION_HOOKS) as RegistrationHook[]) {
    const entry = widget.option(REGISTRATION_OPTION, REGISTRATION_HOOKS[hook]).entry;
    if (entry?.value.kind !== 'expression') continue;
    const fn = resolveFunction(entry.value.node, sourceCode.getScope(entry.value.node));
    if (fn) found.push(...classicReads(hook, fn, sourceCode));
  }
  return found.sort((a, b) => a.node.range[0] - b.node.range[0]);
}
