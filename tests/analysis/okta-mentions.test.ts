import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { mentionsOkta } from '../../src/analysis/questions/okta-mentions.js';
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
        for (const [id, rule] of Object.entries(plugin.rules)) counts[id] = Object.keys((rule.create as (c: unknown) => object)(own)).length;
        return {};
      },
    };
    new Linter({ configType: 'flat' }).verify(code, [{ plugins: { spy: { rules: { spy } } }, rules: { 'spy/spy': 'error' } }], filename);
    return counts;
  }

  it('no rule adds a listener', () => {
    const counts = listenersFor('export function f(widget, tx) { widget.renderEl({ el: "#x" }, (res) => res.user); return tx.sessionToken; }', 'a.js');
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('the same code that names Okta gets the listeners', () => {
    const counts = listenersFor("import OktaSignIn from '@okta/okta-signin-widget';\nexport function f(widget) { widget.renderEl({}); }", 'a.js');
    expect(Object.values(counts).filter((n) => n > 0).length).toBeGreaterThan(5);
  });

  it("a page's block gets them although its own text names no Okta (the page does: our processor handed it over)", () => {
    const counts = listenersFor('w.renderEl({ el: "#w" }, function (res) { res.user; });', 'login.html/0_0.js', 'login.html');
    expect(Object.values(counts).filter((n) => n > 0).length).toBeGreaterThan(5);
  });
});
