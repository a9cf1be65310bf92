import { describe, expect, it } from 'vitest';
import { admitsVersionBelow, npmAlias, plainRange, rangeAtLeast, rangeFrom } from '../../src/analysis/engine/version-sets.js';

describe('npmAlias: the one reader of npm: specs', () => {
  it.each([
    ['npm:@okta/okta-signin-widget@^4.3.2', { name: '@okta/okta-signin-widget', range: '^4.3.2' }],
    ['  npm:@okta/okta-signin-widget@7.0.0 ', { name: '@okta/okta-signin-widget', range: '7.0.0' }],
    ['npm:@okta/okta-signin-widget', { name: '@okta/okta-signin-widget', range: null }],
    ['npm:left-pad@1', { name: 'left-pad', range: '1' }],
    ['npm:left-pad', { name: 'left-pad', range: null }],
    ['npm:^7.0.0', { name: null, range: '^7.0.0' }],
    ['npm:7.1.0', { name: null, range: '7.1.0' }],
    ['npm:>=5 <7', { name: null, range: '>=5 <7' }],
  ])('%s', (spec, expected) => {
    expect(npmAlias(spec)).toEqual(expected);
  });

  it.each(['^7.0.0', 'workspace:*', 'file:../npm:x', undefined, 7])('%s is not an npm: spec', (spec) => {
    expect(npmAlias(spec)).toBeNull();
  });
});

describe('version sets', () => {
  it('reads an alias of the package through, and no other npm: spec', () => {
    expect(plainRange('npm:@okta/okta-signin-widget@^7.1.0', '@okta/okta-signin-widget')).toBe('>=7.1.0 <8.0.0-0');
    expect(plainRange('npm:@acme/fork@^7.1.0', '@okta/okta-signin-widget')).toBeNull();
    expect(plainRange('npm:^7.1.0', '@okta/okta-signin-widget')).toBeNull();
  });

  it('answers below/at least in three values', () => {
    expect(admitsVersionBelow('^5.0.0', '5.2.0', 'w')).toBe(true);
    expect(admitsVersionBelow('^5.2.0-beta.1', '5.2.0', 'w')).toBe(false);
    expect(admitsVersionBelow('latest', '5.2.0', 'w')).toBe('unknown');
    expect([rangeAtLeast('^7.1.0', '7.0.0'), rangeAtLeast('^6.0.0', '7.0.0'), rangeAtLeast('>=6.0.0', '7.0.0')]).toEqual([
      true,
      false,
      'unknown',
    ]);
  });

  it('keeps the part of a set at or above a minimum', () => {
    expect(rangeFrom('>=6.5.0 || ^8.1.0', '7.0.0')).toEqual({ range: '>=6.5.0 >=7.0.0-0 || ^8.1.0 >=7.0.0-0', version: '7.0.0-0' });
  });
});
