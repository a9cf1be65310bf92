import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';
import { clearVersionCache } from '../src/analysis/packages/versions.js';
import { NODE_TYPES_USED, T } from '../src/analysis/engine/node-types.js';
import { DEPENDENCY_NAMES, DependencyError, dependency, resetDependencies, usable } from '../src/deps.js';

const require = createRequire(import.meta.url);
const src = fileURLToPath(new URL('../src/', import.meta.url));

/** semver 6.3.1 as an app's `"overrides": { "semver": "6.3.1" }` brings it: no `subset` (added in 7.0). */
const semver6 = (): Record<string, unknown> => {
  const semver = { ...(require('semver') as Record<string, unknown>) };
  delete semver.subset;
  return semver;
};

beforeEach(() => {
  resetDependencies();
  clearVersionCache();
});
afterEach(() => {
  resetDependencies();
  vi.restoreAllMocks();
});

describe('the self-test of each run-time dependency', () => {
  it.each(DEPENDENCY_NAMES)('%s as installed passes', (name) => {
    expect(usable(name)).toBe(true);
  });

  it('covers every dependency of package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: object };
    expect([...DEPENDENCY_NAMES].sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it('knows every AST node type the source compares with', () => {
    const used = new Set<string>();
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      for (const match of text.matchAll(/\bT\.([A-Z]\w+)/g)) used.add(match[1]!);
    }
    expect([...used].filter((name) => !(NODE_TYPES_USED as readonly string[]).includes(name))).toEqual([]);
  });

  it.each([
    ['semver', semver6(), '6.3.1'],
    ['yaml', { parse: () => ({}) }, '1.10.2'],
    ['@yarnpkg/parsers', {}, '2.0.0'],
    ['htmlparser2', { Parser: class {} }, '3.10.1'],
    ['ignore', () => ({ add: () => ({ ignores: () => false }) }), '4.0.6'],
    ['minimatch', {}, '3.1.2'],
    ['globals', { browser: {} }, '11.12.0'],
    ['jsonc-eslint-parser', {}, '1.4.1'],
    ['@eslint-community/eslint-utils', { findVariable() {} }, '2.0.0'],
    ['diff', {}, '3.5.0'],
  ] as const)('%s forced to an incompatible %s: unusable, one warning that names it and the override', (name, module, version) => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    resetDependencies({ [name]: module }, { [name]: version });
    expect(usable(name)).toBe(false);
    expect(() => dependency(name)).toThrow(DependencyError);
    expect(usable(name)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    const [message] = warn.mock.calls[0] as [string];
    expect(message).toContain(`${name} ${version} lacks the API this plugin needs`);
    expect(message).toContain('an `overrides` or `resolutions` entry in the app forces this version');
  });

  it('prints one warning per process, however many dependencies fail', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    resetDependencies({ semver: semver6(), yaml: {} }, { semver: '6.3.1', yaml: '1.0.0' });
    expect(usable('semver')).toBe(false);
    expect(usable('yaml')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('an incompatible dependency silences the rules that need it', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (code: string, settings: Record<string, unknown>, filename = 'login.js') =>
    linter.verifyAndFix(code, [...plugin.configs.migrate, { settings }], { filename });
  const widget = `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x' });\n`;
  const flagged = `import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ clientId: 'x', useInteractionCodeFlow: true });\n`;

  it('a genuinely unknown version still gets what holds on every version', () => {
    const result = lint(widget, {});
    expect(result.messages).toEqual([]);
    expect(result.output).toContain('useInteractionCodeFlow: true');
  });

  it('semver 6.3.1 (no subset): no finding and no edit on a 7.49.0 widget, and one warning', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    resetDependencies({ semver: semver6() }, { semver: '6.3.1' });
    for (const code of [widget, flagged]) {
      const result = lint(code, { okta: { widgetVersion: '7.49.0' } });
      expect(result.messages).toEqual([]);
      expect(result.output).toBe(code);
      // Detected from files, too.
      const detected = lint(code, {}, fileURLToPath(new URL('fixtures/lockfiles/npm-v3/src/login.js', import.meta.url)));
      expect(detected.messages).toEqual([]);
      expect(detected.output).toBe(code);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('semver 6.3.1');
  });

  it('the node types the rules compare with are our own constant: typescript-eslint is not loaded at run time', () => {
    expect(T.CallExpression).toBe('CallExpression');
    expect(Object.isFrozen(T)).toBe(true);
    expect(DEPENDENCY_NAMES).not.toContain('@typescript-eslint/types');
  });
});
