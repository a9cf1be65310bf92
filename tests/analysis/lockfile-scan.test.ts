/**
 * The lockfile scanner reads only the blocks a question needs; its answers must be those of
 * the whole file parsed (every fixture of tests/fixtures/lockfiles, with LF and CRLF), and
 * a layout it does not read falls back to the whole parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSyml } from '@yarnpkg/parsers';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scanPnpmLockfile, scanYarnLockfile } from '../../src/analysis/packages/lockfile-scan.js';

const fixtures = fileURLToPath(new URL('../fixtures/lockfiles/', import.meta.url));
const yaml = (text: string): unknown => parse(text, { maxAliasCount: -1, uniqueKeys: false });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const NAMES = ['@okta/okta-signin-widget', '@okta/okta-auth-js', 'semver', 'tslib', 'not-a-package'];

/** A pnpm 9 lockfile of a monorepo with n packages (the shape of bench/shapes.js). */
function pnpmLockfile(n: number): string {
  const lines = [
    "lockfileVersion: '9.0'",
    '',
    'importers:',
    '  .:',
    '    dependencies:',
    "      '@okta/okta-signin-widget':",
    '        specifier: ^7.20.0',
    '        version: 7.49.0',
  ];
  for (let i = 0; i < n; i += 1) {
    lines.push(`  packages/pkg-${i}:`, '    dependencies:', `      dep-${i}:`, `        specifier: ^1.${i}.0`, `        version: 1.${i}.0`);
    lines.push('      left-pad:', '        specifier: ^1.3.0', '        version: 1.3.0', '');
  }
  lines.push('packages:', "  '@okta/okta-signin-widget@7.49.0':", '    resolution: {integrity: sha512-abc}');
  for (let i = 0; i < n; i += 1) lines.push(`  dep-${i}@1.${i}.0:`, `    resolution: {integrity: sha512-${i}}`, '');
  return lines.join('\n');
}

function lockfiles(name: string): [string, string][] {
  return readdirSync(fixtures)
    .filter((folder) => !folder.includes('.') && readdirSync(path.join(fixtures, folder)).includes(name))
    .flatMap((folder) => {
      const text = readFileSync(path.join(fixtures, folder, name), 'utf8');
      return [
        [folder, text],
        [`${folder} (CRLF)`, text.replace(/\n/g, '\r\n')],
      ] as [string, string][];
    });
}

/** What the whole parse says: importers (or the file as the root's entry) and the packages' keys. */
function wholePnpm(text: string) {
  const value = yaml(text) as Record<string, unknown>;
  const importers = isRecord(value.importers) ? value.importers : { '.': value };
  return { importers, packages: isRecord(value.packages) ? Object.keys(value.packages) : [] };
}

describe('pnpm: the scan answers as the whole parse does', () => {
  it.each(lockfiles('pnpm-lock.yaml'))('%s', (_, text) => {
    const whole = wholePnpm(text);
    const scan = scanPnpmLockfile(text, yaml)!;
    for (const key of [...Object.keys(whole.importers), 'not/listed']) {
      const entry = scan.importer(key);
      const expected = whole.importers[key];
      // Before 9.0 the root's entry is the file: the scan reads the sections the resolver reads.
      if (!isRecord(expected) || !('lockfileVersion' in expected)) expect(entry, key).toEqual(expected);
      else
        for (const section of ['dependencies', 'devDependencies', 'optionalDependencies'])
          expect((entry as Record<string, unknown>)[section], section).toEqual(expected[section]);
    }
    for (const name of NAMES) expect(scan.packageKeys(name), name).toEqual(whole.packages.filter((key) => key.includes(name)));
  });

  it('a layout it does not read (a document marker, a flow mapping, JSON) is parsed whole', () => {
    const text = readFileSync(path.join(fixtures, 'pnpm-9-workspace', 'pnpm-lock.yaml'), 'utf8');
    const whole = wholePnpm(text);
    for (const variant of [`---\n${text}`, JSON.stringify(yaml(text)), text.replace(/^importers:\n/m, 'importers: !!map\n')]) {
      let parsed = 0;
      const scan = scanPnpmLockfile(variant, (source) => {
        parsed += source.length;
        return yaml(source);
      })!;
      expect(scan.importer('packages/legacy')).toEqual(whole.importers['packages/legacy']);
      expect(parsed).toBeGreaterThanOrEqual(variant.length - 1);
    }
    expect(() => scanPnpmLockfile('a: [\n', yaml)).toThrow();
  });

  it('reads only the asked importer’s block of a large lockfile', () => {
    const text = pnpmLockfile(5000);
    let parsed = 0;
    const scan = scanPnpmLockfile(text, (source) => {
      parsed += source.length;
      return yaml(source);
    })!;
    expect(scan.importer('packages/pkg-4321')).toEqual({
      dependencies: { 'dep-4321': { specifier: '^1.4321.0', version: '1.4321.0' }, 'left-pad': { specifier: '^1.3.0', version: '1.3.0' } },
    });
    expect(scan.importer('.')).toEqual({ dependencies: { '@okta/okta-signin-widget': { specifier: '^7.20.0', version: '7.49.0' } } });
    expect(scan.packageKeys('@okta/okta-signin-widget')).toEqual(['@okta/okta-signin-widget@7.49.0']);
    expect(parsed).toBeLessThan(1000);
  });
});

describe('yarn: the scan answers as the whole parse does', () => {
  it.each(lockfiles('yarn.lock'))('%s', (_, text) => {
    const whole = parseSyml(text);
    const scan = scanYarnLockfile(text, parseSyml);
    for (const needles of [['@workspace:'], ...NAMES.map((name) => [`${name}@`]), ['@workspace:', '@okta/okta-signin-widget@']]) {
      const expected = Object.fromEntries(Object.entries(whole).filter(([key]) => needles.some((needle) => key.includes(needle))));
      expect(scan.entries(needles), needles.join()).toEqual(expected);
    }
  });

  it('a file that is not laid out as entries is parsed whole, and throws as the parser does', () => {
    expect(() => scanYarnLockfile('"unterminated\n  version', parseSyml)).toThrow();
    expect(scanYarnLockfile('# yarn lockfile v1\n', parseSyml).entries(['a@'])).toEqual({});
  });
});

describe('pnpm: quoted keys', () => {
  it('reads a quoted key as the whole parse does, escapes included (the plain ones without the YAML parser)', () => {
    const text = [
      "lockfileVersion: '9.0'",
      'importers:',
      "  'packages/it''s':",
      '    dependencies:',
      "      '@okta/okta-signin-widget':",
      '        specifier: ^7.20.0',
      '        version: 7.49.0',
      '  "packages/tab\\tname":',
      '    dependencies: {}',
      "  'packages/back\\slash':",
      '    dependencies: {}',
      'packages:',
      "  '@okta/okta-signin-widget@7.49.0':",
      '    resolution: {integrity: sha512-abc}',
      '  "@okta/okta-auth-js@7.8.1":',
      '    resolution: {integrity: sha512-def}',
      '  "@okta/esc\\u0061ped@1.0.0":',
      '    resolution: {integrity: sha512-ghi}',
      '',
    ].join('\n');
    const whole = wholePnpm(text);
    let parses = 0;
    const scan = scanPnpmLockfile(text, (t) => ((parses += 1), yaml(t)))!;
    expect(parses).toBe(4); // the keys with a quote or a backslash inside: `''`, `\t`, `\s`, `\u0061`
    expect(Object.keys(whole.importers)).toEqual(["packages/it's", 'packages/tab\tname', 'packages/back\\slash']);
    for (const key of Object.keys(whole.importers)) expect(scan.importer(key), key).toEqual(whole.importers[key]);
    expect(scan.packageKeys('@okta/')).toEqual(whole.packages.filter((key) => key.includes('@okta/')));
    expect(scan.packageKeys('@okta/escaped')).toEqual(['@okta/escaped@1.0.0']);
  });
});
