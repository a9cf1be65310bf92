/**
 * `eslint --cache`: ESLint reuses a file's results while the file and its config's hash are
 * unchanged. Our configs carry the package files' stats in `settings`
 * (src/configs/package-files.ts), so a change of package.json, a lockfile or an installed
 * widget lints the files again, on ESLint 10, the last 9.x and 9.15.0. The key is taken
 * from the folder ESLint runs in (process.cwd()), as the eslint binary does.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as eslint10 from 'eslint';
import type { ESLint, Linter } from 'eslint';
import * as eslint9 from 'eslint-v9';
import * as eslint9Floor from 'eslint-v9-floor';
import { afterAll, describe, expect, it } from 'vitest';
// The built modules the configs below use (their declarations are pruned from dist).
// @ts-expect-error -- dist/analysis/packages/versions.d.ts is not published
import { clearVersionCache } from '../../dist/analysis/packages/versions.js';
// @ts-expect-error -- dist/configs/package-files.d.ts is not published
import { clearPackageFilesKey, packageFilesKey } from '../../dist/configs/package-files.js';
// @ts-expect-error -- plain JS config module shared with the eslint binary runs
import { recommended } from './configs.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.resolve(here, '../fixtures/e2e/widget-7');
const ENGINES = [eslint10.ESLint, eslint9.ESLint, eslint9Floor.ESLint] as unknown as (typeof eslint10.ESLint)[];

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(): { dir: string; cache: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-cache-'));
  scratch.push(dir);
  cpSync(fixture, path.join(dir, 'app'), { recursive: true });
  return { dir: path.join(dir, 'app'), cache: path.join(dir, 'cache', '.eslintcache') };
}

/** One run as `eslint --cache` in `dir` would do it: a new ESLint, the process in that folder. */
async function lint(Engine: typeof eslint10.ESLint, dir: string, cache: string | null): Promise<string[]> {
  // What a new process starts with: no package file known, no key.
  clearVersionCache();
  clearPackageFilesKey();
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const options: ESLint.Options = { cwd: dir, overrideConfigFile: true, overrideConfig: recommended as Linter.Config[] };
    const eslint = new Engine(cache ? { ...options, cache: true, cacheLocation: cache } : options);
    const results = await eslint.lintFiles(['.']);
    return results
      .flatMap((result) => result.messages.map((m) => `${path.relative(dir, result.filePath)}:${m.line}:${m.column} ${m.ruleId}`))
      .sort();
  } finally {
    process.chdir(previous);
  }
}

/** Rewrite a file with the same size and modification time: only its content differs. */
function rewriteKeepingStats(file: string, from: string, to: string): void {
  const { size } = statSync(file);
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  expect(statSync(file).size).toBe(size);
  utimesSync(file, 1_700_000_000, 1_700_000_000);
}

describe.each(ENGINES.map((Engine) => [Engine.version, Engine] as const))('eslint --cache on ESLint %s', (_version, Engine) => {
  it('lints again when package.json moves the widget from ^7.20 to ^6.9, and reuses the cache otherwise', async () => {
    const { dir, cache } = project();
    const before = await lint(Engine, dir, cache);
    expect(await lint(Engine, dir, cache)).toEqual(before);
    const manifest = path.join(dir, 'package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('^7.20.0', '^6.9.0'));
    const fresh = await lint(Engine, dir, null);
    expect(fresh).not.toEqual(before); // the change matters: 6.x needs the flag, and more
    expect(await lint(Engine, dir, cache)).toEqual(fresh);
  });

  it('lints again when a lockfile appears or an installed copy changes', async () => {
    const { dir, cache } = project();
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'app', dependencies: { '@okta/okta-signin-widget': '^6.9.0 || ^7.20.0' } }),
    );
    const before = await lint(Engine, dir, cache);
    writeFileSync(
      path.join(dir, 'package-lock.json'),
      JSON.stringify({
        name: 'app',
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { '@okta/okta-signin-widget': '^6.9.0 || ^7.20.0' } },
          'node_modules/@okta/okta-signin-widget': { version: '7.20.1' },
        },
      }),
    );
    const locked = await lint(Engine, dir, null);
    expect(locked).not.toEqual(before);
    expect(await lint(Engine, dir, cache)).toEqual(locked);
    const installed = path.join(dir, 'node_modules/@okta/okta-signin-widget');
    mkdirSync(installed, { recursive: true });
    writeFileSync(path.join(installed, 'package.json'), JSON.stringify({ name: '@okta/okta-signin-widget', version: '6.9.0' }));
    const stale = await lint(Engine, dir, null);
    expect(stale).not.toEqual(locked);
    expect(await lint(Engine, dir, cache)).toEqual(stale);
  });
});

describe('the package files key', () => {
  it('changes with a package file below or above the folder, not with other files', () => {
    const { dir } = project();
    const nested = path.join(dir, 'packages/a');
    mkdirSync(path.join(nested, 'deep/er'), { recursive: true });
    cpSync(path.join(dir, 'package.json'), path.join(nested, 'package.json'));
    const key = packageFilesKey(nested).key;
    writeFileSync(path.join(dir, 'src/other.js'), 'export {};\n');
    expect(packageFilesKey(nested).key).toBe(key);
    writeFileSync(path.join(dir, 'yarn.lock'), '# yarn lockfile v1\n');
    const withLock = packageFilesKey(nested).key;
    expect(withLock).not.toBe(key);
    writeFileSync(path.join(nested, 'src.js'), 'export {};\n');
    writeFileSync(path.join(dir, 'packages/a/.hidden'), '');
    expect(packageFilesKey(nested).key).toBe(withLock);
    cpSync(path.join(dir, 'package.json'), path.join(nested, 'deep/er/package.json'));
    expect(packageFilesKey(nested).key).not.toBe(withLock);
  });

  it('is never reused past its bound of folders', () => {
    const { dir } = project();
    const bounded = packageFilesKey(dir, 1);
    expect(bounded.complete).toBe(false);
    expect(packageFilesKey(dir, 1).key).not.toBe(bounded.key);
    expect(packageFilesKey(dir).complete).toBe(true);
    expect(packageFilesKey(dir).key).toBe(packageFilesKey(dir).key);
  });

  it('a content-only change keeps the key (stat, not content): --cache-strategy does not change that', () => {
    const { dir } = project();
    utimesSync(path.join(dir, 'package.json'), 1_700_000_000, 1_700_000_000);
    const key = packageFilesKey(dir).key;
    rewriteKeepingStats(path.join(dir, 'package.json'), '^7.20.0', '^7.21.0');
    expect(packageFilesKey(dir).key).toBe(key);
  });
});
