// Benchmark: what the plugin's rules cost on top of parsing, and whether that cost grows
// linearly with file size. Run with `npm run bench:scaling` (builds dist/ first). Not a
// test: numbers go to the console and into bench/RESULTS.md by hand. `--shapes` runs only
// the last table (the generated shapes and their growth exponents).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint, Linter } from 'eslint';
import plugin from '../dist/index.js';
import { clearVersionCache, versionCacheStats } from '../dist/analysis/packages/versions.js';
import * as shapes from './shapes.js';

const FILES = 200;
const ONLY_SHAPES = process.argv.includes('--shapes');
const REPEAT = 5;

/** One login module: a widget with a const config, writes, spreads, and ordinary app code. */
function module(index, blocks) {
  const parts = [`import OktaSignIn from '@okta/okta-signin-widget';`];
  for (let b = 0; b < blocks; b += 1) {
    parts.push(`
const base${b} = { issuer: 'https://acme.okta.com/oauth2/default', redirectUri: '/cb${index}' };
const config${b} = {
  ...base${b},
  clientId: '0oa${index}x${b}',
  features: { registration: ${b % 2 === 0}, rememberMe: true },
  authParams: { scopes: ['openid', 'email'], pkce: ${b % 3 !== 0} },
  transformUsername(username, operation) {
    return operation === 'IDP_DISCOVERY' ? username : username + '@acme.com';
  },
};
config${b}.helpSupportNumber = '555-01${b % 10}';
export function mount${b}(el) {
  const widget = new OktaSignIn(config${b});
  const items = [1, 2, 3].map((n) => n * ${b});
  for (const item of items) { if (item > 2) console.log(item); }
  return widget.showSignInToGetTokens({ el });
}`);
  }
  return parts.join('\n');
}

function project(blocksPerFile) {
  const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-bench-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { '@okta/okta-signin-widget': '^6.9.0' } }));
  let lines = 0;
  for (let i = 0; i < FILES; i += 1) {
    const text = module(i, blocksPerFile);
    lines += text.split('\n').length;
    writeFileSync(path.join(dir, `login-${i}.js`), text);
  }
  return { dir, lines };
}

async function time(dir, config, patterns = ['.']) {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
  await eslint.lintFiles(patterns); // warm up
  const samples = [];
  let messages = 0;
  for (let r = 0; r < REPEAT; r += 1) {
    const start = performance.now();
    const results = await eslint.lintFiles(patterns);
    samples.push(performance.now() - start);
    messages = results.reduce((n, result) => n + result.messages.length, 0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], messages };
}

// The baseline parses and traverses (one no-op rule), so the difference is our rules' own work.
const noop = { meta: { type: 'problem', schema: [] }, create: () => ({ NewExpression() {} }) };
const baseline = [
  {
    files: ['**/*.js'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { bench: { rules: { noop } } },
    rules: { 'bench/noop': 'error' },
  },
];
const linter = new Linter();
const settings = { settings: { okta: { widgetVersion: '6.9.0' } } };

if (!ONLY_SHAPES) {
  console.log(
    `| blocks/file | lines (${FILES} files) | parse + traverse (ms) | with okta-oie (ms) | rules (ms) | rules µs/line | findings | ` +
      `package.json reads |`,
  );
  console.log('| --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const blocks of [1, 4, 16]) {
    const { dir, lines } = project(blocks);
    try {
      const parse = await time(dir, baseline);
      const readsBefore = versionCacheStats.reads;
      const full = await time(dir, plugin.configs.recommended);
      const reads = versionCacheStats.reads - readsBefore;
      const rules = full.median - parse.median;
      console.log(
        `| ${blocks} | ${lines} | ${parse.median.toFixed(0)} | ${full.median.toFixed(0)} | ${rules.toFixed(0)} ` +
          `| ${((rules * 1000) / lines).toFixed(2)} | ${full.messages} | ${reads} |`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // Linearity: one file that grows; the rules' cost per widget block should stay flat.
  const single = (config) => [...config, settings];

  /** One file: the mean of 3 runs after a warm-up, with ESLint's parse and traverse only, then with our config. */
  function timeFile(code) {
    const run = (config) => {
      linter.verify(code, config, 'a.js');
      const start = performance.now();
      for (let r = 0; r < 3; r += 1) linter.verify(code, config, 'a.js');
      return (performance.now() - start) / 3;
    };
    return { base: run(single(baseline)), full: run(single(plugin.configs.recommended)) };
  }

  console.log('\n| widget blocks in one file | lines | parse + traverse (ms) | with okta-oie (ms) | rules µs/block |');
  console.log('| --: | --: | --: | --: | --: |');
  for (const blocks of [256, 1024, 4096]) {
    const code = module(0, blocks);
    const { base, full } = timeFile(code);
    console.log(
      `| ${blocks} | ${code.split('\n').length} | ${base.toFixed(0)} | ${full.toFixed(0)} ` +
        `| ${(((full - base) * 1000) / blocks).toFixed(0)} |`,
    );
  }

  // Shared options: one object written N times before N constructors, and one object feeding
  // N constructors. Each must stay linear in N (time per construction flat as N doubles).
  const shapes = {
    'N writes, then N constructors': (n) =>
      [
        'const cfg = { clientId: "x" };',
        ...Array.from({ length: n }, (_, i) => `cfg.k${i} = ${i};`),
        ...Array.from({ length: n }, () => 'new OktaSignIn(cfg);'),
      ].join('\n'),
    'one object, N constructors': (n) =>
      ['const cfg = { clientId: "x", features: { registration: true } };', ...Array.from({ length: n }, () => 'new OktaSignIn(cfg);')].join(
        '\n',
      ),
  };
  console.log('\n| shape | N | parse + traverse (ms) | with okta-oie (ms) | rules µs/constructor |');
  console.log('| :-- | --: | --: | --: | --: |');
  for (const [name, make] of Object.entries(shapes)) {
    for (const n of [1000, 4000, 16000]) {
      const { base, full } = timeFile(make(n));
      console.log(`| ${name} | ${n} | ${base.toFixed(0)} | ${full.toFixed(0)} | ${(((full - base) * 1000) / n).toFixed(0)} |`);
    }
  }

  // HTML pages: what the processor adds. The same widget code as inline scripts of 200 pages
  // (placeholders included, the widget from the CDN), and as 200 .js files; both with
  // `recommended`. The difference is extracting, masking and mapping back.
  function pageScripts(index, scripts) {
    return Array.from({ length: scripts }, (_, s) =>
      module(index, 1)
        .replace(`import OktaSignIn from '@okta/okta-signin-widget';`, '')
        .replaceAll('export function', 'function')
        .replace(/\b(base|config|mount)0\b/g, `$1${s}`)
        .replace(`'https://acme.okta.com/oauth2/default'`, `'{{issuer}}'`)
        .replace(`clientId: '0oa${index}x0'`, `clientId: {{{clientId${s}}}}`),
    );
  }
  function pagesProject(scripts) {
    const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-bench-pages-'));
    let bytes = 0;
    for (let i = 0; i < FILES; i += 1) {
      const bodies = pageScripts(i, scripts);
      const html =
        `<!DOCTYPE html>\n<html>\n<head>\n<title>{{pageTitle}}</title>\n<script ` +
        `src="https://global.oktacdn.com/okta-signin-widget/6.9.0/js/okta-sign-in.min.js"></script>\n<link ` +
        `href="https://global.oktacdn.com/okta-signin-widget/6.9.0/css/okta-sign-in.min.css" ` +
        `rel="stylesheet">\n</head>\n` +
        `<body>\n${bodies.map((body) => `<script>${body}\n</script>`).join('\n<div class="spacer"></div>\n')}\n</body>\n</html>\n`;
      bytes += html.length;
      writeFileSync(path.join(dir, `page-${i}.html`), html);
      // The same code as a script file (placeholders as the identifiers the masks become).
      writeFileSync(
        path.join(dir, `page-${i}.js`),
        bodies.join('\n').replace(/\{\{\{?[^}]*\}?\}\}/g, (token) => `_tpl${' '.repeat(token.length - 4)}`),
      );
    }
    return { dir, bytes };
  }
  console.log(
    '\n| scripts/page | HTML (KB, 200 pages) | same code as .js, okta-oie (ms) ' +
      '| pages, okta-oie (ms) | processor (ms) | processor µs/KB | findings .js / pages |',
  );
  console.log('| --: | --: | --: | --: | --: | --: | --: |');
  for (const scripts of [1, 4, 16]) {
    const { dir, bytes } = pagesProject(scripts);
    try {
      const js = await time(dir, [...plugin.configs.recommended, { settings: { okta: { widgetVersion: '6.9.0' } } }], ['*.js']);
      const pages = await time(dir, plugin.configs.recommended, ['*.html']);
      const processor = pages.median - js.median;
      console.log(
        `| ${scripts} | ${(bytes / 1024).toFixed(0)} | ${js.median.toFixed(0)} | ${pages.median.toFixed(0)} | ${processor.toFixed(0)} ` +
          `| ${((processor * 1000) / (bytes / 1024)).toFixed(0)} | ${js.messages} / ${pages.messages} |`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

// Shapes that once grew faster than their input (issue 18): each is linted at four sizes,
// the floor (parse and traverse) and `recommended` interleaved in rotating order, CPU time
// (user + system) per lint, the median of the pairs. The exponent is the log-log slope of
// the time against the size: 1 is linear.
const SHAPES = [
  {
    name: 'pnpm lockfile, n importers and packages (first lint of a file)',
    sizes: [2000, 4000, 8000, 16000],
    setup(n) {
      const project = shapes.lockfileProject('pnpm-lock.yaml', shapes.pnpmLockfile(n));
      return { code: shapes.LOGIN, filename: project.file, settings: {}, dispose: project.dispose };
    },
  },
  {
    name: 'one widget, n renderEl calls',
    sizes: [1000, 2000, 4000, 8000],
    setup: (n) => ({ code: shapes.renderElCalls(n), filename: 'a.js' }),
  },
  {
    name: '`let widget` assigned n times, n renderEl calls',
    sizes: [500, 1000, 2000, 4000],
    setup: (n) => ({ code: shapes.reassignedWidget(n), filename: 'a.js' }),
  },
  {
    name: 'a page with n widget tags',
    sizes: [500, 1000, 2000, 4000],
    page: true,
    setup: (n) => ({ code: shapes.widgetTagsPage(n), filename: 'page.html' }),
  },
  {
    name: 'one object written 250 times, n constructions',
    sizes: [1000, 2000, 4000, 8000],
    setup: (n) => ({ code: shapes.sharedConfig(n), filename: 'a.js' }),
  },
];
const PAIRS = 3;
// Linted by their path in a temporary folder (the pnpm shape's project): the Linter's base is that folder.
const shapeLinter = new Linter({ cwd: tmpdir() });
console.log('\n| shape | n | floor (ms CPU) | with okta-oie (ms CPU) | findings |');
console.log('| :-- | --: | --: | --: | --: |');
const exponents = [];
for (const shape of SHAPES) {
  const medians = [];
  for (const n of shape.sizes) {
    const input = shape.setup(n);
    const full = [...plugin.configs.recommended, input.settings ?? settings];
    const pageDir = shape.page ? mkdtempSync(path.join(tmpdir(), 'okta-oie-page-')) : null;
    // A page goes through ESLint (the processor's blocks); a script through the Linter.
    const runner = (config) => {
      if (!pageDir) return () => shapeLinter.verify(input.code, config, { filename: input.filename });
      const eslint = new ESLint({ cwd: pageDir, overrideConfigFile: true, overrideConfig: config });
      return async () => (await eslint.lintText(input.code, { filePath: path.join(pageDir, input.filename) }))[0].messages;
    };
    const floorConfig = shape.page
      ? [{ files: ['**/*.html'], plugins: { 'okta-oie': plugin }, processor: 'okta-oie/html' }, ...baseline]
      : baseline;
    const runs = [runner(floorConfig), runner(full)];
    let findings = 0;
    for (const run of runs) {
      clearVersionCache();
      findings = (await run()).length; // warm up; the last is ours
    }
    const samples = [[], []];
    for (let r = 0; r < PAIRS; r += 1) {
      for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) {
        clearVersionCache();
        samples[i].push(await shapes.cpu(runs[i]));
      }
    }
    input.dispose?.();
    if (pageDir) rmSync(pageDir, { recursive: true, force: true });
    const [floor, ours] = samples.map(shapes.median);
    medians.push(ours);
    console.log(`| ${shape.name} | ${n} | ${floor.toFixed(0)} | ${ours.toFixed(0)} | ${findings} |`);
  }
  exponents.push([shape.name, shapes.exponent(shape.sizes, medians)]);
}
console.log('\n| shape | growth exponent (with okta-oie) |');
console.log('| :-- | --: |');
for (const [name, value] of exponents) console.log(`| ${name} | ${value.toFixed(2)} |`);
