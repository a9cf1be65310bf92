/**
 * The HTML processor with real ESLint (the ESLint class): blocks, masks, page facts, and
 * every message, fix and suggestion mapped back to the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { processors } from '../../src/processors/index.js';
import { maskTemplateTokens, SectionIndex, templateSections } from '../../src/processors/template-tokens.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/html');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/** Core rules a team commonly turns on, for every file (blocks included): the masks must not trip them. */
const CORE_RULES: Linter.RulesRecord = {
  'no-undef': 'error',
  'no-unused-vars': 'error',
  'no-unused-expressions': 'error',
  'no-constant-condition': 'error',
  'no-multi-spaces': 'error',
  'no-trailing-spaces': 'error',
  'no-inline-comments': 'error',
  'spaced-comment': 'error',
  'no-extra-boolean-cast': 'error',
};

function lint(
  text: string,
  {
    name = 'page.html',
    config = 'recommended',
    extra = [],
    fix = false,
  }: { name?: string; config?: 'recommended' | 'migrate'; extra?: Linter.Config[]; fix?: boolean } = {},
) {
  const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: [...plugin.configs[config], ...extra], fix });
  return eslint.lintText(text, { filePath: path.join(fixtures, name) }).then(([result]) => result!);
}

/** The 1-based line and column of the `nth` occurrence of `needle` in a page (CRLF and a BOM handled as ESLint does). */
function at(text: string, needle: string, nth = 0): { line: number; column: number } {
  const page = text.replace(/^\uFEFF/, '');
  let index = -1;
  for (let i = 0; i <= nth; i += 1) index = page.indexOf(needle, index + 1);
  if (index === -1) throw new Error(`${needle} not found`);
  const lines = page.slice(0, index).split(/\r\n|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

const brief = (messages: Linter.LintMessage[]) => messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

describe('Okta-hosted templates', () => {
  it('the default template has no finding, even with core rules on', async () => {
    const result = await lint(fixture('hosted-default.html'), { extra: [{ rules: CORE_RULES }] });
    expect(result.messages).toEqual([]);
  });
});

describe('a CDN page', () => {
  const page = fixture('cdn-page.html');

  it('reports the widget files and the inline script on their lines, the script knowing the version the page loads', async () => {
    const result = await lint(page);
    expect(
      result.messages.map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn })),
    ).toEqual([
      {
        rule: 'okta-oie/min-widget-version',
        ...at(page, 'https://global'),
        endLine: 5,
        endColumn: at(page, '" type="text/javascript"').column,
      },
      {
        rule: 'okta-oie/min-widget-version',
        ...at(page, 'https://global', 1),
        endLine: 6,
        endColumn: at(page, '" type="text/css"').column,
      },
      { rule: 'okta-oie/require-interaction-code-flow', ...at(page, 'OktaSignIn({'), endLine: 11, endColumn: at(page, '({').column },
    ]);
    expect(result.messages[2]!.message).toBe(
      'Upgrade to widget 5.2.0 or later, as 4.5.0 (loaded by this page) only runs the Classic Engine.',
    );
    // Suggestions only in recommended, mapped to the version in the attribute.
    const [js] = result.messages;
    const start = page.indexOf('4.5.0');
    expect(js!.suggestions).toEqual([expect.objectContaining({ fix: { range: [start, start + 5], text: '5.11.0' } })]);
  });

  it('migrate --fix moves the JS and CSS together, then the script gets the flag the new version needs', async () => {
    const result = await lint(page, { config: 'migrate', fix: true });
    expect(result.output).toBe(
      page
        .replaceAll('/4.5.0/', '/5.11.0/')
        .replace(
          `redirectUri: window.location.origin + '/callback'`,
          `redirectUri: window.location.origin + '/callback',\n      useInteractionCodeFlow: true`,
        ),
    );
    expect(result.messages).toEqual([]);
    // A second run changes nothing.
    expect((await lint(result.output!, { config: 'migrate', fix: true })).output).toBeUndefined();
  });

  it('a 7.x page: its scripts need no flag', async () => {
    const result = await lint(page.replaceAll('/4.5.0/', '/7.49.0/'));
    expect(result.messages).toEqual([]);
  });

  it('a rule option outranks the page; the page outranks settings.okta.widgetVersion', async () => {
    const settings = { settings: { okta: { widgetVersion: '7.49.0' } } };
    expect(brief((await lint(page, { extra: [settings] })).messages)).toContain('11:22 okta-oie/require-interaction-code-flow');
    const option = { rules: { 'okta-oie/require-interaction-code-flow': ['error', { widgetVersion: '7.49.0' }] } } as Linter.Config;
    expect(brief((await lint(page, { extra: [option] })).messages)).not.toContain('11:22 okta-oie/require-interaction-code-flow');
  });

  it('an integrity hash keeps both files a suggestion, and the message says to replace it', async () => {
    const sri = page.replace('type="text/javascript"', 'type="text/javascript" integrity="sha384-abc" crossorigin="anonymous"');
    const result = await lint(sri, { config: 'migrate', fix: true });
    expect(result.output).toBeUndefined();
    const urls = result.messages.filter((m) => m.ruleId === 'okta-oie/min-widget-version');
    expect(urls.map((m) => [m.message.includes('`integrity`'), m.suggestions?.length])).toEqual([
      [true, 1],
      [false, 1],
    ]);
  });

  it('a page whose CSS is already newer: the JS moves to that version', async () => {
    const mixed = page.replace('/4.5.0/css/', '/7.49.0/css/');
    const result = await lint(mixed, { config: 'migrate', fix: true });
    expect(result.output).toBe(page.replaceAll('/4.5.0/', '/7.49.0/').replace(/\s*useInteractionCodeFlow: true,?/, ''));
  });

  it('a page on an old JS and a current CSS file the pair must match', async () => {
    const mismatched = page.replace('/4.5.0/js/', '/7.49.0/js/');
    const result = await lint(mismatched);
    const [css] = result.messages;
    expect(css).toMatchObject({ ruleId: 'okta-oie/min-widget-version', ...at(mismatched, 'https://global', 1) });
    expect(css!.message).toBe('Load widget 7.49.0 or later: 4.5.0 is Classic-only.');
  });

  it('other rules never edit the attribute through its block', async () => {
    const extra: Linter.Config[] = [{ rules: { quotes: ['error', 'single'], semi: ['error', 'never'], 'no-unused-expressions': 'error' } }];
    const result = await lint(page, { config: 'migrate', fix: true, extra });
    expect(result.output).toContain(
      '<script src="https://global.oktacdn.com/okta-signin-widget/5.11.0/js/okta-sign-in.min.js" type="text/javascript"></script>',
    );
    expect(result.messages.filter((m) => m.line <= 6)).toEqual([]);
  });
});

describe('a page on the Classic bundle', () => {
  const CLASSIC_JS = 'https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.classic.min.js';
  const classicPage = (src: string, attributes = '') =>
    [
      '<html><head>',
      `  <script src="${src}"${attributes}></script>`,
      '  <link href="https://global.oktacdn.com/okta-signin-widget/7.49.0/css/okta-sign-in.min.css" rel="stylesheet">',
      '</head><body>',
      '  <script>',
      "    var signIn = new OktaSignIn({ issuer: 'https://acme.okta.com', clientId: '0oa1', redirectUri: '/cb', useClassicEngine: true });",
      "    signIn.showSignInToGetTokens({ el: '#w' });",
      '  </script>',
      '</body></html>',
    ].join('\n');

  it.each([
    ['from the CDN', CLASSIC_JS, 'okta-sign-in.classic.min.js', 'okta-sign-in.min.js'],
    [
      'self-hosted, the development build',
      '/assets/okta-signin-widget/js/okta-sign-in.classic.js',
      'okta-sign-in.classic.js',
      'okta-sign-in.js',
    ],
  ])(
    '%s: the tag is a no-classic-engine finding (a URL block of a second html-url rule), and nothing removes useClassicEngine',
    async (_, src, file, replacement) => {
      const page = classicPage(src);
      // (A self-hosted bundle carries no version: the settings say 7.x, as only 7.x has a Classic bundle.)
      const result = await lint(page, { config: 'migrate', fix: true, extra: [{ settings: { okta: { widgetVersion: '7.49.0' } } }] });
      // The Classic bundle throws without the option, so even migrate --fix leaves the page as it is.
      expect(result.output).toBeUndefined();
      expect(
        result.messages.map((m) => ({ rule: m.ruleId, id: m.messageId, line: m.line, column: m.column, fix: m.fix !== undefined })),
      ).toEqual([
        { rule: 'okta-oie/no-classic-engine', id: 'classicBundleUrl', ...at(page, file), fix: false },
        { rule: 'okta-oie/no-classic-engine', id: 'useClassicEngineClassicBundle', ...at(page, 'useClassicEngine: true'), fix: false },
      ]);
      const [bundle, option] = result.messages;
      expect(bundle!.message).toBe(`Load \`${replacement}\` instead of the Classic-only \`${file}\`.`);
      // The suggestion edits the attribute on the page; nothing is offered for the option.
      const start = page.indexOf(file);
      expect(bundle!.suggestions).toEqual([expect.objectContaining({ fix: { range: [start, start + file.length], text: replacement } })]);
      expect(option!.suggestions).toBeUndefined();
    },
  );

  it('a hash on the tag: the suggestion says to replace it', async () => {
    const page = classicPage(CLASSIC_JS, ' integrity="sha384-abc" crossorigin="anonymous"');
    const [bundle] = (await lint(page)).messages;
    expect(bundle!.suggestions?.map((each) => each.desc)).toEqual(['Load `okta-sign-in.min.js` and replace its `integrity` hash.']);
  });

  it('the standard bundle: the removal is offered again', async () => {
    const page = classicPage(CLASSIC_JS.replace('.classic.min.js', '.min.js'));
    const result = await lint(page);
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.suggestions?.length])).toEqual([
      ['okta-oie/no-classic-engine', 'useClassicEngine', 1],
    ]);
  });
});

describe('offsets', () => {
  const page = fixture('cdn-page.html');

  it.each([
    ['LF', page],
    ['CRLF', page.replaceAll('\n', '\r\n')],
    ['BOM', `\uFEFF${page}`],
    ['CRLF and BOM', `\uFEFF${page.replaceAll('\n', '\r\n')}`],
  ])('%s: locations, fixes and suggestions land on the page', async (_, text) => {
    const result = await lint(text);
    expect(result.messages.map((m) => [m.line, m.column])).toEqual([
      [at(text, 'https://global').line, at(text, 'https://global').column],
      [at(text, 'https://global', 1).line, at(text, 'https://global', 1).column],
      [at(text, 'OktaSignIn({').line, at(text, 'OktaSignIn({').column],
    ]);
    const fixed = await lint(text, { config: 'migrate', fix: true });
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    expect(fixed.output).toBe(
      text.replaceAll('/4.5.0/', '/5.11.0/').replace(`'/callback'${eol}`, `'/callback',${eol}      useInteractionCodeFlow: true${eol}`),
    );
  });

  it('messages come out sorted, across scripts and attributes', async () => {
    const text =
      `<script>var a = 1;</script>\n<script ` +
      `src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js"></script>\n<script>var b = 2;</script>`;
    const result = await lint(text, { extra: [{ rules: { 'no-unused-vars': 'error' } }] });
    expect(brief(result.messages)).toEqual(['1:13 no-unused-vars', '2:14 okta-oie/min-widget-version', '3:13 no-unused-vars']);
  });
});

describe('scripts', () => {
  it('a script that does not parse yields one parse error at its real place; the other scripts are still linted', async () => {
    const text =
      `<html>\n<script>\n  var ok = new OktaSignIn({ clientId: 'x', redirectUri: '/cb' });\n</script>\n<script>\n  var = ` +
      `;\n</script>\n</html>`;
    const result = await lint(text, { extra: [{ settings: { okta: { widgetVersion: '6.9.0' } } }] });
    expect(result.messages.map((m) => ({ rule: m.ruleId, fatal: m.fatal ?? false, line: m.line, column: m.column }))).toEqual([
      { rule: 'okta-oie/require-interaction-code-flow', fatal: false, line: 3, column: 16 },
      { rule: null, fatal: true, line: 6, column: 7 },
    ]);
  });

  it('reads JavaScript script types, modules as modules, and skips templates and external scripts', async () => {
    const text = [
      '<script type="text/x-handlebars-template">new OktaSignIn({ clientId: "{{id}}" })</script>',
      '<script type="text/template">{{#each}} var = ; {{/each}}</script>',
      '<script src="/app.js">new OktaSignIn({})</script>',
      '<script type="module">import { a } from "./a.js";\nexport const b = a;</script>',
      '<script type="application/javascript">var c = d;</script>',
    ].join('\n');
    const result = await lint(text, { extra: [{ rules: { 'no-undef': 'error' } }] });
    expect(brief(result.messages)).toEqual(['6:47 no-undef']);
  });

  it('classic scripts are scripts, with the globals an Okta page defines', async () => {
    const text =
      `<script>\n  var config = OktaUtil.getSignInWidgetConfig();\n  new OktaSignIn(config).renderEl({ el: '#x' }, ` +
      `OktaUtil.completeLogin);\n</script>\n<script>import x from './x.js';</script>`;
    const result = await lint(text, { extra: [{ rules: { 'no-undef': 'error' } }] });
    expect(result.messages.map((m) => [m.line, m.column, m.message])).toEqual([
      [5, 9, "Parsing error: 'import' and 'export' may appear only with 'sourceType: module'"],
    ]);
  });
});

describe('template tokens', () => {
  it('masks tokens by what they stand for, at equal length', () => {
    const source = `var a = {{{json}}};\n{{#if debug}}\nlog('{{name}}', "{{t "x"}}");\n{{/if}}\nvar b = [{{x}}, {{y}}];\nif ({{z}}) {}`;
    const { text, masks } = maskTemplateTokens(source);
    expect(text.length).toBe(source.length);
    expect(text).toBe(`var a = _tpl      ;\n/*         */\nlog('{{name}}', "         ");\n/*   */\nvar b = [_tpl , _tpl ];\nif (_tpl ) {}`);
    expect(masks).toHaveLength(7);
  });

  it('leaves JavaScript that only looks like a token', () => {
    const source = 'function f() {{\n  g();\n}}\nconst re = /{{x}}/;\n// {{comment}}\nconst t = `${a}{{b}}`;';
    expect(maskTemplateTokens(source).text).toBe(source);
  });

  it('no rule reports the masks themselves, and fixes that would touch a mask are dropped', async () => {
    const text = [
      '<script>',
      '  var data = {{{widgetJson}}}',
      '  var flag = {{flag}};',
      '  {{{extraScript}}}',
      '  if (!!{{{debug}}}) { console.log(data, flag); }',
      '  var url = "{{baseUrl}}/cb";',
      '</script>',
      // An Okta page: a page that names no Okta becomes no block.
      '<script src="https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.min.js"></script>',
    ].join('\n');
    const result = await lint(text, { extra: [{ rules: { ...CORE_RULES, 'no-unused-vars': 'off' } }], fix: true });
    expect(brief(result.messages)).toEqual(['5:7 no-extra-boolean-cast']);
    expect(result.messages[0]!.fix).toBeUndefined();
    expect(result.output).toBeUndefined();
  });

  it('an insertion right after a token goes after the whole token', async () => {
    const text = `<script>\n  new OktaSignIn({ clientId: 'x', redirectUri: {{{redirectUri}}} });\n</script>`;
    const result = await lint(text, { config: 'migrate', fix: true, extra: [{ settings: { okta: { widgetVersion: '6.9.0' } } }] });
    expect(result.output).toBe(text.replace('{{{redirectUri}}}', '{{{redirectUri}}}, useInteractionCodeFlow: true'));
  });
});

describe('template sections', () => {
  const V6 = [{ settings: { okta: { widgetVersion: '6.9.0' } } }];
  /** The flag inserted after `after` in `page`, as the rule writes it. */
  const inserted = (page: string, after: string, text: string) => {
    const at = page.indexOf(after) + after.length;
    return { range: [at, at], text };
  };

  it.each([
    ['{{#if redirect}}', '{{/if}}'],
    ['{{#unless hosted}}', '{{/unless}}'],
    ['{{#each uris}}', '{{/each}}'],
    ['{{^hosted}}', '{{/hosted}}'],
    ['{% if redirect %}', '{% endif %}'],
    ['{%- for uri in uris -%}', '{%- endfor -%}'],
  ])('an insertion never lands in %s…%s around the last option: the fix becomes a suggestion', async (open, close) => {
    const page = `<script>\n  new OktaSignIn({\n    clientId: 'x',\n    ${open}\n    redirectUri: '/cb',\n    ${close}\n  });\n</script>\n`;
    const result = await lint(page, { config: 'migrate', fix: true, extra: V6 });
    expect(result.output).toBeUndefined();
    expect(result.messages).toEqual([
      expect.objectContaining({
        ruleId: 'okta-oie/require-interaction-code-flow',
        line: 2,
        suggestions: [
          {
            desc: expect.stringContaining('inside the template section'),
            fix: inserted(page, "redirectUri: '/cb',", `\n    useInteractionCodeFlow: true,`),
          },
        ],
      }),
    ]);
    expect(result.messages[0]).not.toHaveProperty('fix');
  });

  it('on one line, and with the tags in JavaScript comments (the template engine renders those too)', async () => {
    const inline = `<script>\n  new OktaSignIn({ clientId: 'x', {% if r %}redirectUri: '/cb'{% endif %} });\n</script>\n`;
    const commented =
      `<script>\n  new OktaSignIn({\n    clientId: 'x',\n    // {{#if r}}\n    redirectUri: '/cb',\n    // {{/if}}\n  ` +
      `});\n</script>\n`;
    for (const [page, after, text] of [
      [inline, "redirectUri: '/cb'", ', useInteractionCodeFlow: true'],
      [commented, "redirectUri: '/cb',", '\n    useInteractionCodeFlow: true,'],
    ] as const) {
      const result = await lint(page, { config: 'migrate', fix: true, extra: V6 });
      expect(result.output, page).toBeUndefined();
      expect(result.messages.map((m) => [m.ruleId, m.fix, m.suggestions?.map((each) => each.fix)])).toEqual([
        ['okta-oie/require-interaction-code-flow', undefined, [inserted(page, after, text)]],
      ]);
    }
  });

  it('a section around the whole widget, or one that closes before the last option, keeps the autofix', async () => {
    const around =
      `{{#if gen2}}\n<script>\n  new OktaSignIn({\n    clientId: 'x',\n    redirectUri: '/cb',\n  ` +
      `});\n</script>\n{{else}}\n<p>Gen 3</p>\n{{/if}}\n`;
    const before =
      `<script>\n  new OktaSignIn({\n    {% if r %}\n    issuer: '/oauth2/default',\n    {% endif %}\n    clientId: 'x',\n  ` +
      `});\n</script>\n`;
    for (const [page, after] of [
      [around, "redirectUri: '/cb',"],
      [before, "clientId: 'x',"],
    ] as const) {
      const result = await lint(page, { config: 'migrate', fix: true, extra: V6 });
      expect(result.output, page).toBe(page.replace(after, `${after}\n    useInteractionCodeFlow: true,`));
    }
  });

  it('a suggestion that lands in a section stays a suggestion (recommended)', async () => {
    const page =
      `<script>\n  new OktaSignIn({\n    clientId: 'x',\n    {{#if r}}\n    redirectUri: '/cb',\n    {{/if}}\n  ` + `});\n</script>\n`;
    const result = await lint(page, { extra: V6 });
    expect(result.messages.map((m) => [m.fix, m.suggestions?.map((each) => [each.messageId, each.fix])])).toEqual([
      [undefined, [['enableFlow', inserted(page, "redirectUri: '/cb',", '\n    useInteractionCodeFlow: true,')]]],
    ]);
  });

  it('finds sections by their tags: nested, with else branches, unclosed tags ignored, linear', () => {
    const text =
      '{{#if a}}x{{else}}{{#each b}}y{{/each}}{{/if}} {% include "p" %}' +
      '{% if c %}z{% elif d %}{% endif %} {{#> layout}}w{{/layout}} {{#if open}}';
    const sections = templateSections(text);
    expect(sections.map((s) => text.slice(s.start, s.end))).toEqual(['x{{else}}{{#each b}}y{{/each}}', 'y', 'z{% elif d %}', 'w']);
    const index = new SectionIndex(sections);
    expect(index.innermost(text.indexOf('y'))).toBe(1);
    expect(index.innermost(text.indexOf('x'))).toBe(0);
    expect(index.innermost(text.indexOf(' {%'))).toBe(-1);
    expect(index.innermost(text.indexOf('{{#if open}}') + 12)).toBe(-1);
    // Thousands of unclosed tags: one pass.
    expect(templateSections('{{#if x}'.repeat(20_000) + '{% if %'.repeat(20_000))).toEqual([]);
  });
});

describe('pages that name no Okta', () => {
  /** Google Analytics' snippet: `dataLayer` is no browser global. */
  const GA = `<!doctype html>
<html lang="en">
<head>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-XXXX');
  </script>
  <script type="module">import { start } from './app.js';
  start( )</script>
  <link rel="stylesheet" href="https://developer.okta.com/okta-sign-in.min.css">
</head>
<body><p>Sign in with your Okta account.</p></body>
</html>
`;
  /** Unscoped rules an org config spreads beside ours: js.configs.recommended's and stylistic ones. */
  const ORG_RULES: Linter.Config = {
    rules: { ...CORE_RULES, 'no-var': 'error', 'space-in-parens': 'error', 'space-before-blocks': 'error', semi: 'error' },
  };
  const blocks = (name: 'html' | 'html-with-page', text: string) =>
    processors[name].preprocess!(text, '/app/page.html').map((block) => (typeof block === 'string' ? block : block.filename));

  it('an ordinary page becomes no block (html-with-page: the page only), so no rule reaches its scripts', async () => {
    expect(blocks('html', GA)).toEqual([]);
    expect(blocks('html-with-page', GA)).toEqual(['page.html']);
    expect(processors.html.postprocess!([], '/app/page.html')).toEqual([]);
    for (const config of ['recommended', 'migrate'] as const) {
      const result = await lint(GA, { config, extra: [ORG_RULES], fix: true });
      expect(result.messages).toEqual([]);
      expect(result.output).toBeUndefined();
    }
  });

  it('the same scripts beside an Okta script are linted as before', async () => {
    const okta = GA.replace(
      '</head>',
      '  <script src="https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.min.js"></script>\n</head>',
    );
    expect(blocks('html', okta)).toEqual(['0.js', '1.mjs', 'url-0.okta-url']);
    const result = await lint(okta, { extra: [ORG_RULES] });
    expect(brief(result.messages)).toEqual([
      '7:20 space-before-blocks',
      '7:21 no-undef',
      '12:9 space-in-parens',
      '12:9 space-in-parens',
      '12:11 semi',
    ]);
  });

  it.each([
    ['a widget CDN script', '<script src="https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.min.js"></script>'],
    [
      'a widget CDN stylesheet on the 2.x host',
      '<link href="https://ok1static.oktacdn.com/assets/js/sdk/okta-signin-widget/2.6.0/css/okta-sign-in.min.css" rel="stylesheet">',
    ],
    ['okta-auth-js from the CDN', '<script src="https://global.oktacdn.com/okta-auth-js/7.8.1/okta-auth-js.min.js"></script>'],
    ['the widget global', '<script>var w = new OktaSignIn({});</script>'],
    ['the okta-auth-js global', '<script>var a = new window.OktaAuth({});</script>'],
    ["the hosted page's global", '<script>var c = OktaUtil.getSignInWidgetConfig();</script>'],
    ['an @okta/ import in a module script', '<script type="module">import { OktaAuth as A } from "@okta/okta-auth-js";</script>'],
    ['an escaped name', '<script>var w = new window["Okta\\u0053ignIn"]({});</script>'],
    ['a self-hosted Classic-only bundle', '<script src="/js/okta-sign-in.classic.min.js"></script>'],
  ])('%s makes a page an Okta page', (_, tag) => {
    expect(blocks('html', GA.replace('</head>', `${tag}\n</head>`)).length).toBeGreaterThan(1);
  });
});

describe('the request context on an Okta-hosted page', () => {
  it("reports a Classic path in the page's inline script, on the page's line, with its suggestion mapped back", async () => {
    const text = [
      '<!DOCTYPE html>',
      '<html><body>',
      '  {{{OktaUtil}}}',
      '  <script type="text/javascript" nonce="{{nonceValue}}">',
      '    var ctx = OktaUtil.getRequestContext();',
      '    var appId = ctx.target.clientId;',
      '    var brand = "{{brandName}}";',
      '  </script>',
      '</body></html>',
    ].join('\n');
    const result = await lint(text, { name: 'sign-in.hbs' });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      `${at(text, 'ctx.target').line}:${at(text, 'ctx.target').column} okta-oie/no-classic-request-context`,
    ]);
    const [suggestion] = result.messages[0]!.suggestions!;
    const applied = `${text.slice(0, suggestion!.fix.range[0])}${suggestion!.fix.text}${text.slice(suggestion!.fix.range[1])}`;
    expect(applied).toBe(text.replace('ctx.target.clientId;', 'ctx.app ? ctx.app.value.id : ctx.target.clientId;'));
    // Applied, the page reads both shapes: nothing more to say.
    expect((await lint(applied, { name: 'sign-in.hbs' })).messages).toEqual([]);
  });
});

describe('server templates: EJS, Nunjucks, JSP, ERB', () => {
  const CDN_6 = 'https://global.oktacdn.com/okta-signin-widget/6.9.0/js/okta-sign-in.min.js';
  const FLOW = 'okta-oie/require-interaction-code-flow';

  /** An Express login view (views/login.ejs), as real apps write it. */
  const EJS = `<!DOCTYPE html>
<html>
<head>
  <script src="${CDN_6}" type="text/javascript"></script>
  <%- include('partials/head') %>
</head>
<body>
  <div id="okta-login-container"></div>
  <script type="text/javascript">
    <%# the widget, configured by the route %>
    const oktaSignIn = new OktaSignIn({
      baseUrl: '<%= baseUrl %>',
      clientId: '<%= clientId %>',
      redirectUri: <%- JSON.stringify(redirectUri) %>,
      <% if (logo) { %>
      logo: '<%= logo %>',
      <% } %>
      authParams: { issuer: '<%= issuer %>', scopes: <%- JSON.stringify(scopes) %> }
    });
    oktaSignIn.showSignInAndRedirect({ el: '#okta-login-container' });
  </script>
</body>
</html>
`;

  it('an EJS view: the widget is linted with the CDN version, and the flag goes after the last option', async () => {
    const result = await lint(EJS, {
      name: 'login.ejs',
      config: 'migrate',
      fix: true,
      extra: [{ rules: { ...CORE_RULES, 'no-unused-vars': 'off' } }],
    });
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(
      EJS.replace(
        'scopes: <%- JSON.stringify(scopes) %> }',
        'scopes: <%- JSON.stringify(scopes) %> },\n      useInteractionCodeFlow: true',
      ),
    );
    const reported = await lint(EJS, { name: 'login.ejs' });
    expect(reported.messages.map((m) => [`${m.line}:${m.column}`, m.ruleId, m.message])).toEqual([
      [`${at(EJS, 'OktaSignIn(').line}:${at(EJS, 'OktaSignIn(').column}`, FLOW, expect.stringContaining('6.9.0 (loaded by this page)')],
    ]);
  });

  it(
    'EJS: a fix never lands in a tag: after a last value tag, it goes after the whole tag; ' + 'in a scriptlet section, it is a suggestion',
    async () => {
      const afterTag = EJS.replace(/,\n {6}<% if[\s\S]*?scopes\) %> \}/, '');
      expect(afterTag).toContain('redirectUri: <%- JSON.stringify(redirectUri) %>\n    });');
      const fixed = await lint(afterTag, { name: 'login.ejs', config: 'migrate', fix: true });
      expect(fixed.output).toBe(
        afterTag.replace('JSON.stringify(redirectUri) %>', 'JSON.stringify(redirectUri) %>,\n      useInteractionCodeFlow: true'),
      );
      const inSection = EJS.replace(/\n {6}authParams: .*/, '');
      const result = await lint(inSection, { name: 'login.ejs', config: 'migrate', fix: true });
      expect(result.output).toBeUndefined();
      expect(
        result.messages.map((m) => [
          m.ruleId,
          m.fix,
          m.suggestions?.map((each) => each.desc.startsWith('Make this edit inside the template section')),
        ]),
      ).toEqual([[FLOW, undefined, [true]]]);
      // The flag from the template: unknown, silent.
      const fromTemplate = EJS.replace("logo: '<%= logo %>',", 'useInteractionCodeFlow: <%= flow %>,').replace(
        /\n {6}<% (?:if \(logo\) \{|\}) %>/g,
        '',
      );
      expect((await lint(fromTemplate, { name: 'login.ejs' })).messages).toEqual([]);
    },
  );

  it('a Nunjucks page ({# #}, {{ | filters }}, {% if %} around the last option)', async () => {
    const page = `{% extends "layout.njk" %}
{% block scripts %}
<script src="${CDN_6}"></script>
<script>
  {# the widget for the login route #}
  var signIn = new OktaSignIn({
    issuer: "{{ issuer }}",
    clientId: "{{ clientId }}",
    redirectUri: {{ redirectUri | dump | safe }},
    {% if idps %}
    idps: {{ idps | dump | safe }},
    {% endif %}
  });
  signIn.showSignInAndRedirect({ el: '#widget' });
</script>
{% endblock %}
`;
    const result = await lint(page, { name: 'login.njk', config: 'migrate', fix: true, extra: [{ rules: CORE_RULES }] });
    expect(result.output).toBeUndefined();
    expect(result.messages.map((m) => [`${m.line}:${m.column}`, m.ruleId, m.suggestions?.map((each) => each.fix)])).toEqual([
      [
        `${at(page, 'OktaSignIn(').line}:${at(page, 'OktaSignIn(').column}`,
        FLOW,
        [
          {
            range: [page.indexOf('safe }},\n    {% endif') + 8, page.indexOf('safe }},\n    {% endif') + 8],
            text: '\n    useInteractionCodeFlow: true,',
          },
        ],
      ],
    ]);
  });

  it('a JSP page (directives, <%-- --%>, ${…} and <%= %> in the config)', async () => {
    const page = `<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<html>
<head><script src="${CDN_6}"></script></head>
<body>
<div id="sign-in-widget"></div>
<script type="text/javascript">
  <%-- values from the Spring model --%>
  var config = {
    baseUrl: '\${baseUrl}',
    clientId: '<%= request.getAttribute("clientId") %>',
    redirectUri: '\${redirectUri}',
    authParams: { issuer: '\${issuer}', scopes: \${scopes} }
  };
  new OktaSignIn(config).showSignInAndRedirect({ el: '#sign-in-widget' });
</script>
</body>
</html>
`;
    const result = await lint(page, { name: 'login.jsp', config: 'migrate', fix: true, extra: [{ rules: CORE_RULES }] });
    expect(result.messages).toEqual([]);
    expect(result.output).toBe(page.replace('scopes: ${scopes} }', 'scopes: ${scopes} },\n    useInteractionCodeFlow: true'));
  });

  it('an ERB page (login.html.erb: <% if %>…<% end %> around the last option)', async () => {
    const page = `<script src="${CDN_6}"></script>
<div id="okta-login-container"></div>
<script>
  var signIn = new OktaSignIn({
    clientId: '<%= ENV["OKTA_CLIENT_ID"] %>',
    redirectUri: '<%= callback_url %>',
    <% if @recovery_token %>
    recoveryToken: '<%= @recovery_token %>',
    <% end %>
  });
  signIn.showSignInAndRedirect();
</script>
`;
    const result = await lint(page, { name: 'login.html.erb', config: 'migrate', fix: true, extra: [{ rules: CORE_RULES }] });
    expect(result.output).toBeUndefined();
    expect(result.messages.map((m) => [m.ruleId, m.fix, m.suggestions?.length])).toEqual([[FLOW, undefined, 1]]);
    const closed = page.replace(/\n {4}<% (?:if @recovery_token|end) %>/g, '');
    expect((await lint(closed, { name: 'login.html.erb', config: 'migrate', fix: true })).output).toBe(
      closed.replace("'<%= @recovery_token %>',", "'<%= @recovery_token %>',\n    useInteractionCodeFlow: true,"),
    );
  });

  it('masks EJS, JSP and Nunjucks tags by what they stand for, at equal length', () => {
    const source =
      "var a = <%= x %>;\n<% if (y) { %>\nf('<%= z %>', ${el});\n<% } %>\n{# note #}\nvar t = `${a}`;\nvar m = <%\n  multi\n%>;";
    const { text } = maskTemplateTokens(source);
    expect(text.length).toBe(source.length);
    expect(text).toBe(
      "var a = _tpl    ;\n/*          */\nf('<%= z %>', _tpl );\n/*   */\n/*      */\nvar t = `${a}`;\nvar m = /*\n       \n*/;",
    );
    expect(templateSections('<% if (a) { %>x<% } else { %>y<% } %><% if a %>z<% end %>').length).toBe(3);
  });
});
