// Okta's own source trees, as far as the npm registry has them. The published tarballs of
// @okta/okta-signin-widget and @okta/okta-auth-js carry no `src/` and no lockfile, but their
// source maps carry `sourcesContent`: the original files (the widget's src/v1, v2, v3 in
// JavaScript, TypeScript and TSX, its packages/@okta/courage-dist; okta-auth-js's lib/ in
// TypeScript). This writes them back under their own paths, beside the package's own
// package.json (published, so the version resolver sees what the repository declares), into
// a folder the caller removes. Nothing here is committed: the corpus comes from
// tests/fixtures/corpus (npm registry, its own lockfile).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

/** Every `.map` file of a package, not its own node_modules. */
function mapsOf(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...mapsOf(file));
    else if (entry.name.endsWith('.map')) found.push(file);
  }
  return found.sort();
}

/**
 * The folder of the repository a webpack namespace's paths start from: the widget's
 * Preact bundle (`okta-sign-in.next.js`, `webpack://v3/`) is built from src/v3.
 */
const NAMESPACE_ROOTS = { v3: 'src/v3' };

/** A map's source path as a path in the original repository, or null (a dependency, webpack's runtime, no extension). */
function repositoryPath(source, mapFile, packageDir) {
  let name;
  const webpack = /^webpack:\/\/([^/]*)\/(.*)$/.exec(source);
  if (webpack) {
    // webpack://OktaSignIn/OktaAuth/…: okta-auth-js bundled into the widget, a dependency.
    if (/^[A-Za-z]/.test(webpack[2]) && !webpack[2].startsWith('webpack/')) return null;
    name = path.posix.normalize(path.posix.join(NAMESPACE_ROOTS[webpack[1]] ?? '', webpack[2]));
  } else {
    // The per-file ES module builds: relative to the map; okta-auth-js's point one folder above the package.
    name = path
      .relative(packageDir, path.resolve(path.dirname(mapFile), source))
      .split(path.sep)
      .join('/')
      .replace(/^(?:\.\.\/)+/, '');
  }
  name = name.replace(/\?.*$/, '');
  if (
    name.startsWith('../') ||
    /(?:^|\/)node_modules\//.test(name) ||
    name.startsWith('webpack/') ||
    !SOURCE.test(name) ||
    name.includes(' ')
  )
    return null;
  return name;
}

/**
 * Write the original sources a published package's maps carry into `out`; the first map
 * (in path order) that carries a file gives its text. Returns the number of files written.
 */
export function extractSources(packageDir, out) {
  const files = new Map();
  for (const mapFile of mapsOf(packageDir)) {
    let map;
    try {
      map = JSON.parse(readFileSync(mapFile, 'utf8'));
    } catch {
      continue;
    }
    (map.sources ?? []).forEach((source, i) => {
      const text = map.sourcesContent?.[i];
      if (typeof text !== 'string') return;
      const name = repositoryPath(`${map.sourceRoot ?? ''}${source}`, mapFile, packageDir);
      if (name && !files.has(name)) files.set(name, text);
    });
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'package.json'), readFileSync(path.join(packageDir, 'package.json')));
  for (const [name, text] of files) {
    const file = path.join(out, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return files.size;
}
