/**
 * The audit command, in process (the built `dist/audit/cli.js`, as the `bin` runs it) over
 * scratch repositories: which files, which findings, the report's formats against their
 * schemas, exit codes, `--fix`, the dirty-tree refusal, worker threads. The packed tests
 * (tests/packed/audit.test.ts) run the installed `bin` for the parser cases.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { default as AjvDraft04Module } from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';
import type { PackageSummary, Report } from '../../src/audit/report.js';
// @ts-expect-error -- the built module (what the bin runs); its types are not published
import { main } from '../../dist/audit/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repository(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-audit-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function audit(cwd: string, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = (await main(['audit', ...args], { cwd, stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), isTTY: false })) as number;
  return { code, stdout, stderr };
}

async function report(cwd: string, ...args: string[]) {
  const run = await audit(cwd, '--format', 'json', '--concurrency', 'off', ...args);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

const findings = (r: Report) => r.findings.map((f) => `${f.path}:${f.line} ${f.rule.replace('okta-oie/', '')}`).sort();

const WIDGET_6 = `import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ issuer: 'https://x', clientId: 'c', redirectUri: '/cb' });\n`;
const WIDGET_7_CLASSIC = `import OktaSignIn from '@okta/okta-signin-widget/classic';\nexport const w = new OktaSignIn({ issuer: 'https://x', clientId: 'c', redirectUri: '/cb', useClassicEngine: true });\n`;
const manifest = (name: string, widget: string) => `${JSON.stringify({ name, private: true, dependencies: { '@okta/okta-signin-widget': widget } }, null, 2)}\n`;

describe('what it reads, and what it reports', () => {
  it('an ESLint 8 repository (.eslintrc, a broken flat config): none of it counts; inline comments do not change the report', async () => {
    const dir = repository({
      'package.json': manifest('legacy', '^6.9.0'),
      '.eslintrc.json': '{ "parser": "no-such-parser", "rules": { "no-console": "error" } }',
      'eslint.config.js': 'throw new Error("not ours");\n',
      'src/app.js': `/* eslint eqeqeq: "error" */\n/* eslint-env browser */\n${WIDGET_6}if (a == b) console.log(w);\n// eslint-disable-next-line no-undef\nundefinedThing();\n`,
      'src/kept-classic.js': `import OktaSignIn from '@okta/okta-signin-widget';\n// eslint-disable-next-line okta-oie/require-interaction-code-flow\nexport const w = new OktaSignIn({ clientId: 'c', redirectUri: '/cb' });\n`,
    });
    const { code, report: r } = await report(dir);
    expect(code).toBe(1);
    expect(findings(r)).toEqual(['src/app.js:4 require-interaction-code-flow']);
    expect(r.suppressed).toBe(1);
    expect(r.files.parseErrors).toEqual([]);
    expect(r.packages).toEqual([
      expect.objectContaining({
        path: '.',
        name: 'legacy',
        widget: expect.objectContaining({ range: '>=6.9.0 <7.0.0-0', source: 'declared', description: '`^6.9.0` (package.json)' }),
        widgets: [
          { path: 'src/app.js', line: 4, status: 'needs-flow', version: '`^6.9.0` (package.json)' },
          { path: 'src/kept-classic.js', line: 3, status: 'needs-flow', version: '`^6.9.0` (package.json)' },
        ],
      }),
    ]);
  });

  it('a repository without ESLint: .gitignore at every level, dependency and build folders, minified, binary and broken files, a symlink loop', async () => {
    const dir = repository({
      'package.json': manifest('plain', '^6.9.0'),
      '.gitignore': 'generated/\n*.local.js\n',
      'src/app.js': WIDGET_6,
      'src/app.local.js': WIDGET_6,
      'src/broken.js': 'const = ;\n',
      'src/vendor.min.js': WIDGET_6,
      'src/bundle.js': `var a=${'1+'.repeat(15_000)}1;\n`,
      'src/data.js': Buffer.from([0x63, 0x6f, 0x6e, 0x73, 0x74, 0x00, 0x01]),
      'src/nested/.gitignore': 'secret.js\n',
      'src/nested/secret.js': WIDGET_6,
      'src/nested/kept.ts': WIDGET_6,
      'generated/app.js': WIDGET_6,
      'node_modules/@okta/okta-signin-widget/index.js': WIDGET_6,
      'dist/app.js': WIDGET_6,
      'build/app.js': WIDGET_6,
      'coverage/app.js': WIDGET_6,
      // A package.json that names Okta and does not parse (one without Okta is no block of ours: nothing to read).
      'bad/package.json': '{ "dependencies": { "@okta/okta-signin-widget": ',
    });
    symlinkSync(dir, path.join(dir, 'src/loop'));
    const { code, report: r } = await report(dir);
    expect(code).toBe(1);
    expect(findings(r)).toEqual(['src/app.js:2 require-interaction-code-flow', 'src/nested/kept.ts:2 require-interaction-code-flow']);
    expect(r.files.skipped).toEqual(
      expect.arrayContaining([
        { path: 'src/bundle.js', reason: 'minified' },
        { path: 'src/data.js', reason: 'binary' },
        { path: 'src/vendor.min.js', reason: 'minified' },
      ]),
    );
    expect(r.files.skipped).toHaveLength(3);
    expect(r.files.parseErrors.map((e) => e.path).sort()).toEqual(['bad/package.json', 'src/broken.js']);
    // TypeScript needs a parser: here the one installed beside the plugin (this repository's devDependency).
    expect(r.parsers).toEqual([{ name: '@typescript-eslint/parser', version: expect.any(String), from: 'audit', note: null }]);
  });

  it('--include and --exclude', async () => {
    const dir = repository({ 'a/one.js': WIDGET_6, 'a/two.js': WIDGET_6, 'b/three.js': WIDGET_6 });
    expect(findings((await report(dir, '--include', 'a/**', '--exclude', '**/two.js')).report)).toEqual(['a/one.js:2 require-interaction-code-flow']);
  });

  it('a monorepo: versions and engine status per package', async () => {
    const dir = repository({
      'package.json': `{ "name": "mono", "private": true, "workspaces": ["packages/*"] }\n`,
      'packages/a/package.json': manifest('a', '^6.9.0'),
      'packages/a/src/login.js': WIDGET_6,
      'packages/b/package.json': manifest('b', '^7.20.0'),
      'packages/b/src/login.js': WIDGET_6,
      'packages/b/src/classic.js': WIDGET_7_CLASSIC,
    });
    const { report: r } = await report(dir);
    expect(r.packages.map((p: PackageSummary) => [p.path, p.widget.description, p.widgets.map((w) => w.status), p.findings])).toEqual([
      ['.', 'version unknown', [], 0],
      ['packages/a', '`^6.9.0` (package.json)', ['needs-flow'], 1],
      ['packages/b', '`^7.20.0` (package.json)', ['classic', 'runs-oie'], 2],
    ]);
  });

  it('a CDN page: the version it loads, and its findings', async () => {
    const dir = repository({
      'package.json': '{ "name": "site" }\n',
      'public/login.html': `<!doctype html>\n<script src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js"></script>\n<script>\nnew OktaSignIn({ baseUrl: 'https://x' }).renderEl({ el: '#w' }, function (res) { res.session.setCookieAndRedirect('/'); });\n</script>\n`,
    });
    const { report: r } = await report(dir);
    expect(r.packages[0]?.cdn).toEqual(['4.5.0']);
    expect(findings(r)).toEqual([
      'public/login.html:2 min-widget-version',
      'public/login.html:4 no-set-cookie-and-redirect',
      'public/login.html:4 prefer-show-sign-in-to-get-tokens',
      'public/login.html:4 require-interaction-code-flow',
      'public/login.html:4 require-oidc-config',
    ]);
  });
});

describe('formats', () => {
  const dir = repository({ 'package.json': manifest('app', '^7.20.0'), 'src/classic.js': WIDGET_7_CLASSIC, 'src/app.js': WIDGET_6 });

  it('json: valid against docs/audit-report.schema.json', async () => {
    const { report: r } = await report(dir);
    const validate = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(path.join(root, 'docs/audit-report.schema.json'), 'utf8')));
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(r.rules).toEqual([
      { rule: 'okta-oie/no-classic-engine', findings: 2, fixedByFix: 1, fixedByMigrate: 1, manual: 1 },
    ]);
  });

  it('sarif: valid SARIF 2.1.0 (the OASIS schema)', async () => {
    const run = await audit(dir, '--format', 'sarif', '--concurrency', 'off');
    const schema = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new (AjvDraft04Module as unknown as typeof Ajv)({ strict: false, validateFormats: false }).compile(schema);
    const log = JSON.parse(run.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['okta-oie/no-classic-engine', 'okta-oie/no-classic-engine']);
    expect(log.runs[0].tool.driver.rules[0].helpUri).toMatch(/docs\/rules\/no-classic-engine\.md$/);
  });

  it('text and markdown: the summary, by rule and by package', async () => {
    const text = await audit(dir, '--concurrency', 'off');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('2 findings: 1 fixed by `--fix`, 1 by `--fix=migrate`, 1 left for people.');
    expect(text.stdout).toMatch(/By rule:\n\s+rule\s+findings\s+--fix\s+--fix=migrate\s+people\n\s+okta-oie\/no-classic-engine\s+2\s+1\s+1\s+1/);
    expect(text.stdout).toContain('widget at src/classic.js:2: Classic');
    const markdown = await audit(dir, '--format', 'markdown', '--concurrency', 'off');
    expect(markdown.stdout).toContain('| Rule | Findings | `--fix` | `--fix=migrate` | People |');
    expect(markdown.stdout).toContain('| `.` app | `^7.20.0` (package.json) | version unknown | src/app.js:2 runs OIE<br>src/classic.js:2 Classic | 2 |');
  });

  it('--output writes the report to a file', async () => {
    const out = path.join(dir, '..', `${path.basename(dir)}-report.json`);
    scratch.push(out);
    const run = await audit(dir, '--format', 'json', '--output', out, '--concurrency', 'off');
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
  });
});

describe('exit codes', () => {
  it('0 when nothing is found (a file that does not parse does not change it), 1 with findings, 2 when the audit cannot run', async () => {
    const clean = repository({ 'src/app.js': 'export const x = 1;\n', 'src/broken.js': 'let = ;\n' });
    expect((await audit(clean, '--concurrency', 'off')).code).toBe(0);
    expect((await audit(repository({ 'a.js': WIDGET_6 }), '--concurrency', 'off')).code).toBe(1);
    const missing = await audit(clean, 'no/such/folder');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^eslint-plugin-okta-oie: No such file or folder: .*no\/such\/folder\n$/);
    expect((await audit(clean, '--format', 'xml')).code).toBe(2);
    expect((await audit(clean, '--concurrency', 'many')).code).toBe(2);
    expect((await main(['lint'], { cwd: clean, stdout: () => {}, stderr: () => {}, isTTY: false })) as number).toBe(2);
  });
});

describe('--fix', () => {
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  function committed(files: Record<string, string>): string {
    const dir = repository(files);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
    return dir;
  }
  const FILES = { 'package.json': manifest('app', '^6.9.0'), 'src/app.js': WIDGET_6, 'src/classic.js': WIDGET_7_CLASSIC.replace(', useClassicEngine: true', '') };

  it('--fix applies only the safe edits; --fix=migrate also the migration edits; both list what changed', async () => {
    const dir = committed(FILES);
    const safe = await report(dir, '--fix');
    expect(safe.report.fixed).toEqual([{ path: 'src/classic.js', fixes: 1 }]);
    expect(readFileSync(path.join(dir, 'src/classic.js'), 'utf8')).toContain(`from '@okta/okta-signin-widget';`);
    expect(readFileSync(path.join(dir, 'src/app.js'), 'utf8')).toBe(WIDGET_6);
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'safe');
    const migrate = await report(dir, '--fix=migrate');
    // 6.x: both widgets get `useInteractionCodeFlow: true` (the one fixed before is a plain widget now).
    expect(migrate.report.fixed).toEqual([
      { path: 'src/app.js', fixes: 1 },
      { path: 'src/classic.js', fixes: 1 },
    ]);
    expect(readFileSync(path.join(dir, 'src/app.js'), 'utf8')).toContain('useInteractionCodeFlow: true');
  });

  it('refuses to run in a work tree with uncommitted changes, unless --allow-dirty', async () => {
    const dir = committed(FILES);
    writeFileSync(path.join(dir, 'src/app.js'), `${WIDGET_6}// edited\n`);
    const refused = await audit(dir, '--fix', '--concurrency', 'off');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('has uncommitted changes: commit or stash them first, or pass --allow-dirty.');
    expect(readFileSync(path.join(dir, 'src/classic.js'), 'utf8')).toContain('/classic');
    const allowed = await report(dir, '--fix', '--allow-dirty');
    expect(allowed.report.fixed).toEqual([{ path: 'src/classic.js', fixes: 1 }]);
  });
});

describe('worker threads', () => {
  it('the same report with and without concurrency', async () => {
    const dir = repository(
      Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`src/file-${i}.js`, i % 2 ? WIDGET_6 : WIDGET_7_CLASSIC]).concat([['package.json', manifest('app', '^6.9.0')]])),
    );
    const single = await report(dir);
    const threaded = await audit(dir, '--format', 'json', '--concurrency', '2');
    const parsed = JSON.parse(threaded.stdout);
    expect(parsed.tool.concurrency).toBe('2');
    expect(parsed.findings).toEqual(single.report.findings);
    expect(parsed.packages).toEqual(single.report.packages);
  });
});
