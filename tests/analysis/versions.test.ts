import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STAT_LIFETIME_MS } from '../../src/analysis/packages/read.js';
import {
  OktaConfigError,
  WIDGET_POLICY,
  clearVersionCache,
  describeVersion,
  detectWidgetVersion,
  resolveWidgetVersion,
  validateSettings,
  versionAtLeast,
  versionCacheStats,
} from '../../src/analysis/packages/versions.js';
import { lowestVersion as lowestOf } from '../../src/analysis/engine/version-sets.js';
import { WIDGET_PACKAGE } from '../../src/analysis/okta/widget.js';

const lowestVersion = (spec: unknown): string | null => lowestOf(spec, WIDGET_PACKAGE);

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
    expect(detectWidgetVersion(at('monorepo', 'packages', 'modern', 'src', 'deep'))).toMatchObject({
      version: '7.10.0',
      source: 'declared',
    });
    // A package that does not declare it uses the copy hoisted to the root.
    expect(detectWidgetVersion(at('monorepo', 'packages', 'shared', 'src'))).toMatchObject({ version: '7.49.0', source: 'installed' });
  });

  it('is unknown when no folder up the tree has the widget', () => {
    expect(detectWidgetVersion(at('no-widget', 'src')).version).toBeNull();
  });
});

describe('sources that disagree: what may run is their union', () => {
  it('a stale node_modules does not outrank the declared range and the lockfile', () => {
    // package.json ^6.9.0, package-lock.json 6.9.0, node_modules 7.49.0: `npm ci` brings back 6.9.0.
    const info = detectWidgetVersion(at('stale-install', 'src'));
    expect(info).toMatchObject({ version: '6.9.0', range: '7.49.0 || >=6.9.0 <7.0.0-0', source: 'mixed' });
    expect(versionAtLeast(info, '7.0.0')).toBe('unknown');
    expect(versionAtLeast(info, '5.2.0')).toBe(true);
    expect(describeVersion(info, WIDGET_POLICY)).toBe('7.49.0 (node_modules) or `^6.9.0` (package.json)');
  });

  it('a lockfile behind its package.json: both may run', () => {
    const info = detectWidgetVersion(at('stale-lockfile', 'src'));
    expect(info).toMatchObject({ version: '6.9.0', source: 'mixed' });
    expect(versionAtLeast(info, '7.0.0')).toBe('unknown');
    expect(describeVersion(info, WIDGET_POLICY)).toBe('6.9.0 (package-lock.json) or `^7.20.0` (package.json)');
  });

  it("a library's peer range counts in full beside its 7.x dev copy", () => {
    const info = detectWidgetVersion(at('peer-library', 'src'));
    expect(info).toMatchObject({ version: '6.0.0', written: '^6.0.0 || ^7.0.0', source: 'declared' });
    expect(versionAtLeast(info, '7.0.0')).toBe('unknown');
  });

  it('two declared ranges (dependencies and devDependencies) both count', () => {
    const info = detectWidgetVersion(at('two-ranges', 'src'));
    expect(info).toMatchObject({ version: '6.9.0', source: 'mixed' });
    expect(versionAtLeast(info, '7.0.0')).toBe('unknown');
    expect(describeVersion(info, WIDGET_POLICY)).toBe('`^6.9.0` or `^7.20.0` (package.json)');
  });

  it('sources that agree give the most exact one, as before', () => {
    // ^5.1.1 declared, 5.16.1 installed; ^7.20.0 declared, 7.49.0 locked.
    expect(detectWidgetVersion(at('installed', 'src'))).toMatchObject({ version: '5.16.1', range: '5.16.1', source: 'installed' });
    const locked = fileURLToPath(new URL('../fixtures/lockfiles/npm-v3/src', import.meta.url));
    expect(detectWidgetVersion(locked)).toMatchObject({ version: '7.49.0', range: '7.49.0', source: 'lockfile' });
  });
});

describe('prereleases', () => {
  const context = (settings: Record<string, unknown>) =>
    ({ settings, sourceCode: {}, physicalFilename: at('caret', 'src', 'a.js'), cwd: fixtures }) as unknown as Parameters<
      typeof resolveWidgetVersion
    >[0];

  it.each([
    ['7.0.0-beta.1', '7.0.0', true],
    ['7.0.0-beta.1', '5.2.0', true],
    ['^7.0.0-rc.2', '7.0.0', true],
    ['5.2.0-alpha.3', '5.2.0', true],
    ['5.2.0-alpha.3', '7.0.0', false],
    ['6.0.0-beta.1', '7.0.0', false],
    ['>=6.9.0', '7.0.0', 'unknown'],
  ])('%s is at least %s: %s', (widgetVersion, threshold, expected) => {
    expect(versionAtLeast(resolveWidgetVersion(context({ okta: { widgetVersion } })), threshold)).toBe(expected);
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
    ({ settings, sourceCode: {}, physicalFilename: filename, cwd: fixtures }) as unknown as Parameters<typeof resolveWidgetVersion>[0];

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
    expect(resolveWidgetVersion(context({ okta: { widgetVersion: 'detect' } }), 'detect')).toMatchObject({
      version: '5.9.0',
      source: 'declared',
    });
    expect(resolveWidgetVersion(context({}))).toMatchObject({ version: '5.9.0', source: 'declared' });
  });

  it('treats "any version" as unknown, and settings that are not a version or range as a configuration error', () => {
    expect(resolveWidgetVersion(context({ okta: { widgetVersion: '*' } })).version).toBeNull();
    for (const widgetVersion of ['latest', 42, null, { v: 1 }, '']) {
      expect(() => resolveWidgetVersion(context({ okta: { widgetVersion } }))).toThrow(OktaConfigError);
    }
  });

  it.each([
    [{ okta: 'yes' }, 'settings.okta must be an object ({ widgetVersion, authJsVersion }); got "yes".'],
    [{ okta: ['7.0.0'] }, 'settings.okta must be an object ({ widgetVersion, authJsVersion }); got ["7.0.0"].'],
    [{ okta: null }, 'settings.okta must be an object ({ widgetVersion, authJsVersion }); got null.'],
    [{ okta: { widgetVerison: '7.0.0' } }, 'settings.okta.widgetVerison is not a setting; did you mean settings.okta.widgetVersion?'],
    [{ okta: { authjsVersion: '7.0.0' } }, 'settings.okta.authjsVersion is not a setting; did you mean settings.okta.authJsVersion?'],
    [{ 'okta-oie': { widgetVersion: '7.0.0' } }, 'settings["okta-oie"] is not read by this plugin; did you mean settings.okta?'],
    [{ Okta: { widgetVersion: '7.0.0' } }, 'settings["Okta"] is not read by this plugin; did you mean settings.okta?'],
    [{ otka: {} }, 'settings["otka"] is not read by this plugin; did you mean settings.okta?'],
  ])('settings %j are a configuration error that names the key', (settings, message) => {
    expect(() => resolveWidgetVersion(context(settings))).toThrow(OktaConfigError);
    expect(() => validateSettings(settings)).toThrow(`eslint-plugin-okta-oie: ${message}`);
  });

  it("leaves other plugins' settings alone", () => {
    for (const settings of [{}, { react: { version: 'detect' } }, { 'import/resolver': {}, vue: {}, html: {} }, { okta: {} }]) {
      expect(() => validateSettings(settings)).not.toThrow();
    }
  });

  it("accepts the key our own configs' blocks carry (the --cache key)", () => {
    expect(() => validateSettings({ 'okta-oie/package-files': { toJSON: () => 'key' }, okta: {} })).not.toThrow();
  });

  it('detects from the working directory when the file name is not a path', () => {
    expect(resolveWidgetVersion(context({}, '<input>'))).toMatchObject({ version: null });
  });
});
