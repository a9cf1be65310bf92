/** The module resolver's table: each Okta value, every way code reaches it, and what is not it. */
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { isMethodCall, resolveValue } from '../../src/analysis/engine/modules.js';
import { OKTA_UTIL, OKTA_VALUES } from '../../src/analysis/okta/values.js';
import { probe } from './harness.js';

/** What each `new X(…)` of the code constructs: `name <- origin`, or `-`. */
function constructed(code: string): string[] {
  const found: string[] = [];
  probe(code, (context) => ({
    NewExpression(node: TSESTree.NewExpression) {
      const resolved = resolveValue(node.callee, context.sourceCode.getScope(node), OKTA_VALUES);
      if (!resolved) found.push('-');
      else {
        const { origin } = resolved;
        found.push(`${resolved.target.name} <- ${origin.kind === 'global' ? `global ${origin.name}` : origin.specifier}`);
      }
    },
  }));
  return found;
}

const W = '@okta/okta-signin-widget';
const A = '@okta/okta-auth-js';

describe('the Sign-In Widget', () => {
  it.each([
    ['the CDN global', `new OktaSignIn({});`, 'global OktaSignIn'],
    ['window.OktaSignIn', `new window.OktaSignIn({});`, 'global OktaSignIn'],
    ['self[…]', `new self['OktaSignIn']({});`, 'global OktaSignIn'],
    ['destructured from window', `const { OktaSignIn } = window;\nnew OktaSignIn({});`, 'global OktaSignIn'],
    ['an ambient declaration', `declare const OktaSignIn: any;\nnew OktaSignIn({});`, 'global OktaSignIn'],
    ['a default import', `import S from '${W}';\nnew S({});`, W],
    ['a named import of /oie', `import { OktaSignIn } from '${W}/oie';\nnew OktaSignIn({});`, `${W}/oie`],
    ['a namespace import called directly (no esModuleInterop)', `import * as OktaSignIn from '${W}';\nnew OktaSignIn({});`, W],
    ['a namespace member', `import * as ns from '${W}/classic';\nnew ns.default({});`, `${W}/classic`],
    ['require', `const S = require('${W}');\nnew S({});`, W],
    ['require().OktaSignIn', `new (require('${W}').OktaSignIn)({});`, W],
    ['import = require', `import S = require('${W}');\nnew S({});`, W],
    ['a dynamic import, destructured', `const { default: S } = await import('${W}');\nnew S({});`, W],
    ['the minified bundle file', `import S from '${W}/dist/js/okta-sign-in.min.js';\nnew S({});`, `${W}/dist/js/okta-sign-in.min.js`],
    [
      'the no-polyfill bundle, no extension',
      `const S = require('${W}/dist/js/okta-sign-in.no-polyfill.min');\nnew S({});`,
      `${W}/dist/js/okta-sign-in.no-polyfill.min`,
    ],
    ['the development bundle', `import S from '${W}/dist/js/okta-sign-in.js';\nnew S({});`, `${W}/dist/js/okta-sign-in.js`],
    ['a const alias, through TS wrappers', `const S = (window.OktaSignIn as any)!;\nnew S({});`, 'global OktaSignIn'],
    ['a dynamic import’s then, destructured', `import('${W}').then(({ default: OktaSignIn }) => new OktaSignIn({}));`, W],
    ['a dynamic import’s then, the namespace', `import('${W}').then((m) => { new m.default({}); });`, W],
    ['an IIFE given window', `(function (w) { new w.OktaSignIn({}); })(window);`, 'global OktaSignIn'],
    ['an arrow IIFE given the constructor', `((W) => new W({}))(window.OktaSignIn);`, 'global OktaSignIn'],
  ])('%s', (_name, code, origin) => {
    expect(constructed(code)).toEqual([`OktaSignIn <- ${origin}`]);
  });
});

describe('OktaAuth', () => {
  it.each([
    ['a named import (4.x and later)', `import { OktaAuth } from '${A}';\nnew OktaAuth({});`, A],
    ['a default import (3.x)', `import OktaAuth from '${A}';\nnew OktaAuth({});`, A],
    ['a subpath (7.x)', `import { OktaAuth } from '${A}/idx';\nnew OktaAuth({});`, `${A}/idx`],
    ['a destructured require', `const { OktaAuth } = require('${A}');\nnew OktaAuth({});`, A],
    ['the CDN global', `new OktaAuth({});`, 'global OktaAuth'],
    ['window.OktaAuth', `new window.OktaAuth({});`, 'global OktaAuth'],
  ])('%s', (_name, code, origin) => {
    expect(constructed(code)).toEqual([`OktaAuth <- ${origin}`]);
  });
});

describe('not an Okta value', () => {
  it.each([
    ['a shadowing parameter', `function f(OktaSignIn) { return new OktaSignIn({}); }`],
    ['a shadowed window', `function f(window) { return new window.OktaSignIn({}); }`],
    ['a shadowed require', `function f(require) { const S = require('${W}'); return new S({}); }`],
    ['another package', `import OktaAuth from './okta-auth';\nnew OktaAuth({});`],
    ['an export the module does not have', `import { OktaAuth } from '${W}';\nnew OktaAuth({});`],
    ['a file beside the bundles', `import S from '${W}/dist/js/okta-plugin-a11y.js';\nnew S({});`],
    ['a reassigned binding', `let S = window.OktaSignIn;\nS = Other;\nnew S({});`],
    ['a computed key', `new window[name]({});`],
    ['OktaUtil, which is not a constructor of any module', `import { OktaUtil } from '${W}';\nnew OktaUtil();`],
    ['a parameter of an ordinary callback', `items.then(({ default: S }) => new S({}));`],
    ['an IIFE given something else', `(function (w) { new w.OktaSignIn({}); })(sandbox);`],
    ['a then on another module', `import('./local').then(({ default: S }) => new S({}));`],
  ])('%s', (_name, code) => {
    expect(constructed(code)).toEqual(['-']);
  });
});

describe('OktaUtil, the hosted page global', () => {
  function calls(code: string): boolean[] {
    const found: boolean[] = [];
    probe(code, (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        if (node.callee.type === 'MemberExpression')
          found.push(isMethodCall(node, context.sourceCode.getScope(node), OKTA_UTIL, 'getSignInWidgetConfig'));
      },
    }));
    return found;
  }

  it('is found as a global, through window, and not when shadowed or another method', () => {
    expect(calls(`OktaUtil.getSignInWidgetConfig();`)).toEqual([true]);
    expect(calls(`window.OktaUtil['getSignInWidgetConfig']();`)).toEqual([true]);
    expect(calls(`function f(OktaUtil) { OktaUtil.getSignInWidgetConfig(); }`)).toEqual([false]);
    expect(calls(`OktaUtil.completeLogin();`)).toEqual([false]);
  });
});
