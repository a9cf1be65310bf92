import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { dependsOnWidget, embedsWidget, packageDirectoryOf, setPageLoadsWidget } from '../../../src/analysis/project/embeds.js';

const fixtures = fileURLToPath(new URL('../../fixtures/auth-resume/', import.meta.url));
const pkg = (name: string) => path.join(fixtures, name);

afterEach(() => setPageLoadsWidget(null));

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
  it('the package.json part alone while no page scan is connected', () => {
    expect(embedsWidget(pkg('embedded'))).toBe(true);
    expect(embedsWidget(pkg('cdn-page'))).toBe(false);
    expect(embedsWidget(pkg('malformed'))).toBe('unknown');
  });
  it('a connected page scan answers for the packages whose package.json does not declare the widget', () => {
    const asked: string[] = [];
    setPageLoadsWidget((directory) => {
      asked.push(directory);
      return directory === pkg('cdn-page') ? true : directory === pkg('vue-redirect') ? 'unknown' : false;
    });
    expect(embedsWidget(pkg('cdn-page'))).toBe(true);
    expect(embedsWidget(pkg('vue-redirect'))).toBe('unknown');
    expect(embedsWidget(pkg('redirect-only'))).toBe(false);
    expect(embedsWidget(pkg('embedded'))).toBe(true);
    expect(asked).not.toContain(pkg('embedded'));
  });
});
