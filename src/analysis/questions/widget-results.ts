/**
 * What a widget's success handlers read from its result, sorted by engine: the reads of
 * the result parameter (`reads.ts`) of each success handler (`callbacks.ts`), compared
 * with the Classic result shapes of `okta/widget.ts` (`WIDGET_RESULT`). Three kinds of
 * Classic read, each owned by one rule: the session token (`res.session.token`), the
 * session redirect (`res.session.setCookieAndRedirect`), and every other Classic shape
 * (`res.user`, `res.session.*`, `res.type === 'SESSION_SSO'`, …). Reads of `status` and
 * `tokens`, which both engines set, are never Classic.
 */
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { groupByCall, successHandlers, type SuccessHandler } from './callbacks.js';
import { SESSION_COOKIE_REDIRECT } from '../okta/auth-js.js';
import { WIDGET_RESULT } from '../okta/widget.js';
import { readsOfParameter, type ValueRead } from '../engine/reads.js';
import type { WidgetConstruction } from './widget.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

type ClassicReadKind = 'session-token' | 'set-cookie' | 'classic';

interface ClassicResultRead {
  readonly kind: ClassicReadKind;
  /** Where a finding goes: the member (or destructuring property) that reads the Classic key, or the comparison. */
  readonly node: TSESTree.Node;
  /** The Classic shape as a path (`session.token`, `user`, `status`). */
  readonly shape: string;
  /** The Classic value a comparison tests for (`'SESSION_STEP_UP'`), when it is one. */
  readonly value: string | null;
  readonly handler: SuccessHandler;
}

/** The Classic shapes one read of a result touches: none, one, or one per compared Classic value. */
function classifyResultRead(read: ValueRead, handler: SuccessHandler): ClassicResultRead[] {
  const [first, second] = read.segments;
  if (!first) return [];
  const found = (kind: ClassicReadKind, node: TSESTree.Node, shape: string, value: string | null = null): ClassicResultRead => ({
    kind,
    node,
    shape,
    value,
    handler,
  });
  if (first.key === WIDGET_RESULT.session) {
    if (!second) return [found('classic', first.node, first.key)];
    const shape = `${first.key}.${second.key}`;
    if (second.key === WIDGET_RESULT.sessionToken) return [found('session-token', second.node, shape)];
    if (second.key === SESSION_COOKIE_REDIRECT) return [found('set-cookie', second.node, shape)];
    return [found('classic', second.node, shape)];
  }
  if (WIDGET_RESULT.classicKeys.includes(first.key)) return [found('classic', first.node, first.key)];
  const values = read.segments.length === 1 ? WIDGET_RESULT.classicValues.get(first.key) : undefined;
  if (!values) return [];
  return read.comparisons.filter((each) => values.includes(each.value)).map((each) => found('classic', each.node, first.key, each.value));
}

export interface HandlerReads {
  readonly handler: SuccessHandler;
  readonly reads: readonly ClassicResultRead[];
}

const cache = new WeakMap<readonly SuccessHandler[], readonly HandlerReads[]>();

/**
 * The Classic reads of each success handler of a widget construction (handlers it cannot
 * see have none). Memoized per handler list: constructions that share their handlers (one
 * variable assigned many times) share the same array, so a rule can do its work once.
 */
export function widgetResultReads(construction: WidgetConstruction, sourceCode: SourceCode): readonly HandlerReads[] {
  const handlers = successHandlers(construction, sourceCode);
  const cached = cache.get(handlers);
  if (cached) return cached;
  const result = handlers.map((handler) => ({
    handler,
    reads: handler.fn
      ? readsOfParameter(handler.fn, handler.parameter, sourceCode).flatMap((read) => classifyResultRead(read, handler))
      : [],
  }));
  cache.set(handlers, result);
  return result;
}

const readGroups = new WeakMap<readonly HandlerReads[], ReadonlyMap<TSESTree.CallExpression, readonly HandlerReads[]>>();

/** The handlers' reads grouped by render call (memoized per list). */
export function resultReadsByCall(all: readonly HandlerReads[]): ReadonlyMap<TSESTree.CallExpression, readonly HandlerReads[]> {
  let grouped = readGroups.get(all);
  if (!grouped) {
    grouped = groupByCall(all, ({ handler }) => handler.call);
    readGroups.set(all, grouped);
  }
  return grouped;
}
