import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dependsOnWidget, embedsWidget, packageDirectoryOf } from '../../../src/analysis/project/embeds.js';

const fixtures = fileURLToPath(new URL('../../fixtures/auth-resume/', import.meta.url));
const pkg = (name: string) => path.join(fixtures, name);

describe('packageDirectoryOf', () => {
  it('is the folder of the nearest package.json, from a folder below it that need not exist', () => {
    expect(packageDirectoryOf(path.join(pkg('embedded'), 'src/routes'))).toBe(pkg('embedded'));
    expect(packageDirectoryOf(pkg('vue'))).toBe(pkg('vue'));
  });
  it('is null above every package.json', () => {
    expect(packageDirectoryOf(path.parse(fixtures).root)).toBe(null);
  });
});

describe('dependsOnWidget', () => {
  it('a dependency on the widget, by its name or an npm: alias in any section', () => {
    expect(dependsOnWidget(pkg('embedded'))).toBe(true);
    expect(dependsOnWidget(pkg('embedded-alias'))).toBe(true);
  });
  it('a redirect-only app (okta-auth-js and okta-react, no widget) does not', () => {
    expect(dependsOnWidget(pkg('redirect-only'))).toBe(false);
  });
  it('no package.json: false; a package.json that is not JSON: unknown', () => {
    expect(dependsOnWidget(path.join(fixtures, 'none'))).toBe(false);
    expect(dependsOnWidget(pkg('malformed'))).toBe('unknown');
  });
});

describe('embedsWidget', () => {
  it('a package.json that depends on the widget', () => {
    expect(embedsWidget(pkg('embedded'))).toBe(true);
    expect(embedsWidget(pkg('malformed'))).toBe('unknown');
  });
  it('a page of the package that loads the widget from Okta\u2019s CDN, whatever its package.json says', () => {
    expect(dependsOnWidget(pkg('cdn-page'))).toBe(false);
    expect(embedsWidget(pkg('cdn-page'))).toBe(true);
  });
  it('a page that loads only okta-auth-js from the CDN, or no page at all: no widget', () => {
    expect(embedsWidget(pkg('cdn-auth-js'))).toBe(false);
    expect(embedsWidget(pkg('redirect-only'))).toBe(false);
  });
});
