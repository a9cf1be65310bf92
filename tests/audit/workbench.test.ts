/**
 * The audit as a migration workbench (issue 23), in process over scratch repositories:
 * the dry run (its diff is what the real run writes; it writes nothing), the plan for
 * people, several repositories in one report, progress on a terminal, and the files
 * changed since a git ref.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report, Rollup } from '../../src/audit/report.js';
import { PHASES, RULE_PHASES } from '../../src/audit/phases.js';
import { rules } from '../../src/rules/index.js';
// @ts-expect-error -- the built module (what the bin runs); its types are not published
import { main } from '../../dist/audit/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) => {
  const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
};

function repository(files: Record<string, string>, commit = true): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-workbench-'));
  scratch.push(dir);
  write(dir, files);
  if (commit) {
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'init');
  }
  return dir;
}

function write(dir: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

async function audit(cwd: string, args: string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = (await main(['audit', ...args], {
    cwd,
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    isTTY,
  })) as number;
  return { code, stdout, stderr };
}

/** Every file under a folder (.git included), with a hash of its bytes and its mode. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      const stat = statSync(file);
      if (stat.isDirectory()) walk(file);
      else
        hash
          .update(`${path.relative(dir, file)}\0${stat.mode}\0`)
          .update(readFileSync(file))
          .update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** A rollup row without its full report. */
const withoutReport = (row: Rollup['repositories'][number]) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'report'));

const manifest = (name: string, widget: string, extra: Record<string, string> = {}) =>
  `${JSON.stringify({ name, private: true, dependencies: { '@okta/okta-signin-widget': widget, ...extra } }, null, 2)}\n`;
const WIDGET =
  `import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ issuer: 'https://x', clientId: ` +
  `'c', redirectUri: '/cb' });\n`;
const CLASSIC_IMPORT =
  `import OktaSignIn from '@okta/okta-signin-widget/classic';\nexport const w = new OktaSignIn({ issuer: ` +
  `'https://x', clientId: 'c', redirectUri: '/cb' });\n`;
const SESSION =
  `import { OktaAuth } from '@okta/okta-auth-js';\nconst auth = new OktaAuth({ issuer: 'https://x' });\nexport const go = ` +
  `(t) => auth.session.setCookieAndRedirect(t, '/app');\nexport const signIn = (u, p) => auth.signIn({ username: u, password: p });\n`;

describe('--dry-run', () => {
  // The package.json bump (round 1) lets require-interaction-code-flow fix src/app.js (round 2).
  const FILES = {
    'package.json': manifest('app', '^4.5.0'),
    'src/app.js': WIDGET,
    'src/classic.js': CLASSIC_IMPORT.replace('^', ''),
    'src/session.js': SESSION,
  };

  for (const concurrency of ['off', '2']) {
    it(
      `--fix=migrate --dry-run (concurrency ${concurrency}): writes nothing, and its diff is what the real run writes (git ` + `diff)`,
      async () => {
        const dir = repository(FILES);
        const before = treeHash(dir);
        const dry = await audit(dir, ['--fix=migrate', '--dry-run', '--format', 'json', '--concurrency', concurrency]);
        expect(dry.stderr).toBe('');
        expect(treeHash(dir)).toBe(before);
        const r = JSON.parse(dry.stdout) as Report;
        expect(r.fix).toMatchObject({ level: 'migrate', dryRun: true, rounds: 2, converged: true });
        expect(r.fix?.changed.map((each) => [each.path, each.fixes])).toEqual([
          ['package.json', 1],
          ['src/app.js', 1],
          ['src/classic.js', 2], // the plain import (round 1), then the flag as for src/app.js (round 2)
        ]);
        // What is left is what the real run leaves.
        const text = await audit(dir, ['--fix=migrate', '--dry-run', '--concurrency', concurrency]);
        expect(treeHash(dir)).toBe(before);
        const diff = r.fix!.changed.map((each) => each.diff).join('');
        expect(text.stdout).toContain(`The diff (--fix=migrate --dry-run; nothing was written):\n\n${diff}`);
        const real = await audit(dir, ['--fix=migrate', '--format', 'json', '--concurrency', concurrency]);
        const after = JSON.parse(real.stdout) as Report;
        expect(git(dir, 'diff').replace(/^index .*\n/gmu, '')).toBe(diff);
        expect(after.findings.map((f) => [f.path, f.line, f.rule])).toEqual(r.findings.map((f) => [f.path, f.line, f.rule]));
        expect(after.packages).toEqual(r.packages);
        expect(real.code).toBe(dry.code);
      },
    );
  }

  it('--fix --dry-run in a dirty tree: allowed (nothing is written); Markdown carries the diff; without --fix it is refused', async () => {
    const dir = repository(FILES);
    writeFileSync(path.join(dir, 'notes.txt'), 'uncommitted\n');
    const before = treeHash(dir);
    const md = await audit(dir, ['--fix', '--dry-run', '--format', 'markdown', '--concurrency', 'off']);
    expect(treeHash(dir)).toBe(before);
    expect(md.stdout).toContain(
      '```diff\ndiff --git a/src/classic.js b/src/classic.js\n--- a/src/classic.js\n+++ b/src/classic.js\n@@ -1,2 +1,2 @@\n' +
        "-import OktaSignIn from '@okta/okta-signin-widget/classic';\n" +
        "+import OktaSignIn from '@okta/okta-signin-widget';\n",
    );
    const refused = await audit(dir, ['--dry-run']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('eslint-plugin-okta-oie: --dry-run shows what --fix or --fix=migrate would change: add one of them.\n');
  });

  it('json with --dry-run validates against docs/audit-report.schema.json', async () => {
    const dir = repository(FILES);
    const r = JSON.parse((await audit(dir, ['--fix=migrate', '--dry-run', '--format', 'json', '--concurrency', 'off'])).stdout);
    const validate = new Ajv({ strict: true }).compile(JSON.parse(readFileSync(path.join(root, 'docs/audit-report.schema.json'), 'utf8')));
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('the plan for people', () => {
  it('every rule has a phase, and the phases are in migration order', () => {
    expect(Object.keys(RULE_PHASES).sort()).toEqual(Object.keys(rules).sort());
    expect(PHASES.map((each) => each.phase)).toEqual(['versions', 'engine', 'results', 'direct-auth', 'customisations']);
  });

  it(
    'what is left, by phase in order, each rule with its docs link and file:line list; ' + 'the Admin Console step with the engine switch',
    async () => {
      const dir = repository({
        'package.json': manifest('app', '^6.9.0', { '@okta/okta-auth-js': '^7.0.0' }),
        'src/app.js': WIDGET,
        'src/session.js': SESSION,
        'src/options.js':
          `import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ issuer: 'https://x', ` +
          `clientId: 'c', redirectUri: '/cb', useInteractionCodeFlow: true, features: { securityImage: true } });\n`,
        'src/custom.js':
          `import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ issuer: 'https://x', ` +
          `clientId: 'c', redirectUri: '/cb', useInteractionCodeFlow: true });\nw.otp = otp;\nw.on('pageRendered', (data) => data.page ` +
          `&& document.querySelector('#okta-signin-username'));\n`,
      });
      const r = JSON.parse((await audit(dir, ['--format', 'json', '--concurrency', 'off'])).stdout) as Report;
      expect(r.plan.map((step) => step.phase)).toEqual(['engine', 'results', 'direct-auth', 'customisations']);
      const engine = r.plan[0]!;
      expect(engine.adminConsole).toContain("Enable the Interaction Code grant type on the authorization server's access policy rule");
      expect(engine.items).toEqual([
        {
          rule: 'okta-oie/require-interaction-code-flow',
          description: rules['require-interaction-code-flow'].meta.docs.description,
          docs: rules['require-interaction-code-flow'].meta.docs.url,
          locations: ['src/app.js:2'],
        },
      ]);
      expect(r.plan.find((step) => step.phase === 'results')?.items.map((item) => [item.rule, item.locations])).toEqual([
        ['okta-oie/no-session-token', ['src/session.js:3']],
        ['okta-oie/no-set-cookie-and-redirect', ['src/session.js:3']],
      ]);
      expect(r.plan.find((step) => step.phase === 'direct-auth')?.items.map((item) => [item.rule, item.locations])).toEqual([
        ['okta-oie/no-authn-api', ['src/session.js:4']],
      ]);
      expect(r.plan.find((step) => step.phase === 'customisations')?.items.map((item) => [item.rule, item.locations])).toEqual(
        expect.arrayContaining([
          ['okta-oie/no-otp-state-assignment', ['src/custom.js:3']],
          ['okta-oie/no-page-rendered-event', ['src/custom.js:4']],
          ['okta-oie/no-classic-dom-selectors', ['src/custom.js:4']],
        ]),
      );
      const markdown = (await audit(dir, ['--format', 'markdown', '--concurrency', 'off'])).stdout;
      const plan = markdown.slice(markdown.indexOf('### Plan'));
      expect(plan).toContain(
        `#### 1. Engine switch and the Interaction Code grant\n\n- [ ] **Admin Console:** ${engine.adminConsole}\n- [ ] ` +
          `[\`okta-oie/require-interaction-code-flow\`](${engine.items[0]!.docs}): ${engine.items[0]!.description}\n  \`src/app.js:2\`\n`,
      );
      expect(plan.indexOf('#### 2. Result handling and session hand-off')).toBeLessThan(plan.indexOf('#### 3. Direct authentication'));
      expect(plan).toContain('#### 4. Customisations');
    },
  );
});

describe('several repositories', () => {
  function three() {
    const parent = mkdtempSync(path.join(tmpdir(), 'okta-oie-org-'));
    scratch.push(parent);
    const make = (name: string, files: Record<string, string>) => {
      const dir = path.join(parent, name);
      write(dir, files);
      git(dir, 'init', '-q');
      return name;
    };
    return {
      parent,
      names: [
        make('migrated', { 'package.json': manifest('migrated', '^7.20.0'), 'src/app.js': WIDGET }),
        make('classic', {
          'package.json': manifest('classic', '^6.9.0'),
          'src/app.js': WIDGET,
          'src/classic.js': CLASSIC_IMPORT,
          'src/session.js': SESSION,
        }),
        make('broken', { 'package.json': manifest('broken', '^7.20.0'), 'src/app.js': 'const = ;\n' }),
      ],
    };
  }

  it(
    'a row per repository (status, findings, versions, what --fix and --fix=migrate would do, what is left), ' +
      'the same from --repos and with --repo-concurrency',
    async () => {
      const { parent, names } = three();
      const run = await audit(parent, [...names, '--format', 'json', '--concurrency', 'off']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const rollup = JSON.parse(run.stdout) as Rollup;
      const ajv = new Ajv({ strict: true });
      ajv.addSchema(JSON.parse(readFileSync(path.join(root, 'docs/audit-report.schema.json'), 'utf8')));
      const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'docs/audit-rollup.schema.json'), 'utf8')));
      expect(validate(rollup), JSON.stringify(validate.errors)).toBe(true);
      expect(
        rollup.repositories.map((each) => ({ ...withoutReport(each), packages: undefined, widget: each.packages.map((p) => p.widget) })),
      ).toEqual([
        {
          path: 'migrated',
          exitCode: 0,
          status: 'clean',
          error: null,
          files: 2,
          findings: 0,
          fixedByFix: 0,
          fixedByMigrate: 0,
          manual: 0,
          notRead: 0,
          left: ['Engine switch and the Interaction Code grant'],
          widget: ['`^7.20.0` (package.json)'],
        },
        {
          path: 'classic',
          exitCode: 1,
          status: 'findings',
          error: null,
          files: 4,
          findings: 6,
          fixedByFix: 1,
          fixedByMigrate: 3,
          manual: 3,
          notRead: 0,
          left: ['Engine switch and the Interaction Code grant', 'Result handling and session hand-off', 'Direct authentication'],
          widget: ['`^6.9.0` (package.json)'],
        },
        {
          path: 'broken',
          exitCode: 3,
          status: 'incomplete',
          error: null,
          files: 1,
          findings: 0,
          fixedByFix: 0,
          fixedByMigrate: 0,
          manual: 0,
          notRead: 1,
          left: [],
          widget: ['`^7.20.0` (package.json)'],
        },
      ]);
      writeFileSync(path.join(parent, 'repos.txt'), `# the org\n${names.join('\n')}\nno-such-repository\n`);
      const listed = JSON.parse(
        (await audit(parent, ['--repos', 'repos.txt', '--format', 'json', '--concurrency', 'off', '--repo-concurrency', '2'])).stdout,
      ) as Rollup;
      expect(listed.repositories.slice(0, 3).map(withoutReport)).toEqual(rollup.repositories.map(withoutReport));
      expect(listed.repositories[3]).toMatchObject({
        path: 'no-such-repository',
        status: 'failed',
        exitCode: 2,
        error: expect.stringContaining('No such file or folder'),
      });
    },
  );

  it('every format has the rows', async () => {
    const { parent, names } = three();
    const text = (await audit(parent, [...names, '--concurrency', 'off'])).stdout;
    expect(text).toMatch(/^classic\s+findings\s+`\^6\.9\.0` \(package\.json\)\s+version unknown\s+6\s+1\s+3\s+3\s+Engine switch/mu);
    const markdown = (await audit(parent, [...names, '--format', 'markdown', '--concurrency', 'off'])).stdout;
    expect(markdown).toContain('| broken | incomplete | `^7.20.0` (package.json) | version unknown | 0 | 0 | 0 | 0 | — |');
    const sarif = JSON.parse((await audit(parent, [...names, '--format', 'sarif', '--concurrency', 'off'])).stdout);
    expect(sarif.runs).toHaveLength(3);
    expect(sarif.runs[1].results).toHaveLength(6);
    const html = (await audit(parent, [...names, '--format', 'html', '--concurrency', 'off'])).stdout;
    expect(html).toContain('<tr data-repository="classic">');
    expect((await audit(parent, [...names, '--fix'])).code).toBe(2);
  });
});

describe('progress', () => {
  const files = Object.fromEntries([
    ['package.json', manifest('mono', '^6.9.0')],
    ...Array.from({ length: 30 }, (_, i) => [`packages/a/src/f${i}.js`, WIDGET]),
    ['packages/a/package.json', manifest('a', '^6.9.0')],
    ['packages/b/package.json', manifest('b', '^7.20.0')],
    ['packages/b/src/app.js', WIDGET],
  ]);

  it('on a terminal: files done of the total and the package being linted; the line is cleared at the end', async () => {
    const dir = repository(files, false);
    const run = await audit(dir, ['--concurrency', 'off'], true);
    const lines = run.stderr.split('\r\x1b[K').filter((line) => line !== '');
    // Batches of 24 files: the root package's package.json, then packages/a in two batches, then packages/b.
    expect(lines).toEqual([
      'Selecting files…',
      'Linting 0 of 34 files: . (mono)…',
      'Linting 1 of 34 files: packages/a (a)…',
      'Linting 25 of 34 files: packages/a (a)…',
      'Linting 32 of 34 files: packages/b (b)…',
      'Linted 34 of 34 files.',
    ]);
    expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('nothing on a non-terminal or with --quiet', async () => {
    const dir = repository(files, false);
    expect((await audit(dir, ['--concurrency', 'off'], false)).stderr).toBe('');
    expect((await audit(dir, ['--concurrency', 'off', '--quiet'], true)).stderr).toBe('');
  });
});

describe('--changed-since', () => {
  it(
    'the files changed since the ref (committed, staged, unstaged, new), ' + 'and every file of a package whose widget range changed',
    async () => {
      const dir = repository({
        'package.json': `{ "name": "mono", "private": true }\n`,
        'web/package.json': manifest('web', '^6.9.0'),
        'web/src/a.js': WIDGET,
        'web/src/b.js': WIDGET,
        'admin/package.json': manifest('admin', '^6.9.0'),
        'admin/src/a.js': WIDGET,
        'admin/src/b.js': WIDGET,
        'admin/src/c.js': WIDGET,
      });
      git(dir, 'checkout', '-qb', 'feature');
      writeFileSync(path.join(dir, 'web/src/a.js'), `${WIDGET}// committed\n`);
      // admin/package.json: a change that is not the widget range.
      writeFileSync(path.join(dir, 'admin/package.json'), manifest('admin', '^6.9.0', { lodash: '^4.0.0' }));
      git(dir, 'commit', '-qam', 'change');
      writeFileSync(path.join(dir, 'admin/src/b.js'), `${WIDGET}// unstaged\n`);
      writeFileSync(path.join(dir, 'admin/src/new.js'), WIDGET);
      const r = JSON.parse((await audit(dir, ['--changed-since', 'main', '--format', 'json', '--concurrency', 'off'])).stdout) as Report;
      expect(r.changed).toEqual({ since: 'main', files: 3, manifests: [] });
      expect([...new Set(r.findings.map((f) => f.path))].sort()).toEqual(['admin/src/b.js', 'admin/src/new.js', 'web/src/a.js']);
      // The widget range of web changes: every file of web, and its package.json.
      writeFileSync(path.join(dir, 'web/package.json'), manifest('web', '^7.20.0'));
      const bumped = JSON.parse(
        (await audit(dir, ['--changed-since', 'main', '--format', 'json', '--concurrency', 'off'])).stdout,
      ) as Report;
      expect(bumped.changed).toEqual({ since: 'main', files: 5, manifests: ['web/package.json'] });
      expect(bumped.findings.map((f) => `${f.path}:${f.line} ${f.rule}`).sort()).toEqual([
        'admin/src/b.js:2 okta-oie/require-interaction-code-flow',
        'admin/src/new.js:2 okta-oie/require-interaction-code-flow',
      ]);
      expect((await audit(dir, ['--changed-since', 'no-such-ref'])).stderr).toMatch(
        /^eslint-plugin-okta-oie: --changed-since: git diff failed in .* \(.*no-such-ref.*\)\.\n$/u,
      );
    },
  );

  it('with the project model: the importers of a changed module (through a re-export), the pages that load a changed script', async () => {
    const dir = repository({
      'web/package.json': manifest('web', '^5.4.1'),
      'web/src/config.js': "export const oktaSignInConfig = { baseUrl: 'https://x', clientId: 'c', redirectUri: '/cb' };\n",
      'web/src/okta/index.js': "export { oktaSignInConfig as config } from '../config.js';\n",
      'web/src/Login.js':
        "import OktaSignIn from '@okta/okta-signin-widget';\nimport { config } from './okta';\nexport const w = new OktaSignIn(config);\n",
      'web/src/Other.js': "import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ clientId: 'c' });\n",
      'web/public/index.html':
        '<!doctype html>\n<script src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js"></script>\n<script src="/js/login.js"></script>\n',
      'web/public/js/login.js': "var w = new OktaSignIn({ clientId: 'c' });\n",
    });
    git(dir, 'checkout', '-qb', 'feature');
    writeFileSync(
      path.join(dir, 'web/src/config.js'),
      "// the widget's options\nexport const oktaSignInConfig = { baseUrl: 'https://x', clientId: 'c', redirectUri: '/cb' };\n",
    );
    const r = JSON.parse((await audit(dir, ['--changed-since', 'main', '--format', 'json', '--concurrency', 'off'])).stdout) as Report;
    // config.js, the index that re-exports it, and Login.js that imports the index; not Other.js.
    expect(r.changed).toEqual({ since: 'main', files: 3, manifests: [] });
    expect(r.findings.map((f) => `${f.path}:${f.line} ${f.rule}`)).toEqual(['web/src/Login.js:3 okta-oie/require-interaction-code-flow']);
    git(dir, 'checkout', '-q', '--', '.');
    writeFileSync(path.join(dir, 'web/public/js/login.js'), "// changed\nvar w = new OktaSignIn({ clientId: 'c' });\n");
    const paged = JSON.parse((await audit(dir, ['--changed-since', 'main', '--format', 'json', '--concurrency', 'off'])).stdout) as Report;
    expect(paged.changed).toEqual({ since: 'main', files: 2, manifests: [] });
    expect([...new Set(paged.findings.map((f) => f.path))].sort()).toContain('web/public/index.html');
  });
});

describe("README's examples are this file's outputs", () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  /** The fenced block of README.md that follows `<!-- name -->`. */
  const block = (name: string) => {
    const start = readme.indexOf(`<!-- ${name} -->`);
    expect(start, name).toBeGreaterThan(-1);
    const open = readme.indexOf('\n', readme.indexOf('```', start)) + 1;
    return readme.slice(open, readme.indexOf('\n```\n', open) + 1);
  };

  it('the dry run, the plan and the rollup', async () => {
    const dir = repository({
      'package.json': manifest('app', '^4.5.0'),
      'src/app.js': WIDGET,
      'src/classic.js': CLASSIC_IMPORT,
      'src/session.js': SESSION,
    });
    const dry = (await audit(dir, ['--fix=migrate', '--dry-run', '--concurrency', 'off'])).stdout;
    expect(dry.slice(dry.indexOf('Would fix'))).toBe(block('dry-run'));
    const markdown = (await audit(dir, ['--format', 'markdown', '--concurrency', 'off'])).stdout;
    expect(markdown.slice(markdown.indexOf('### Plan'))).toBe(block('plan'));
    const parent = mkdtempSync(path.join(tmpdir(), 'okta-oie-org-'));
    scratch.push(parent);
    for (const [name, files] of Object.entries<Record<string, string>>({
      migrated: { 'package.json': manifest('migrated', '^7.20.0'), 'src/app.js': WIDGET },
      classic: {
        'package.json': manifest('classic', '^6.9.0'),
        'src/app.js': WIDGET,
        'src/classic.js': CLASSIC_IMPORT,
        'src/session.js': SESSION,
      },
      broken: { 'package.json': manifest('broken', '^7.20.0'), 'src/app.js': 'const = ;\n' },
    })) {
      write(path.join(parent, name), files);
      git(path.join(parent, name), 'init', '-q');
    }
    const text = (await audit(parent, ['migrated', 'classic', 'broken', '--concurrency', 'off'])).stdout;
    expect(text.slice(0, text.indexOf('\n\n== ') + 1)).toBe(block('rollup'));
  });
});
