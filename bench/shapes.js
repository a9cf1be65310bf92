// Generated shapes whose cost must grow linearly with their size (issue 18, items 1–4), for
// `npm run bench:scaling`. Each shape makes an input of size n and lints it once; the
// caller measures CPU time (user + system) of the lint, interleaved with the floor.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A pnpm 9 lockfile for a monorepo of n workspace packages, each with its own importer and package entry. */
export function pnpmLockfile(n) {
  const lines = [
    "lockfileVersion: '9.0'",
    '',
    'settings:',
    '  autoInstallPeers: true',
    '  excludeLinksFromLockfile: false',
    '',
    'importers:',
    '',
  ];
  lines.push('  .:', '    dependencies:', "      '@okta/okta-signin-widget':", '        specifier: ^7.20.0', '        version: 7.49.0', '');
  for (let i = 0; i < n; i += 1) {
    lines.push(`  packages/pkg-${i}:`, '    dependencies:', `      dep-${i}:`, `        specifier: ^1.${i}.0`, `        version: 1.${i}.0`);
    lines.push(`      left-pad:`, '        specifier: ^1.3.0', '        version: 1.3.0', '');
  }
  lines.push('packages:', '');
  lines.push("  '@okta/okta-signin-widget@7.49.0':", '    resolution: {integrity: sha512-abc}', '');
  for (let i = 0; i < n; i += 1) {
    lines.push(`  dep-${i}@1.${i}.0:`, `    resolution: {integrity: sha512-${'x'.repeat(86)}==}`, "    engines: {node: '>=18'}", '');
  }
  lines.push('snapshots:', '');
  for (let i = 0; i < n; i += 1) lines.push(`  dep-${i}@1.${i}.0:`, '    dependencies:', `      dep-${i + 1}: 1.${i + 1}.0`, '');
  return lines.join('\n');
}

/** A folder holding a package.json and a lockfile (written by `make(n)`), with the file to lint. */
export function lockfileProject(name, text) {
  const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-shape-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { '@okta/okta-signin-widget': '^7.20.0' } }));
  writeFileSync(path.join(dir, name), text);
  mkdirSync(path.join(dir, 'src'));
  return { dir, file: path.join(dir, 'src', 'login.js'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export const LOGIN =
  "import OktaSignIn from '@okta/okta-signin-widget';\nconst widget = new OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });\n" +
  "widget.renderEl({ el: '#w' }, (res) => console.log(res.session));\n";

/** One widget and n `renderEl` calls whose handlers read Classic results. */
export function renderElCalls(n) {
  const lines = [
    "import OktaSignIn from '@okta/okta-signin-widget';",
    "const widget = new OktaSignIn({ clientId: 'x', issuer: 'https://a.okta.com' });",
  ];
  for (let i = 0; i < n; i += 1)
    lines.push(
      `widget.renderEl({ el: '#w${i}' }, function (res) { if (res.status === 'SUCCESS') res.session.setCookieAndRedirect('/${i}'); });`,
    );
  return lines.join('\n');
}

/** A `let widget` constructed n times, then n `renderEl` calls. */
export function reassignedWidget(n) {
  const lines = ["import OktaSignIn from '@okta/okta-signin-widget';", 'let widget;'];
  for (let i = 0; i < n; i += 1) lines.push(`widget = new OktaSignIn({ clientId: 'x${i}', issuer: 'https://a.okta.com' });`);
  for (let i = 0; i < n; i += 1) lines.push(`widget.renderEl({ el: '#w${i}' }, (res) => { console.log(res.user.id); });`);
  return lines.join('\n');
}

/** An HTML page with n widget `<script>`/`<link>` tags on Okta's CDN (old versions), and one inline script. */
export function widgetTagsPage(n) {
  const tags = [];
  for (let i = 0; i < n; i += 1) {
    const version = i % 2 === 0 ? '5.1.0' : '4.5.0';
    tags.push(
      i % 2 === 0
        ? `<script src="https://global.oktacdn.com/okta-signin-widget/${version}/js/okta-sign-in.min.js"></script>`
        : `<link href="https://global.oktacdn.com/okta-signin-widget/${version}/css/okta-sign-in.min.css" rel="stylesheet">`,
    );
  }
  return (
    `<!DOCTYPE html>\n<html>\n<head>\n${tags.join('\n')}\n</head>\n<body>\n<script>\nvar w = new OktaSignIn({ clientId: 'x' ` +
    `});\n</script>\n</body>\n</html>\n`
  );
}

/** One options object written 250 times, then n constructions of it. */
export function sharedConfig(n) {
  const lines = ["import OktaSignIn from '@okta/okta-signin-widget';", "const cfg = { clientId: 'x', issuer: 'https://a.okta.com' };"];
  for (let i = 0; i < 250; i += 1) lines.push(`cfg.k${i} = ${i};`);
  for (let i = 0; i < n; i += 1) lines.push(`new OktaSignIn(cfg).renderEl({ el: '#w${i}' });`);
  return lines.join('\n');
}

/** Least-squares slope of log(time) against log(size). */
export function exponent(sizes, times) {
  const xs = sizes.map(Math.log);
  const ys = times.map((t) => Math.log(Math.max(t, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i += 1) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** CPU time (user + system, ms) of a synchronous or async function. */
export async function cpu(fn) {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
