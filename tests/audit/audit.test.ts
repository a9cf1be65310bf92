/**
 * The audit command, in process (the built `dist/audit/cli.js`, as the `bin` runs it) over
 * scratch repositories: which files, which findings, the report's formats against their
 * schemas, exit codes, `--fix`, the dirty-tree refusal, worker threads. The packed tests
 * (tests/packed/audit.test.ts) run the installed `bin` for the parser cases.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { default as AjvDraft04Module } from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';
import type { PackageSummary, Report } from '../../src/audit/report.js';
// @ts-expect-error -- the built module (what the bin runs); its types are not published
import { main } from '../../dist/audit/cli.js';
// @ts-expect-error -- the built module; its types are not published
import { pluginInstallSpec } from '../../dist/audit/parsers.js';
// @ts-expect-error -- the built module; its types are not published
import { chooseWorkers, withoutPoorConcurrencyWarning } from '../../dist/audit/concurrency.js';

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
  const code = (await main(['audit', ...args], {
    cwd,
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    isTTY: false,
  })) as number;
  return { code, stdout, stderr };
}

async function report(cwd: string, ...args: string[]) {
  const run = await audit(cwd, '--format', 'json', '--concurrency', 'off', ...args);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

/** What --fix changed, without the diffs (tests of the diffs look at them on their own). */
const changes = (r: Report) => r.fix?.changed.map(({ path: file, fixes }) => ({ path: file, fixes }));

const findings = (r: Report) => r.findings.map((f) => `${f.path}:${f.line} ${f.rule.replace('okta-oie/', '')}`).sort();

const WIDGET_6 =
  `import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ issuer: 'https://x', clientId: ` +
  `'c', redirectUri: '/cb' });\n`;
const WIDGET_7_CLASSIC =
  `import OktaSignIn from '@okta/okta-signin-widget/classic';\nexport const w = new OktaSignIn({ issuer: ` +
  `'https://x', clientId: 'c', redirectUri: '/cb', useClassicEngine: true });\n`;
const manifest = (name: string, widget: string) =>
  `${JSON.stringify({ name, private: true, dependencies: { '@okta/okta-signin-widget': widget } }, null, 2)}\n`;

describe('what it reads, and what it reports', () => {
  it('an ESLint 8 repository (.eslintrc, a broken flat config): none of it counts; inline comments do not change the report', async () => {
    const dir = repository({
      'package.json': manifest('legacy', '^6.9.0'),
      '.eslintrc.json': '{ "parser": "no-such-parser", "rules": { "no-console": "error" } }',
      'eslint.config.js': 'throw new Error("not ours");\n',
      'src/app.js':
        `/* eslint eqeqeq: "error" */\n/* eslint-env browser */\n${WIDGET_6}if (a == b) console.log(w);\n// ` +
        `eslint-disable-next-line no-undef\nundefinedThing();\n`,
      'src/kept-classic.js':
        `import OktaSignIn from '@okta/okta-signin-widget';\n// eslint-disable-next-line ` +
        `okta-oie/require-interaction-code-flow\nexport const w = new OktaSignIn({ clientId: 'c', redirectUri: '/cb' });\n`,
    });
    const { code, report: r } = await report(dir);
    expect(code).toBe(1);
    expect(findings(r)).toEqual(['src/app.js:4 require-interaction-code-flow']);
    expect(r.suppressed).toBe(1);
    expect(r.files.notRead).toEqual([]);
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

  it(
    'a repository without ESLint: .gitignore at every level, dependency and build folders, ' +
      'minified, binary and broken files, a symlink loop',
    async () => {
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
      expect(r.files.skipped).toEqual([
        { path: 'build', reason: 'build folder' },
        { path: 'coverage', reason: 'build folder' },
        { path: 'dist', reason: 'build folder' },
        { path: 'node_modules', reason: 'dependency folder' },
        { path: 'src/bundle.js', reason: 'minified' },
        { path: 'src/data.js', reason: 'binary' },
        { path: 'src/vendor.min.js', reason: 'minified' },
      ]);
      expect(r.files.notRead.map((e) => [e.path, e.reason])).toEqual([
        ['bad/package.json', 'parse-error'],
        ['src/broken.js', 'parse-error'],
      ]);
      // TypeScript needs a parser: here the one installed beside the plugin (this repository's devDependency).
      expect(r.parsers).toEqual([{ name: '@typescript-eslint/parser', version: expect.any(String), from: 'audit', note: null }]);
    },
  );

  it('--include and --exclude', async () => {
    const dir = repository({ 'a/one.js': WIDGET_6, 'a/two.js': WIDGET_6, 'b/three.js': WIDGET_6 });
    expect(findings((await report(dir, '--include', 'a/**', '--exclude', '**/two.js')).report)).toEqual([
      'a/one.js:2 require-interaction-code-flow',
    ]);
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
      'public/login.html':
        `<!doctype html>\n<script ` +
        `src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js"></script>\n<script>\nnew OktaSignIn({ baseUrl: ` +
        `'https://x' }).renderEl({ el: '#w' }, function (res) { res.session.setCookieAndRedirect('/'); });\n</script>\n`,
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

describe('pages and their scripts', () => {
  it("a script's widget shows the version its page loads from the CDN, not `version unknown`", async () => {
    const dir = repository({
      'package.json': '{ "name": "static-site" }\n',
      'public/index.html':
        `<!doctype html>\n<script ` +
        `src="https://global.oktacdn.com/okta-signin-widget/5.6.0/js/okta-sign-in.min.js"></script>\n<script src="js/login.js"></script>\n`,
      'public/js/login.js':
        `new OktaSignIn({ issuer: 'https://x', clientId: 'c', redirectUri: '/cb' }).showSignInAndRedirect({ el: '#w' ` + `});\n`,
      'public/js/orphan.js': `new OktaSignIn({ issuer: 'https://x', clientId: 'c', redirectUri: '/cb', useInteractionCodeFlow: true });\n`,
    });
    const { report: r } = await report(dir);
    expect(r.packages.map((p: PackageSummary) => [p.path, p.cdn, p.widgets])).toEqual([
      [
        '.',
        ['5.6.0'],
        [
          { path: 'public/js/login.js', line: 1, status: 'needs-flow', version: '5.6.0 (loaded by public/index.html)' },
          { path: 'public/js/orphan.js', line: 1, status: expect.any(String), version: 'version unknown' },
        ],
      ],
    ]);
  });
});

describe('formats', () => {
  const dir = repository({ 'package.json': manifest('app', '^7.20.0'), 'src/classic.js': WIDGET_7_CLASSIC, 'src/app.js': WIDGET_6 });

  it('json: valid against docs/audit-report.schema.json', async () => {
    const { report: r } = await report(dir);
    const validate = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(path.join(root, 'docs/audit-report.schema.json'), 'utf8')));
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(r.rules).toEqual([{ rule: 'okta-oie/no-classic-engine', findings: 2, fixedByFix: 1, fixedByMigrate: 1, manual: 1 }]);
  });

  it('sarif: valid SARIF 2.1.0 (the OASIS schema)', async () => {
    const run = await audit(dir, '--format', 'sarif', '--concurrency', 'off');
    const schema = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new (AjvDraft04Module as unknown as typeof Ajv)({ strict: false, validateFormats: false }).compile(schema);
    const log = JSON.parse(run.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'okta-oie/no-classic-engine',
      'okta-oie/no-classic-engine',
    ]);
    expect(log.runs[0].tool.driver.rules[0].helpUri).toMatch(/docs\/rules\/no-classic-engine\.md$/);
  });

  it('text and markdown: the summary, by rule and by package', async () => {
    const text = await audit(dir, '--concurrency', 'off');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('2 findings: 1 fixed by `--fix`, 1 by `--fix=migrate`, 1 left for people.');
    expect(text.stdout).toMatch(
      /By rule:\n\s+rule\s+findings\s+--fix\s+--fix=migrate\s+people\n\s+okta-oie\/no-classic-engine\s+2\s+1\s+1\s+1/,
    );
    expect(text.stdout).toContain('widget at src/classic.js:2: Classic');
    const markdown = await audit(dir, '--format', 'markdown', '--concurrency', 'off');
    expect(markdown.stdout).toContain('| Rule | Findings | `--fix` | `--fix=migrate` | People |');
    expect(markdown.stdout).toContain(
      '| `.` app | `^7.20.0` (package.json) | version unknown | src/app.js:2 runs OIE<br>src/classic.js:2 Classic | 2 |',
    );
  });

  it('--output writes the report to a file', async () => {
    const out = path.join(dir, '..', `${path.basename(dir)}-report.json`);
    scratch.push(out);
    const run = await audit(dir, '--format', 'json', '--output', out, '--concurrency', 'off');
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(3);
  });
});

describe('exit codes', () => {
  it(
    '0 only when every file that may hold Okta code was read; 3 when one was not read or nothing matched; ' +
      '1 wins over 3; 2 when the audit cannot run',
    async () => {
      // Files skipped by design (minified, build and dependency folders) do not change it.
      const clean = repository({
        'src/app.js': 'export const x = 1;\n',
        'src/vendor.min.js': WIDGET_6,
        'dist/app.js': WIDGET_6,
        'node_modules/x/index.js': WIDGET_6,
      });
      expect((await audit(clean, '--concurrency', 'off')).code).toBe(0);
      const broken = repository({ 'src/app.js': 'export const x = 1;\n', 'src/broken.js': 'let = ;\n' });
      const brokenRun = await audit(broken, '--concurrency', 'off');
      expect(brokenRun.code).toBe(3);
      expect(brokenRun.stdout).toContain(
        'No Classic Engine patterns found in the files read, ' +
          'but the audit is incomplete: 1 file not read (1 does not parse) (exit code 3).',
      );
      expect(brokenRun.stdout).toMatch(/\n {2}src\/broken\.js:1: Parsing error: /);
      // No Vue parser here: the file is not read.
      expect((await audit(repository({ 'src/App.vue': '<script>\nexport default {};\n</script>\n' }), '--concurrency', 'off')).code).toBe(
        3,
      );
      const nothing = await audit(repository({ 'README.md': '# x\n', 'lib/app.min.js': WIDGET_6 }), '--concurrency', 'off');
      expect(nothing.code).toBe(3);
      expect(nothing.stdout).toContain('No files to audit: nothing matched, so nothing was read (exit code 3).');
      expect((await audit(repository({ 'a.js': WIDGET_6, 'b.js': 'let = ;\n' }), '--concurrency', 'off')).code).toBe(1);
      const missing = await audit(clean, 'no/such/folder');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^eslint-plugin-okta-oie: No such file or folder: .*no\/such\/folder\n$/);
      expect((await audit(clean, '--format', 'xml')).code).toBe(2);
      expect((await audit(clean, '--concurrency', 'many')).code).toBe(2);
      expect((await main(['lint'], { cwd: clean, stdout: () => {}, stderr: () => {}, isTTY: false })) as number).toBe(2);
    },
  );
});

/**
 * A stand-in for the audited repository's own @typescript-eslint/parser: it throws as typescript-eslint 8 on TypeScript 4.0 does (no
 * location).
 */
function ownParser(dir: string, when: 'always' | 'on CRASH'): void {
  const real = createRequire(import.meta.url).resolve('@typescript-eslint/parser');
  const test = when === 'always' ? 'true' : "code.includes('CRASH')";
  mkdirSync(path.join(dir, 'node_modules/@typescript-eslint/parser'), { recursive: true });
  writeFileSync(
    path.join(dir, 'node_modules/@typescript-eslint/parser/package.json'),
    '{ "name": "@typescript-eslint/parser", "version": "8.0.0", "main": "index.js" }\n',
  );
  writeFileSync(
    path.join(dir, 'node_modules/@typescript-eslint/parser/index.js'),
    `const real = require(${JSON.stringify(real)});\nexports.parseForESLint = (code, options) => {\n  if (${test}) throw new ` +
      `TypeError('isTokenKind is not a function');\n  return real.parseForESLint(code, options);\n};\n`,
  );
}

describe('files not read, in every format', () => {
  const dir = repository({
    'package.json': manifest('app', '^6.9.0'),
    'src/app.js': WIDGET_6,
    'src/broken.js': 'let = ;\n',
    'src/crash.ts': `// CRASH\n${WIDGET_6}`,
    'src/App.vue': '<script>\nexport default {};\n</script>\n',
  });
  ownParser(dir, 'on CRASH');

  it('json: a parser crash without a location validates (line null), with every reason', async () => {
    const { code, report: r } = await report(dir);
    expect(code).toBe(1);
    const validate = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(path.join(root, 'docs/audit-report.schema.json'), 'utf8')));
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(r.files.notRead).toEqual([
      { path: 'src/App.vue', reason: 'needs-parser', message: 'needs vue-eslint-parser', line: null },
      { path: 'src/broken.js', reason: 'parse-error', message: expect.stringMatching(/^Parsing error: /), line: 1 },
      { path: 'src/crash.ts', reason: 'parse-error', message: 'Parsing error: isTokenKind is not a function', line: null },
    ]);
    expect(r.files.matched).toBe(5);
    expect(r.files.linted).toBe(2);
  });

  it('sarif: valid against the OASIS schema, every region with integer lines from 1, and the count of files not read', async () => {
    const run = await audit(dir, '--format', 'sarif', '--concurrency', 'off');
    const schema = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new (AjvDraft04Module as unknown as typeof Ajv)({ strict: false, validateFormats: false }).compile(schema);
    const log = JSON.parse(run.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const regions = [...run.stdout.matchAll(/"(startLine|endLine)": ([^,\n}]+)/g)].map((m) => m[2]);
    expect(regions.length).toBeGreaterThan(0);
    for (const line of regions) expect(Number.isInteger(Number(line)) && Number(line) >= 1, String(line)).toBe(true);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text);
    expect(notes[0]).toBe('Not audited: 3 files not read (1 needs a parser, 2 do not parse).');
    expect(notes).toContain('Not audited (parse-error): Parsing error: isTokenKind is not a function');
  });

  it('text and markdown say how many files were not read and why', async () => {
    const text = await audit(dir, '--concurrency', 'off');
    expect(text.stdout).toContain('2 files audited in 1 package; 3 not read, 1 skipped by design.');
    expect(text.stdout).toContain(
      'Not audited: 3 files not read (1 needs a parser, 2 do not parse); a clean result needs them read:\n' +
        '  src/App.vue: needs vue-eslint-parser\n',
    );
    expect(text.stdout).toContain('  src/crash.ts: Parsing error: isTokenKind is not a function\n');
    const markdown = await audit(dir, '--format', 'markdown', '--concurrency', 'off');
    expect(markdown.stdout).toContain('2 files in 1 package; 3 not read, 1 skipped by design.');
    expect(markdown.stdout).toContain('Not audited: 3 files not read (1 needs a parser, 2 do not parse)');
  });
});

describe('parsers', () => {
  it("the repository's own parser that throws on a sample: the one beside the plugin, and the report says so", async () => {
    const dir = repository({ 'package.json': manifest('angular', '^6.9.0'), 'src/login.ts': WIDGET_6 });
    ownParser(dir, 'always');
    const { code, report: r } = await report(dir);
    expect(code).toBe(1);
    expect(findings(r)).toEqual(['src/login.ts:2 require-interaction-code-flow']);
    expect(r.parsers).toEqual([
      {
        name: '@typescript-eslint/parser',
        version: expect.any(String),
        from: 'audit',
        note: expect.stringMatching(
          /^the audited repository's @typescript-eslint\/parser 8\.0\.0 fails \(isTokenKind is not a function\): used @typescript-eslint\/parser \S+ from beside eslint-plugin-okta-oie$/,
        ),
      },
    ]);
  });

  it('the include command names the plugin as it was installed: a tarball, git, the registry, a folder', () => {
    const project = repository({
      'node_modules/eslint-plugin-okta-oie/package.json': '{ "name": "eslint-plugin-okta-oie", "version": "0.1.0" }\n',
      'package.json': '{ "devDependencies": { "eslint-plugin-okta-oie": "file:../okta.tgz" } }\n',
    });
    const plugin = path.join(project, 'node_modules/eslint-plugin-okta-oie');
    // The project's package.json, when no lockfile says more.
    expect(pluginInstallSpec(plugin)).toBe(path.resolve(project, '../okta.tgz'));
    const lock = (resolved: string) =>
      writeFileSync(
        path.join(project, 'node_modules/.package-lock.json'),
        JSON.stringify({ packages: { 'node_modules/eslint-plugin-okta-oie': { version: '0.1.0', resolved } } }),
      );
    lock('file:vendor/eslint-plugin-okta-oie-0.1.0.tgz');
    expect(pluginInstallSpec(plugin)).toBe(path.join(project, 'vendor/eslint-plugin-okta-oie-0.1.0.tgz'));
    lock('git+ssh://git@github.com/acme/eslint-plugin-okta-oie.git#0123456789abcdef0123456789abcdef01234567');
    expect(pluginInstallSpec(plugin)).toBe(
      'git+ssh://git@github.com/acme/eslint-plugin-okta-oie.git#0123456789abcdef0123456789abcdef01234567',
    );
    lock('https://registry.npmjs.org/eslint-plugin-okta-oie/-/eslint-plugin-okta-oie-0.1.0.tgz');
    expect(pluginInstallSpec(plugin)).toMatch(/^eslint-plugin-okta-oie@\d+\.\d+\.\d+/);
    // Run from a clone: its folder.
    expect(pluginInstallSpec(root)).toBe(root);
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
  const FILES = {
    'package.json': manifest('app', '^6.9.0'),
    'src/app.js': WIDGET_6,
    'src/classic.js': WIDGET_7_CLASSIC.replace(', useClassicEngine: true', ''),
  };

  it('--fix applies only the safe edits; --fix=migrate also the migration edits; both list what changed', async () => {
    const dir = committed(FILES);
    const safe = await report(dir, '--fix');
    expect(changes(safe.report)).toEqual([{ path: 'src/classic.js', fixes: 1 }]);
    expect(readFileSync(path.join(dir, 'src/classic.js'), 'utf8')).toContain(`from '@okta/okta-signin-widget';`);
    expect(readFileSync(path.join(dir, 'src/app.js'), 'utf8')).toBe(WIDGET_6);
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'safe');
    const migrate = await report(dir, '--fix=migrate');
    // 6.x: both widgets get `useInteractionCodeFlow: true` (the one fixed before is a plain widget now).
    expect(changes(migrate.report)).toEqual([
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
    expect(changes(allowed.report)).toEqual([{ path: 'src/classic.js', fixes: 1 }]);
  });
});

describe('--fix writes', () => {
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  const commit = (dir: string) => {
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
    return dir;
  };
  const CLASSIC = WIDGET_7_CLASSIC.replace(', useClassicEngine: true', '');

  it(
    'never outside the audited folder, never re-encoded (not UTF-8: skipped; a BOM and CRLF kept), ' + 'and lists what it did not write',
    async () => {
      const outside = repository({ 'shared/login.js': CLASSIC });
      const latin1 = Buffer.concat([Buffer.from(`// caf`), Buffer.from([0xe9]), Buffer.from(`\n${CLASSIC}`)]);
      const dir = repository({
        'package.json': manifest('app', '^7.20.0'),
        'src/latin1.js': latin1,
        'src/bom.js': `\uFEFF${CLASSIC.replaceAll('\n', '\r\n')}`,
        'src/app.js': CLASSIC,
      });
      symlinkSync(path.join(outside, 'shared/login.js'), path.join(dir, 'src/linked.js'));
      commit(dir);
      const { code, report: r } = await report(dir, '--fix');
      expect(changes(r)).toEqual([
        { path: 'src/app.js', fixes: 1 },
        { path: 'src/bom.js', fixes: 1 },
      ]);
      expect(r.fix?.notFixed).toEqual([
        { path: 'src/latin1.js', reason: 'not valid UTF-8: not rewritten' },
        {
          path: 'src/linked.js',
          reason: expect.stringMatching(/^a link to .*shared\/login\.js, outside the audited folder: not written$/),
        },
      ]);
      expect(readFileSync(path.join(dir, 'src/latin1.js'))).toEqual(latin1);
      expect(readFileSync(path.join(outside, 'shared/login.js'), 'utf8')).toBe(CLASSIC);
      const bom = readFileSync(path.join(dir, 'src/bom.js'), 'utf8');
      expect(bom).toBe(`\uFEFF${CLASSIC.replace('/classic', '').replaceAll('\n', '\r\n')}`);
      // What is left: the two files it did not write.
      expect(findings(r)).toEqual(['src/latin1.js:2 no-classic-engine', 'src/linked.js:1 no-classic-engine']);
      expect(code).toBe(1);
    },
  );

  it('checks --output before it writes anything, and refuses an audited file', async () => {
    const dir = commit(repository({ 'package.json': manifest('app', '^7.20.0'), 'src/app.js': CLASSIC }));
    const onto = await audit(dir, '--fix', '--output', 'src/app.js', '--concurrency', 'off');
    expect(onto.code).toBe(2);
    expect(onto.stderr).toBe('eslint-plugin-okta-oie: --output src/app.js is one of the audited files: write the report elsewhere.\n');
    const nowhere = await audit(dir, '--fix', '--output', 'no/such/folder/report.json', '--concurrency', 'off');
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toBe('eslint-plugin-okta-oie: --output no/such/folder/report.json cannot be written (ENOENT).\n');
    expect(readFileSync(path.join(dir, 'src/app.js'), 'utf8')).toBe(CLASSIC);
  });

  it('fails closed when git cannot say whether the tree is clean (not a repository): --fix needs --allow-dirty, and says why', async () => {
    const dir = repository({ 'package.json': manifest('app', '^7.20.0'), 'src/app.js': CLASSIC });
    const refused = await audit(dir, '--fix', '--concurrency', 'off');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^eslint-plugin-okta-oie: --fix cannot check .* for uncommitted changes \(git status: not a git repository.*\): pass --allow-dirty to fix anyway\.\n$/,
    );
    expect(readFileSync(path.join(dir, 'src/app.js'), 'utf8')).toBe(CLASSIC);
    expect(changes((await report(dir, '--fix', '--allow-dirty')).report)).toEqual([{ path: 'src/app.js', fixes: 1 }]);
  });

  it('.gitignore from the repository root down when a subfolder is audited, with a nested negation', async () => {
    const dir = commit(
      repository({
        '.gitignore': '*.local.js\n',
        'app/.gitignore': '!keep.local.js\n',
        'app/x.local.js': WIDGET_6,
        'app/keep.local.js': WIDGET_6,
        'app/main.js': WIDGET_6,
      }),
    );
    const { report: r } = await report(path.join(dir, 'app'));
    expect(findings(r)).toEqual(['keep.local.js:2 require-interaction-code-flow', 'main.js:2 require-interaction-code-flow']);
  });
});

describe('inline comments do not change the audit', () => {
  const WITH_FLOW_SETTING = `/* eslint okta-oie/require-interaction-code-flow: ["error", { "fix": "autofix" }] */\n${WIDGET_6}`;
  it(
    'an inline `off` counts as suppressed; an inline option is ignored (--fix stays at its level); ' +
      'eslint-disable is honoured and counted',
    async () => {
      const dir = repository({
        'package.json': manifest('app', '^6.9.0'),
        'src/off.js': `/* eslint okta-oie/require-interaction-code-flow: off */\n${WIDGET_6}`,
        'src/option.js': WITH_FLOW_SETTING,
        'src/disabled.js':
          `import OktaSignIn from '@okta/okta-signin-widget';\n// eslint-disable-next-line ` +
          `okta-oie/require-interaction-code-flow -- Classic on purpose\nexport const w = new OktaSignIn({ clientId: 'c', redirectUri: ` +
          `'/cb' });\n`,
        'src/block.js':
          `/* eslint-disable */\n${WIDGET_6}/* eslint-enable ` +
          `*/\n${WIDGET_6.replace('import OktaSignIn', 'import OktaSignIn2').replace('new OktaSignIn', 'new OktaSignIn2').replace('const w', 'const v')}`,
      });
      const { report: r } = await report(dir);
      expect(findings(r)).toEqual(['src/block.js:6 require-interaction-code-flow', 'src/option.js:3 require-interaction-code-flow']);
      expect(r.findings.find((f) => f.path === 'src/option.js')?.fix).toBe('migrate');
      expect(r.suppressed).toBe(3);
      expect(r.suppressions).toEqual([
        { path: 'src/block.js', findings: 1, by: ['eslint-disable'] },
        { path: 'src/disabled.js', findings: 1, by: ['eslint-disable'] },
        { path: 'src/off.js', findings: 1, by: ['inline config'] },
      ]);
      git(dir, 'init', '-q');
      // --fix (recommended) does not make the inline `fix: autofix` an edit; --fix=migrate leaves what is disabled.
      const safe = await report(dir, '--fix', '--allow-dirty');
      expect(changes(safe.report)).toEqual([]);
      expect(readFileSync(path.join(dir, 'src/option.js'), 'utf8')).toBe(WITH_FLOW_SETTING);
      const migrate = await report(dir, '--fix=migrate', '--allow-dirty');
      expect(changes(migrate.report)).toEqual([
        { path: 'src/block.js', fixes: 1 },
        { path: 'src/option.js', fixes: 1 },
      ]);
      expect(readFileSync(path.join(dir, 'src/disabled.js'), 'utf8')).not.toContain('useInteractionCodeFlow');
      expect(readFileSync(path.join(dir, 'src/off.js'), 'utf8')).not.toContain('useInteractionCodeFlow');
    },
  );
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
});

describe('--fix=migrate converges', () => {
  for (const concurrency of ['off', '2']) {
    it(
      `an edit to package.json lets other files' rules fix what they could not (concurrency ${concurrency}); the report says what is ` +
        `left after`,
      async () => {
        const dir = repository({
          'package.json': manifest('app', '^4.5.0'),
          'src/app.js': WIDGET_6,
          'src/other.js': 'export const x = 1;\n',
        });
        const before = await report(dir, '--concurrency', concurrency);
        expect(findings(before.report)).toEqual(['package.json:5 min-widget-version', 'src/app.js:2 require-interaction-code-flow']);
        expect(before.report.findings.find((f) => f.path === 'src/app.js')?.fix).toBe('none'); // below 5.2: upgrade first
        const run = await audit(dir, '--fix=migrate', '--allow-dirty', '--format', 'json', '--concurrency', concurrency);
        const r = JSON.parse(run.stdout) as Report;
        expect({ ...r.fix, changed: changes(r) }).toEqual({
          level: 'migrate',
          dryRun: false,
          rounds: 2,
          converged: true,
          changed: [
            { path: 'package.json', fixes: 1 },
            { path: 'src/app.js', fixes: 1 },
          ],
          notFixed: [],
          error: null,
        });
        expect(readFileSync(path.join(dir, 'src/app.js'), 'utf8')).toContain('useInteractionCodeFlow: true');
        expect(r.findings).toEqual([]);
        expect(r.packages[0]?.widget.description).toBe('`^5.11.0` (package.json)');
        expect(run.code).toBe(0);
      },
    );
  }
});

describe('worker threads', () => {
  it('the same report with and without concurrency', async () => {
    const dir = repository(
      Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [`src/file-${i}.js`, i % 2 ? WIDGET_6 : WIDGET_7_CLASSIC]).concat([
          ['package.json', manifest('app', '^6.9.0')],
        ]),
      ),
    );
    const single = await report(dir);
    const threaded = await audit(dir, '--format', 'json', '--concurrency', '2');
    const parsed = JSON.parse(threaded.stdout);
    expect(parsed.tool.concurrency).toBe('2');
    expect(parsed.findings).toEqual(single.report.findings);
    expect(parsed.packages).toEqual(single.report.packages);
  });
});

describe('the concurrency the audit chooses', () => {
  it("auto: workers only with enough files per worker, at least 2 on 2 CPUs; a number is the user's", () => {
    expect(chooseWorkers('auto', 5000, 2)).toBe(2);
    expect(chooseWorkers('auto', 999, 2)).toBe(0);
    expect(chooseWorkers('auto', 1000, 2)).toBe(2);
    expect(chooseWorkers('auto', 5000, 1)).toBe(0);
    expect(chooseWorkers('auto', 100_000, 16)).toBe(8);
    expect(chooseWorkers('auto', 1500, 16)).toBe(3);
    expect(chooseWorkers('off', 5000, 8)).toBe(0);
    expect(chooseWorkers(3, 2, 8)).toBe(2);
    expect(chooseWorkers(1, 50, 8)).toBe(0);
  });

  it('the report says what auto chose', async () => {
    const dir = repository({ 'package.json': manifest('app', '^6.9.0'), 'src/a.js': WIDGET_6, 'src/b.js': WIDGET_7_CLASSIC });
    const run = await audit(dir, '--format', 'json', '--quiet');
    expect(JSON.parse(run.stdout).tool.concurrency).toBe('auto: off (3 files)');
    expect(run.stderr).toBe('');
  });

  it('no ESLintPoorConcurrencyWarning under --quiet or when auto chose the workers (other warnings pass)', async () => {
    const seen: string[] = [];
    const listener = (warning: Error) => seen.push(warning.name);
    process.on('warning', listener);
    try {
      // Each worker mostly starts up on these few small files: ESLint finds the threads poorly used.
      const dir = repository(
        Object.fromEntries([
          ...Array.from({ length: 6 }, (_, i) => [`src/file-${i}.js`, WIDGET_6]),
          ['package.json', manifest('app', '^6.9.0')],
        ]),
      );
      const quiet = await audit(dir, '--format', 'json', '--concurrency', '2', '--quiet');
      expect(JSON.parse(quiet.stdout).tool.concurrency).toBe('2');
      await withoutPoorConcurrencyWarning(async () => {
        process.emitWarning('You may disable concurrency to improve performance.', 'ESLintPoorConcurrencyWarning');
        process.emitWarning('passes', 'OtherWarning');
      });
      await new Promise((resolve) => setImmediate(resolve)); // 'warning' events are emitted on the next tick
      expect(seen).toEqual(['OtherWarning']);
      expect(process.emitWarning.name).toBe('emitWarning'); // the filter is gone after the run
    } finally {
      process.off('warning', listener);
    }
  });
});
