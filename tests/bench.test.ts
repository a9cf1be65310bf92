/**
 * The benchmark runs (on a tiny corpus): never a time, only that it works and prints its
 * table. `npm run bench` is the real run (see bench/RESULTS.md).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

it('npm run bench works on a tiny corpus', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'bench/compare.js'), '--tiny'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // files, lines, rounds, the three times, b/a, c/a, findings, package.json and lockfile reads
  expect(run.stdout).toMatch(/\| synthetic app \(tiny\) \| 7 \| \d+ \| 1 \| [\d (–)]+ \| [\d (–)]+ \| [\d (–)]+ \| [\d.]+ \| [\d.]+ \| \d+ \/ \d+ \| 1 \|/);
  // ESLint's own timing of our rules, and the HTML processor alone (the tiny app has one page).
  expect(run.stdout).toMatch(/\| synthetic app \(tiny\) \| \d+ \| \d+ \| [\d.]+ % \|/);
  expect(run.stdout).toMatch(/\| synthetic app \(tiny\) \| 1 \| \d+ \| [\d.]+ \| \d+ \| [\d.]+ \|/);
});
