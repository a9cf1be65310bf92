import json from '@eslint/json';
import { RuleTester as CoreRuleTester, type Rule } from 'eslint';
import * as jsoncParser from 'jsonc-eslint-parser';
import rule from '../../src/rules/no-okta-idx-js.js';
import { createRuleTester, javascript, span } from './tester.js';

const js = createRuleTester();
const SPECIFIER = '@okta/okta-idx-js';
const imported = (code: string, text: string, from = 0) => ({
  messageId: 'idxJsImport' as const,
  data: { specifier: text.slice(1, -1) },
  ...span(code, text, from),
});

// Okta's migrate-to-oie guide, "Embedded authentication" (the idx-js snippet people copied).
const guide = `import idx from '@okta/okta-idx-js';
const idxState = await idx.start({ issuer, clientId, redirectUri, version: '1.0.0', codeChallenge, codeChallengeMethod: 'S256' });
if (idxState.hasInteractionCode()) {
  await authClient.token.exchangeCodeForTokens({ interactionCode: idxState.interactionCode, codeVerifier });
}`;
const forms =
  `const idx = require("@okta/okta-idx-js");\nexport { default as idxClient } from '@okta/okta-idx-js';\nexport * from ` +
  `'@okta/okta-idx-js/lib/client';\nconst lazy = await import('@okta/okta-idx-js');`;
const ts = `import idx = require('@okta/okta-idx-js');\nimport type { IdxState } from '@okta/okta-idx-js';`;

js.run('no-okta-idx-js (JavaScript)', rule, {
  valid: [
    `import { OktaAuth } from '@okta/okta-auth-js';\nconst tx = await new OktaAuth({}).idx.start();`,
    // Strings that mention it: a header, a log line, a comment; a look-alike package.
    `// we removed @okta/okta-idx-js\nfetch(url, { headers: { 'X-Okta-User-Agent-Extended': '@okta/okta-idx-js/0.25.1' } });`,
    `console.warn('@okta/okta-idx-js is deprecated');`,
    `import x from '@okta/okta-idx-js-helpers';`,
    // A require that is not the global one.
    `function load(require) { return require('@okta/okta-idx-js'); }`,
  ],
  invalid: [
    { code: guide, ...javascript('login.mjs'), errors: [imported(guide, `'${SPECIFIER}'`)] },
    {
      code: forms,
      ...javascript('forms.mjs'),
      errors: [
        imported(forms, `"${SPECIFIER}"`),
        imported(forms, `'${SPECIFIER}'`),
        imported(forms, `'${SPECIFIER}/lib/client'`),
        imported(forms, `'${SPECIFIER}'`, forms.indexOf('import(')),
      ],
    },
    { code: ts, errors: [imported(ts, `'${SPECIFIER}'`), imported(ts, `'${SPECIFIER}'`, ts.indexOf('import type'))] },
  ],
});

/** A package.json with one dependency. */
const manifest = (section: string, name: string, spec: string) =>
  `{\n  "name": "app",\n  "${section}": {\n    "${name}": ${JSON.stringify(spec)}\n  }\n}\n`;
const entry = (code: string, name: string) => ({
  messageId: 'idxJsDependency',
  ...span(code, `"${name}": `),
  endColumn: code.split('\n')[3]!.length + 1,
});

const SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
const validJson = [
  { code: manifest('dependencies', '@okta/okta-auth-js', '^7.8.0'), filename: 'package.json' },
  // Not a dependency: the name, a script, a description that mention it.
  {
    code: `{ "name": "@okta/okta-idx-js", "description": "not @okta/okta-idx-js", "scripts": { "x": "npm i @okta/okta-idx-js" } }`,
    filename: 'package.json',
  },
  // Duplicate keys: the last one takes effect, and it is not idx-js.
  {
    code: `{ "dependencies": { "@okta/okta-idx-js": "^0.25.1" }, "dependencies": { "@okta/okta-auth-js": "^7.8.0" } }`,
    filename: 'package.json',
  },
  // Malformed shapes.
  { code: `{ "dependencies": ["@okta/okta-idx-js"] }`, filename: 'package.json' },
  { code: `[]`, filename: 'package.json' },
];
const invalidJson = [
  ...SECTIONS.map((section) => {
    const code = manifest(section, SPECIFIER, '^0.25.1');
    return { code, filename: 'package.json', errors: [entry(code, SPECIFIER)] };
  }),
  (() => {
    // The same key twice: the last one, the one that takes effect, is reported (once).
    const code = `{\n  "dependencies": {\n    "@okta/okta-idx-js": "^0.20.0",\n    "@okta/okta-idx-js": "^0.25.1"\n  }\n}\n`;
    return { code, filename: 'package.json', errors: [{ messageId: 'idxJsDependency', line: 4, column: 5, endLine: 4, endColumn: 35 }] };
  })(),
  (() => {
    // An npm alias of it.
    const code = manifest('dependencies', 'idx', 'npm:@okta/okta-idx-js@0.25.1');
    return { code, filename: 'package.json', errors: [entry(code, 'idx')] };
  })(),
];

const asRule = rule as unknown as Rule.RuleModule;
new CoreRuleTester({ languageOptions: { parser: jsoncParser } }).run('no-okta-idx-js (jsonc-eslint-parser)', asRule, {
  valid: validJson,
  invalid: invalidJson,
});
new CoreRuleTester({ plugins: { json }, language: 'json/json' }).run('no-okta-idx-js (@eslint/json)', asRule, {
  valid: validJson,
  invalid: invalidJson,
});
