/**
 * Generated code (fast-check): programs around widget constructions, success handlers and
 * Authn calls, package.json documents and HTML pages, with random shapes (spreads,
 * computed keys, optional chains, nested functions, conditional writes, template tokens).
 * For every input, with `recommended` and with `migrate`:
 * - no exception;
 * - the fixed output parses;
 * - a second fix pass changes nothing;
 * - no fix touches text outside the construct it is about: the app code between the
 *   constructs (sentinel lines), the other dependencies of a package.json, the page around
 *   the widget URLs.
 */
import fc from 'fast-check';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const CONFIGS = { recommended: plugin.configs.recommended as Linter.Config[], migrate: plugin.configs.migrate as Linter.Config[] };
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const VERSIONS = ['detect', '5.1.0', '6.9.0', '^6.4.0', '7.20.0', '^7.0.0 || ^6.0.0'];

/** Lint and fix, then check the four properties; returns the fixed text. */
const STATS = { inputs: 0, parsed: 0, findings: 0, fixed: 0, suggestions: 0 };

/**
 * Lint and fix, then check: no exception, the fixed output parses, a second pass changes
 * nothing, and each suggestion applied alone parses too. Returns the fixed text and the
 * text after each suggestion, for the caller's check of what they touched.
 */
function check(text: string, filename: string, config: Linter.Config[], version: string): string[] {
  const settings = [...config, { settings: { okta: { widgetVersion: version } } }];
  // Every block of our processors, as the ESLint class lints them (the bare Linter lints only `.js` blocks unless told).
  const options = { filename, filterCodeBlock: () => true };
  const linter = new Linter();
  const messages = linter.verify(text, settings, options);
  const parsed = !messages.some((m) => m.fatal);
  const first = new Linter().verifyAndFix(text, settings, options);
  expect(first.messages.filter((m) => m.fatal && !/Parsing error/.test(m.message))).toEqual([]);
  const parses = (output: string) =>
    expect(
      new Linter().verify(output, settings, options).filter((m) => m.fatal),
      output,
    ).toEqual([]);
  STATS.inputs += 1;
  if (parsed) {
    STATS.parsed += 1;
    parses(first.output);
  }
  STATS.findings += messages.filter((m) => m.ruleId?.startsWith('okta-oie/')).length;
  if (first.fixed) STATS.fixed += 1;
  const second = new Linter().verifyAndFix(first.output, settings, options);
  expect(second.fixed, `${text}\n--- fixed ---\n${first.output}\n--- again ---\n${second.output}`).toBe(false);
  const suggested = messages.flatMap((m) =>
    (m.suggestions ?? []).map(({ fix }) => `${text.slice(0, fix.range[0])}${fix.text}${text.slice(fix.range[1])}`),
  );
  STATS.suggestions += suggested.length;
  if (parsed) suggested.forEach(parses);
  return [first.output, ...suggested];
}

// ---------------------------------------------------------------- JavaScript

const SENTINEL = (i: number) => `const untouched${i} = compute(${i}); // sentinel ${i}`;

const value = fc.constantFrom('true', 'false', 'flag', "env.X === 'true'", 'undefined', '!0');
const entry = fc.oneof(
  value.map((v) => `useInteractionCodeFlow: ${v}`),
  value.map((v) => `useClassicEngine: ${v}`),
  fc.constantFrom(
    "clientId: 'c'",
    "issuer: 'https://x'",
    "redirectUri: '/cb'",
    "baseUrl: 'https://x'",
    "stateToken: '00abc'",
    'authParams: { pkce: false }',
    "authParams: { clientId: 'c', pkce: false, responseType: 'code' }",
    'features: { registration: true, rememberMe: true }',
    "'features.router': true",
    "helpSupportNumber: '555'",
    'processCreds(creds, cb) { cb(); }',
    'processCreds: (c, cb) => cb()',
    "i18n: { en: { needhelp: 'x' } }",
    '...base',
    '...(cond ? a : b)',
    '[key]: 1',
    "['useClassicEngine']: true",
    'transformUsername(u, op) { return op === "IDP_DISCOVERY" ? u : u; }',
    'authClient',
    'registration: { parseSchema(s, ok) { s.profileSchema.fieldOrder.push("x"); ok(s); }, preSubmit: ({ email }, ok) => ok({ email }) }',
  ),
);
/**
 * What goes between two options: a comma, line breaks, and comments that span lines,
 * some ending on the next option's line (a neighbour's `/* TODO ⏎ … *\/`), some starting
 * after a comma and going on (`x, /* a ⏎ b *\/ y`).
 */
const separator = fc.constantFrom(
  ', ',
  ',\n  ',
  ', /* a\n  b */ ',
  ',\n  /* TODO\n  (OKTA-1) */ ',
  ', /* TODO\n  (OKTA-1) */ ',
  ', // note\n  ',
  ',\n  // own\n  ',
  ' /* c */, ',
  ',\n  /* own\n     lines */\n  ',
);
/** An option no rule edits: every fixed output keeps it as code (never removed, never commented out). */
const KEEP = "el: '#keep'";
const options = fc.tuple(fc.array(fc.tuple(entry, separator), { maxLength: 6 }), fc.nat(6), fc.boolean()).map(([pairs, at, keep]) => {
  const entries = pairs.map(([e]) => e);
  if (keep) entries.splice(Math.min(at, entries.length), 0, KEEP);
  const text = entries.map((e, i) => (i === 0 ? e : `${pairs[i - 1]?.[1] ?? ', '}${e}`)).join('');
  return `{ ${text} }`;
});
const write = fc.constantFrom(
  'cfg.useInteractionCodeFlow = true;',
  'cfg.useClassicEngine = true;',
  "cfg['features.registration'] = true;",
  'cfg.features = { selfServiceUnlock: true };',
  'if (debug) cfg.useClassicEngine = true;',
  'Object.assign(cfg, { helpSupportNumber: "1" });',
  'delete cfg.clientId;',
  'cfg.authParams = { pkce: false };',
  '',
);
const handler = fc.constantFrom(
  '(res) => { res.session.setCookieAndRedirect(url); }',
  '(res) => res?.session?.setCookieAndRedirect?.(url)',
  "function (res) { if (res.type === 'SESSION_STEP_UP') res.stepUp.finish(); save(res.user); }",
  '({ session, user }) => use(session.token, user)',
  "(res) => { switch (res.status) { case 'SUCCESS': save(res.tokens); break; case 'FORGOT_PASSWORD_EMAIL_SENT': done(); } }",
  'onSuccess',
  'this.onSuccess.bind(this, 1)',
  'props.onSuccess',
  'null',
  'OktaUtil.completeLogin',
);
const render = fc
  .tuple(fc.constantFrom('renderEl', 'showSignIn', 'showSignInToGetTokens', 'showSignInAndRedirect'), handler, fc.boolean(), fc.boolean())
  .map(([method, h, then, optional]) => {
    const call = optional ? `w?.${method}?.` : `w.${method}`;
    return method === 'renderEl' && !then
      ? `${call}({ el: '#x' }, ${h}, onError);`
      : `${call}({ el: '#x' }).then(${h === 'null' ? 'go' : h});`;
  });
const authn = fc.constantFrom(
  'authClient.signIn({ username }).then((tx) => authClient.token.getWithRedirect({ sessionToken: tx.sessionToken }));',
  'authClient.signInWithCredentials(creds).then(({ sessionToken }) => authClient.signInWithRedirect({ sessionToken }));',
  'authClient.session.setCookieAndRedirect(token, "/");',
  'authClient.tx.resume(); authClient?.forgotPassword?.({ username });',
  'authClient.idx.authenticate({ username });',
  "Auth.signIn(u, p); signIn('okta');",
  "const rc = OktaUtil.getRequestContext(); go(rc.target.clientId, rc?.authentication?.request?.state || 'x')\n;[rc.target.name.trim()]",
  // Framework SDK callbacks (require-auth-resume): a route and the plugin's or module's config.
  "const routes = [{ path: '/login/callback', component: LoginCallback }]; " +
    'app.use(OktaVue, { oktaAuth, ...(resume ? { onAuthResume } : {}) });',
  'app.use(OktaVue, { oktaAuth, onAuthRequired }); ' +
    'const r = [{ component: OktaCallbackComponent }, { provide: OKTA_CONFIG, useValue: { oktaAuth } }];',
  // Widget files on the CDN: below 5.2 (min-widget-version), 5.2 up to below 5.11 (prefer-supported-widget-version), both together.
  "loadScript('https://global.oktacdn.com/okta-signin-widget/5.5.0/js/okta-sign-in.min.js');",
  'const css = `https://global.oktacdn.com/okta-signin-widget/5.9.0/css/okta-sign-in.min.css`; ' +
    "go(css, 'https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js');",
  '',
);
const importLine = fc.constantFrom(
  "import OktaSignIn from '@okta/okta-signin-widget';",
  "import OktaSignIn from '@okta/okta-signin-widget/classic';",
  "import OktaSignIn from '@okta/okta-signin-widget/oie';",
  "import * as Widget from '@okta/okta-signin-widget'; const OktaSignIn = Widget.default;",
  "const OktaSignIn = require('@okta/okta-signin-widget');",
  "import OktaSignIn from '@okta/okta-signin-widget'; import OktaVue, { LoginCallback } from '@okta/okta-vue'; " +
    "import { OKTA_CONFIG, OktaCallbackComponent } from '@okta/okta-angular';",
  '',
);
/**
 * A statement that continues one without a `;` before it (ASI): after a removed write in a
 * semicolon-less file it must stay a statement of its own.
 */
const MARKER = fc.constantFrom('[a, b].forEach(go)', '(async () => go())()');
/** Uses of the instance after construction: otp/state assignments, lifecycle events, Classic DOM ids. */
const instanceUse = fc.constantFrom(
  'w.otp = otp;',
  "w.state = params.get('state');",
  "w.on('pageRendered', () => go());",
  'w.once("pageRendered", (data) => show(data.page));',
  "w.on('pageRendered', onShown); w.off('pageRendered', onShown);",
  "w?.off('pageRendered');",
  "document.querySelector('#okta-signin-username').focus();",
  '$(\'#okta-sign-in\').find("#okta-signin-submit, .auth-container");',
  '',
);
const construct = fc
  .tuple(
    options,
    fc.array(write, { maxLength: 3 }),
    fc.constantFrom('inline', 'const', 'let', 'hosted'),
    fc.tuple(render, fc.array(instanceUse, { maxLength: 2 })).map(([r, uses]) => [r, ...uses].join('\n')),
    fc.option(MARKER),
    fc.boolean(),
  )
  .map(([opts, writes, style, r, marker, standard]) => {
    // Semicolon-less: the declaration has no `;`; a marker line after the writes, written `;[…]` (standard) or after a write's own `;`.
    const semi = marker === null ? ';' : '';
    const lines = marker === null ? writes : [...writes, standard ? `;${marker}` : marker];
    switch (style) {
      case 'inline':
        return `const w = new OktaSignIn(${opts});\n${r}`;
      case 'hosted':
        return `const cfg = OktaUtil.getSignInWidgetConfig()${semi}\n${lines.join('\n')}\nconst w = new OktaSignIn(cfg);\n${r}`;
      default:
        return `${style} cfg = ${opts}${semi}\n${lines.join('\n')}\nconst w = new OktaSignIn(cfg);\n${r}`;
    }
  });
const wrap = fc.constantFrom(
  (body: string) => `export function mount(el, url, onError) {\n${body}\n}`,
  (body: string) => `export async function mount(el, url, onError) {\n${body}\n}`,
  (body: string) => `class Login {\n  start(url, onError) {\n${body}\n  }\n  onSuccess(res) { res.session.setCookieAndRedirect('/'); }\n}`,
  (body: string) => `export default {\n  mounted() {\n${body}\n  },\n};`,
);
const program = fc
  .tuple(importLine, fc.array(fc.tuple(construct, authn, wrap), { minLength: 1, maxLength: 3 }))
  .map(([imports, parts]) =>
    [
      imports,
      "import { OktaAuth } from '@okta/okta-auth-js';",
      'const authClient = new OktaAuth({});',
      ...parts.flatMap(([c, a, w], i) => [SENTINEL(i), w(`${c}\n${a}`)]),
    ].join('\n'),
  );

/**
 * What a fix must keep as code: the `el: '#keep'` options (as string tokens, so not inside
 * a comment) and the marker statements that stand alone (not joined to the statement
 * before them). Null when the text does not parse.
 */
function kept(text: string): { keep: number; markers: number } | null {
  const options = { ecmaVersion: 'latest', sourceType: 'module' } as const;
  let ast: ReturnType<typeof espree.parse>;
  let tokens: ReturnType<typeof espree.tokenize>;
  try {
    ast = espree.parse(text, options);
    tokens = espree.tokenize(text, options);
  } catch {
    return null;
  }
  const keep = [...tokens].filter((token) => token.type === 'String' && token.value === "'#keep'").length;
  let markers = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as {
      type?: string;
      expression?: { type?: string; callee?: { type?: string; object?: { type?: string }; property?: { name?: string } } };
    };
    const call = record.type === 'ExpressionStatement' ? record.expression : undefined;
    if (call?.type === 'CallExpression') {
      const callee = call.callee;
      if (callee?.type === 'MemberExpression' && callee.object?.type === 'ArrayExpression' && callee.property?.name === 'forEach')
        markers += 1;
      if (callee?.type === 'ArrowFunctionExpression') markers += 1;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'parent') visit(value);
  };
  visit(ast.body);
  return { keep, markers };
}

describe('generated JavaScript', () => {
  it.each(['recommended', 'migrate'] as const)('%s: no exception, fixes parse, are idempotent and stay in their construct', (variant) => {
    fc.assert(
      fc.property(program, fc.constantFrom(...VERSIONS), (text, version) => {
        const before = kept(text);
        for (const edited of check(text, 'src/login.js', CONFIGS[variant], version)) {
          for (const line of text.split('\n').filter((each) => each.includes('// sentinel'))) expect(edited).toContain(line);
          // A removal takes only its own text: no neighbouring option removed or commented out, no statement joined to another.
          if (before) expect(kept(edited), `${text}\n--- edited ---\n${edited}`).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------- package.json

const spec = fc.oneof(
  fc.constantFrom(
    '^4.3.2',
    '4.3.2',
    '~5.1.0',
    '>=4 <8',
    '^4.0.0 || ^7.0.0',
    '*',
    'latest',
    'npm:@okta/okta-signin-widget@4.5.0',
    'npm:@okta/okta-react@5.0.0',
    'workspace:*',
    '',
    '^7.20.0',
    '5.2.0',
  ),
  fc.constantFrom('^5.5.0', '>=5.2.0 <5.11.0', '^4.0.0 || ^5.5.0', '^5.5.0 || ^7.0.0', 'npm:@okta/okta-signin-widget@~5.9.0', '^5.11.0'),
  fc.string({ maxLength: 12 }),
);
const dependencyValue = fc.oneof(
  spec.map((s) => JSON.stringify(s)),
  fc.constantFrom('1', 'null', 'true', '{}', '[]'),
);
const section = fc.constantFrom('dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'overrides', 'scripts');
const manifest = fc
  .array(
    fc.tuple(
      section,
      fc.array(
        fc.tuple(
          fc.constantFrom(
            '@okta/okta-signin-widget',
            '@okta/okta-idx-js',
            'react',
            'widget-alias',
            '@okta/okta-auth-js',
            '@okta/okta-react',
            '@okta/okta-vue',
            '@okta/okta-angular',
          ),
          dependencyValue,
        ),
        { maxLength: 4 },
      ),
    ),
    {
      maxLength: 4,
    },
  )
  .map((sections) => {
    const seen = new Set<string>();
    const body = sections
      .filter(([name]) => !seen.has(name) && seen.add(name))
      .map(([name, entries]) => {
        const keys = new Set<string>();
        const inner = entries.filter(([key]) => !keys.has(key) && keys.add(key)).map(([key, v]) => `    "${key}": ${v}`);
        return `  "${name}": {\n${inner.join(',\n')}\n  }`;
      });
    return `{\n  "name": "app"${body.length ? ',\n' : ''}${body.join(',\n')}\n}\n`;
  });

/** Every dependency except the widget's own entries, which fixes may change. */
function others(text: string): unknown {
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(json).map(([key, v]) => [
        key,
        v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(
              Object.entries(v).filter(
                ([name, s]) =>
                  name !== '@okta/okta-signin-widget' && !(typeof s === 'string' && s.startsWith('npm:@okta/okta-signin-widget')),
              ),
            )
          : v,
      ]),
    );
  } catch {
    return text;
  }
}

describe('generated package.json', () => {
  it.each(['recommended', 'migrate'] as const)('%s: no exception, fixes keep every other entry', (variant) => {
    fc.assert(
      fc.property(manifest, (text) => {
        for (const edited of check(text, 'package.json', CONFIGS[variant], 'detect')) expect(others(edited)).toEqual(others(text));
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------- HTML pages

const cdnVersion = fc.constantFrom('4.5.0', '5.1.0', '5.5.0', '5.10.0', '5.11.0', '5.16.1', '7.49.0', '{{version}}');
const tag = fc.oneof(
  fc
    .tuple(cdnVersion, fc.boolean())
    .map(
      ([v, sri]) =>
        `<script src="https://global.oktacdn.com/okta-signin-widget/${v}/js/okta-sign-in.min.js"${sri ? ' integrity="sha384-abc"' : ''}></script>`,
    ),
  cdnVersion.map((v) => `<link href="https://global.oktacdn.com/okta-signin-widget/${v}/css/okta-sign-in.min.css" rel="stylesheet">`),
  fc.constantFrom(
    '{{{SignInWidgetResources}}}',
    '{{{OktaUtil}}}',
    '<p>{{#useSiwGen3}}gen3{{/useSiwGen3}}</p>',
    '<div id="w"></div>',
    '{{ unterminated',
  ),
);
const inline = fc
  .tuple(
    fc.constantFrom('', ' type="module"', ' nonce="{{nonceValue}}"'),
    program.map((p) =>
      p
        .replace(/^import .*$/gm, '')
        .replace(/^export default /gm, 'window.component = ')
        .replace(/^export /gm, ''),
    ),
  )
  .map(([attributes, code]) => `<script${attributes}>\n${code.replaceAll('</', '<\\/')}\nvar token = '{{stateToken}}';\n</script>`);
const page = fc
  .array(fc.oneof(tag, inline), { minLength: 1, maxLength: 5 })
  .map((parts) => `<!doctype html>\n<html>\n<head>\n${parts.join('\n')}\n</head>\n<body></body>\n</html>\n`);

/** The page without the widget URLs' versions, which fixes may change. */
const outsideUrls = (text: string) => text.replace(/okta-signin-widget\/[^/"]+\//g, 'okta-signin-widget/V/');

describe('generated HTML pages', () => {
  it.each(['recommended', 'migrate'] as const)(
    '%s: no exception, fixes parse, are idempotent; the markup outside the scripts and URLs stays',
    (variant) => {
      fc.assert(
        fc.property(page, fc.constantFrom(...VERSIONS), (text, version) => {
          const markup = (html: string) => outsideUrls(html).replace(/<script(?![^>]*src)[^>]*>[\s\S]*?<\/script>/g, '<script>…</script>');
          for (const edited of check(text, 'public/login.html', CONFIGS[variant], version)) expect(markup(edited)).toBe(markup(text));
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    },
  );
});

// What the run covered (the closing note quotes it): inputs, inputs that parse, findings, inputs fixed, suggestions applied.
afterAll(() => console.log('fuzz:', JSON.stringify(STATS)));
