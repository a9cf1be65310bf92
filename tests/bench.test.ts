/**
 * The benchmark runs (on a tiny corpus): never a time, only that it works and prints its
 * table. `npm run bench` is the real run (see bench/RESULTS.md).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The work is bounded (a few files per corpus, one round); the timeout only leaves room for a loaded machine.
it('npm run bench works on a tiny corpus', { timeout: 180_000 }, () => {
  const run = spawnSync(process.execPath, [path.join(root, 'bench/compare.js'), '--tiny'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // files, lines, rounds, the three times, b/a, c/a, findings, package.json and lockfile reads
  expect(run.stdout).toMatch(
    /\| synthetic app \(tiny\) \| 7 \| \d+ \| 1 \| [\d (–)]+ \| [\d (–)]+ \| [\d (–)]+ \| [\d.]+ \| [\d.]+ \| \d+ \/ \d+ \| 1 \|/,
  );
  // ESLint's own timing of our rules, and the HTML processor alone (the tiny app has one page).
  expect(run.stdout).toMatch(/\| synthetic app \(tiny\) \| \d+ \| \d+ \| [\d.]+ % \|/);
  expect(run.stdout).toMatch(/\| synthetic app \(tiny\) \| 1 \| \d+ \| [\d.]+ \| \d+ \| [\d.]+ \|/);
  // The generated corpora: Okta-sample-shaped apps (React, Vue, Angular in TypeScript, a CDN page) and a pnpm workspace.
  expect(run.stdout).toMatch(
    /\| Okta sample apps \(tiny\) \| 28 \| \d+ \| 1 \| [\d (–)]+ \| [\d (–)]+ \| [\d (–)]+ \| [\d.]+ \| [\d.]+ \| [1-9]\d* \/ \d+ \| [1-9]\d* \|/,
  );
  expect(run.stdout).toMatch(
    /\| pnpm monorepo \(tiny\) \| 32 \| \d+ \| 1 \| [\d (–)]+ \| [\d (–)]+ \| [\d (–)]+ \| [\d.]+ \| [\d.]+ \| [1-9]\d* \/ \d+ \| [1-9]\d* \|/,
  );
  expect(run.stdout).toMatch(/\| pnpm monorepo \(tiny\) \| \d+ \| \d+ \| [\d.]+ % \|/);
});

it("Okta's sources come back from the published source maps, under their repository paths", async () => {
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  // @ts-expect-error -- plain JS module of the benchmark
  const { extractSources } = (await import('../bench/corpora/okta-sources.js')) as { extractSources: (from: string, to: string) => number };
  const corpus = path.join(root, 'tests/fixtures/corpus/node_modules');
  const out = mkdtempSync(path.join(tmpdir(), 'okta-oie-sources-'));
  try {
    expect(extractSources(path.join(corpus, 'auth-js-8'), path.join(out, 'auth-js'))).toBeGreaterThan(200);
    expect(readFileSync(path.join(out, 'auth-js/lib/authn/api.ts'), 'utf8')).toMatch(/export /);
    expect(JSON.parse(readFileSync(path.join(out, 'auth-js/package.json'), 'utf8')).name).toBe('@okta/okta-auth-js');
    expect(extractSources(path.join(corpus, 'widget-7'), path.join(out, 'widget'))).toBeGreaterThan(800);
    expect(readFileSync(path.join(out, 'widget/src/widget/OktaSignIn.ts'), 'utf8')).toMatch(/class/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
