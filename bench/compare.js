// The benchmark of record (`npm run bench`): what turning the plugin on costs, on real code
// and on a synthetic Okta-heavy app, against
//   (a) the floor: parse and traverse with one cheap core rule (`no-debugger`), with our
//       HTML processor and package.json parser in place (every real config does that work),
//   (b) our `recommended` config,
//   (c) the closest hand-written equivalent from ESLint core rules (`no-restricted-syntax`,
//       `no-restricted-imports`, `no-restricted-properties`), which sees names, not versions.
// One process, interleaved rounds (a b c, then b c a, then c a b, …: no config always runs
// after the same one), the heap collected before each run when node has --expose-gc (the
// npm script gives it), medians and spread (min–max). b/a and c/a are the medians of the
// rounds' own ratios: each round's runs are close in time, so a drift of the machine's
// speed during the benchmark moves both sides of a ratio.
// Also: package.json/lockfile reads per run, and `concurrency: 'auto'` (same findings, speed-up).
// `--tiny` runs a few files once (the suite checks that it runs, never a time);
// `--write` puts the table in bench/RESULTS.md.
import { cpus } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { clearVersionCache, versionCacheStats } from '../dist/analysis/versions.js';
import { runAudit } from '../dist/audit/run.js';
import { CONFIGS } from './configs.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const tiny = process.argv.includes('--tiny');
const write = process.argv.includes('--write');
const ROUNDS = tiny ? 1 : Number(process.env.BENCH_ROUNDS ?? 5);
const corpusRoot = path.join(here, '../tests/fixtures/corpus/node_modules');
// BENCH_ONLY=auth-js-8,widget-4 times only those real packages (and the synthetic app): for a quick look, not the record.
const REAL = ['widget-7', 'widget-4', 'auth-js-8', 'auth-js-4'].filter((name) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(name));

/** A synthetic Okta-heavy app: widgets, success handlers, Authn calls, a package.json and CDN pages. */
function syntheticApp(files) {
  const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-bench-app-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', dependencies: { '@okta/okta-signin-widget': '^6.9.0', '@okta/okta-idx-js': '^0.25.1' } }, null, 2));
  for (let i = 0; i < files; i += 1) {
    writeFileSync(
      path.join(dir, `login-${i}.js`),
      `import OktaSignIn from '@okta/okta-signin-widget';
import { OktaAuth } from '@okta/okta-auth-js';
const authClient = new OktaAuth({ issuer: 'https://acme.okta.com/oauth2/default' });
const config = { baseUrl: 'https://acme.okta.com', clientId: '0oa${i}', redirectUri: '/cb', features: { registration: ${i % 2 === 0} }, helpSupportNumber: '555' };
config.authParams = { pkce: ${i % 3 !== 0} };
export function mount(el) {
  const widget = new OktaSignIn(config);
  widget.renderEl({ el }, (res) => {
    if (res.type === 'SESSION_STEP_UP') return res.stepUp.finish();
    window.sessionStorage.setItem('user', res.user.profile.login);
    res.session.setCookieAndRedirect('/home');
  });
}
export async function direct(username, password) {
  const tx = await authClient.signInWithCredentials({ username, password });
  return authClient.token.getWithRedirect({ sessionToken: tx.sessionToken });
}
export const items = [1, 2, 3].map((n) => n * ${i}).filter((n) => n > 2);
`,
    );
    if (i % 10 === 0) {
      writeFileSync(
        path.join(dir, `page-${i}.html`),
        `<!doctype html>\n<script src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js"></script>\n<script>\nvar w = new OktaSignIn({ baseUrl: 'https://acme.okta.com' });\nw.renderEl({ el: '#w' }, function (res) { res.session.setCookieAndRedirect('/'); });\n</script>\n`,
      );
    }
  }
  return dir;
}

/** Files and lines ESLint will lint under a folder (JS, HTML, package.json; not node_modules below it). */
function measure(dir) {
  let files = 0;
  let lines = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (/\.(?:js|mjs|cjs|jsx|html?|hbs)$/.test(entry.name) || entry.name === 'package.json') {
        files += 1;
        lines += readFileSync(full, 'utf8').split('\n').length;
      }
    }
  };
  walk(dir);
  return { files, lines };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lintOnce(cwd, name, concurrency) {
  const options = { cwd, ignore: false, allowInlineConfig: false, overrideConfigFile: true, warnIgnored: false };
  let eslint;
  if (concurrency) {
    process.env.OKTA_OIE_BENCH = JSON.stringify({ ...options, config: name });
    eslint = await ESLint.fromOptionsModule(new URL(`./options-module.js?${name}-${Math.random()}`, import.meta.url));
  } else {
    eslint = new ESLint({ ...options, overrideConfig: CONFIGS[name] });
  }
  globalThis.gc?.(); // each run starts from a collected heap, not the garbage of the one before
  const start = performance.now();
  const results = await eslint.lintFiles(['.']);
  const ms = performance.now() - start;
  const findings = results.reduce((sum, result) => sum + result.messages.filter((m) => !m.fatal && m.ruleId !== 'no-debugger').length, 0);
  return { ms, findings };
}

async function compare(label, cwd) {
  const { files, lines } = measure(cwd);
  const samples = { floor: [], recommended: [], handWritten: [] };
  const findings = {};
  clearVersionCache();
  await lintOnce(cwd, 'floor'); // warm-up: module loading, the JIT
  let reads = 0;
  const names = Object.keys(samples);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
      const before = versionCacheStats.reads;
      const run = await lintOnce(cwd, name);
      // The first run reads each package.json and lockfile once; later runs reuse the cache.
      if (name === 'recommended') reads = Math.max(reads, versionCacheStats.reads - before);
      samples[name].push(run.ms);
      findings[name] = run.findings;
    }
  }
  const row = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, { median: median(values), min: Math.min(...values), max: Math.max(...values) }]));
  return { label, files, lines, row, samples, findings, reads };
}

async function threads(label, cwd) {
  const single = await lintOnce(cwd, 'recommended');
  const parallel = await lintOnce(cwd, 'recommended', true);
  return { label, single: single.ms, parallel: parallel.ms, same: single.findings === parallel.findings, findings: single.findings };
}

/** The audit over a folder, in one thread (it skips minified bundles, so its files differ from ESLint's). */
async function auditTime(dir) {
  const start = performance.now();
  const report = await runAudit({ cwd: dir, paths: ['.'], include: [], exclude: [], fix: false, allowDirty: false, concurrency: 'off', progress: () => {} });
  return { ms: performance.now() - start, files: report.files.linted, skipped: report.files.skipped.length };
}

const fmt = (n) => n.toFixed(0);
const spread = ({ median: m, min, max }) => `${fmt(m)} (${fmt(min)}–${fmt(max)})`;

const corpora = [];
const synthetic = syntheticApp(tiny ? 5 : 200);
try {
  if (!tiny) {
    for (const name of REAL) {
      const dir = path.join(corpusRoot, name);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is missing: run \`npm run corpus\` first.`);
      corpora.push([`${name} (real)`, dir]);
    }
  }
  corpora.push([tiny ? 'synthetic app (tiny)' : 'synthetic Okta-heavy app', synthetic]);
  const rows = [];
  for (const [label, dir] of corpora) {
    const result = await compare(label, dir);
    rows.push(result);
    console.log(`${label}: ${result.files} files, ${result.lines} lines; a ${spread(result.row.floor)} ms, b ${spread(result.row.recommended)} ms, c ${spread(result.row.handWritten)} ms`);
  }
  const parallel = tiny ? [] : [await threads('all real code', corpusRoot), await threads('synthetic Okta-heavy app', synthetic)];
  const audits = [];
  for (const [label, dir] of corpora) audits.push({ label, ...(await auditTime(dir)), eslint: rows.find((r) => r.label === label) });

  const total = (key, of = rows) => of.reduce((sum, r) => sum + r.row[key].median, 0);
  /** The median of the rounds' own ratios (each round's runs are close in time). */
  const pairedRatio = (key, of = rows) => median(Array.from({ length: ROUNDS }, (_, i) => of.reduce((sum, r) => sum + r.samples[key][i], 0) / of.reduce((sum, r) => sum + r.samples.floor[i], 0)));
  const lines = [];
  lines.push(`| corpus | files | lines | (a) floor, ms | (b) recommended, ms | (c) hand-written, ms | b/a | c/a | findings b / c | package.json and lockfile reads (b) |`);
  lines.push('| :-- | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.files} | ${r.lines} | ${spread(r.row.floor)} | ${spread(r.row.recommended)} | ${spread(r.row.handWritten)} | ${pairedRatio('recommended', [r]).toFixed(2)} | ${pairedRatio('handWritten', [r]).toFixed(2)} | ${r.findings.recommended} / ${r.findings.handWritten} | ${r.reads} |`,
    );
  }
  const sumRow = (label, of) =>
    `| **${label}** | ${of.reduce((s, r) => s + r.files, 0)} | ${of.reduce((s, r) => s + r.lines, 0)} | ${fmt(total('floor', of))} | ${fmt(total('recommended', of))} | ${fmt(total('handWritten', of))} | ${pairedRatio('recommended', of).toFixed(2)} | ${pairedRatio('handWritten', of).toFixed(2)} | | |`;
  const real = rows.filter((r) => r.label.endsWith('(real)'));
  if (real.length > 0) lines.push(sumRow('all real code', real));
  lines.push(sumRow('all', rows));
  if (parallel.length > 0) {
    lines.push('', '| `recommended`, concurrency | one thread, ms | `concurrency: "auto"`, ms | speed-up | same findings |', '| :-- | --: | --: | --: | :-- |');
    for (const p of parallel) lines.push(`| ${p.label} | ${fmt(p.single)} | ${fmt(p.parallel)} | ${(p.single / p.parallel).toFixed(2)}× | ${p.same ? `yes (${p.findings})` : 'NO'} |`);
  }
  lines.push('', '| the audit command (`audit <folder> --concurrency off`) | files audited | skipped (minified, binary, …) | audit, ms | `recommended` alone, ms |', '| :-- | --: | --: | --: | --: |');
  for (const a of audits) lines.push(`| ${a.label} | ${a.files} | ${a.skipped} | ${fmt(a.ms)} | ${fmt(a.eslint.row.recommended.median)} |`);
  const table = lines.join('\n');
  console.log(`\n${table}`);
  if (write) {
    const file = path.join(here, 'RESULTS.md');
    const machine = `Node ${process.version}, ESLint ${ESLint.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; ${ROUNDS} interleaved rounds (order rotated, heap collected before each run${globalThis.gc ? '' : ': not this time, no --expose-gc'}), medians (min–max); b/a and c/a are the medians of each round's ratios (the all row: of each round's totals)`;
    const section = `<!-- compare:start -->\n## Cost against the floor and a hand-written config (\`npm run bench\`)\n\n${new Date().toISOString().slice(0, 10)}, ${machine}. The hand-written config (c) is \`bench/configs.js\`: the core-rule patterns a team could write for the same problems; it sees names, not versions, engines or receivers, so its findings differ.\n\n${table}\n<!-- compare:end -->`;
    const old = readFileSync(file, 'utf8');
    const next = old.includes('<!-- compare:start -->')
      ? old.replace(/<!-- compare:start -->[\s\S]*<!-- compare:end -->/, section)
      : old.replace(/^# Benchmark results\n/, `# Benchmark results\n\n${section}\n`);
    writeFileSync(file, next);
  }
} finally {
  rmSync(synthetic, { recursive: true, force: true });
}
