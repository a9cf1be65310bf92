import { describe, expect, it } from 'vitest';
import { lookup, presenceOf, truthOf } from '../../src/analysis/engine/option-queries.js';
import { analyze } from './harness.js';

function origins(code: string): string[] {
  return analyze(code).widgets.map(({ analysis }) => {
    const { origin } = analysis.construction;
    return origin.kind === 'global' ? 'global' : origin.specifier;
  });
}

describe('widget detection', () => {
  it.each([
    ['the CDN global', `new OktaSignIn({});`, ['global']],
    ['window.OktaSignIn', `new window.OktaSignIn({}); new globalThis['OktaSignIn']({});`, ['global', 'global']],
    ['a declared global (TypeScript)', `declare const OktaSignIn: any;\nnew OktaSignIn({});`, ['global']],
    ['declare global', `declare global { var OktaSignIn: any }\nnew OktaSignIn({});`, ['global']],
    ['a default import', `import W from '@okta/okta-signin-widget';\nnew W({});`, ['@okta/okta-signin-widget']],
    ['a named import', `import { OktaSignIn as S } from '@okta/okta-signin-widget/oie';\nnew S({});`, ['@okta/okta-signin-widget/oie']],
    [
      'a namespace import',
      `import * as ns from '@okta/okta-signin-widget';\nnew ns.default({}); new ns.OktaSignIn({});`,
      ['@okta/okta-signin-widget', '@okta/okta-signin-widget'],
    ],
    ['require', `const W = require('@okta/okta-signin-widget');\nnew W({});`, ['@okta/okta-signin-widget']],
    ['require().default', `const W = require('@okta/okta-signin-widget').default;\nnew W({});`, ['@okta/okta-signin-widget']],
    ['inline require', `new (require('@okta/okta-signin-widget/classic'))({});`, ['@okta/okta-signin-widget/classic']],
    [
      'a destructured require',
      `const { OktaSignIn } = require('@okta/okta-signin-widget');\nnew OktaSignIn({});`,
      ['@okta/okta-signin-widget'],
    ],
    ['a dynamic import', `const { default: W } = await import('@okta/okta-signin-widget');\nnew W({});`, ['@okta/okta-signin-widget']],
    ['import = require', `import W = require('@okta/okta-signin-widget');\nnew W({});`, ['@okta/okta-signin-widget']],
    ['an alias of the global', `const W = window.OktaSignIn as any;\nnew W!({});`, ['global']],
  ])('finds %s', (_name, code, expected) => {
    expect(origins(code)).toEqual(expected);
  });

  it.each([
    ['a shadowing parameter', `function f(OktaSignIn) { return new OktaSignIn({}); }`],
    ['a shadowing local', `const OktaSignIn = class {}; new OktaSignIn({});`],
    ['a shadowed window', `function f(window) { return new window.OktaSignIn({}); }`],
    ['another module', `import OktaSignIn from './okta'; new OktaSignIn({});`],
    ['another export', `import { OktaAuth } from '@okta/okta-signin-widget'; new OktaAuth({});`],
    ['a shadowed require', `function f(require) { const W = require('@okta/okta-signin-widget'); return new W({}); }`],
    ['a reassigned binding', `let W = window.OktaSignIn; W = Other; new W({});`],
    ['other constructors', `new OktaAuth({}); new Map(); new (getCtor())();`],
  ])('ignores %s', (_name, code) => {
    expect(origins(code)).toEqual([]);
  });

  it('remembers where the instance goes', () => {
    const { widgets } = analyze(`
const a = new OktaSignIn({});
let b; b = new OktaSignIn({});
class C { w = new OktaSignIn({}); m() { this.x = new OktaSignIn({}) as any; } }
new OktaSignIn({}).renderEl({ el: '#w' });`);
    expect(
      widgets.map(({ analysis }) => {
        const { instance } = analysis.construction;
        return instance.kind === 'variable'
          ? `variable:${instance.variable.name}`
          : instance.kind === 'this-member'
            ? `this.${instance.name}`
            : 'inline';
      }),
    ).toEqual(['variable:a', 'variable:b', 'this.w', 'this.x', 'inline']);
  });
});

describe('options resolution', () => {
  function options(code: string) {
    const [first] = analyze(code).widgets;
    if (!first) throw new Error('no widget');
    const { analysis, sourceCode } = first;
    return {
      hosted: analysis.hosted,
      resolved: analysis.options !== null,
      truth: (path: string) => (analysis.options ? truthOf(analysis.options.root, path.split('.'), sourceCode) : 'opaque'),
      has: (path: string) => (analysis.options ? presenceOf(analysis.options.root, path.split('.'), sourceCode) : 'opaque'),
      at: (path: string) => (analysis.options ? lookup(analysis.options.root, path.split('.')).state : 'opaque'),
    };
  }

  it('reads literals, consts, shorthand and TS wrappers', () => {
    const o = options(
      `const on = true;\nconst cfg = { a: true, b: false, c: !0, on, d: process.env.X === '1', 'e.f': false } satisfies object;\nnew ` +
        `OktaSignIn(cfg!);`,
    );
    expect([o.truth('a'), o.truth('b'), o.truth('c'), o.truth('on'), o.truth('d'), o.truth('e.f'), o.truth('zzz')]).toEqual([
      true,
      false,
      true,
      true,
      'unknown',
      false,
      undefined,
    ]);
  });

  it('merges spreads in order and never guesses past an unknown one', () => {
    const o = options(`const base = { a: true, n: { x: 1 } };\nnew OktaSignIn({ b: true, ...base, ...other, c: false });`);
    expect([o.at('a'), o.at('b'), o.truth('c'), o.at('zzz')]).toEqual(['unknown', 'unknown', false, 'unknown']);
    const known = options(`const base = { a: true };\nnew OktaSignIn({ ...base, b: 1 });`);
    expect([known.truth('a'), known.at('zzz')]).toEqual([true, 'absent']);
  });

  it('applies writes made before the constructor', () => {
    const o = options(`const cfg = { a: false, features: {} };
cfg.a = true;
cfg['features.x'] = true;
cfg.features.y = false;
Object.assign(cfg, { z: true });
cfg.late = setLater();
new OktaSignIn(cfg);
cfg.after = true;`);
    expect([o.truth('a'), o.truth('features.x'), o.truth('features.y'), o.truth('z'), o.at('late'), o.at('after')]).toEqual([
      true,
      true,
      false,
      true,
      'present',
      'absent',
    ]);
  });

  it('makes touched keys unknown', () => {
    expect(options(`const cfg = { a: true };\nmutate(cfg);\nnew OktaSignIn(cfg);`).at('a')).toBe('unknown');
    expect(options(`const cfg = { a: true };\ncfg[k] = 1;\nnew OktaSignIn(cfg);`).at('a')).toBe('unknown');
    expect(options(`const cfg = { a: true, f: {} };\nsetup(cfg.f);\nnew OktaSignIn(cfg);`).at('f.x')).toBe('unknown');
    expect(options(`const cfg = { a: true };\ndelete cfg.a;\nnew OktaSignIn(cfg);`).at('a')).toBe('unknown');
    expect(options(`const cfg = { a: true };\nfunction later() { cfg.a = false; }\nnew OktaSignIn(cfg);`).truth('a')).toBe('unknown');
    expect(options(`const cfg = { a: true };\nconst other = new Store(cfg);\nnew OktaSignIn(cfg);`).at('a')).toBe('unknown');
    // Reads, logging and another widget built from the same object do not touch.
    expect(options(`const cfg = { a: true };\nconst first = new OktaSignIn(cfg);\nnew OktaSignIn(cfg);`).truth('a')).toBe(true);
    expect(options(`const cfg = { a: true };\nconsole.log(cfg, cfg.a);\nif (cfg.a) {}\nnew OktaSignIn({ ...cfg });`).truth('a')).toBe(true);
  });

  it('detects Okta-hosted pages', () => {
    expect(options(`var config = OktaUtil.getSignInWidgetConfig();\nnew OktaSignIn(config);`).hosted).toBe(true);
    expect(options(`new OktaSignIn({ ...OktaUtil.getSignInWidgetConfig(), el: '#w' });`).hosted).toBe(true);
    expect(options(`new OktaSignIn(Object.assign({}, OktaUtil.getSignInWidgetConfig()));`).hosted).toBe(true);
    expect(options(`function f(OktaUtil) { return new OktaSignIn(OktaUtil.getSignInWidgetConfig()); }`).hosted).toBe(false);
    const seeded = options(`var c = OktaUtil.getSignInWidgetConfig();\nc.clientId = 'x';\nnew OktaSignIn(c);`);
    expect([seeded.has('clientId'), seeded.at('stateToken')]).toEqual([true, 'unknown']);
  });

  it('treats opaque arguments as unknown', () => {
    expect(options(`new OktaSignIn(...args);`).resolved).toBe(false);
    expect(options(`new OktaSignIn(make());`).resolved).toBe(false);
    expect(options(`function f(cfg) { return new OktaSignIn(cfg); }`).resolved).toBe(false);
    expect(options(`new OktaSignIn();`).at('a')).toBe('absent');
  });

  it('reads presence', () => {
    const o = options(`new OktaSignIn({ a: undefined, b: null, c: '', d: 'x', e: id, get f() { return 1; } });`);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => o.has(k))).toEqual([false, false, false, true, true, true, false]);
  });
});

describe('a file that uses Okta', () => {
  it.each([
    `import { OktaAuth } from '@okta/okta-auth-js';`,
    `export * from '@okta/okta-react';`,
    `const { OktaAuth } = require('@okta/okta-auth-js');`,
    `const m = await import('@okta/okta-signin-widget');`,
    '// uses @okta/okta-auth-js\nconst s = "@okta/x";\nconst m = import(`@okta/okta-auth-js`);',
    `const m = import(/* lazy */ "@okta/okta-auth-js");`,
    `import W = require('@okta/okta-signin-widget');`,
    `OktaUtil.completeLogin();`,
    `declare const OktaAuth: any;\nnew OktaAuth({});`,
    `if (window.x) new OktaSignIn({});`,
  ])('%s', (code) => {
    expect(analyze(code).usesOkta).toBe(true);
  });

  it.each([
    `import { Auth } from 'aws-amplify';`,
    `const OktaAuth = class {}; new OktaAuth();`,
    `function f(require) { require('@okta/okta-auth-js'); }`,
    `const s = '@okta/okta-auth-js';`,
    `// import('@okta/okta-auth-js')\nconst t = \`\${a}@okta/okta-auth-js\`; load('@okta/x');`,
  ])('not: %s', (code) => {
    expect(analyze(code).usesOkta).toBe(false);
  });
});
