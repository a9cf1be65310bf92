import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STAT_LIFETIME_MS } from '../../src/analysis/packages/read.js';
import {
  OktaConfigError,
  clearVersionCache,
  detectWidgetVersion,
  lowestVersion,
  resolveWidgetVersion,
  versionCacheStats,
} from '../../src/analysis/versions.js';

const fixtures = fileURLToPath(new URL('../fixtures/versions/', import.meta.url));
const at = (...parts: string[]): string => path.join(fixtures, ...parts);

beforeEach(() => clearVersionCache());

describe('lowestVersion', () => {
  it.each([
    ['^5.9.0', '5.9.0'],
    ['~6.1.2', '6.1.2'],
    ['7.4.1', '7.4.1'],
    ['>=5.2.0 <7', '5.2.0'],
    ['^5.0.0 || ^7.0.0', '5.0.0'],
    ['7', '7.0.0'],
    ['7.x', '7.0.0'],
    [' =v6.9.0 ', '6.9.0'],
    ['npm:@okta/okta-signin-widget@^7.1.0', '7.1.0'],
  ])('%s → %s', (spec, expected) => {
    expect(lowestVersion(spec)).toBe(expected);
  });

  it.each([
    '*',
    'x',
    '',
    'latest',
    'next',
    'file:../widget',
    'link:../widget',
    'workspace:*',
    'workspace:^7.0.0',
    'npm:@acme/fork@1.0.0',
    'npm:@okta/okta-signin-widget',
    'git+https://github.com/okta/okta-signin-widget.git',
    'okta/okta-signin-widget#7.0.0',
    'https://example.com/widget.tgz',
    '>=0.0.0',
    'banana',
    '^',
  ])('%s is unknown', (spec) => {
    expect(lowestVersion(spec)).toBeNull();
  });

  it.each([undefined, null, 7, {}, ['7.0.0']])('a non-string (%s) is unknown', (spec) => {
    expect(lowestVersion(spec)).toBeNull();
  });
});

describe('detectWidgetVersion on fixture folders', () => {
  it.each([
    ['caret', '5.9.0', 'declared'],
    ['tilde', '6.1.2', 'declared'],
    ['exact', '7.4.1', 'declared'],
    ['range', '5.2.0', 'declared'],
    ['alias', '7.1.0', 'declared'],
    // The app's own "version" field is not the widget's.
    ['own-version', '7.2.0', 'declared'],
  ])('%s → %s (%s)', (folder, version, source) => {
    expect(detectWidgetVersion(at(folder, 'src'))).toMatchObject({ version, source, file: at(folder, 'package.json') });
  });

  it.each(['star', 'latest', 'file', 'workspace', 'alias-fork', 'git', 'github', 'not-a-string', 'odd', 'malformed'])(
    '%s: declared but unknown, and the walk stops there',
    (folder) => {
      expect(detectWidgetVersion(at(folder, 'src'))).toEqual({
        version: null,
        range: null,
        source: 'unknown',
        file: at(folder, 'package.json'),
      });
    },
  );

  it('prefers the installed copy to the declared range in the same folder', () => {
    expect(detectWidgetVersion(at('installed', 'src', 'pages'))).toMatchObject({
      version: '5.16.1',
      source: 'installed',
      file: at('installed', 'node_modules', '@okta', 'okta-signin-widget', 'package.json'),
    });
  });

  it('resolves each monorepo package on its own', () => {
    expect(detectWidgetVersion(at('monorepo', 'packages', 'legacy', 'src'))).toMatchObject({ version: '6.9.0', source: 'declared' });
    expect(detectWidgetVersion(at('monorepo', 'packages', 'modern', 'src', 'deep'))).toMatchObject({ version: '7.10.0', source: 'declared' });
    // A package that does not declare it uses the copy hoisted to the root.
    expect(detectWidgetVersion(at('monorepo', 'packages', 'shared', 'src'))).toMatchObject({ version: '7.49.0', source: 'installed' });
  });

  it('is unknown when no folder up the tree has the widget', () => {
    expect(detectWidgetVersion(at('no-widget', 'src')).version).toBeNull();
  });
});

describe('the cache', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'okta-oie-versions-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('reads each package.json once per run, and again when it changes', () => {
    const manifest = path.join(directory, 'package.json');
    writeFileSync(manifest, JSON.stringify({ dependencies: { '@okta/okta-signin-widget': '^6.9.0' } }));
    expect(detectWidgetVersion(path.join(directory, 'a')).version).toBe('6.9.0');
    const reads = versionCacheStats.reads;
    for (let i = 0; i < 50; i += 1) detectWidgetVersion(path.join(directory, 'src', String(i)));
    expect(versionCacheStats.reads).toBe(reads);

    // An editor that stays open sees the edit (a different size, so no mtime granularity issue)
    // once what the path is has been asked again, at most a second later.
    writeFileSync(manifest, JSON.stringify({ dependencies: { '@okta/okta-signin-widget': '^7.20.0' } }));
    vi.useFakeTimers({ now: Date.now() + STAT_LIFETIME_MS, toFake: ['Date'] });
    try {
      expect(detectWidgetVersion(path.join(directory, 'a')).version).toBe('7.20.0');
      expect(versionCacheStats.reads).toBe(reads + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks the file system about each path at most once a second', () => {
    const manifest = path.join(directory, 'package.json');
    writeFileSync(manifest, JSON.stringify({ dependencies: { '@okta/okta-signin-widget': '^6.9.0' } }));
    const start = Date.now();
    vi.useFakeTimers({ now: start, toFake: ['Date'] });
    try {
      expect(detectWidgetVersion(directory).version).toBe('6.9.0');
      // Within the second, an edit, a new lockfile or an install is not seen yet…
      writeFileSync(manifest, JSON.stringify({ dependencies: { '@okta/okta-signin-widget': '^7.20.0' } }));
      const lock = { lockfileVersion: 3, packages: { '': {}, 'node_modules/@okta/okta-signin-widget': { version: '7.21.0' } } };
      writeFileSync(path.join(directory, 'package-lock.json'), JSON.stringify(lock));
      expect(detectWidgetVersion(directory).version).toBe('6.9.0');
      // …and after it, all of them are.
      vi.setSystemTime(start + STAT_LIFETIME_MS);
      expect(detectWidgetVersion(directory)).toMatchObject({ version: '7.21.0', source: 'lockfile' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('survives a package.json that turns malformed, or disappears', () => {
    const manifest = path.join(directory, 'package.json');
    writeFileSync(manifest, '{ "dependencies": ');
    expect(detectWidgetVersion(directory).version).toBeNull();
    rmSync(manifest);
    expect(() => detectWidgetVersion(directory)).not.toThrow();
  });
});

describe('resolveWidgetVersion', () => {
  const context = (settings: Record<string, unknown>, filename = at('caret', 'src', 'a.js')) =>
    ({ settings, sourceCode: {}, physicalFilename: filename, cwd: fixtures }) as unknown as Parameters<
      typeof resolveWidgetVersion
    >[0];

  it('takes the rule option first, then settings.okta.widgetVersion, then detection', () => {
    expect(resolveWidgetVersion(context({ okta: { widgetVersion: '^7.1.0' } }), '6.0.0')).toEqual({
      version: '6.0.0',
      range: '6.0.0',
      written: '6.0.0',
      source: 'option',
    });
    expect(resolveWidgetVersion(context({ okta: { widgetVersion: '^7.1.0' } }))).toEqual({
      version: '7.1.0',
      range: '>=7.1.0 <8.0.0-0',
      written: '^7.1.0',
      source: 'settings',
    });
    expect(resolveWidgetVersion(context({ okta: { widgetVersion: 'detect' } }), 'detect')).toMatchObject({ version: '5.9.0', source: 'declared' });
    expect(resolveWidgetVersion(context({}))).toMatchObject({ version: '5.9.0', source: 'declared' });
  });

  it('treats "any version" as unknown, and settings that are not a version or range as a configuration error', () => {
    expect(resolveWidgetVersion(context({ okta: { widgetVersion: '*' } })).version).toBeNull();
    for (const widgetVersion of ['latest', 42, null, { v: 1 }, '']) {
      expect(() => resolveWidgetVersion(context({ okta: { widgetVersion } }))).toThrow(OktaConfigError);
    }
    // An `okta` setting that is not an object has no widgetVersion: detection.
    expect(resolveWidgetVersion(context({ okta: 'yes' })).source).toBe('declared');
  });

  it('detects from the working directory when the file name is not a path', () => {
    expect(resolveWidgetVersion(context({}, '<input>'))).toMatchObject({ version: null });
  });
});
