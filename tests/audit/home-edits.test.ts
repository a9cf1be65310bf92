/**
 * `--fix=migrate` across modules (issue 21 item 6): a widget whose options live in
 * another module of the app gets `useInteractionCodeFlow: true` there, only when a scan of
 * the package finds no other reader of that module and the module reads and exports the
 * object once; otherwise the finding stays for people, with the reason. Scratch
 * repositories shaped like the React apps of the issue (config.js + Login.js).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/audit/report.js';
// @ts-expect-error -- the built module (what the bin runs); its types are not published
import { main } from '../../dist/audit/cli.js';

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-home-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function report(cwd: string, ...args: string[]): Promise<Report> {
  let stdout = '';
  let stderr = '';
  await main(['audit', '.', '--format', 'json', '--concurrency', 'off', ...args], {
    cwd,
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    isTTY: false,
  });
  expect(stderr).toBe('');
  return JSON.parse(stdout) as Report;
}

const manifest = (widget: string) =>
  `${JSON.stringify({ name: 'app', private: true, dependencies: { '@okta/okta-signin-widget': widget, react: '^18.2.0' } }, null, 2)}\n`;

const CONFIG = `const oktaSignInConfig = {
  baseUrl: 'https://dev-123456.okta.com',
  clientId: '0oa1abcdefgHIJKLM357',
  redirectUri: window.location.origin + '/login/callback',
  authParams: {
    scopes: ['openid', 'profile', 'email'],
  },
};

export default oktaSignInConfig;
`;

const MIGRATED = CONFIG.replace(
  "    scopes: ['openid', 'profile', 'email'],\n  },\n",
  "    scopes: ['openid', 'profile', 'email'],\n  },\n  useInteractionCodeFlow: true,\n",
);

const LOGIN = `import React, { useEffect, useRef } from 'react';
import OktaSignIn from '@okta/okta-signin-widget';
import oktaSignInConfig from './config';

export default function Login({ onSuccess }) {
  const ref = useRef();
  useEffect(() => {
    const widget = new OktaSignIn(oktaSignInConfig);
    widget.showSignInToGetTokens({ el: ref.current }).then(onSuccess);
    return () => widget.remove();
  }, [onSuccess]);
  return <div ref={ref} />;
}
`;

const flowFindings = (r: Report) =>
  r.findings
    .filter((f) => f.rule === 'okta-oie/require-interaction-code-flow')
    .map(({ path: file, line, fix, note }) => ({ path: file, line, fix, note }));

const app = (files: Record<string, string>, widget = '^6.9.0') =>
  repository({ 'package.json': manifest(widget), 'src/Login.jsx': LOGIN, ...files });

describe('audit --fix=migrate: options in another module', () => {
  it('a config only Login imports: listed as --fix=migrate work without --fix, nothing written', async () => {
    const dir = app({ 'src/config.js': CONFIG });
    const r = await report(dir);
    expect(flowFindings(r)).toEqual([{ path: 'src/Login.jsx', line: 8, fix: 'migrate', note: '--fix=migrate edits src/config.js.' }]);
    expect(r.fix).toBeNull();
    expect(readFileSync(path.join(dir, 'src/config.js'), 'utf8')).toBe(CONFIG);
  });

  it('--dry-run: the diff of config.js, nothing written', async () => {
    const dir = app({ 'src/config.js': CONFIG });
    const r = await report(dir, '--fix=migrate', '--dry-run');
    expect(r.fix?.changed.map(({ path: file, fixes }) => ({ path: file, fixes }))).toEqual([{ path: 'src/config.js', fixes: 1 }]);
    expect(r.fix?.changed[0]?.diff).toContain('+  useInteractionCodeFlow: true,\n');
    expect(flowFindings(r)).toEqual([]);
    expect(readFileSync(path.join(dir, 'src/config.js'), 'utf8')).toBe(CONFIG);
    expect(readFileSync(path.join(dir, 'src/Login.jsx'), 'utf8')).toBe(LOGIN);
  });

  it('--fix=migrate edits the module that holds the options; the next audit has nothing to do', async () => {
    const dir = app({ 'src/config.js': CONFIG });
    const r = await report(dir, '--fix=migrate', '--allow-dirty');
    expect(r.fix?.changed.map(({ path: file, fixes }) => ({ path: file, fixes }))).toEqual([{ path: 'src/config.js', fixes: 1 }]);
    expect(r.fix?.converged).toBe(true);
    expect(flowFindings(r)).toEqual([]);
    expect(readFileSync(path.join(dir, 'src/config.js'), 'utf8')).toBe(MIGRATED);
    expect(readFileSync(path.join(dir, 'src/Login.jsx'), 'utf8')).toBe(LOGIN);
    const again = await report(dir, '--fix=migrate', '--allow-dirty');
    expect(again.fix?.changed).toEqual([]);
    expect(flowFindings(again)).toEqual([]);
    expect(readFileSync(path.join(dir, 'src/config.js'), 'utf8')).toBe(MIGRATED);
  });

  it('--fix (recommended) does not edit another module', async () => {
    const dir = app({ 'src/config.js': CONFIG });
    const r = await report(dir, '--fix', '--allow-dirty');
    expect(r.fix?.changed).toEqual([]);
    expect(readFileSync(path.join(dir, 'src/config.js'), 'utf8')).toBe(CONFIG);
  });

  it('a config two files import: listed for people with the reason, not edited', async () => {
    const dir = app({
      'src/config.js': CONFIG,
      'src/other.js': "import config from './config.js';\nexport const issuer = config.baseUrl;\n",
    });
    const r = await report(dir, '--fix=migrate', '--allow-dirty');
    expect(r.fix?.changed).toEqual([]);
    expect(flowFindings(r)).toEqual([
      { path: 'src/Login.jsx', line: 8, fix: 'none', note: 'Not fixed by --fix=migrate: config.js is also imported by src/other.js.' },
    ]);
    expect(readFileSync(path.join(dir, 'src/config.js'), 'utf8')).toBe(CONFIG);
  });

  it('a config that a require() or a computed import() of another file may load: not edited', async () => {
    const required = app({ 'src/config.js': CONFIG, 'src/server.js': "const config = require('./config');\nmodule.exports = config;\n" });
    expect(flowFindings(await report(required, '--fix=migrate', '--allow-dirty'))[0]?.note).toBe(
      'Not fixed by --fix=migrate: config.js is also imported by src/server.js.',
    );
    const dynamic = app({ 'src/config.js': CONFIG, 'src/load.js': 'export const load = (name) => import(`./${name}`); // config\n' });
    expect(flowFindings(await report(dynamic, '--fix=migrate', '--allow-dirty'))[0]?.note).toBe(
      'Not fixed by --fix=migrate: config.js is also maybe loaded by src/load.js.',
    );
    expect(readFileSync(path.join(dynamic, 'src/config.js'), 'utf8')).toBe(CONFIG);
  });

  it('a config re-exported from an index: the index is another reader, not edited', async () => {
    const dir = app({
      'src/okta/config.js': CONFIG,
      'src/okta/index.js': "export { default as oktaSignInConfig } from './config.js';\n",
      'src/Login.jsx': LOGIN.replace("import oktaSignInConfig from './config';", "import { oktaSignInConfig } from './okta';"),
    });
    const r = await report(dir, '--fix=migrate', '--allow-dirty');
    expect(r.fix?.changed).toEqual([]);
    expect(flowFindings(r)).toEqual([
      { path: 'src/Login.jsx', line: 8, fix: 'none', note: 'Not fixed by --fix=migrate: config.js is also imported by src/okta/index.js.' },
    ]);
  });

  it('a module that reads or exports the object twice, or a Login that also reads it: not edited', async () => {
    const twice = app({
      'src/config.js': CONFIG.replace('export default oktaSignInConfig;', 'export { oktaSignInConfig };\nexport default oktaSignInConfig;'),
    });
    expect(flowFindings(await report(twice, '--fix=migrate', '--allow-dirty'))[0]?.note).toBe(
      'Not fixed by --fix=migrate: config.js reads or exports the object more than once.',
    );
    const logged = app({
      'src/config.js': CONFIG,
      'src/Login.jsx': LOGIN.replace('    const widget', '    console.log(oktaSignInConfig);\n    const widget'),
    });
    expect(flowFindings(await report(logged, '--fix=migrate', '--allow-dirty'))[0]?.note).toBe(
      'Not fixed by --fix=migrate: this file also reads what it imports from config.js.',
    );
    expect(readFileSync(path.join(logged, 'src/config.js'), 'utf8')).toBe(CONFIG);
  });

  it('traps: a config that already sets the flag, a 7.x package, a config built at run time: no finding, nothing written', async () => {
    const flagged = app({ 'src/config.js': MIGRATED });
    const seven = app({ 'src/config.js': CONFIG }, '^7.20.0');
    const runtime = app({
      'src/config.js': "import { build } from './build.js';\nexport default build(process.env);\n",
      'src/build.js': 'export const build = (env) => JSON.parse(env.OKTA);\n',
    });
    for (const dir of [flagged, seven, runtime]) {
      const before = readFileSync(path.join(dir, 'src/config.js'), 'utf8');
      const r = await report(dir, '--fix=migrate', '--allow-dirty');
      expect(flowFindings(r)).toEqual([]);
      expect(r.fix?.changed).toEqual([]);
      expect(readFileSync(path.join(dir, 'src/config.js'), 'utf8')).toBe(before);
    }
  });
});
