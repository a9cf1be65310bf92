import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { readsOfParameter } from '../../src/analysis/engine/reads.js';
import { clientEvidence, type ClientEvidence } from '../../src/analysis/questions/receivers.js';
import { probe } from './harness.js';

/** The evidence for the receiver of every `.signIn(…)` call of the file, in source order. */
function receivers(code: string, filename = 'file.tsx'): (ClientEvidence | null)[] {
  const found: (ClientEvidence | null)[] = [];
  probe(
    code,
    (context) => ({
      CallExpression(node: TSESTree.CallExpression) {
        const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'signIn') return;
        found.push(clientEvidence(callee.object, context.sourceCode));
      },
    }),
    filename,
  );
  return found;
}

const AUTH = `import { OktaAuth } from '@okta/okta-auth-js';\n`;

describe('receiver evidence for okta-auth-js clients', () => {
  it.each<[string, string, (ClientEvidence | null)[]]>([
    ['new OktaAuth(…), named import', `${AUTH}const authClient = new OktaAuth({});\nauthClient.signIn({});`, ['okta-auth']],
    ['new OktaAuth(…), default import (3.x)', `import OktaAuth from '@okta/okta-auth-js';\nnew OktaAuth({}).signIn({});`, ['okta-auth']],
    [
      'a subpath entry, require',
      `const { OktaAuth } = require('@okta/okta-auth-js/authn');\nconst a = new OktaAuth({});\na.signIn({});`,
      ['okta-auth'],
    ],
    [
      'the CDN global, also window.OktaAuth',
      `const a = new OktaAuth({});\na.signIn({});\nnew window.OktaAuth({}).signIn({});`,
      ['okta-auth', 'okta-auth'],
    ],
    ['a let whose every write is a client', `${AUTH}let a;\na = new OktaAuth({});\na.signIn({});`, ['okta-auth']],
    ['a let with one write that is not', `${AUTH}let a = new OktaAuth({});\na = other;\na.signIn({});`, [null]],
    [
      "a widget's authClient (variable, this-member, destructured)",
      `import OktaSignIn from '@okta/okta-signin-widget';
const widget = new OktaSignIn({});
widget.authClient.signIn({});
const { authClient } = widget;
authClient.signIn({});
class C { w = new OktaSignIn({}); go() { this.w.authClient.signIn({}); } }`,
      ['widget', 'widget', 'widget'],
    ],
    [
      'okta-react: the hook, props, this.props, a { oktaAuth } parameter',
      `import { useOktaAuth, withOktaAuth } from '@okta/okta-react';
function A() { const { oktaAuth } = useOktaAuth(); oktaAuth.signIn({}); useOktaAuth().oktaAuth.signIn({}); }
function B(props) { props.oktaAuth.signIn({}); }
function C({ oktaAuth }) { oktaAuth.signIn({}); }
class D extends React.Component { go() { this.props.oktaAuth.signIn({}); const { oktaAuth } = this.props; oktaAuth.signIn({}); } }`,
      ['okta-react', 'okta-react', 'okta-react', 'okta-react', 'okta-react', 'okta-react'],
    ],
    [
      'okta-react ≤ 3: authService from the hook or props, auth (1.x) from props',
      `import { useOktaAuth } from '@okta/okta-react';
function A() { const { authService } = useOktaAuth(); authService.signIn({}); }
class B { go() { this.props.auth.signIn({}); } }`,
      ['legacy', 'legacy'],
    ],
    ['authService in a file without okta-react: an app service', `class B { go() { this.props.authService.signIn({}); } }`, [null]],
    [
      'okta-vue: this.$auth, useAuth()',
      `import { useAuth } from '@okta/okta-vue';
export default { methods: { go() { this.$auth.signIn({}); } } };
const auth = useAuth();
auth.signIn({});`,
      ['okta-vue', 'okta-vue'],
    ],
    [
      'okta-angular: OKTA_AUTH (5.x on), the OktaAuth type (4.x), OktaAuthService (≤ 3), inject() (8.x)',
      `import { Inject, inject } from '@angular/core';
import { OKTA_AUTH, OktaAuthService } from '@okta/okta-angular';
import { OktaAuth } from '@okta/okta-auth-js';
class A { constructor(@Inject(OKTA_AUTH) private oktaAuth: OktaAuth) {} go() { this.oktaAuth.signIn({}); } }
class B { constructor(@Inject(OKTA_AUTH) auth) { auth.signIn({}); } }
class C { constructor(private auth: OktaAuth) {} go() { this.auth.signIn({}); } }
class D { constructor(public okta: OktaAuthService) {} go() { this.okta.signIn({}); } }
class E { #x = 1; oktaAuth = inject(OKTA_AUTH); go() { this.oktaAuth.signIn({}); } }
class F { private other = 1; constructor(@Inject(OKTA_AUTH) a) { this.auth = a; } go() { this.auth.signIn({}); } }
class G { private maybe?: OktaAuth; client!: OktaAuth; go() { this.maybe?.signIn({}); this.client.signIn({}); } }`,
      ['okta-angular', 'okta-angular', 'okta-angular', 'okta-angular', 'okta-angular', 'okta-angular', 'okta-auth', 'okta-auth'],
    ],
    [
      'look-alikes: Amplify, NextAuth, Firebase, an app service, an unknown import or parameter',
      `import { Auth } from 'aws-amplify';
import { signIn } from 'next-auth/react';
import { oktaAuth } from './okta';
import { Inject } from '@angular/core';
Auth.signIn('u', 'p');
oktaAuth.signIn({});
class S { constructor(private authService: AuthService, @Inject(TOKEN) private other: AuthClient) {} go() { this.authService.signIn({}); this.other.signIn({}); } }
function f(client) { client.signIn({}); }
const { useAuth } = nuxtAuth; useAuth().signIn({});`,
      [null, null, null, null, null, null],
    ],
  ])('%s', (_name, code, expected) => {
    expect(receivers(code)).toEqual(expected);
  });
});

/** The key paths read from the first parameter of the file's first function, with the text at each key. */
function reads(code: string) {
  let result: { path: string; at: string; called: boolean; compared: string[] }[] = [];
  probe(code, (context) => ({
    'FunctionDeclaration, ArrowFunctionExpression, FunctionExpression'(node: TSESTree.FunctionLike) {
      if (
        result.length > 0 ||
        (node.type !== 'FunctionDeclaration' && node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression')
      )
        return;
      result = readsOfParameter(node, 0, context.sourceCode).map((read) => ({
        path: read.segments.map((s) => s.key).join('.'),
        at: context.sourceCode.getText(read.segments.at(-1)!.node),
        called: read.called,
        compared: read.comparisons.map((c) => c.value),
      }));
    },
  }));
  return result;
}

describe('reads of a value', () => {
  it('follows members, optional chains, constant computed keys, aliases, destructuring and functions of the file', () => {
    expect(
      reads(`function h(res) {
  res.a.b;
  res?.['c']?.d();
  const { e, f: { g } } = res;
  const alias = res.h;
  alias.i;
  helper(res.j);
  if (res.k === 'K') {}
  switch (res.l) { case 'L1': case 'L2': break; default: }
  res[dynamic].m;
  console.log(res);
}
function helper(x) { x.n; }`),
    ).toEqual([
      { path: 'a.b', at: 'res.a.b', called: false, compared: [] },
      { path: 'c.d', at: "res?.['c']?.d", called: true, compared: [] },
      { path: 'e', at: 'e', called: false, compared: [] },
      { path: 'f.g', at: 'g', called: false, compared: [] },
      { path: 'h.i', at: 'alias.i', called: false, compared: [] },
      { path: 'j.n', at: 'x.n', called: false, compared: [] },
      { path: 'k', at: 'res.k', called: false, compared: ['K'] },
      { path: 'l', at: 'res.l', called: false, compared: ['L1', 'L2'] },
    ]);
  });

  it('a destructured parameter, a renamed value that is never read', () => {
    expect(reads(`const h = ({ user, session: s }) => { const t = s.token; };`)).toEqual([
      { path: 'user', at: 'user', called: false, compared: [] },
      { path: 'session.token', at: 's.token', called: false, compared: [] },
    ]);
  });
});
