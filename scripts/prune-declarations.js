// After `tsc`: keep only the declaration files that dist/index.d.ts reaches, and fail the
// build if any of them imports a package our users do not get with us (a dependency or a
// peer). The package's `exports` allow no deep imports, so the other .d.ts files (the
// internal analysis, typed with typescript-eslint's dev-only types) could never be read.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const installedWithUs = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const reached = new Set();
const problems = [];
const queue = [path.join(dist, 'index.d.ts')];
while (queue.length > 0) {
  const file = queue.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const specifiers = [...info.importedFiles, ...info.referencedFiles, ...info.typeReferenceDirectives].map((f) => f.fileName);
  for (const specifier of specifiers) {
    if (specifier.startsWith('.')) {
      queue.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.d.ts')));
    } else if (!installedWithUs.has(packageOf(specifier))) {
      problems.push(`${path.relative(root, file)} imports '${specifier}', which is not a dependency or peer`);
    }
  }
}

if (problems.length > 0) {
  console.error(`The published declarations would not type-check in our users' projects:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// Silent on success: `npm pack --json` prints this script's output with its own.
for (const entry of readdirSync(dist, { recursive: true })) {
  const file = path.join(dist, entry);
  if ((file.endsWith('.d.ts') || file.endsWith('.d.cts')) && !reached.has(file)) rmSync(file);
}
