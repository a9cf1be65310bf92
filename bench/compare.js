// The benchmark of record (`npm run bench`): what turning the plugin on costs, on real code
// and on a synthetic Okta-heavy app, against
//   (a) the floor: parse and traverse with one cheap core rule (`no-debugger`), with our
//       HTML processor and package.json parser in place (every real config does that work),
//   (b) our `recommended` config,
//   (c) the closest hand-written equivalent from ESLint core rules (`no-restricted-syntax`,
//       `no-restricted-imports`, `no-restricted-properties`), which sees names, not versions.
// One process. Each round lints every file with the three configs back to back, in an order
// that rotates from file to file and round to round (a b c, b c a, c a b, …), so a change of
// the machine's speed falls on all three alike; the heap is collected before each round when
// node has --expose-gc (the npm script gives it). A config's time is the sum over files of
// each file's median over the rounds (a collection or a stall that lands on one run of a
// multi-megabyte bundle does not decide the ratio), with the range (min–max) of the rounds'
// totals; b/a and c/a are the ratios of those sums, with the range of the rounds' ratios.
// ESLint's own timing of our rules (`stats: true`) is printed beside it.
// Also: package.json/lockfile reads per run, and `concurrency: 'auto'` (same findings, speed-up).
// The corpora (bench/corpora/): Okta's published packages (tests/fixtures/corpus, npm
// registry, own lockfile); Okta's source trees as the registry has them (the widget's and
// okta-auth-js's original files, from their published source maps); generated apps shaped
// like Okta's samples (React, Vue, Angular, a CDN page); a generated pnpm workspace of 900
// packages with its pnpm-lock.yaml (BENCH_MONOREPO_PACKAGES changes the count); a large
// non-Okta codebase (ESLint's own lib/, from this repository's install); a generated app of
// 2,000 modules whose 200 widgets import their options (imported-configs); the synthetic app.
// `--tiny` runs a few files once (the suite checks that it runs, never a time);
// `--quick` runs every corpus once, without the concurrency and audit tables (to check a
// corpus works; its numbers are not the record); `--write` puts the table in bench/RESULTS.md.
// BENCH_ONLY=widget-source,pnpm-monorepo runs only the corpora named (see CORPORA).
import { cpus } from 'node:os';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { clearVersionCache, versionCacheStats } from '../dist/analysis/packages/versions.js';
import { runAudit } from '../dist/audit/run.js';
import plugin from '../dist/index.js';
import { HTML_EXTENSIONS } from '../dist/processors/html.js';
import { CONFIGS } from './configs.js';
import { extractSources } from './corpora/okta-sources.js';
import { writeImportedConfigs } from './corpora/imported-configs.js';
import { writePnpmMonorepo } from './corpora/pnpm-monorepo.js';
import { writeSampleApps } from './corpora/sample-apps.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const tiny = process.argv.includes('--tiny');
const write = process.argv.includes('--write');
const quick = process.argv.includes('--quick');
if (quick && write) throw new Error('--quick numbers are not the record: run without --quick to --write.');
const ROUNDS = tiny || quick ? 1 : Number(process.env.BENCH_ROUNDS ?? 5);
const MAX_ROUNDS = Math.max(ROUNDS, 15);
const ROUND_BUDGET_MS = 120_000;
const corpusRoot = path.join(here, '../tests/fixtures/corpus/node_modules');
const only = process.env.BENCH_ONLY?.split(',');
const PUBLISHED = ['widget-7', 'widget-4', 'auth-js-8', 'auth-js-4'];
const REAL = PUBLISHED.filter((name) => !only || only.includes(name));
const MONOREPO_PACKAGES = Number(process.env.BENCH_MONOREPO_PACKAGES ?? 900);
const eslintRoot = path.join(here, '../node_modules/eslint');

/** A published package of the corpus; its absence means `npm run corpus` has not run. */
function published(name) {
  const dir = path.join(corpusRoot, name);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is missing: run \`npm run corpus\` first.`);
  return dir;
}

/**
 * Every corpus: `name` (for BENCH_ONLY), `label` (the table's), `real` (counted in "all real
 * code"), `tiny` (runs under --tiny, smaller), and `dir(out)`, which returns the folder,
 * generating into `out` what is generated.
 */
const CORPORA = [
  ...PUBLISHED.map((name) => ({ name, label: `${name} (real)`, real: true, dir: () => published(name) })),
  {
    name: 'widget-source',
    label: 'okta-signin-widget 7.49.0 source (real, from its source maps)',
    real: true,
    dir: (out) => (extractSources(published('widget-7'), out), out),
  },
  {
    name: 'auth-js-source',
    label: 'okta-auth-js 8.0.1 source (real, from its source maps)',
    real: true,
    dir: (out) => (extractSources(published('auth-js-8'), out), out),
  },
  {
    name: 'eslint-lib',
    label: 'eslint lib, non-Okta (real)',
    real: true,
    dir: (out) => (
      cpSync(path.join(eslintRoot, 'lib'), path.join(out, 'lib'), { recursive: true }),
      cpSync(path.join(eslintRoot, 'package.json'), path.join(out, 'package.json')),
      out
    ),
  },
  {
    name: 'samples',
    label: tiny ? 'Okta sample apps (tiny)' : 'Okta sample apps, 40 (generated)',
    tiny: true,
    dir: (out) => (writeSampleApps(out, tiny ? 4 : 40), out),
  },
  {
    name: 'pnpm-monorepo',
    label: tiny ? 'pnpm monorepo (tiny)' : `pnpm monorepo, ${MONOREPO_PACKAGES} packages (generated)`,
    tiny: true,
    dir: (out) => (writePnpmMonorepo(out, tiny ? 10 : MONOREPO_PACKAGES), out),
  },
  {
    name: 'imported-configs',
    label: tiny ? 'imported configs (tiny)' : 'app of 2,000 modules, 200 widgets with imported configs (generated)',
    tiny: true,
    dir: (out) => (writeImportedConfigs(out, tiny ? 20 : 2000, tiny ? 5 : 200), out),
  },
  {
    name: 'synthetic',
    label: tiny ? 'synthetic app (tiny)' : 'synthetic Okta-heavy app',
    tiny: true,
    dir: (out) => syntheticApp(tiny ? 5 : 200, out),
  },
].filter((corpus) => (tiny ? corpus.tiny : !only || only.includes(corpus.name)));

/** A synthetic Okta-heavy app: widgets, success handlers, Authn calls, a package.json and CDN pages. */
function syntheticApp(files, dir) {
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'app', dependencies: { '@okta/okta-signin-widget': '^6.9.0', '@okta/okta-idx-js': '^0.25.1' } }, null, 2),
  );
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
        `<!doctype html>\n<script ` +
          `src="https://global.oktacdn.com/okta-signin-widget/4.5.0/js/okta-sign-in.min.js"></script>\n<script>\nvar w = new ` +
          `OktaSignIn({ baseUrl: 'https://acme.okta.com' });\nw.renderEl({ el: '#w' }, function (res) { ` +
          `res.session.setCookieAndRedirect('/'); });\n</script>\n`,
      );
    }
  }
  return dir;
}

/** The page a file is, for the `okta-oie/html` block: its extensions. */
const PAGE = new RegExp(`\\.(?:${HTML_EXTENSIONS.join('|')})$`);

/**
 * The HTML processor's own cost: preprocess (htmlparser2, the template masks, the page's
 * facts) and postprocess (mapping messages back; none here) of every page ESLint linted in
 * a corpus, each 5 times, the median per page. What ESLint then does with the blocks is in
 * the rows above.
 */
function processorCost({ paths, texts }) {
  const processor = plugin.processors.html;
  let ms = 0;
  let bytes = 0;
  let pages = 0;
  paths.forEach((file, i) => {
    if (!PAGE.test(file)) return;
    pages += 1;
    bytes += Buffer.byteLength(texts[i]);
    const runs = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      const blocks = processor.preprocess(texts[i], file);
      processor.postprocess(
        blocks.map(() => []),
        file,
      );
      runs.push(performance.now() - start);
    }
    ms += median(runs);
  });
  return { pages, bytes, ms };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lintOnce(cwd, name, concurrency, patterns = ['.']) {
  const options = baseOptions(cwd);
  let eslint;
  if (concurrency) {
    process.env.OKTA_OIE_BENCH = JSON.stringify({ ...options, config: name });
    eslint = await ESLint.fromOptionsModule(new URL(`./options-module.js?${name}-${Math.random()}`, import.meta.url));
  } else {
    eslint = new ESLint({ ...options, overrideConfig: CONFIGS[name] });
  }
  globalThis.gc?.(); // each run starts from a collected heap, not the garbage of the one before
  const start = performance.now();
  const results = await eslint.lintFiles(patterns);
  const ms = performance.now() - start;
  return { ms, findings: countFindings(results) };
}

/** The ESLint options every run shares: the corpus folder, nothing ignored, no inline config. */
const baseOptions = (cwd) => ({ cwd, ignore: false, allowInlineConfig: false, overrideConfigFile: true, warnIgnored: false });

const countFindings = (results) =>
  results.reduce((sum, result) => sum + result.messages.filter((m) => !m.fatal && m.ruleId !== 'no-debugger').length, 0);

/**
 * One corpus, the three configs. ESLint lists the files once; each round then lints every
 * file with the three configs back to back, in an order that rotates from file to file
 * and round to round, so a change of the machine's speed (seconds on this shared machine)
 * falls on all three alike. A configuration's cost is the sum over files of each file's
 * median over the rounds: a garbage collection or a stall that lands on one run of a big
 * bundle does not decide the ratio. The rounds' own totals give the spread.
 */
async function compare(label, cwd) {
  const names = Object.keys(CONFIGS);
  const linters = Object.fromEntries(names.map((name) => [name, new ESLint({ ...baseOptions(cwd), overrideConfig: CONFIGS[name] })]));
  clearVersionCache();
  const before = versionCacheStats.reads;
  const first = await linters.recommended.lintFiles(['.']); // warm-up (module loading, the JIT) and the file list
  const reads = versionCacheStats.reads - before; // each package.json and lockfile once; later runs reuse the cache
  const files = first.map((result) => result.filePath).sort();
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const lines = texts.reduce((sum, text) => sum + text.split('\n').length, 0);
  let floorMs = 0;
  for (const name of names) {
    if (name === 'recommended') continue;
    const start = performance.now();
    await linters[name].lintFiles(['.']);
    if (name === 'floor') floorMs = performance.now() - start;
  }
  // A small corpus gets more rounds (its medians are the noisiest): as many as fit in about two minutes of the floor, up to 15.
  const rounds = tiny || quick ? 1 : Math.max(ROUNDS, Math.min(MAX_ROUNDS, Math.floor(ROUND_BUDGET_MS / Math.max(floorMs, 1))));
  const times = Object.fromEntries(names.map((name) => [name, files.map(() => [])]));
  const totals = Object.fromEntries(names.map((name) => [name, []]));
  const findings = Object.fromEntries(names.map((name) => [name, 0]));
  for (let round = 0; round < rounds; round += 1) {
    globalThis.gc?.(); // each round starts from a collected heap, not the garbage of the one before
    clearVersionCache(); // and, like one `eslint .`, reads each package.json and lockfile once: the file that first asks pays
    const sums = Object.fromEntries(names.map((name) => [name, 0]));
    const found = Object.fromEntries(names.map((name) => [name, 0]));
    for (let i = 0; i < files.length; i += 1) {
      const turn = (i + round) % names.length;
      for (const name of [...names.slice(turn), ...names.slice(0, turn)]) {
        const start = performance.now();
        const results = await linters[name].lintText(texts[i], { filePath: files[i] });
        const ms = performance.now() - start;
        times[name][i].push(ms);
        sums[name] += ms;
        found[name] += countFindings(results);
      }
    }
    for (const name of names) {
      totals[name].push(sums[name]);
      findings[name] = found[name];
    }
  }
  const cost = Object.fromEntries(names.map((name) => [name, times[name].reduce((sum, runs) => sum + median(runs), 0)]));
  const row = Object.fromEntries(
    names.map((name) => [name, { median: cost[name], min: Math.min(...totals[name]), max: Math.max(...totals[name]) }]),
  );
  return { label, files: files.length, paths: files, texts, lines, rounds, row, totals, findings, reads };
}

/**
 * ESLint's own account of the plugin (`stats: true`): the time inside our rules (their
 * create() and every listener call) against the rest of the run, parsing included. It
 * leaves out what our rules make others do (ESLint calling the listeners, collecting our
 * garbage), which the paired ratio above includes.
 */
async function ruleShare(cwd) {
  const eslint = new ESLint({ ...baseOptions(cwd), overrideConfig: CONFIGS.recommended, stats: true });
  let rules = 0;
  let total = 0;
  for (const result of await eslint.lintFiles(['.'])) {
    for (const pass of result.stats?.times.passes ?? []) {
      total += pass.total;
      for (const [id, time] of Object.entries(pass.rules ?? {})) if (id.startsWith('okta-oie/')) rules += time.total;
    }
  }
  return { rules, rest: total - rules };
}

async function threads(label, cwd, patterns) {
  const single = await lintOnce(cwd, 'recommended', false, patterns);
  const parallel = await lintOnce(cwd, 'recommended', true, patterns);
  return { label, single: single.ms, parallel: parallel.ms, same: single.findings === parallel.findings, findings: single.findings };
}

/** The audit over a folder, in one thread (it skips minified bundles, so its files differ from ESLint's). */
async function auditTime(dir) {
  const start = performance.now();
  const report = await runAudit({
    cwd: dir,
    paths: ['.'],
    include: [],
    exclude: [],
    fix: false,
    allowDirty: false,
    concurrency: 'off',
    progress: () => {},
  });
  return { ms: performance.now() - start, files: report.files.linted, skipped: report.files.skipped.length };
}

const fmt = (n) => n.toFixed(0);
const spread = ({ median: m, min, max }) => `${fmt(m)} (${fmt(min)}–${fmt(max)})`;

const corpora = [];
const generated = mkdtempSync(path.join(tmpdir(), 'okta-oie-bench-'));
try {
  for (const corpus of CORPORA) {
    const out = path.join(generated, corpus.name);
    mkdirSync(out, { recursive: true });
    const start = performance.now();
    corpora.push([corpus.label, corpus.dir(out), corpus]);
    if (corpus.dir.length > 0) console.log(`${corpus.label}: written in ${fmt(performance.now() - start)} ms`);
  }
  const rows = [];
  for (const [label, dir, corpus] of corpora) {
    const result = await compare(label, dir);
    result.real = corpus.real === true;
    rows.push(result);
    console.log(
      `${label}: ${result.files} files, ${result.lines} lines; a ${spread(result.row.floor)} ms, b ${spread(result.row.recommended)} ms, ` +
        `c ${spread(result.row.handWritten)} ms`,
    );
  }
  const dirOf = (name) => corpora.find(([, , corpus]) => corpus.name === name)?.[1];
  const parallel =
    tiny || quick
      ? []
      : [
          ...(REAL.length > 0 ? [await threads('all published packages', corpusRoot, REAL)] : []),
          ...(dirOf('pnpm-monorepo') ? [await threads(`pnpm monorepo, ${MONOREPO_PACKAGES} packages`, dirOf('pnpm-monorepo'))] : []),
          ...(dirOf('synthetic') ? [await threads('synthetic Okta-heavy app', dirOf('synthetic'))] : []),
        ];
  const html = rows.map((row) => ({ label: row.label, ...processorCost(row) })).filter((row) => row.pages > 0);
  const shares = [];
  for (const [label, dir] of corpora) shares.push({ label, ...(await ruleShare(dir)) });
  const audits = [];
  if (!quick)
    for (const [label, dir] of corpora) audits.push({ label, ...(await auditTime(dir)), eslint: rows.find((r) => r.label === label) });

  const total = (key, of = rows) => of.reduce((sum, r) => sum + r.row[key].median, 0);
  /**
   * A config's cost over the floor's, summed over the corpora given: the sums of per-file medians, and the rounds' own ratios (min–max).
   */
  const ratio = (key, of = rows) => {
    // Round i of each corpus (all have at least ROUNDS rounds).
    const count = Math.min(...of.map((r) => r.rounds));
    const rounds = Array.from(
      { length: count },
      (_, i) => of.reduce((sum, r) => sum + r.totals[key][i], 0) / of.reduce((sum, r) => sum + r.totals.floor[i], 0),
    );
    const value = (total(key, of) / total('floor', of)).toFixed(2);
    return count > 1 ? `${value} (${Math.min(...rounds).toFixed(2)}–${Math.max(...rounds).toFixed(2)})` : value;
  };
  const lines = [];
  lines.push(
    `| corpus | files | lines | rounds | (a) floor, ms | (b) recommended, ms | (c) hand-written, ms | b/a | c/a | findings b / c | ` +
      `package.json and lockfile reads (b) |`,
  );
  lines.push('| :-- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${r.files} | ${r.lines} | ${r.rounds} | ${spread(r.row.floor)} | ${spread(r.row.recommended)} ` +
        `| ${spread(r.row.handWritten)} | ${ratio('recommended', [r])} | ${ratio('handWritten', [r])} | ${r.findings.recommended} ` +
        `/ ${r.findings.handWritten} | ${r.reads} |`,
    );
  }
  const sumRow = (label, of) =>
    `| **${label}** | ${of.reduce((s, r) => s + r.files, 0)} | ${of.reduce((s, r) => s + r.lines, 0)} | | ${fmt(total('floor', of))} ` +
    `| ${fmt(total('recommended', of))} | ${fmt(total('handWritten', of))} | ${ratio('recommended', of)} | ${ratio('handWritten', of)} | ` +
    `| |`;
  const real = rows.filter((r) => r.real);
  if (real.length > 0) lines.push(sumRow('all real code', real));
  lines.push(sumRow('all', rows));
  lines.push(
    '',
    "| ESLint's timing of `recommended` (`stats: true`) | our rules, ms | the rest of the run, ms | our share |",
    '| :-- | --: | --: | --: |',
  );
  for (const s of shares) lines.push(`| ${s.label} | ${fmt(s.rules)} | ${fmt(s.rest)} | ${((100 * s.rules) / s.rest).toFixed(1)} % |`);
  if (html.length > 0) {
    lines.push(
      '',
      '| the HTML processor alone (preprocess + postprocess) | pages | KB | ms, all pages | µs per page | µs per KB |',
      '| :-- | --: | --: | --: | --: | --: |',
    );
    for (const h of html)
      lines.push(
        `| ${h.label} | ${h.pages} | ${fmt(h.bytes / 1024)} | ${h.ms.toFixed(1)} | ${fmt((1000 * h.ms) / h.pages)} ` +
          `| ${((1000 * h.ms) / (h.bytes / 1024)).toFixed(1)} |`,
      );
  }
  if (parallel.length > 0) {
    lines.push(
      '',
      '| `recommended`, concurrency | one thread, ms | `concurrency: "auto"`, ms | speed-up | same findings |',
      '| :-- | --: | --: | --: | :-- |',
    );
    for (const p of parallel)
      lines.push(
        `| ${p.label} | ${fmt(p.single)} | ${fmt(p.parallel)} | ${(p.single / p.parallel).toFixed(2)}× ` +
          `| ${p.same ? `yes (${p.findings})` : 'NO'} |`,
      );
  }
  if (audits.length > 0)
    lines.push(
      '',
      '| the audit command (`audit <folder> --concurrency off`) | files audited ' +
        '| skipped (minified, binary, …) | audit, ms | `recommended` alone, ms |',
      '| :-- | --: | --: | --: | --: |',
    );
  for (const a of audits) lines.push(`| ${a.label} | ${a.files} | ${a.skipped} | ${fmt(a.ms)} | ${fmt(a.eslint.row.recommended.median)} |`);
  const table = lines.join('\n');
  console.log(`\n${table}`);
  if (write) {
    const file = path.join(here, 'RESULTS.md');
    const machine =
      `Node ${process.version}, ESLint ${ESLint.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; at ` +
      `least ${ROUNDS} rounds per corpus (more for a small one: as many as fit in about ${ROUND_BUDGET_MS / 60_000} minutes of the ` +
      `floor, up to ${MAX_ROUNDS}), each linting every file with the three configs back to back (order rotated per file and round; heap ` +
      `collected before each round${globalThis.gc ? '' : ': not this time, no --expose-gc'}); a config's time is the sum of each file's ` +
      `median over the rounds, and in brackets the lowest and highest of the rounds' totals (which keep the stalls and collections that ` +
      `the medians leave out, so they can lie above the sum of medians); b/a and c/a are the ratios of those sums, in brackets the range ` +
      `of the rounds' own ratios`;
    const section =
      `<!-- compare:start -->\n## Cost against the floor and a hand-written config (\`npm run ` +
      `bench\`)\n\n${new Date().toISOString().slice(0, 10)}, ${machine}. The hand-written config (c) is \`bench/configs.js\`: the ` +
      `core-rule patterns a team could write for the same problems; it sees names, not versions, engines or receivers, so its findings ` +
      `differ.\n\n${table}\n<!-- compare:end -->`;
    const old = readFileSync(file, 'utf8');
    const next = old.includes('<!-- compare:start -->')
      ? old.replace(/<!-- compare:start -->[\s\S]*<!-- compare:end -->/, section)
      : old.replace(/^# Benchmark results\n/, `# Benchmark results\n\n${section}\n`);
    writeFileSync(file, next);
  }
} finally {
  rmSync(generated, { recursive: true, force: true });
}
