/**
 * The lockfile layer over real lockfiles (tests/fixtures/lockfiles/README.md says how each
 * was written): single projects declare `^7.20.0`, which every lockfile pins to 7.49.0;
 * workspaces have `legacy` (`^6.0.0` → 6.9.0), `modern` (`^7.0.0` → 7.49.0) and `plain`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLockfile } from '../../src/analysis/packages/lockfiles.js';
import {
  AUTH_JS_POLICY,
  clearVersionCache,
  detectVersion,
  detectWidgetVersion,
  versionCacheStats,
} from '../../src/analysis/packages/versions.js';

const fixtures = fileURLToPath(new URL('../fixtures/lockfiles/', import.meta.url));
const at = (...parts: string[]): string => path.join(fixtures, ...parts);

beforeEach(() => clearVersionCache());

describe('single projects: the lockfile pins the range', () => {
  it.each([
    ['npm-v1', 'package-lock.json'],
    ['npm-v2', 'package-lock.json'],
    ['npm-v3', 'package-lock.json'],
    ['pnpm-7', 'pnpm-lock.yaml'],
    ['pnpm-8', 'pnpm-lock.yaml'],
    ['pnpm-9', 'pnpm-lock.yaml'],
    ['yarn-1', 'yarn.lock'],
    ['yarn-berry', 'yarn.lock'],
  ])('%s: 7.49.0 from %s, not the range’s 7.20.0', (folder, lockfile) => {
    expect(detectWidgetVersion(at(folder, 'src'))).toEqual({
      version: '7.49.0',
      range: '7.49.0',
      written: '7.49.0',
      source: 'lockfile',
      file: at(folder, lockfile),
    });
  });

  it('a package only in the lockfile’s dependency tree (okta-auth-js under the widget) is not declared: unknown', () => {
    expect(detectVersion(AUTH_JS_POLICY, at('npm-v3', 'src'))).toEqual({ version: null, range: null, source: 'unknown' });
  });
});

describe('workspaces: each importer gets its own entry', () => {
  it.each([
    ['npm-workspace', 'package-lock.json'],
    ['pnpm-9-workspace', 'pnpm-lock.yaml'],
    ['yarn-1-workspace', 'yarn.lock'],
    ['yarn-berry-workspace', 'yarn.lock'],
  ])('%s', (folder, lockfile) => {
    const file = at(folder, lockfile);
    expect(detectWidgetVersion(at(folder, 'packages', 'legacy', 'src'))).toMatchObject({
      version: '6.9.0',
      range: '6.9.0',
      source: 'lockfile',
      file,
    });
    expect(detectWidgetVersion(at(folder, 'packages', 'modern', 'src'))).toMatchObject({
      version: '7.49.0',
      range: '7.49.0',
      source: 'lockfile',
      file,
    });
    // A package that does not declare the widget, in a root that does not either.
    expect(detectWidgetVersion(at(folder, 'packages', 'plain', 'src'))).toEqual({ version: null, range: null, source: 'unknown' });
  });
});

describe('lockfile answers', () => {
  it('npm: resolves the way Node does from the importer (a nested copy first, then the hoisted one)', () => {
    const lockfile = readLockfile(at('npm-workspace', 'package-lock.json'))!;
    expect(lockfile.versions('@okta/okta-signin-widget', 'packages/modern', '^7.0.0')).toEqual(['7.49.0']);
    expect(lockfile.versions('@okta/okta-signin-widget', 'packages/legacy', '^6.0.0')).toEqual(['6.9.0']);
    // An importer the lockfile does not list is not its business.
    expect(lockfile.versions('@okta/okta-signin-widget', 'elsewhere', '^6.0.0')).toEqual([]);
  });

  it('speaks only for importers it lists', () => {
    for (const [folder, name] of [
      ['pnpm-9-workspace', 'pnpm-lock.yaml'],
      ['yarn-berry-workspace', 'yarn.lock'],
      ['yarn-1', 'yarn.lock'],
    ] as const) {
      expect(readLockfile(at(folder, name))!.versions('@okta/okta-signin-widget', 'not/listed', '^5.0.0'), folder).toEqual([]);
    }
  });

  it('without the importer’s own entry, answers the set of locked versions the range admits', () => {
    const yarn = readLockfile(at('yarn-1-workspace', 'yarn.lock'))!;
    // The root of a yarn v1 workspace, declaring a range no entry is keyed by.
    expect(yarn.versions('@okta/okta-signin-widget', '', '>=6')).toEqual(['6.9.0', '7.49.0']);
    expect(yarn.versions('@okta/okta-signin-widget', '', '^7.1.0')).toEqual(['7.49.0']);
    expect(yarn.versions('@okta/okta-signin-widget', '', '^8.0.0')).toEqual([]);
  });
});

describe('edge cases', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'okta-oie-lockfiles-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  };
  const manifest = (spec: string) => JSON.stringify({ dependencies: { '@okta/okta-signin-widget': spec } });

  it('a set of versions: the lowest is the version, and the set is kept', () => {
    write('package.json', manifest('>=6'));
    write(
      'yarn.lock',
      '# yarn lockfile v1\n\n"@okta/okta-signin-widget@^6.0.0":\n  version "6.9.0"\n\n' +
        '"@okta/okta-signin-widget@^7.0.0":\n  version "7.49.0"\n',
    );
    expect(detectWidgetVersion(directory)).toEqual({
      version: '6.9.0',
      range: '6.9.0 || 7.49.0',
      written: '6.9.0 || 7.49.0',
      versions: ['6.9.0', '7.49.0'],
      source: 'lockfile',
      file: path.join(directory, 'yarn.lock'),
    });
  });

  it('a dist-tag the lockfile pins is known', () => {
    write('package.json', manifest('latest'));
    write(
      'package-lock.json',
      JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@okta/okta-signin-widget': { version: '7.49.0' } } }),
    );
    expect(detectWidgetVersion(directory)).toMatchObject({ version: '7.49.0', source: 'lockfile' });
  });

  it('an alias of another package, a link, or a malformed lockfile: the declared range', () => {
    write('package.json', manifest('^6.1.0'));
    write(
      'package-lock.json',
      JSON.stringify({
        lockfileVersion: 3,
        packages: { 'node_modules/@okta/okta-signin-widget': { name: '@acme/fork', version: '9.0.0' } },
      }),
    );
    expect(detectWidgetVersion(directory)).toMatchObject({ version: '6.1.0', source: 'declared' });
    clearVersionCache();
    write(
      'package-lock.json',
      '{ "lockfileVersion": 3, "packages": { "node_modules/@okta/okta-signin-widget": { "link": true, "resolved": "../w" } } }',
    );
    expect(detectWidgetVersion(directory)).toMatchObject({ version: '6.1.0', source: 'declared' });
    for (const [name, text] of [
      ['package-lock.json', '{'],
      ['pnpm-lock.yaml', 'a: [\n'],
      ['yarn.lock', '"unterminated\n  version'],
    ] as const) {
      rmSync(path.join(directory, 'package-lock.json'), { force: true });
      write(name, text);
      clearVersionCache();
      expect(() => detectWidgetVersion(directory), name).not.toThrow();
      expect(detectWidgetVersion(directory), name).toMatchObject({ version: '6.1.0', source: 'declared' });
      rmSync(path.join(directory, name));
    }
  });

  it('a package.json with a UTF-8 byte-order mark is read (Node and npm strip it)', () => {
    write('package.json', `\uFEFF${manifest('^6.9.0')}`);
    expect(detectWidgetVersion(directory)).toMatchObject({ version: '6.9.0', source: 'declared' });
  });

  it('reads a lockfile of several MB once for a whole run', () => {
    const packages: Record<string, unknown> = { '': { dependencies: { '@okta/okta-signin-widget': '^7.20.0' } } };
    for (let i = 0; i < 20_000; i += 1) {
      packages[`node_modules/dep-${i}`] = {
        version: `1.${i}.0`,
        resolved: `https://registry.npmjs.org/dep-${i}/-/dep-${i}-1.${i}.0.tgz`,
        integrity: `sha512-${'x'.repeat(86)}==`,
        dependencies: { [`dep-${i + 1}`]: '^1.0.0' },
      };
    }
    packages['node_modules/@okta/okta-signin-widget'] = { version: '7.49.0' };
    const lockfile = JSON.stringify({ name: 'big', lockfileVersion: 3, requires: true, packages }, null, 2);
    expect(lockfile.length).toBeGreaterThan(5_000_000);
    write('package.json', manifest('^7.20.0'));
    write('package-lock.json', lockfile);
    for (let i = 0; i < 200; i += 1) {
      expect(detectWidgetVersion(path.join(directory, 'src', String(i % 7))).version).toBe('7.49.0');
    }
    expect(versionCacheStats.byFile.get(path.join(directory, 'package-lock.json'))).toBe(1);
    expect(versionCacheStats.byFile.get(path.join(directory, 'package.json'))).toBe(1);
  });
});
