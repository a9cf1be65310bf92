import path from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@eslint/json';
import { ESLint, RuleTester as CoreRuleTester, type Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import * as jsoncParser from 'jsonc-eslint-parser';
import plugin from '../../src/index.js';
import rule from '../../src/rules/prefer-supported-widget-version.js';
import { createRuleTester, javascript, span } from './tester.js';

const CDN = 'https://global.oktacdn.com/okta-signin-widget';
const JS_55 = `${CDN}/5.5.0/js/okta-sign-in.min.js`;
const CSS_55 = `${CDN}/5.5.0/css/okta-sign-in.min.css`;
const to511 = (link: string) => link.replace(/\/5\.\d+\.\d+\//, '/5.11.0/');

/** The data of a CDN URL message. */
function url(version: string, file: string, target = '5.11.0', integrity = '') {
  return { target, version, file, integrity };
}

// ---------------------------------------------------------------- CDN URLs in code

const js = createRuleTester();
const bare = `const src = '${JS_55}';`;
const both = `const files = ['${JS_55}', "${CSS_55}"];`;
const jsx = `const Page = () => <script src="//global.oktacdn.com/okta-signin-widget/5.2.0/js/okta-sign-in.js" />;`;
const variant = `load('${CDN}/5.10.0/js/okta-sign-in.no-polyfill.min.js');`;
const next = `load('${CDN}/5.9.0/js/okta-sign-in.next.min.js');`;
const sri = `loadScript({ src: '${JS_55}', integrity: 'sha384-abc', crossOrigin: 'anonymous' });`;
// A file at the minimum moves with the old one.
const paired = `const js = '${JS_55}';\nconst css = '${CDN}/5.11.0/css/okta-sign-in.min.css';`;

js.run('prefer-supported-widget-version', rule, {
  valid: [
    `const src = '${CDN}/5.11.0/js/okta-sign-in.min.js';`,
    // A 7.x URL.
    `const src = '${CDN}/7.49.0/js/okta-sign-in.min.js';`,
    // Below 5.2.0: min-widget-version's alone, with the files that move with it.
    `const src = '${CDN}/4.5.0/js/okta-sign-in.min.js';`,
    `const src = '${CDN}/5.1.0/js/okta-sign-in.min.js';`,
    `const files = ['${CDN}/4.5.0/js/okta-sign-in.min.js', '${CSS_55}'];`,
    `link.href = 'https://ok1static.oktacdn.com/assets/js/sdk/okta-signin-widget/2.6.0/css/okta-theme.css';\nconst js = '${JS_55}';`,
    // Placeholders, other hosts, okta-auth-js, comments.
    `const src = \`${CDN}/\${version}/js/okta-sign-in.min.js\`;`,
    `const src = '${CDN}/{{siwVersion}}/js/okta-sign-in.min.js';`,
    `const src = 'https://cdn.jsdelivr.net/npm/@okta/okta-signin-widget@5.5.0/dist/js/okta-sign-in.min.js';`,
    `const src = 'https://global.oktacdn.com/okta-auth-js/5.5.0/okta-auth-js.min.js';`,
    `// ${JS_55}\nconst x = 1;`,
  ],
  invalid: [
    {
      code: bare,
      errors: [
        {
          messageId: 'oldUrl',
          data: url('5.5.0', 'js/okta-sign-in.min.js'),
          ...span(bare, JS_55),
          suggestions: [{ messageId: 'bumpUrl', data: { url: to511(JS_55) }, output: bare.replace('5.5.0', '5.11.0') }],
        },
      ],
    },
    {
      code: bare,
      options: [{ fix: 'autofix' }],
      output: bare.replace('5.5.0', '5.11.0'),
      errors: [{ messageId: 'oldUrl', data: url('5.5.0', 'js/okta-sign-in.min.js'), ...span(bare, JS_55) }],
    },
    {
      // The lowest version with the Interaction Code flow is still below Okta's minimum.
      code: jsx,
      ...javascript('page.jsx'),
      options: [{ fix: 'autofix' }],
      output: jsx.replace('5.2.0', '5.11.0'),
      errors: [
        {
          messageId: 'oldUrl',
          data: url('5.2.0', 'js/okta-sign-in.js'),
          ...span(jsx, '//global.oktacdn.com/okta-signin-widget/5.2.0/js/okta-sign-in.js'),
        },
      ],
    },
    {
      code: both,
      options: [{ fix: 'autofix' }],
      output: both.replaceAll('5.5.0', '5.11.0'),
      errors: [
        { messageId: 'oldUrl', data: url('5.5.0', 'js/okta-sign-in.min.js'), ...span(both, JS_55) },
        { messageId: 'oldUrl', data: url('5.5.0', 'css/okta-sign-in.min.css'), ...span(both, CSS_55) },
      ],
    },
    {
      code: variant,
      options: [{ fix: 'autofix' }],
      output: variant.replace('5.10.0', '5.11.0'),
      errors: [
        {
          messageId: 'oldUrl',
          data: url('5.10.0', 'js/okta-sign-in.no-polyfill.min.js'),
          ...span(variant, `${CDN}/5.10.0/js/okta-sign-in.no-polyfill.min.js`),
        },
      ],
    },
    {
      // A file not every version serves: a suggestion, and the message asks to check it.
      code: next,
      options: [{ fix: 'autofix' }],
      output: null,
      errors: [
        {
          messageId: 'oldUrlVariant',
          data: url('5.9.0', 'js/okta-sign-in.next.min.js'),
          ...span(next, `${CDN}/5.9.0/js/okta-sign-in.next.min.js`),
          suggestions: [
            {
              messageId: 'bumpUrl',
              data: { url: to511(`${CDN}/5.9.0/js/okta-sign-in.next.min.js`) },
              output: next.replace('5.9.0', '5.11.0'),
            },
          ],
        },
      ],
    },
    {
      // An SRI hash: a suggestion whose message says to replace it.
      code: sri,
      options: [{ fix: 'autofix' }],
      output: null,
      errors: [
        {
          messageId: 'oldUrl',
          data: url('5.5.0', 'js/okta-sign-in.min.js', '5.11.0', ' with a new `integrity` hash'),
          ...span(sri, JS_55),
          suggestions: [{ messageId: 'bumpUrl', data: { url: to511(JS_55) }, output: sri.replace('5.5.0', '5.11.0') }],
        },
      ],
    },
    {
      // `fixTo`: every file moves to it, the one at the minimum too.
      code: paired,
      options: [{ fix: 'autofix', fixTo: '7.49.0' }],
      output: paired.replace('5.5.0', '7.49.0').replace('5.11.0', '7.49.0'),
      errors: [
        { messageId: 'oldUrl', data: url('5.5.0', 'js/okta-sign-in.min.js', '7.49.0'), ...span(paired, JS_55) },
        {
          messageId: 'pairedUrl',
          data: url('5.11.0', 'css/okta-sign-in.min.css', '7.49.0'),
          ...span(paired, `${CDN}/5.11.0/css/okta-sign-in.min.css`),
        },
      ],
    },
  ],
});

// ---------------------------------------------------------------- package.json

const here = path.dirname(fileURLToPath(import.meta.url));
/** A package.json outside any project (nothing installed or locked). */
const PACKAGE_JSON = path.join(here, '../fixtures/min-widget-version/package.json');
/** A package.json whose folder has the widget 5.16.1 installed. */
const INSTALLED = path.join(here, '../fixtures/versions/installed/package.json');

const jsonc = new CoreRuleTester({ languageOptions: { parser: jsoncParser } });
const momoa = new CoreRuleTester({ plugins: { json }, language: 'json/json' });
const asRule = rule as unknown as Rule.RuleModule;

function manifest(spec: string, section = 'dependencies', name = '@okta/okta-signin-widget'): string {
  return `{\n  "name": "app",\n  "${section}": {\n    "${name}": ${JSON.stringify(spec)}\n  }\n}\n`;
}

function oldRange(code: string, spec: string, extra: { installed?: string; target?: string } = {}) {
  return {
    messageId: 'oldRange',
    data: { target: extra.target ?? '5.11.0', range: spec, minimum: '5.11.0', installed: extra.installed ?? '' },
    ...span(code, JSON.stringify(spec)),
  };
}

function bump(code: string, from: string, to: string) {
  return [{ messageId: 'bumpRange', data: { range: to }, output: code.replace(JSON.stringify(from), JSON.stringify(to)) }];
}

const VALID_SPECS = [
  '^5.11.0',
  '5.11.0',
  '>=5.11.0 <8',
  '~7.49.0',
  '^7.0.0 || ^6.0.0',
  // Below 5.2.0 as well: min-widget-version's alone.
  '^4.3.2',
  '^4.0.0 || ^5.5.0',
  '>=5.0.0',
  '~5.1.0',
  '5.x',
  'npm:@okta/okta-signin-widget@^5.1.0',
  // Unknown shapes: silent.
  '*',
  'latest',
  'next',
  'file:../vendor/okta-signin-widget',
  'workspace:*',
  'git+https://github.com/okta/okta-signin-widget.git#okta-signin-widget-5.5.0',
  'okta/okta-signin-widget#5.5.0',
  'https://registry.npmjs.org/@okta/okta-signin-widget/-/okta-signin-widget-5.5.0.tgz',
  'npm:@acme/signin-widget-fork@5.5.0',
  // yarn's registry protocol without a name: the shared spec reader (version-sets.ts) reads it as no range, as min-widget-version does.
  'npm:^5.5.0',
];

const validJson = [
  ...VALID_SPECS.map((spec) => ({ code: manifest(spec), filename: PACKAGE_JSON })),
  { code: `{ "name": "@okta/okta-signin-widget", "version": "5.5.0" }`, filename: PACKAGE_JSON },
  { code: manifest('5.5.0', 'overrides'), filename: PACKAGE_JSON },
  { code: manifest('^5.5.0', 'dependencies', '@okta/okta-signin-widget-types'), filename: PACKAGE_JSON },
  { code: manifest('^5.5.0'), filename: PACKAGE_JSON, options: [{ ignoreDependencies: ['@okta/okta-signin-widget'] }] },
  { code: manifest('^5.5.0'), filename: path.join(path.dirname(PACKAGE_JSON), 'deps.json') },
];

const caret = manifest('^5.5.0');
const exact = manifest('5.9.0', 'devDependencies');
const tilde = manifest('~5.10.0', 'optionalDependencies');
const window = manifest('>=5.2.0 <5.11.0');
const between = manifest('>=5.2.0 <8');
const union = manifest('^5.5.0 || ^7.0.0');
const peer = manifest('^5.5.0', 'peerDependencies');
const alias = manifest('npm:@okta/okta-signin-widget@^5.5.0', 'dependencies', 'signin-widget');

const invalidJson = [
  { code: caret, filename: PACKAGE_JSON, errors: [{ ...oldRange(caret, '^5.5.0'), suggestions: bump(caret, '^5.5.0', '^5.11.0') }] },
  {
    code: caret,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: caret.replace('^5.5.0', '^5.11.0'),
    errors: [oldRange(caret, '^5.5.0')],
  },
  {
    code: exact,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: exact.replace('5.9.0', '5.11.0'),
    errors: [oldRange(exact, '5.9.0')],
  },
  {
    code: tilde,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: tilde.replace('~5.10.0', '~5.11.0'),
    errors: [oldRange(tilde, '~5.10.0')],
  },
  // A range that admits only versions below the minimum: nothing of it is left.
  {
    code: window,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: null,
    errors: [{ ...oldRange(window, '>=5.2.0 <5.11.0'), suggestions: bump(window, '>=5.2.0 <5.11.0', '^5.11.0') }],
  },
  {
    code: between,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: null,
    errors: [{ ...oldRange(between, '>=5.2.0 <8'), suggestions: bump(between, '>=5.2.0 <8', '>=5.11.0 <8') }],
  },
  {
    code: union,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: null,
    errors: [{ ...oldRange(union, '^5.5.0 || ^7.0.0'), suggestions: bump(union, '^5.5.0 || ^7.0.0', '^5.11.0 || ^7.0.0') }],
  },
  // A peer range: raising it is a breaking release of the library, so a suggestion even in migrate.
  {
    code: peer,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: null,
    errors: [{ ...oldRange(peer, '^5.5.0'), suggestions: bump(peer, '^5.5.0', '^5.11.0') }],
  },
  {
    code: alias,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: alias.replace('@^5.5.0', '@^5.11.0'),
    errors: [oldRange(alias, 'npm:@okta/okta-signin-widget@^5.5.0')],
  },
  {
    code: caret,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix', fixTo: '7.49.0' }],
    output: caret.replace('^5.5.0', '^7.49.0'),
    errors: [oldRange(caret, '^5.5.0', { target: '7.49.0' })],
  },
  {
    // The message names what is installed; the range still admits older versions.
    code: manifest('^5.5.0'),
    filename: INSTALLED,
    errors: [
      {
        ...oldRange(manifest('^5.5.0'), '^5.5.0', { installed: ', now 5.16.1 (installed)' }),
        suggestions: bump(manifest('^5.5.0'), '^5.5.0', '^5.11.0'),
      },
    ],
  },
];

jsonc.run('prefer-supported-widget-version (jsonc-eslint-parser)', asRule, { valid: validJson, invalid: invalidJson });
momoa.run('prefer-supported-widget-version (@eslint/json)', asRule, { valid: validJson, invalid: invalidJson });

// ---------------------------------------------------------------- one owner per problem, with the recommended and migrate configs

const fixtures = path.join(here, '../fixtures/html');

async function lint(text: string, filePath: string, config: 'recommended' | 'migrate' = 'recommended', fix = false) {
  const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: plugin.configs[config] as Linter.Config[], fix });
  const [result] = await eslint.lintText(text, { filePath });
  return result!;
}

const page = (version: string, cssVersion = version) =>
  `<html><head>\n  <script src="${CDN}/${version}/js/okta-sign-in.min.js"></script>\n  <link href="${CDN}/${cssVersion}/css/okta-sign-in.min.css" rel="stylesheet">\n</head></html>\n`;
const rulesOf = (result: ESLint.LintResult) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

describe('prefer-supported-widget-version and min-widget-version', () => {
  const html = path.join(fixtures, 'page.html');
  const manifestFile = path.join(fixtures, 'app/package.json');

  it('a 5.5.0 page: this rule reports both files (a warning), min-widget-version nothing', async () => {
    const result = await lint(page('5.5.0'), html);
    expect(rulesOf(result)).toEqual(['2:16 okta-oie/prefer-supported-widget-version', '3:15 okta-oie/prefer-supported-widget-version']);
    expect(result.messages.map((m) => m.severity)).toEqual([1, 1]);
    expect(result.messages[0]!.message).toBe('Load widget 5.11.0 or later: 5.5.0 is below Okta\u2019s minimum for the Identity Engine.');
  });

  it('a page with a 4.x file: min-widget-version moves both, this rule says nothing', async () => {
    const result = await lint(page('4.5.0', '5.5.0'), html);
    expect(rulesOf(result)).toEqual(['2:16 okta-oie/min-widget-version', '3:15 okta-oie/min-widget-version']);
  });

  it('migrate --fix of a 4.x page lands on 5.11.0, which neither rule reports again', async () => {
    const result = await lint(page('4.5.0'), html, 'migrate', true);
    expect(result.output).toBe(page('5.11.0'));
    expect(result.messages).toEqual([]);
  });

  it('a 7.x page: nothing', async () => {
    expect((await lint(page('7.49.0'), html)).messages).toEqual([]);
  });

  it.each([
    ['^4.3.2', 'okta-oie/min-widget-version', '^5.11.0'],
    ['^4.0.0 || ^5.5.0', 'okta-oie/min-widget-version', '^5.11.0'],
    ['^5.5.0', 'okta-oie/prefer-supported-widget-version', '^5.11.0'],
    ['>=5.2.0 <5.11.0', 'okta-oie/prefer-supported-widget-version', '^5.11.0'],
  ])('package.json `%s`: one finding, of %s, and its edit leaves nothing for either rule', async (spec, owner, raised) => {
    const found = await lint(manifest(spec), manifestFile);
    expect(found.messages.map((m) => m.ruleId)).toEqual([owner]);
    const fixedText = manifest(spec).replace(JSON.stringify(spec), JSON.stringify(raised));
    expect(found.messages[0]!.suggestions?.map((each) => each.desc)).toEqual([`Require \`${raised}\`, then run \`npm install\`.`]);
    expect((await lint(fixedText, manifestFile)).messages).toEqual([]);
  });
});
