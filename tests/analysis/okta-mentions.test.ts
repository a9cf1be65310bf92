import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mentionsOkta } from '../../src/analysis/questions/okta-mentions.js';
import { clearReadCache, readStats } from '../../src/analysis/packages/read.js';
import plugin from '../../src/index.js';

describe('mentionsOkta', () => {
  it.each([
    ['a package of the scope', "import x from '@okta/okta-auth-js';"],
    ['the CDN host', "load('https://global.oktacdn.com/okta-signin-widget/7.0.0/js/okta-sign-in.min.js');"],
    ['a Classic bundle from anywhere', "s.src = '/js/okta-sign-in.classic.min.js';"],
    ['a global', 'new OktaSignIn({});'],
    ["okta-react's props, case aside", 'props.oktaAuth.signOut();'],
    ["okta-vue's $auth", 'this.$auth.signInWithRedirect();'],
    ['the Classic session hand-off', "res.session.setCookieAndRedirect('/');"],
    ['a \\u escape of a letter', 'new window["Okta\\u0053ignIn"]({});'],
    ['a \\x escape of the first letter', 'new window["\\x4fktaSignIn"]({});'],
    ['a JSON-escaped scope', '{ "\\u0040okta\\/okta-signin-widget": "^4.5.0" }'],
  ])('%s: yes', (_, text) => {
    expect(mentionsOkta(text)).toBe(true);
  });

  it.each([
    ['plain code', 'const x = [1, 2, 3].map((n) => n * 2);'],
    ['escapes that spell nothing of Okta', 'const re = /\\x41\\u0042\\//; const s = "a\\/b";'],
    ['a look-alike word', 'const oktaish = 1; const auth = 2; cookies.setCookie("a");'],
    ['$auth inside a longer name', 'const $authority = 1;'],
  ])('%s: no', (_, text) => {
    expect(mentionsOkta(text)).toBe(false);
  });
});

describe('the rules in a file that names no Okta', () => {
  /** Each of our rules' listeners for `code`, created with the context ESLint gives a rule there. */
  function listenersFor(code: string, filename: string, physicalFilename = filename): Record<string, number> {
    const counts: Record<string, number> = {};
    const spy = {
      meta: { schema: [] },
      create(context: Parameters<(typeof plugin.rules)['no-session-token']['create']>[0]) {
        const own = Object.create(context, { filename: { value: filename }, physicalFilename: { value: physicalFilename } });
        for (const [id, rule] of Object.entries(plugin.rules))
          counts[id] = Object.keys((rule.create as (c: unknown) => object)(own)).length;
        return {};
      },
    };
    new Linter({ configType: 'flat' }).verify(code, [{ plugins: { spy: { rules: { spy } } }, rules: { 'spy/spy': 'error' } }], filename);
    return counts;
  }

  it('no rule adds a listener', () => {
    const counts = listenersFor(
      'export function f(widget, tx) { widget.renderEl({ el: "#x" }, (res) => res.user); return tx.sessionToken; }',
      'a.js',
    );
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('the same code that names Okta gets the listeners', () => {
    const counts = listenersFor(
      "import OktaSignIn from '@okta/okta-signin-widget';\nexport function f(widget) { widget.renderEl({}); }",
      'a.js',
    );
    expect(Object.values(counts).filter((n) => n > 0).length).toBeGreaterThan(5);
  });

  describe('in a package whose package.json depends on Okta (tests/fixtures/okta-package)', () => {
    const file = (name: string, base = 'auth.js') =>
      fileURLToPath(new URL(`../fixtures/okta-package/packages/${name}/${base}`, import.meta.url));
    const manifest = (name: string) => fileURLToPath(new URL(`../fixtures/okta-package/packages/${name}/package.json`, import.meta.url));
    const withListeners = (counts: Record<string, number>) => Object.values(counts).filter((n) => n > 0).length;

    it.each([
      ['signInWithCredentials', 'export const go = (client, c) => client.signInWithCredentials(c);'],
      ['tx.resume', 'export const go = (client) => client.tx.resume();'],
      ["tx?.['resume']", "export const go = (client) => client.tx?.['resume']();"],
      ['token.getWithRedirect', 'export const go = (auth, t) => auth.token.getWithRedirect({ sessionToken: t });'],
    ])('Okta\u2019s own call name %s: the listeners', (_, code) => {
      expect(withListeners(listenersFor(code, file('app')))).toBeGreaterThan(5);
    });

    it('the same code in a sibling package without Okta, or with a malformed package.json: none', () => {
      const code = 'export const go = (client, c) => client.signInWithCredentials(c);';
      expect(withListeners(listenersFor(code, file('other')))).toBe(0);
      expect(withListeners(listenersFor(code, file('broken')))).toBe(0);
    });

    it('a file that names none of them gets none, and its package.json is not read', () => {
      clearReadCache();
      expect(
        withListeners(
          listenersFor('export const go = (client, creds) => client.signIn(creds).then((t) => t.status);', file('app', 'other.js')),
        ),
      ).toBe(0);
      expect(readStats.byFile.has(manifest('app'))).toBe(false);
    });
  });

  it("a page's block gets them although its own text names no Okta (the page does: our processor handed it over)", () => {
    const counts = listenersFor('w.renderEl({ el: "#w" }, function (res) { res.user; });', 'login.html/0_0.js', 'login.html');
    expect(Object.values(counts).filter((n) => n > 0).length).toBeGreaterThan(5);
  });
});
