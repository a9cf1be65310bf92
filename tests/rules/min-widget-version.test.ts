import path from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@eslint/json';
import { RuleTester as CoreRuleTester, Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import * as jsoncParser from 'jsonc-eslint-parser';
import rule from '../../src/rules/min-widget-version.js';
import { createRuleTester, javascript, span } from './tester.js';

const CDN = 'https://global.oktacdn.com/okta-signin-widget';
const JS_4 = `${CDN}/4.5.0/js/okta-sign-in.min.js`;
const CSS_4 = `${CDN}/4.5.0/css/okta-sign-in.min.css`;
const LEGACY = 'https://ok1static.oktacdn.com/assets/js/sdk/okta-signin-widget';
const CLASSIC_ONLY = 'Classic-only ';

/** The data of a CDN URL message. */
function url(version: string, file: string, replacement: string, target = '5.11.0', integrity = '') {
  return { target, version, file, replacement, integrity };
}

// ---------------------------------------------------------------- CDN URLs in JavaScript and TypeScript

const js = createRuleTester();
const bare = `const src = '${JS_4}';`;
const template = `const src = \`${CDN}/4.5.0/js/okta-sign-in.min.js?v=\${build}\`;`;
const legacy = `link.href = "${LEGACY}/2.6.0/css/okta-theme.css";`;
const variant = `load('${CDN}/5.0.0/js/okta-sign-in.next.min.js');`;
const jsx = `const Page = () => <script src="//global.oktacdn.com/okta-signin-widget/5.1.0/js/okta-sign-in.js" />;`;
const both = `const files = ['${JS_4}', "${CSS_4}"];`;

/** Every bundle file of the current host: the stable ones move by themselves in `migrate`, the variants are suggested. */
const FILES: [string, 'oldUrl' | 'oldUrlVariant'][] = [
  ['js/okta-sign-in.min.js', 'oldUrl'],
  ['js/okta-sign-in.js', 'oldUrl'],
  ['css/okta-sign-in.min.css', 'oldUrl'],
  ['css/okta-sign-in.css', 'oldUrl'],
  ['js/okta-sign-in.no-polyfill.min.js', 'oldUrl'],
  ['js/okta-sign-in.polyfill.min.js', 'oldUrlVariant'],
  ['js/okta-sign-in.classic.min.js', 'oldUrlVariant'],
  ['js/okta-sign-in.oie.js', 'oldUrlVariant'],
  ['js/okta-sign-in.next.min.js', 'oldUrlVariant'],
  ['js/okta-sign-in.next.no-polyfill.min.js', 'oldUrlVariant'],
];
const fileCases = FILES.map(([file, messageId]) => {
  const code = `const src = '${CDN}/5.0.0/${file}';`;
  const to = `${CDN}/5.11.0/${file}`;
  return {
    code,
    options: [{ fix: 'autofix' }] as const,
    output: messageId === 'oldUrl' ? code.replace('5.0.0', '5.11.0') : null,
    errors: [
      {
        messageId,
        data: url('5.0.0', file, to),
        ...span(code, `${CDN}/5.0.0/${file}`),
        ...(messageId === 'oldUrl'
          ? {}
          : { suggestions: [{ messageId: 'bumpUrl' as const, data: { url: to }, output: code.replace('5.0.0', '5.11.0') }] }),
      },
    ],
  };
});

// ---------------------------------------------------------------- a code file's widget files move together, SRI hashes in code

const JS_51 = `${CDN}/5.1.0/js/okta-sign-in.min.js`;
const NO_POLYFILL_51 = `${CDN}/5.1.0/js/okta-sign-in.no-polyfill.min.js`;
const CSS_51 = `${CDN}/5.1.0/css/okta-sign-in.min.css`;
const HASH = 'sha384-9kYFZOg8GMbbSFbWPx9m8PCRmQk0wSB4hLkHbmu4PkH1Z1JQdA3YIUn5Z7mEwK0j';
const INTEGRITY = ' with a new `integrity` hash';
const INTEGRITY_MAYBE = ' (and any `integrity` hash)';
const to511 = (link: string) => link.replace('/5.1.0/', '/5.11.0/');

/** The oldUrl finding of a 5.1.0 URL in `code` that moves to 5.11.0, as a suggestion when `suggested`. */
function old51(code: string, link: string, file: string, { integrity = '', suggested = false } = {}) {
  return {
    messageId: 'oldUrl' as const,
    data: url('5.1.0', file, to511(link), '5.11.0', integrity),
    ...span(code, link),
    ...(suggested
      ? { suggestions: [{ messageId: 'bumpUrl' as const, data: { url: to511(link) }, output: code.replace(link, to511(link)) }] }
      : {}),
  };
}

// The no-polyfill bundle is served by every version from 4.0.0 on: it moves with the CSS.
const loader = `loadScript('${NO_POLYFILL_51}');\nloadStyle('${CSS_51}');`;
// A file on the 2.x-era host cannot move by itself: the CSS beside it waits too.
const LEGACY_JS = `${LEGACY}/2.6.0/js/okta-sign-in.min.js`;
const CSS_26 = `${CDN}/2.6.0/css/okta-sign-in.min.css`;
const legacyPair = `const js = '${LEGACY_JS}';\nconst css = '${CSS_26}';`;
// The CSS is newer already: the JS moves to it.
const newerCss = `const js = '${JS_4}';\nconst css = '${CDN}/7.49.0/css/okta-sign-in.min.css';`;
// With `fixTo`, a file at the minimum moves with the old one.
const atMinimum = `const js = '${JS_4}';\nconst css = '${CDN}/5.2.0/css/okta-sign-in.min.css';`;

/** Code that pins the JS with a hash, in each form a page's tag takes in code. */
const SRI_FORMS: [string, string][] = [
  [
    'JSX',
    `const Head = () => (\n  <>\n    <script src="${JS_51}" integrity="${HASH}" crossOrigin="anonymous" />\n    <link href="${CSS_51}" ` +
      `rel="stylesheet" />\n  </>\n);`,
  ],
  [
    'a descriptor object',
    `loadScript({ src: '${JS_51}', integrity: '${HASH}', crossOrigin: 'anonymous' });\nloadStyle({ href: '${CSS_51}' });`,
  ],
  [
    'the element, member by member',
    `const s = document.createElement('script');\ns.src = '${JS_51}';\ns.integrity = '${HASH}';\ns.crossOrigin = 'anonymous';\nlink.href ` +
      `= '${CSS_51}';`,
  ],
  [
    'setAttribute',
    `s.setAttribute('src', '${JS_51}');\ns.setAttribute('integrity', hashes.widget);\nlink.setAttribute('href', '${CSS_51}');`,
  ],
  [
    'a const the element reads',
    `const WIDGET_JS = '${JS_51}';\nscript.integrity = '${HASH}';\nscript.src = WIDGET_JS;\nlink.href = '${CSS_51}';`,
  ],
  [
    'document.write',
    `document.write('<script src="${JS_51}" integrity="${HASH}" crossorigin="anonymous"></script>');\ndocument.write('<link ` +
      `href="${CSS_51}" rel="stylesheet">');`,
  ],
  [
    'a concatenated document.write',
    `document.write('<script src="' + '${JS_51}' + '" integrity="' + HASH + '"></script>');\nlink.href = '${CSS_51}';`,
  ],
  ['a template literal', `el.innerHTML = \`<script src="${JS_51}" integrity="\${hash}"></script>\`;\nlink.href = '${CSS_51}';`],
  ['a hash passed beside it', `loadScript('${JS_51}', '${HASH}');\nloadStyle('${CSS_51}');`],
];
/** A URL handed to a loader it cannot see, in a file that pins hashes: it may be pinned too. */
const MAYBE_CSS = new Set(['a hash passed beside it']);
const sriCases = SRI_FORMS.map(([name, code]) => ({
  name: `an integrity hash in code (${name}): a suggestion, and the CSS waits with it`,
  code,
  ...javascript('page.jsx'),
  options: [{ fix: 'autofix' }] as const,
  output: null,
  errors: [
    old51(code, JS_51, 'js/okta-sign-in.min.js', { integrity: INTEGRITY, suggested: true }),
    old51(code, CSS_51, 'css/okta-sign-in.min.css', { suggested: true, integrity: MAYBE_CSS.has(name) ? INTEGRITY_MAYBE : '' }),
  ],
}));
// A table of URLs read elsewhere, in a file that pins hashes: it may be pinned.
const urlTable = `const WIDGET = { js: '${JS_51}' };\nel.integrity = HASHES.js;\nel.src = WIDGET.js;`;
// Another element's hash says nothing about this one.
const otherElement =
  `const s = document.createElement('script');\ns.src = '${JS_51}';\nconst t = ` +
  `document.createElement('script');\nt.integrity = '${HASH}';`;

js.run('min-widget-version', rule, {
  valid: [
    `const src = '${CDN}/7.49.0/js/okta-sign-in.min.js';`,
    `const src = '${CDN}/5.2.0/css/okta-sign-in.min.css';`,
    // Placeholders in the version: what loads is not known here.
    `const src = \`${CDN}/\${version}/js/okta-sign-in.min.js\`;`,
    `const src = '${CDN}/{{siwVersion}}/js/okta-sign-in.min.js';`,
    `const src = '${CDN}/{widgetVersion}/js/okta-sign-in.min.js';`,
    // Other hosts, other packages, and text that is not a string.
    `const src = 'https://cdn.example.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js';`,
    `const src = 'https://cdn.jsdelivr.net/npm/@okta/okta-signin-widget@4.5.0/dist/js/okta-sign-in.min.js';`,
    `const src = 'https://global.oktacdn.com/okta-auth-js/4.0.0/okta-auth-js.min.js';`,
    `// ${JS_4}\nconst x = 1;`,
    // The option raises the minimum; a URL at it is fine.
    { code: `const src = '${CDN}/5.11.0/js/okta-sign-in.min.js';`, options: [{ minimum: '5.11.0' }] },
  ],
  invalid: [
    ...fileCases,
    ...sriCases,
    {
      code: urlTable,
      options: [{ fix: 'autofix' }],
      output: null,
      errors: [old51(urlTable, JS_51, 'js/okta-sign-in.min.js', { integrity: INTEGRITY_MAYBE, suggested: true })],
    },
    {
      code: otherElement,
      options: [{ fix: 'autofix' }],
      output: otherElement.replace('5.1.0', '5.11.0'),
      errors: [old51(otherElement, JS_51, 'js/okta-sign-in.min.js')],
    },
    {
      // The JS and CSS of one file move together, by themselves.
      code: loader,
      options: [{ fix: 'autofix' }],
      output: loader.replaceAll('/5.1.0/', '/5.11.0/'),
      errors: [old51(loader, NO_POLYFILL_51, 'js/okta-sign-in.no-polyfill.min.js'), old51(loader, CSS_51, 'css/okta-sign-in.min.css')],
    },
    {
      // One file that cannot move by itself keeps the other a suggestion too.
      code: legacyPair,
      options: [{ fix: 'autofix' }],
      output: null,
      errors: [
        {
          messageId: 'oldUrlMoved',
          data: url('2.6.0', 'js/okta-sign-in.min.js', `${CDN}/5.11.0/js/okta-sign-in.min.js`),
          ...span(legacyPair, LEGACY_JS),
          suggestions: [
            {
              messageId: 'bumpUrl',
              data: { url: `${CDN}/5.11.0/js/okta-sign-in.min.js` },
              output: legacyPair.replace(LEGACY_JS, `${CDN}/5.11.0/js/okta-sign-in.min.js`),
            },
          ],
        },
        {
          messageId: 'oldUrl',
          data: url('2.6.0', 'css/okta-sign-in.min.css', CSS_26.replace('2.6.0', '5.11.0')),
          ...span(legacyPair, CSS_26),
          suggestions: [
            {
              messageId: 'bumpUrl',
              data: { url: CSS_26.replace('2.6.0', '5.11.0') },
              output: legacyPair.replace('/2.6.0/css', '/5.11.0/css'),
            },
          ],
        },
      ],
    },
    {
      code: newerCss,
      options: [{ fix: 'autofix' }],
      output: newerCss.replace('4.5.0', '7.49.0'),
      errors: [
        {
          messageId: 'oldUrl',
          data: url('4.5.0', 'js/okta-sign-in.min.js', JS_4.replace('4.5.0', '7.49.0'), '7.49.0'),
          ...span(newerCss, JS_4),
        },
      ],
    },
    {
      code: atMinimum,
      options: [{ fix: 'autofix', fixTo: '7.49.0' }],
      output: atMinimum.replace('4.5.0', '7.49.0').replace('5.2.0', '7.49.0'),
      errors: [
        {
          messageId: 'oldUrl',
          data: url('4.5.0', 'js/okta-sign-in.min.js', JS_4.replace('4.5.0', '7.49.0'), '7.49.0'),
          ...span(atMinimum, JS_4),
        },
        {
          messageId: 'pairedUrl',
          data: url('5.2.0', 'css/okta-sign-in.min.css', `${CDN}/7.49.0/css/okta-sign-in.min.css`, '7.49.0'),
          ...span(atMinimum, `${CDN}/5.2.0/css/okta-sign-in.min.css`),
        },
      ],
    },
    {
      code: bare,
      errors: [
        {
          messageId: 'oldUrl',
          data: url('4.5.0', 'js/okta-sign-in.min.js', JS_4.replace('4.5.0', '5.11.0')),
          ...span(bare, JS_4),
          suggestions: [{ messageId: 'bumpUrl', data: { url: JS_4.replace('4.5.0', '5.11.0') }, output: bare.replace('4.5.0', '5.11.0') }],
        },
      ],
    },
    {
      // `migrate`: a file every version serves moves by itself.
      code: bare,
      options: [{ fix: 'autofix' }],
      output: bare.replace('4.5.0', '5.11.0'),
      errors: [{ messageId: 'oldUrl', data: url('4.5.0', 'js/okta-sign-in.min.js', JS_4.replace('4.5.0', '5.11.0')), ...span(bare, JS_4) }],
    },
    {
      code: bare,
      options: [{ fix: 'autofix', fixTo: '7.49.0' }],
      output: bare.replace('4.5.0', '7.49.0'),
      errors: [
        {
          messageId: 'oldUrl',
          data: url('4.5.0', 'js/okta-sign-in.min.js', JS_4.replace('4.5.0', '7.49.0'), '7.49.0'),
          ...span(bare, JS_4),
        },
      ],
    },
    {
      // The static part of a template literal, with a query.
      code: template,
      options: [{ fix: 'autofix' }],
      output: template.replace('4.5.0', '5.11.0'),
      errors: [
        {
          messageId: 'oldUrl',
          data: url('4.5.0', 'js/okta-sign-in.min.js', JS_4.replace('4.5.0', '5.11.0')),
          ...span(template, JS_4),
        },
      ],
    },
    {
      // The 2.x-era host serves no later version, and okta-theme.css went away in 3.0: a suggestion only.
      code: legacy,
      options: [{ fix: 'autofix' }],
      output: null,
      errors: [
        {
          messageId: 'oldUrlMoved',
          data: url('2.6.0', 'css/okta-theme.css', `${CDN}/5.11.0/css/okta-sign-in.min.css`),
          ...span(legacy, `${LEGACY}/2.6.0/css/okta-theme.css`),
          suggestions: [
            {
              messageId: 'bumpUrl',
              data: { url: `${CDN}/5.11.0/css/okta-sign-in.min.css` },
              output: `link.href = "${CDN}/5.11.0/css/okta-sign-in.min.css";`,
            },
          ],
        },
      ],
    },
    {
      // A bundle variant: check it exists in the target version first.
      code: variant,
      options: [{ fix: 'autofix' }],
      output: null,
      errors: [
        {
          messageId: 'oldUrlVariant',
          data: url('5.0.0', 'js/okta-sign-in.next.min.js', `${CDN}/5.11.0/js/okta-sign-in.next.min.js`),
          ...span(variant, `${CDN}/5.0.0/js/okta-sign-in.next.min.js`),
          suggestions: [
            {
              messageId: 'bumpUrl',
              data: { url: `${CDN}/5.11.0/js/okta-sign-in.next.min.js` },
              output: variant.replace('5.0.0', '5.11.0'),
            },
          ],
        },
      ],
    },
    {
      // A protocol-relative URL in JSX.
      code: jsx,
      ...javascript('page.jsx'),
      options: [{ fix: 'autofix' }],
      output: jsx.replace('5.1.0', '5.11.0'),
      errors: [
        {
          messageId: 'oldUrl',
          data: url('5.1.0', 'js/okta-sign-in.js', '//global.oktacdn.com/okta-signin-widget/5.11.0/js/okta-sign-in.js'),
          ...span(jsx, '//global.oktacdn.com/okta-signin-widget/5.1.0/js/okta-sign-in.js'),
        },
      ],
    },
    {
      code: both,
      options: [{ fix: 'autofix' }],
      output: both.replaceAll('4.5.0', '5.11.0'),
      errors: [
        { messageId: 'oldUrl', data: url('4.5.0', 'js/okta-sign-in.min.js', JS_4.replace('4.5.0', '5.11.0')), ...span(both, JS_4) },
        { messageId: 'oldUrl', data: url('4.5.0', 'css/okta-sign-in.min.css', CSS_4.replace('4.5.0', '5.11.0')), ...span(both, CSS_4) },
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
/** A package.json whose package-lock.json locks the widget at 7.49.0 (`^7.20.0` declared). */
const LOCKED = path.join(here, '../fixtures/lockfiles/npm-v3/package.json');

const jsonc = new CoreRuleTester({ languageOptions: { parser: jsoncParser } });
const momoa = new CoreRuleTester({ plugins: { json }, language: 'json/json' });
const asRule = rule as unknown as Rule.RuleModule;

/** A package.json with one dependency. */
function manifest(spec: string, section = 'dependencies', name = '@okta/okta-signin-widget'): string {
  return `{\n  "name": "app",\n  "${section}": {\n    "${name}": ${JSON.stringify(spec)}\n  }\n}\n`;
}

/** The oldRange finding, on the dependency's value (the columns ESLint reports are 1-based for either AST). */
function oldRange(code: string, spec: string, extra: { installed?: string; minimum?: string; target?: string; reason?: string } = {}) {
  const value = JSON.stringify(spec);
  return {
    messageId: 'oldRange',
    data: {
      target: extra.target ?? '5.11.0',
      range: spec,
      minimum: extra.minimum ?? '5.2.0',
      reason: extra.reason ?? CLASSIC_ONLY,
      installed: extra.installed ?? '',
    },
    ...span(code, value),
  };
}

/** One suggestion of the range `to`, applied to `code`. */
function bump(code: string, from: string, to: string) {
  return [{ messageId: 'bumpRange', data: { range: to }, output: code.replace(JSON.stringify(from), JSON.stringify(to)) }];
}

const VALID_SPECS = [
  '^5.2.0',
  '5.2.0',
  '~7.49.0',
  '>=5.2.0 <8',
  '^7.0.0 || ^6.0.0',
  // Unknown shapes: silent.
  '*',
  'latest',
  'file:../vendor/okta-signin-widget',
  'link:../okta-signin-widget',
  'workspace:*',
  'git+https://github.com/okta/okta-signin-widget.git#okta-signin-widget-4.0.0',
  'okta/okta-signin-widget#4.0.0',
  'https://registry.npmjs.org/@okta/okta-signin-widget/-/okta-signin-widget-4.0.0.tgz',
  'npm:@acme/signin-widget-fork@1.0.0',
  'v5.x || banana',
];

const validJson = [
  ...VALID_SPECS.map((spec) => ({ code: manifest(spec), filename: PACKAGE_JSON })),
  // The package's own version, names that only contain the widget's, and version pins that are not dependencies.
  { code: `{ "name": "@okta/okta-signin-widget", "version": "4.0.0" }`, filename: PACKAGE_JSON },
  { code: manifest('^4.0.0', 'dependencies', '@okta/okta-signin-widget-types'), filename: PACKAGE_JSON },
  { code: manifest('^4.0.0', 'dependencies', 'okta-signin-widget'), filename: PACKAGE_JSON },
  { code: manifest('4.0.0', 'overrides'), filename: PACKAGE_JSON },
  { code: manifest('4.0.0', 'resolutions'), filename: PACKAGE_JSON },
  { code: `{ "pnpm": { "overrides": { "@okta/okta-signin-widget": "4.0.0" } } }`, filename: PACKAGE_JSON },
  { code: `{ "bundleDependencies": ["@okta/okta-signin-widget"] }`, filename: PACKAGE_JSON },
  // Not a string, not an object, not a package.json.
  { code: `{ "dependencies": { "@okta/okta-signin-widget": { "version": "4.0.0" } } }`, filename: PACKAGE_JSON },
  { code: `{ "dependencies": ["@okta/okta-signin-widget"] }`, filename: PACKAGE_JSON },
  { code: `[]`, filename: PACKAGE_JSON },
  { code: manifest('^4.0.0'), filename: path.join(path.dirname(PACKAGE_JSON), 'deps.json') },
  // Duplicate keys: the last one takes effect (JSON.parse, npm), and it admits no version below the minimum.
  { code: `{ "dependencies": { "@okta/okta-signin-widget": "^4.3.2", "@okta/okta-signin-widget": "^7.0.0" } }`, filename: PACKAGE_JSON },
  { code: `{ "dependencies": { "@okta/okta-signin-widget": "^4.3.2" }, "dependencies": { "react": "^18.0.0" } }`, filename: PACKAGE_JSON },
  // The options.
  { code: manifest('^4.0.0'), filename: PACKAGE_JSON, options: [{ ignoreDependencies: ['@okta/okta-signin-widget'] }] },
  { code: manifest('^5.11.0'), filename: PACKAGE_JSON, options: [{ minimum: '5.11.0' }] },
];

const caret = manifest('^4.3.2');
const exact = manifest('4.3.2', 'devDependencies');
const tilde = manifest('~5.1.0', 'optionalDependencies');
const atLeast = manifest('>=4');
const equals = manifest('=4.3.2');
const peer = manifest('^4.0.0 || ^5.0.0', 'peerDependencies');
const between = manifest('>=4 <8');
const union = manifest('^4.0.0 || ^7.0.0');
const xRange = manifest('5.x');
const below = manifest('<5');
const alias = manifest('npm:@okta/okta-signin-widget@^4.3.2', 'dependencies', 'signin-widget');
const minorBehind = manifest('^5.9.0');
const compact = `{"dependencies":{"react":"^18.0.0","@okta/okta-signin-widget":"^4.3.2"}}`;
/** The same key twice: the last one is what npm installs, so it is the one reported and edited. */
const twiceInOne = `{ "dependencies": { "@okta/okta-signin-widget": "^7.0.0", "@okta/okta-signin-widget": "^4.3.2" } }`;
const twoSections =
  `{ "dependencies": { "@okta/okta-signin-widget": "^7.0.0" }, "dependencies": { "@okta/okta-signin-widget": "^4.3.2" ` + `} }`;

const invalidJson = [
  {
    code: caret,
    filename: PACKAGE_JSON,
    errors: [{ ...oldRange(caret, '^4.3.2'), suggestions: bump(caret, '^4.3.2', '^5.11.0') }],
  },
  {
    code: caret,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: caret.replace('^4.3.2', '^5.11.0'),
    errors: [oldRange(caret, '^4.3.2')],
  },
  {
    code: exact,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: exact.replace('4.3.2', '5.11.0'),
    errors: [oldRange(exact, '4.3.2')],
  },
  {
    code: tilde,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: tilde.replace('~5.1.0', '~5.11.0'),
    errors: [oldRange(tilde, '~5.1.0')],
  },
  {
    code: atLeast,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: atLeast.replace('>=4', '>=5.11.0'),
    errors: [oldRange(atLeast, '>=4')],
  },
  {
    code: equals,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: equals.replace('=4.3.2', '=5.11.0'),
    errors: [oldRange(equals, '=4.3.2')],
  },
  {
    // Raising a peer range is a breaking release: a suggestion, even in `migrate`.
    code: peer,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    errors: [{ ...oldRange(peer, '^4.0.0 || ^5.0.0'), suggestions: bump(peer, '^4.0.0 || ^5.0.0', '^5.11.0') }],
  },
  {
    // Other ranges need a person: the suggestion keeps their upper bounds and the parts above the minimum.
    code: between,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    errors: [{ ...oldRange(between, '>=4 <8'), suggestions: bump(between, '>=4 <8', '>=5.11.0 <8') }],
  },
  {
    code: union,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    errors: [{ ...oldRange(union, '^4.0.0 || ^7.0.0'), suggestions: bump(union, '^4.0.0 || ^7.0.0', '^7.0.0') }],
  },
  { code: xRange, filename: PACKAGE_JSON, errors: [{ ...oldRange(xRange, '5.x'), suggestions: bump(xRange, '5.x', '^5.11.0') }] },
  { code: below, filename: PACKAGE_JSON, errors: [{ ...oldRange(below, '<5'), suggestions: bump(below, '<5', '^5.11.0') }] },
  {
    // An npm alias of the widget is read through and keeps its prefix.
    code: alias,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: alias.replace('@^4.3.2', '@^5.11.0'),
    errors: [oldRange(alias, 'npm:@okta/okta-signin-widget@^4.3.2')],
  },
  {
    code: caret,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix', fixTo: '7.49.0' }],
    output: caret.replace('^4.3.2', '^7.49.0'),
    errors: [oldRange(caret, '^4.3.2', { target: '7.49.0' })],
  },
  {
    // A team that follows Okta's upgrade guide (5.11.0).
    code: minorBehind,
    filename: PACKAGE_JSON,
    options: [{ minimum: '5.11.0', fix: 'autofix' }],
    output: minorBehind.replace('^5.9.0', '^5.11.0'),
    errors: [oldRange(minorBehind, '^5.9.0', { minimum: '5.11.0', target: '5.11.0', reason: '' })],
  },
  {
    // The message names what is installed; the range still admits older versions.
    code: manifest('^5.1.1'),
    filename: INSTALLED,
    errors: [
      {
        ...oldRange(manifest('^5.1.1'), '^5.1.1', { installed: ', now 5.16.1 (installed)' }),
        suggestions: bump(manifest('^5.1.1'), '^5.1.1', '^5.11.0'),
      },
    ],
  },
  {
    // And what the lockfile locks.
    code: manifest('^7.20.0'),
    filename: LOCKED,
    options: [{ minimum: '7.30.0' }],
    errors: [
      {
        ...oldRange(manifest('^7.20.0'), '^7.20.0', {
          minimum: '7.30.0',
          target: '7.30.0',
          reason: '',
          installed: ', now 7.49.0 (package-lock.json)',
        }),
        suggestions: bump(manifest('^7.20.0'), '^7.20.0', '^7.30.0'),
      },
    ],
  },
  {
    // A part above the minimum but below Okta's documented minimum goes too: prefer-supported-widget-version would report it next.
    code: manifest('^4.0.0 || ^5.5.0'),
    filename: PACKAGE_JSON,
    errors: [
      {
        ...oldRange(manifest('^4.0.0 || ^5.5.0'), '^4.0.0 || ^5.5.0'),
        suggestions: bump(manifest('^4.0.0 || ^5.5.0'), '^4.0.0 || ^5.5.0', '^5.11.0'),
      },
    ],
  },
  {
    // With `fixTo` at the minimum, the edit moves only what is below it.
    code: manifest('^4.0.0 || ^5.5.0'),
    filename: PACKAGE_JSON,
    options: [{ fixTo: '5.2.0' }],
    errors: [
      {
        ...oldRange(manifest('^4.0.0 || ^5.5.0'), '^4.0.0 || ^5.5.0', { target: '5.2.0' }),
        suggestions: bump(manifest('^4.0.0 || ^5.5.0'), '^4.0.0 || ^5.5.0', '^5.5.0'),
      },
    ],
  },
  {
    code: compact,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: compact.replace('^4.3.2', '^5.11.0'),
    errors: [oldRange(compact, '^4.3.2')],
  },
  ...[twiceInOne, twoSections].map((code) => ({
    code,
    filename: PACKAGE_JSON,
    options: [{ fix: 'autofix' }],
    output: code.replace('^4.3.2', '^5.11.0'),
    errors: [oldRange(code, '^4.3.2')],
  })),
];

jsonc.run('min-widget-version (jsonc-eslint-parser)', asRule, { valid: validJson, invalid: invalidJson });
// The same cases when a config lints package.json with @eslint/json's language.
momoa.run('min-widget-version (@eslint/json)', asRule, { valid: validJson, invalid: invalidJson });

// A package.json that a JavaScript parser read (typescript-eslint's parser, set for every
// file by a config block after ours, reads `.json` files as JSON): the same finding.
const estree = createRuleTester();
const parsedAsTs = manifest('^4.3.2');
estree.run('min-widget-version (a JavaScript parser)', rule, {
  valid: [{ code: manifest('^5.2.0'), filename: 'package.json' }],
  invalid: [
    {
      code: parsedAsTs,
      filename: 'package.json',
      options: [{ fix: 'autofix' }],
      output: parsedAsTs.replace('^4.3.2', '^5.11.0'),
      errors: [{ messageId: 'oldRange', data: oldRange(parsedAsTs, '^4.3.2').data, ...span(parsedAsTs, '"^4.3.2"') }],
    },
  ],
});

describe('a package.json that is not JSON', () => {
  it('is one parse error of the parser, and the rule does not run', () => {
    const messages = new Linter().verify(
      `{ "dependencies": { "@okta/okta-signin-widget": "^4.3.2", }`,
      [
        {
          files: ['**/package.json'],
          languageOptions: { parser: jsoncParser },
          plugins: { okta: { rules: { 'min-widget-version': asRule } } },
          rules: { 'okta/min-widget-version': 'error' },
        },
      ],
      { filename: PACKAGE_JSON },
    );
    expect(messages.map((m) => [m.fatal, m.ruleId, m.line])).toEqual([[true, null, 1]]);
  });
});
