import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

/** Odd but valid inputs: every rule, both configs, both parsers, several versions; nothing may throw. */
/** The Linter lints only `.js` blocks of a processor unless told; the ESLint class lints every block a config matches (all of ours). */
const LINT_EVERY_BLOCK = (): boolean => true;

const CORPUS = [
  `new OktaSignIn(...args);`,
  `new OktaSignIn;`,
  `new OktaSignIn({ ...null, ...undefined, ...[], ...'str' });`,
  `new OktaSignIn({ [Symbol.iterator]: 1, [\`features.\${x}\`]: true, [1 + 1]: 2, 42: 'x', 'a.b.c': 1, '': 1, '.': 2 });`,
  `new OktaSignIn({ get clientId() { return 'x'; }, set clientId(v) {}, async *gen() {}, useInteractionCodeFlow() {} });`,
  `new OktaSignIn({ features: null, authParams: 'x', i18n: { en: null, [lang]: { needhelp: 1 } }, idpDiscovery: [] });`,
  `new OktaSignIn({ transformUsername: undefined }); new OktaSignIn({ transformUsername: (...rest) => rest }); new OktaSignIn({ ` +
    `transformUsername: ({ a }, [b]) => a });`,
  `const c = {}; c.features = null; c.features.x = true; c['features'] = undefined; c[k].y = 1; delete c.a.b; c.a++; c.a.b++; --c.z; new ` +
    `OktaSignIn(c);`,
  `const c = { authParams: {} }; c.authParams.pkce = false; c.authParams = Object.assign({}, ...more); new OktaSignIn(c);`,
  `const c = Object.assign(); const d = Object.assign(...x); const e = Object.assign(c, d); new OktaSignIn(e); new ` +
    `OktaSignIn(Object.assign({}, ...x));`,
  `let c = { a: 1 }; c = { b: 2 }; new OktaSignIn(c); var v; new OktaSignIn(v);`,
  `const a = b; const b = a; new OktaSignIn(a); new OktaSignIn({ ...a });`,
  `const self = { ...self }; new OktaSignIn(self);`,
  `new (window?.['OktaSignIn'])({}); new (window?.OktaSignIn)({ clientId: 'x' });`,
  `new (await import('@okta/okta-signin-widget')).default({}); new (require)('x'); require(); require(a, b); import(x);`,
  `const { OktaSignIn = Fallback, ...rest } = require('@okta/okta-signin-widget'); new OktaSignIn({}); new rest.OktaSignIn({});`,
  `const [W] = [window.OktaSignIn]; new W({});`,
  `new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: false }).renderEl?.({ el: '#w' }, (res) => ` +
    `res?.session?.setCookieAndRedirect?.());`,
  `label: { new OktaSignIn({ useClassicEngine: true, clientId: 'x' }); break label; }`,
  `if (x) new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true }); else cfg.useClassicEngine = true;`,
  `const cfg = { a: 1 };\nif (x) cfg.useInteractionCodeFlow = true, cfg.useClassicEngine = true;\nnew OktaSignIn(cfg);`,
  `const cfg = { a: 1 };\nfor (;;) cfg.useClassicEngine = true;\nnew OktaSignIn(cfg);`,
  `class A { static w = new OktaSignIn({}); #p = new OktaSignIn({ clientId: 'x' }); [k] = new OktaSignIn({}); }`,
];

const TS_CORPUS = [
  `enum E { A } declare module 'x' { const w: OktaSignIn; } namespace N { new OktaSignIn({ clientId: 'x' }); }`,
  `@decorator class C { constructor(private readonly w = new OktaSignIn<Foo>({ clientId: 'x' } as const)) {} }`,
  `const cfg = <WidgetOptions>{ clientId: 'x', useInteractionCodeFlow: false }; new OktaSignIn(cfg!);`,
  `const cfg = { clientId: 'x' } satisfies Partial<Options> as unknown as Options; new OktaSignIn(cfg);`,
  `abstract class B { abstract w: OktaSignIn; } type T = typeof OktaSignIn; let x: InstanceType<typeof OktaSignIn>;`,
  `import type W from '@okta/okta-signin-widget/classic'; export type { W }; import type { OktaSignIn } from '@okta/okta-signin-widget';`,
  `declare const OktaSignIn: new (o: object) => unknown; new OktaSignIn({ clientId: 'x', features: { registration: true } } as any as ` +
    `object);`,
];

const VERSIONS = [
  '4.5.0',
  '5.2.0',
  '5.4.0',
  '6.9.0',
  '7.0.0',
  '^7.49.0',
  '*',
  'detect',
  '^5.0.0 || >=7',
  '>=99',
  'npm:@okta/okta-signin-widget@6',
];

/**
 * Lint and fix (a fix that breaks the syntax shows up as a fatal message of the re-lint),
 * then apply every suggestion of the fixed text and parse the result too.
 */
function lint(code: string, configs: Linter.Config[], settings: Record<string, unknown>, typescript: boolean, filename: string) {
  const config: Linter.Config[] = [
    ...configs,
    { settings },
    ...(typescript ? [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } }] : []),
  ];
  const linter = new Linter({ cwd: process.cwd() });
  const result = linter.verifyAndFix(code, config, { filename, filterCodeBlock: LINT_EVERY_BLOCK });
  const broken = result.messages.flatMap((message) =>
    (message.suggestions ?? []).flatMap(({ fix }) => {
      const text = result.output.slice(0, fix.range[0]) + fix.text + result.output.slice(fix.range[1]);
      return linter.verify(text, config, { filename, filterCodeBlock: LINT_EVERY_BLOCK }).filter((m) => m.fatal);
    }),
  );
  return { messages: [...result.messages, ...broken] };
}

describe('never crashes', () => {
  for (const [name, configs] of Object.entries({ recommended: plugin.configs.recommended, migrate: plugin.configs.migrate })) {
    for (const widgetVersion of VERSIONS) {
      it(`${name}, widget ${widgetVersion || "''"}`, () => {
        const settings = { okta: { widgetVersion } };
        for (const code of CORPUS) {
          for (const [typescript, filename] of [
            [false, 'a.js'],
            [false, 'a.jsx'],
            [true, 'a.ts'],
          ] as const) {
            const result = lint(code, configs, settings, typescript, filename);
            const fatal = result.messages.filter((m) => m.fatal);
            expect(fatal, `${filename}: ${code}`).toEqual([]);
          }
        }
        for (const code of TS_CORPUS) {
          const result = lint(code, configs, settings, true, 'a.ts');
          expect(
            result.messages.filter((m) => m.fatal),
            code,
          ).toEqual([]);
        }
      });
    }
  }
});

describe('invalid version settings fail loudly', () => {
  const code = `new OktaSignIn({ clientId: 'x' });`;
  it.each([['abc'], [5], [null], [''], ['   '], [['7.0.0']], [{ v: 7 }], ['latest'], ['file:../widget']])(
    'settings.okta.widgetVersion = %j is a configuration error naming the setting and the value',
    (widgetVersion) => {
      const linter = new Linter({ cwd: process.cwd() });
      const run = () =>
        linter.verify(code, [...plugin.configs.recommended, { settings: { okta: { widgetVersion } } }], { filename: 'a.js' });
      expect(run).toThrow(
        `settings.okta.widgetVersion must be "detect", a version ("6.9.0") or a semver range ("^7.20.0"); ` +
          `got ${JSON.stringify(widgetVersion)}.`,
      );
    },
  );

  it('settings.okta.authJsVersion too', () => {
    const linter = new Linter({ cwd: process.cwd() });
    const config = [...plugin.configs.recommended, { settings: { okta: { widgetVersion: '7.0.0', authJsVersion: 'eight' } } }];
    expect(() => linter.verify(code, config, { filename: 'a.js' })).toThrow(
      'settings.okta.authJsVersion must be "detect", a version ("6.9.0") or a semver range ("^7.20.0"); got "eight".',
    );
  });

  it('a rule option too', () => {
    const linter = new Linter({ cwd: process.cwd() });
    const config = [...plugin.configs.recommended, { rules: { 'okta-oie/no-classic-engine': ['error', { widgetVersion: 'seven' }] } }];
    expect(() => linter.verify(code, config as never, { filename: 'a.js' })).toThrow('The rule option `widgetVersion` must be');
  });

  it('"detect", versions and ranges are fine', () => {
    const linter = new Linter({ cwd: process.cwd() });
    for (const widgetVersion of ['detect', '6.9.0', '^7.20.0', '>=5.2 <7', '*', '7.x']) {
      expect(() =>
        linter.verify(code, [...plugin.configs.recommended, { settings: { okta: { widgetVersion } } }], { filename: 'a.js' }),
      ).not.toThrow();
    }
  });
});

/** Odd package.json files: nothing may throw; a fix must leave JSON that still parses. */
const PACKAGE_JSON_CORPUS = [
  ``,
  `null`,
  `[]`,
  `"@okta/okta-signin-widget"`,
  `{ "dependencies": null, "devDependencies": [], "peerDependencies": "x", "optionalDependencies": 5 }`,
  `{ "dependencies": { "@okta/okta-signin-widget": null } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": 4 } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "^4.0.0 ||" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": ">= 4.0.0 < 5" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "4.0.0 - 5.1.0" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "~> 4" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "v4.3.2" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "4.3.2-beta.1+build.5" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "npm:@okta/okta-signin-widget" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "npm:@okta/okta-signin-widget@" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "^4.0.0", "@okta/okta-signin-widget": "^3.0.0" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "\\u005e4.0.0" } }`,
  `{ "dependencies": { "@okta/okta-signin-widget": "${'1.'.repeat(500)}0" } }`,
  `{ /* a comment */ "dependencies": { "@okta/okta-signin-widget": "^4.0.0", }, }`,
];

describe('never crashes on package.json', () => {
  for (const [name, configs] of Object.entries({ recommended: plugin.configs.recommended, migrate: plugin.configs.migrate })) {
    it(name, () => {
      const linter = new Linter({ cwd: process.cwd() });
      for (const code of PACKAGE_JSON_CORPUS) {
        const result = linter.verifyAndFix(code, configs, { filename: 'package.json', filterCodeBlock: LINT_EVERY_BLOCK });
        if (code.startsWith('{ "')) expect(() => JSON.parse(result.output), code).not.toThrow();
        for (const message of result.messages) {
          for (const { fix } of message.suggestions ?? []) {
            const text = result.output.slice(0, fix.range[0]) + fix.text + result.output.slice(fix.range[1]);
            expect(
              linter.verify(text, configs, { filename: 'package.json', filterCodeBlock: LINT_EVERY_BLOCK }).filter((m) => m.fatal),
              text,
            ).toEqual([]);
          }
        }
      }
    });
  }
});

/** Odd HTML: nothing may throw, and every message lands inside the page. */
const HTML_CORPUS = [
  ``,
  `<script>`,
  `<script>{{`,
  `<script>{{{x}}}</script>`,
  `<script>}}{{</script>`,
  `<script>var a = '{{a}}; var b = {{b}}</script>`,
  `<script>\`\${ {{x}} }\` + \`{{y}}\${z}\`</script>`,
  `<script>/{{x}}/.test(y); a / {{b}} / c</script>`,
  `<script src="{{cdn}}/okta-signin-widget/{{v}}/js/okta-sign-in.min.js"></script>`,
  `<script type="module">{{#each items}}{{/each}}</script>`,
  `<SCRIPT SRC='https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js'></SCRIPT>`,
  `<script src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js?a=&quot;b"></script>`,
  `<link href=https://global.oktacdn.com/okta-signin-widget/4.5.0/css/okta-sign-in.min.css rel=stylesheet>`,
  `<link href="https://global.oktacdn.com/okta-signin-widget/4.5.0/css/okta-sign-in.min.css ` +
    `https://global.oktacdn.com/okta-signin-widget/4.5.0/css/okta-sign-in.css">`,
  `<script src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js" integrity></script><link ` +
    `href="//global.oktacdn.com/okta-signin-widget/9.0.0/css/okta-sign-in.min.css">`,
  `\uFEFF<script>\r\nnew OktaSignIn({ clientId: 'x' });\r\n</script>\r\n`,
  `<script><!-- new OktaSignIn({}) --></script>`,
  `<template><script>new OktaSignIn({ clientId: 'x' })</script></template>`,
  `<!-- <script>new OktaSignIn({ clientId: 'x' })</script> -->`,
  `<script>\u0000\u2028new OktaSignIn({ clientId: 'x', redirectUri: {{r}} })\u2029</script>`,
  `<script>var config = OktaUtil.getSignInWidgetConfig(); new OktaSignIn(config).renderEl({}, {{{handler}}});</script>`,
  `<div {{#if x}}class="a"{{/if}}><script>{{> partial}}</script></div>`,
];

describe('never crashes on HTML', () => {
  for (const [name, configs] of Object.entries({ recommended: plugin.configs.recommended, migrate: plugin.configs.migrate })) {
    for (const widgetVersion of ['detect', '6.9.0', '7.49.0']) {
      it(`${name}, widget ${widgetVersion}`, () => {
        const linter = new Linter({ cwd: process.cwd() });
        const config = [...configs, { settings: { okta: { widgetVersion } } }];
        for (const code of HTML_CORPUS) {
          const result = linter.verifyAndFix(code, config, { filename: 'page.html', filterCodeBlock: LINT_EVERY_BLOCK });
          const lines = result.output.replace(/^\uFEFF/, '').split(/\r\n|[\r\n\u2028\u2029]/);
          for (const message of result.messages) {
            expect(message.line, code).toBeGreaterThanOrEqual(1);
            expect(message.line, code).toBeLessThanOrEqual(lines.length);
            expect(message.column, code).toBeGreaterThanOrEqual(1);
          }
        }
      });
    }
  }
});

/** Bad input: binary-looking text, long minified lines, nesting at and past the parser's limit. */
describe('bad input: a clear message or silence', () => {
  const HEAD = "import OktaSignIn from '@okta/okta-signin-widget';";
  const WIDGET = "new OktaSignIn({ clientId: 'c', useClassicEngine: true }).renderEl({}, (r) => r.session.token);";
  /** A minified-looking module of about `bytes` on one line, with a widget every few hundred functions. */
  const minified = (bytes: number) => {
    const parts: string[] = [HEAD];
    for (let i = 0, size = 0; size < bytes; i += 1) {
      const part = i % 500 === 0 ? `function w${i}(){${WIDGET}}` : `function f${i}(b,c){return b.x?c(b.y,{k:"v${i}"}):b.z&&c(b)}`;
      parts.push(part);
      size += part.length;
    }
    return parts.join(';');
  };
  const CASES: [string, string, string][] = [
    ['binary-looking JavaScript', 'a.js', '\u0000\u0001\u0002PK\u0003\u0004' + '\u00ff'.repeat(1000)],
    ['binary-looking package.json', 'package.json', '\u0000\u0001{"dependencies":'],
    // ESLint's own cost on one long line grows faster than its length (2 MB: 8.7 s with one core rule, 9.5 s with ours): 500 KB here.
    ['a 500 KB minified line', 'a.js', minified(500_000)],
    ['parentheses 300 deep', 'a.js', `${HEAD}var x = ${'('.repeat(300)}1${')'.repeat(300)};${WIDGET}`],
    ['parentheses past the parser', 'a.js', `${HEAD}var x = ${'('.repeat(5000)}1${')'.repeat(5000)};${WIDGET}`],
    ['a left-deep expression of 5,000 operands', 'a.js', `${HEAD}var x = ${'a+'.repeat(5000)}a;${WIDGET}`],
    ['options nested 300 deep', 'a.js', `${HEAD}new OktaSignIn({ clientId: 'c', features: ${'{a:'.repeat(300)}1${'}'.repeat(300)} });`],
    ['functions nested 1,000 deep', 'a.js', `${HEAD}${'function f(){'.repeat(1000)}${WIDGET}${'}'.repeat(1000)}`],
    ['a member chain 3,000 long in a handler', 'a.js', `${HEAD}new OktaSignIn({}).renderEl({}, (res) => res${'.a'.repeat(3000)});`],
    [
      '3,000 spreads in a chain',
      'a.js',
      `${HEAD}const c0 = { clientId: 'c' };${Array.from({ length: 3000 }, (_, i) => `const c${i + 1} = { ...c${i} };`).join('')}new ` +
        `OktaSignIn(c3000);`,
    ],
  ];
  /**
   * Ten megabytes on one line, cheap for the parsers (most of it one string) but full of
   * what our own scans look for: CDN URLs that almost match, Okta package names, `{{` and
   * `{%` that never close on their line (the template masker searched from each of them to
   * the next `}}`: 1 MB took 4.4 s, so this page would have taken minutes). A few real old
   * URLs give the fixes something to do.
   */
  const TEN_MB = 10 * 1024 * 1024;
  const NEAR_MISSES = '//global.oktacdn.com/okta-signin-widget/4.5.0-a.b.c.d.e.f.g.h/js/okta-sign-in.min.jsx @okta/okta-auth-js {{a {%b ';
  const OLD_URL = 'https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js';
  const tenMegabytes = (): string => {
    const chunk = NEAR_MISSES.repeat(Math.ceil((1024 * 1024) / NEAR_MISSES.length));
    return Array.from({ length: Math.ceil(TEN_MB / chunk.length) }, (_, i) => (i % 4 === 0 ? `${chunk} ${OLD_URL} ` : chunk)).join('');
  };
  const BIG_CASES: [string, string, () => string][] = [
    ['a 10 MB line of code: one string of near-misses', 'a.js', () => `${HEAD}var s = "${tenMegabytes()}";${WIDGET}`],
    [
      'a 10 MB inline script line with unclosed template tokens',
      'page.html',
      // The `}}` of the next line closes none of the line's `{{`: each one is JavaScript text.
      () =>
        `<script src="${OLD_URL}"></script>\n<script>var s = "${tenMegabytes()}";\nnew OktaSignIn({ baseUrl: '{{baseUrl}}' });\n// }} ` +
        `%}\n</script>\n`,
    ],
    [
      'a 10 MB string in package.json',
      'package.json',
      () => `{"name":"x","description":"${tenMegabytes()}","dependencies":{"@okta/okta-signin-widget":"^4.5.0"}}`,
    ],
  ];
  it.each(BIG_CASES)('%s', (_name, filename, make) => {
    const code = make();
    expect(code.length).toBeGreaterThan(TEN_MB);
    for (const configs of [plugin.configs.recommended, plugin.configs.migrate]) {
      const result = new Linter().verifyAndFix(code, configs as Linter.Config[], { filename, filterCodeBlock: LINT_EVERY_BLOCK });
      expect(result.messages.filter((m) => m.fatal)).toEqual([]);
      // The old widget is found wherever it is, so the rules did run over the whole text.
      expect(result.messages.some((m) => m.ruleId === 'okta-oie/min-widget-version') || result.output !== code).toBe(true);
    }
  });

  it.each(CASES)('%s', (_name, filename, code) => {
    for (const configs of [plugin.configs.recommended, plugin.configs.migrate]) {
      const result = new Linter().verifyAndFix(code, configs as Linter.Config[], { filename, filterCodeBlock: LINT_EVERY_BLOCK });
      // Only the parser may stop on it, with its own message.
      for (const message of result.messages.filter((m) => m.fatal)) expect(message.message).toMatch(/^Parsing error: /);
    }
  });
});
