// A generated pnpm workspace of `count` packages (900 for the issue's target): each package
// has a package.json, a few source files, and workspace and third-party dependencies; one in
// 30 signs users in with the widget (the versions vary). The root pnpm-lock.yaml is shaped
// like pnpm 9's (lockfileVersion '9.0': settings, importers with specifier/version,
// packages with resolution/engines, snapshots with their dependencies); with 900 packages
// it is about 4 MB (dependencies and devDependencies, 20–55 per package). Deterministic (a seeded generator).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WIDGETS = ['^5.16.1', '^6.9.0', '^7.20.0', '^7.49.0'];
const LOCKED = { '^5.16.1': '5.16.1', '^6.9.0': '6.9.0', '^7.20.0': '7.20.1', '^7.49.0': '7.49.0' };

/** Writes the workspace under `dir`; returns { files, lockfileBytes }. */
export function writePnpmMonorepo(dir, count = 900) {
  const rand = random(count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const integrity = () => `sha512-${Buffer.from(hex(128), 'hex').toString('base64')}`;
  // Third-party packages: names with scopes and versions, each depending on a few others.
  const scopes = ['', '', '', '@babel/', '@types/', '@vitejs/', '@acme-oss/', '@emotion/'];
  const external = Array.from({ length: Math.max(200, count * 5) }, (_, i) => {
    const name = `${pick(scopes)}${['core', 'util', 'react', 'plugin', 'parser', 'loader', 'types', 'runtime'][i % 8]}-${i.toString(36)}`;
    return { name, version: `${1 + Math.floor(rand() * 9)}.${Math.floor(rand() * 30)}.${Math.floor(rand() * 12)}` };
  });
  external.forEach((pkg, i) => {
    pkg.deps = Array.from({ length: Math.floor(rand() * 5) }, () => external[Math.floor(rand() * external.length)]).filter(
      (dep) => dep !== pkg && dep.name !== pkg.name,
    );
    pkg.index = i;
  });
  const okta = Object.values(LOCKED).map((version) => ({ name: '@okta/okta-signin-widget', version, deps: [], index: -1 }));
  const names = Array.from({ length: count }, (_, i) => `@acme/pkg-${String(i).padStart(4, '0')}`);
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
  lines.push('  .:', '    devDependencies:', '      typescript:', '        specifier: ^5.6.0', '        version: 5.6.3', '');
  let files = 0;
  const put = (file, text) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files += 1;
  };
  put(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'acme-monorepo', private: true, devDependencies: { typescript: '^5.6.0' } }, null, 2)}\n`,
  );
  put(path.join(dir, 'pnpm-workspace.yaml'), "packages:\n  - 'packages/*'\n");
  names.forEach((name, i) => {
    const folder = `packages/pkg-${String(i).padStart(4, '0')}`;
    const usesOkta = i % 30 === 7;
    const widget = usesOkta ? WIDGETS[Math.floor(i / 30) % WIDGETS.length] : null;
    const deps = [...new Set(Array.from({ length: 10 + Math.floor(rand() * 20) }, () => external[Math.floor(rand() * external.length)]))];
    const workspace = i > 0 ? [...new Set([names[Math.floor(rand() * i)], names[Math.floor(rand() * i)]])] : [];
    const dev = [
      ...new Set(Array.from({ length: 10 + Math.floor(rand() * 15) }, () => external[Math.floor(rand() * external.length)])),
    ].filter((dep) => !deps.includes(dep));
    const devDependencies = Object.fromEntries(dev.map((dep) => [dep.name, `^${dep.version}`]));
    const dependencies = Object.fromEntries([
      ...(widget ? [['@okta/okta-signin-widget', widget]] : []),
      ...deps.map((dep) => [dep.name, `^${dep.version}`]),
      ...workspace.map((dep) => [dep, 'workspace:*']),
    ]);
    put(
      path.join(dir, folder, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', main: 'src/index.js', dependencies, devDependencies }, null, 2)}\n`,
    );
    lines.push(`  ${folder}:`);
    for (const [section, entries] of [
      ['dependencies', dependencies],
      ['devDependencies', devDependencies],
    ]) {
      if (Object.keys(entries).length === 0) continue;
      lines.push(`    ${section}:`);
      for (const [dep, spec] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
        const version =
          spec === 'workspace:*' ? `link:../pkg-${dep.slice(-4)}` : dep === '@okta/okta-signin-widget' ? LOCKED[spec] : spec.slice(1);
        lines.push(`      '${dep}':`, `        specifier: ${spec}`, `        version: ${version}`);
      }
    }
    lines.push('');
    const imports = [...deps.slice(0, 3).map((dep) => dep.name), ...workspace];
    put(
      path.join(dir, folder, 'src/index.js'),
      `${imports.map((dep, k) => `import * as dep${k} from '${dep}';`).join('\n')}
import { normalize, summarize } from './lib.js';

export function run(input) {
  const items = normalize(input);
  return summarize(items, [${imports.map((_, k) => `dep${k}`).join(', ')}]);
}
`,
    );
    put(
      path.join(dir, folder, 'src/lib.js'),
      `export function normalize(input) {
  if (!Array.isArray(input)) return [];
  return input
    .filter((item) => item != null && typeof item === 'object')
    .map((item, index) => ({ id: item.id ?? \`item-${i}-\${index}\`, value: Number(item.value) || 0, tags: [...(item.tags ?? [])].sort() }));
}

export function summarize(items, modules) {
  const total = items.reduce((sum, item) => sum + item.value, 0);
  const tags = new Map();
  for (const item of items) for (const tag of item.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  return { total, count: items.length, tags: Object.fromEntries(tags), modules: modules.length, average: items.length ? total / items.length : 0 };
}
`,
    );
    if (usesOkta) {
      put(
        path.join(dir, folder, 'src/login.js'),
        `import OktaSignIn from '@okta/okta-signin-widget';

export function mountLogin(el, settings) {
  const widget = new OktaSignIn({
    issuer: settings.issuer,
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,${widget === '^6.9.0' && i % 60 === 7 ? '\n    useInteractionCodeFlow: true,' : ''}
  });
  return widget.showSignInToGetTokens({ el }).then((tokens) => {
    widget.authClient.tokenManager.setTokens(tokens);
    widget.remove();
    return tokens;
  });
}
`,
      );
    }
  });
  lines.push('packages:', '');
  const all = [...okta, ...external].sort((a, b) => `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`));
  for (const pkg of all) {
    lines.push(`  '${pkg.name}@${pkg.version}':`, `    resolution: {integrity: ${integrity()}}`);
    if (pkg.index % 3 === 0) lines.push("    engines: {node: '>=18'}");
    if (pkg.index % 7 === 0) lines.push('    hasBin: true');
    lines.push('');
  }
  lines.push('snapshots:', '');
  for (const pkg of all) {
    if (pkg.deps.length === 0) {
      lines.push(`  '${pkg.name}@${pkg.version}': {}`, '');
      continue;
    }
    lines.push(`  '${pkg.name}@${pkg.version}':`, '    dependencies:');
    for (const dep of pkg.deps) lines.push(`      '${dep.name}': ${dep.version}`);
    lines.push('');
  }
  const lockfile = `${lines.join('\n')}\n`;
  put(path.join(dir, 'pnpm-lock.yaml'), lockfile);
  return { files, lockfileBytes: Buffer.byteLength(lockfile) };
}
