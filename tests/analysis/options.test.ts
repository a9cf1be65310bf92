/** Options resolution for any call or construction, and the layer a caller adds. */
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { resolveObjectArgument, type ObjectLayer } from '../../src/analysis/engine/options.js';
import { lookup, truthOf } from '../../src/analysis/engine/option-queries.js';
import type { Tri } from '../../src/analysis/engine/tri.js';
import { probe } from './harness.js';

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** Resolve argument `index` of the call whose callee text is `callee`, and read paths from it. */
function argument(code: string, callee: string, index = 0, layer?: ObjectLayer) {
  let result: { at: (path: string) => string; truth: (path: string) => Tri | undefined; seeded: boolean } | 'opaque' | undefined;
  const visit = (context: Parameters<Parameters<typeof probe>[1]>[0]) => (node: Call) => {
    if (context.sourceCode.getText(node.callee) !== callee) return;
    const resolved = resolveObjectArgument(node, index, context.sourceCode, layer);
    result = resolved
      ? {
          at: (path: string) => lookup(resolved.root, path.split('.')).state,
          truth: (path: string) => truthOf(resolved.root, path.split('.'), context.sourceCode),
          seeded: resolved.seeded,
        }
      : 'opaque';
  };
  probe(code, (context) => ({ CallExpression: visit(context), NewExpression: visit(context) }));
  if (result === undefined) throw new Error(`no call of ${callee}`);
  return result;
}

function known(result: ReturnType<typeof argument>) {
  if (result === 'opaque') throw new Error('opaque');
  return result;
}

describe('any call', () => {
  it('reads the object argument of a method call', () => {
    const o = known(argument(`authClient.signInWithRedirect({ sessionToken, originalUri: '/' });`, 'authClient.signInWithRedirect'));
    expect([o.at('sessionToken'), o.at('originalUri'), o.at('state')]).toEqual(['present', 'present', 'absent']);
  });

  it('reads a later argument', () => {
    const o = known(
      argument(
        `const opts = { sessionToken: tx.sessionToken };\nauthService.loginRedirect('/home', opts);`,
        'authService.loginRedirect',
        1,
      ),
    );
    expect(o.at('sessionToken')).toBe('present');
    expect(argument(`loginRedirect('/home');`, 'loginRedirect', 1)).toMatchObject({ seeded: false });
  });

  it('folds in writes made before the call, and nothing after it', () => {
    const o = known(
      argument(
        `const params = { responseType: 'code' };\nparams.sessionToken = token;\noktaAuth.token.getWithRedirect(params);\nparams.late = 1;`,
        'oktaAuth.token.getWithRedirect',
      ),
    );
    expect([o.at('sessionToken'), o.at('responseType'), o.at('late')]).toEqual(['present', 'present', 'absent']);
  });

  it('reads the options of a new OktaAuth', () => {
    const o = known(argument(`const authClient = new OktaAuth({ issuer, clientId, pkce: false });`, 'OktaAuth'));
    expect([o.truth('pkce'), o.at('issuer')]).toEqual([false, 'present']);
  });

  it('is opaque for a spread at or before the argument, a parameter, or a call result', () => {
    expect(argument(`f(...args, { a: 1 });`, 'f', 1)).toBe('opaque');
    expect(argument(`f(...args);`, 'f')).toBe('opaque');
    expect(argument(`function g(p) { f(p); }`, 'f')).toBe('opaque');
    expect(argument(`f(make());`, 'f')).toBe('opaque');
  });

  it('never takes another call as a seed or a reader without a layer', () => {
    // The widget's hosted seed is its own layer: for any other call, a call result is opaque.
    expect(argument(`f(OktaUtil.getSignInWidgetConfig());`, 'f')).toBe('opaque');
    // Passed to another constructor first: anything may have changed it.
    expect(known(argument(`const o = { a: true };\nnew Store(o);\nf(o);`, 'f')).at('a')).toBe('unknown');
  });
});

describe('a layer', () => {
  const layer: ObjectLayer = {
    seeds: (call) => call.callee.type === 'Identifier' && call.callee.name === 'seed',
    reads: (construction) => construction.callee.type === 'Identifier' && construction.callee.name === 'Reader',
  };

  it('seeds the object with unknown keys and marks the result', () => {
    const o = known(argument(`const c = seed();\nc.x = true;\nf(c);`, 'f', 0, layer));
    expect([o.seeded, o.truth('x'), o.at('other')]).toEqual([true, true, 'unknown']);
  });

  it('lets a reader share the object', () => {
    expect(known(argument(`const o = { a: true };\nnew Reader(o);\nf(o);`, 'f', 0, layer)).truth('a')).toBe(true);
  });

  it('caches per layer', () => {
    const code = `const o = { a: true };\nnew Reader(o);\nf(o);`;
    expect(known(argument(code, 'f', 0)).at('a')).toBe('unknown');
    expect(known(argument(code, 'f', 0, layer)).truth('a')).toBe(true);
  });
});

describe('one object feeding many calls', () => {
  /** The resolved root of every call to `callee`, in source order, with the truth of each path. */
  function roots(code: string, callee: string, paths: string[]) {
    const found: { root: object; truths: (Tri | undefined)[] }[] = [];
    const visit = (context: Parameters<Parameters<typeof probe>[1]>[0]) => (node: Call) => {
      if (context.sourceCode.getText(node.callee) !== callee) return;
      const resolved = resolveObjectArgument(node, 0, context.sourceCode);
      if (!resolved) throw new Error('opaque');
      found.push({ root: resolved.root, truths: paths.map((path) => truthOf(resolved.root, path.split('.'), context.sourceCode)) });
    };
    probe(code, (context) => ({ CallExpression: visit(context), NewExpression: visit(context) }));
    return found;
  }

  it('calls that see the same writes share one resolved object (its writes applied once)', () => {
    const code = [
      'const cfg = { a: true };',
      ...Array.from({ length: 20 }, (_, i) => `cfg.k${i} = true;`),
      'console.log(cfg);',
      'console.log(cfg);',
      'cfg.late = true;',
      'console.log(cfg);',
    ].join('\n');
    const [first, second, third] = roots(code, 'console.log', ['a', 'k19', 'late']);
    expect(first!.truths).toEqual([true, true, undefined]);
    expect(second!.root).toBe(first!.root);
    expect(third!.truths).toEqual([true, true, true]);
    expect(third!.root).not.toBe(first!.root);
  });

  it('a shared value is never written: a copy, an Object.assign target or a nested write each get their own', () => {
    const code = `const base = { features: { a: true } };
base.x = true;
console.log(base);
const copy = base;
copy.features.b = false;
copy.y = true;
console.log(copy);
console.log(Object.assign(base, { z: true }));
console.log(base);`;
    const found = roots(code, 'console.log', ['x', 'features.a', 'features.b', 'y', 'z']);
    // As before sharing: passing `base` on (to `copy`, to Object.assign) makes what it holds unknown afterwards.
    expect(found.map(({ truths }) => truths)).toEqual([
      [true, true, undefined, undefined, undefined],
      ['unknown', 'unknown', false, true, 'unknown'],
      ['unknown', 'unknown', 'unknown', 'unknown', true],
      ['unknown', 'unknown', 'unknown', 'unknown', 'unknown'],
    ]);
  });
});
