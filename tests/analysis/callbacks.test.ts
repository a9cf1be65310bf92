import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { reachesCall, successHandlers } from '../../src/analysis/questions/callbacks.js';
import type { Tri } from '../../src/analysis/engine/tri.js';
import { onlySetsSessionAndRedirects } from '../../src/analysis/engine/redirects.js';
import { widgetResultReads } from '../../src/analysis/questions/widget-results.js';
import { analyze } from './harness.js';

/** Each success handler of the file's widgets: how it is handed over, and what it resolves to. */
function handlers(code: string) {
  return analyze(code).widgets.flatMap(({ analysis, sourceCode }) =>
    successHandlers(analysis.construction, sourceCode).map((handler) => ({
      method: handler.method,
      via: handler.via,
      argument: sourceCode.getText(handler.argument),
      fn: handler.fn ? sourceCode.getText(handler.fn).split('\n')[0] : null,
      parameter: handler.parameter,
      inline: handler.inline,
    })),
  );
}

describe('success handlers', () => {
  it.each([
    [
      'inline, as the argument of renderEl',
      `const w = new OktaSignIn({});\nw.renderEl({ el: '#w' }, function (res) { go(res); }, onError);`,
      [
        {
          method: 'renderEl',
          via: 'argument',
          argument: 'function (res) { go(res); }',
          fn: 'function (res) { go(res); }',
          parameter: 0,
          inline: true,
        },
      ],
    ],
    [
      'a function declaration',
      `function done(res) {}\nconst w = new OktaSignIn({});\nw.renderEl({}, done);`,
      [{ method: 'renderEl', via: 'argument', argument: 'done', fn: 'function done(res) {}', parameter: 0, inline: false }],
    ],
    [
      'a const arrow, through a TypeScript wrapper',
      `const done = ((res: unknown) => {}) as Handler;\nconst w = new OktaSignIn({});\n(w as any).renderEl({}, done);`,
      [{ method: 'renderEl', via: 'argument', argument: 'done', fn: '(res: unknown) => {}', parameter: 0, inline: false }],
    ],
    [
      'the .then of renderEl and showSignIn (not of showSignInToGetTokens, which resolves with tokens)',
      `const w = new OktaSignIn({});\nw.renderEl({}).then((r) => ` +
        `{});\nw.showSignIn({}).then(next);\nw.showSignInToGetTokens({}).then((t) => {});`,
      [
        { method: 'renderEl', via: 'then', argument: '(r) => {}', fn: '(r) => {}', parameter: 0, inline: true },
        { method: 'showSignIn', via: 'then', argument: 'next', fn: null, parameter: 0, inline: false },
      ],
    ],
    [
      'an inline construction',
      `new OktaSignIn({}).renderEl({}, (res) => {});`,
      [{ method: 'renderEl', via: 'argument', argument: '(res) => {}', fn: '(res) => {}', parameter: 0, inline: true }],
    ],
    [
      'this.method and this.method.bind(this, …) in a class (the bound argument shifts the result to the second parameter)',
      `class Login {
  widget = new OktaSignIn({});
  mount() {
    this.widget.renderEl({}, this.onSuccess);
    this.widget.renderEl({}, this.onTagged.bind(this, 'login'));
    this.widget.renderEl({}, this.field);
  }
  onSuccess(res) {}
  onTagged(tag, res) {}
  field = (res) => {};
}`,
      [
        { method: 'renderEl', via: 'argument', argument: 'this.onSuccess', fn: '(res) {}', parameter: 0, inline: false },
        {
          method: 'renderEl',
          via: 'argument',
          argument: "this.onTagged.bind(this, 'login')",
          fn: '(tag, res) {}',
          parameter: 1,
          inline: false,
        },
        { method: 'renderEl', via: 'argument', argument: 'this.field', fn: '(res) => {}', parameter: 0, inline: false },
      ],
    ],
    [
      'a handler it cannot see: a prop, an import, a parameter',
      `import { onSuccess } from './handlers';\nfunction mount(props, cb) {\n  const w = new OktaSignIn({});\n  w.renderEl({}, ` +
        `props.onSuccess);\n  w.renderEl({}, onSuccess);\n  w.renderEl({}, cb);\n}`,
      [
        { method: 'renderEl', via: 'argument', argument: 'props.onSuccess', fn: null, parameter: 0, inline: false },
        { method: 'renderEl', via: 'argument', argument: 'onSuccess', fn: null, parameter: 0, inline: false },
        { method: 'renderEl', via: 'argument', argument: 'cb', fn: null, parameter: 0, inline: false },
      ],
    ],
  ])('%s', (_name, code, expected) => {
    expect(handlers(code)).toEqual(expected);
  });

  it('finds nothing for other objects, other methods, or a this that is not the class', () => {
    expect(
      handlers(
        `const w = new OktaSignIn({});\nother.renderEl({}, (r) => {});\nw.on('afterRender', (c) => {});\nclass A { w = new ` +
          `OktaSignIn({}); m() { function f() { this.w.renderEl({}, (r) => {}); } } }`,
      ),
    ).toEqual([]);
  });
});

describe('reachesCall', () => {
  const completes = (call: TSESTree.CallExpression) =>
    call.callee.type === 'MemberExpression' && call.callee.property.type === 'Identifier' && call.callee.property.name === 'completeLogin';

  function reach(code: string): Tri[] {
    return analyze(code).widgets.flatMap(({ analysis, sourceCode }) =>
      successHandlers(analysis.construction, sourceCode).map((handler) => reachesCall(handler, sourceCode, completes)),
    );
  }

  it.each([
    ['a direct call', `(res) => { OktaUtil.completeLogin(res); }`, true],
    ['under a condition', `(res) => { if (res.status === 'SUCCESS') OktaUtil.completeLogin(res); }`, true],
    ['through a function of the file', `(res) => finish(res)`, true],
    ['only reading the result', `(res) => { if (res.status) window.location.href = res.next; console.log(res); }`, false],
    ['a destructured result', `({ status }) => { log(status); }`, false],
    ['the result stored', `(res) => { window.last = res; }`, 'unknown'],
    ['the result passed to code it cannot see', `(res) => { window.handle(res); }`, 'unknown'],
    ['arguments', `function () { relay.apply(null, arguments); }`, 'unknown'],
  ])('%s: %s', (_name, handler, expected) => {
    const code = `function finish(r) { OktaUtil.completeLogin(r); }\nconst w = new OktaSignIn({});\nw.renderEl({}, ${handler});`;
    expect(reach(code)).toEqual([expected]);
  });
});

describe('onlySetsSessionAndRedirects', () => {
  const session = (callee: TSESTree.MemberExpression) =>
    callee.property.type === 'Identifier' && callee.property.name === 'setCookieAndRedirect';

  function only(handler: string): boolean[] {
    return analyze(`const w = new OktaSignIn({});\nw.renderEl({}, ${handler});`).widgets.flatMap(({ analysis, sourceCode }) =>
      successHandlers(analysis.construction, sourceCode).map((h) => (h.fn ? onlySetsSessionAndRedirects(h.fn, session) : false)),
    );
  }

  it.each([
    [`(res) => res.session.setCookieAndRedirect('/app')`, true],
    [`function (res) { if (res.status === 'SUCCESS') { res.session.setCookieAndRedirect(ctx.request.redirect_uri); } }`, true],
    // A redirect to the session call's own target.
    [`function (res) { if (res.session) res.session.setCookieAndRedirect(ctx.target); else window.location.href = ctx.target; }`, true],
    [`function (res) { if (res.status !== 'SUCCESS') return; res.session.setCookieAndRedirect(\`/app\`); location.assign('/app'); }`, true],
    // Redirects only: there is no session target, so they go somewhere of the app's choosing.
    [`function (res) { window.location.href = '/home?user=' + encodeURIComponent(res.user.login); }`, false],
    [`function (res) { if (res.status !== 'SUCCESS') return; window.top.location.replace(res.next); }`, false],
    // A redirect elsewhere than the session's target.
    [`function (res) { if (res.session) res.session.setCookieAndRedirect(ctx.target); else window.location.href = '/other'; }`, false],
    [`function (res) { res.session.setCookieAndRedirect(pick(res)); location.assign(pick(res)); }`, false],
    // A cookie of the app's: document.cookie, or a cookie library.
    [`function (res) { document.cookie = 'sid=' + res.session.token; res.session.setCookieAndRedirect('/'); }`, false],
    [`function (res) { Cookies.set('user', res.user.id); res.session.setCookieAndRedirect('/'); }`, false],
    [`function (res) { localStorage.setItem('u', res.user.id); res.session.setCookieAndRedirect('/'); }`, false],
    [`function (res) { window.location = pick(res); }`, false],
    [`async function (res) { res.session.setCookieAndRedirect('/'); }`, false],
    [`function (res) { if (res.status === 'SUCCESS') {} }`, false],
  ])('%s → %s', (handler, expected) => {
    expect(only(handler)).toEqual([expected]);
  });
});

describe('handlers of constructions that share an instance', () => {
  it('a variable assigned many constructions: its handlers are found once, the same list for each (linear work)', () => {
    const code = [
      'let w;',
      ...Array.from({ length: 3 }, (_, i) => `w = new OktaSignIn({ clientId: '${i}' });`),
      'w.renderEl({}, (res) => {});',
      'w.renderEl({}).then(done);',
    ].join('\n');
    const widgets = analyze(code).widgets;
    expect(widgets).toHaveLength(3);
    const lists = widgets.map(({ analysis, sourceCode }) => successHandlers(analysis.construction, sourceCode));
    expect(lists[0]).toHaveLength(2);
    expect(lists[1]).toBe(lists[0]);
    expect(lists[2]).toBe(lists[0]);
    expect(widgetResultReads(widgets[1]!.analysis.construction, widgets[1]!.sourceCode)).toBe(
      widgetResultReads(widgets[0]!.analysis.construction, widgets[0]!.sourceCode),
    );
  });

  it('`this.widget` of one class: one list; another class or an inline construction: its own', () => {
    const code = `class A {
  init() { this.widget = new OktaSignIn({}); }
  reset() { this.widget = new OktaSignIn({ clientId: 'x' }); }
  mount() { this.widget.renderEl({}, (res) => {}); }
}
class B {
  init() { this.widget = new OktaSignIn({}); }
}
new OktaSignIn({}).renderEl({}, (res) => {});`;
    const lists = analyze(code).widgets.map(({ analysis, sourceCode }) => successHandlers(analysis.construction, sourceCode));
    expect(lists.map((list) => list.length)).toEqual([1, 1, 0, 1]);
    expect(lists[1]).toBe(lists[0]);
    expect(lists[2]).not.toBe(lists[0]);
    expect(lists[3]).not.toBe(lists[0]);
  });
});
