/**
 * Pages and their scripts (project/pages.ts): a script that a page of its package loads
 * with `<script src>` runs the widget the page loads from Okta's CDN.
 */
import { mkdtempSync, cpSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { clearPagesCache, loadedByOktaPage, pagesLoading, scriptPageVersions } from '../../src/analysis/project/pages.js';
import { clearReadCache } from '../../src/analysis/packages/read.js';

const site = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/e2e/static-site');
const file = (name: string) => path.join(site, name);

async function lint(names: string[], cwd = site) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
  const results = await eslint.lintFiles(names);
  return results.flatMap((result) =>
    result.messages.map(
      (m) =>
        `${path.relative(cwd, result.filePath).split(path.sep).join('/')}:${m.line} ${m.ruleId?.replace('okta-oie/', '')}: ${m.message}`,
    ),
  );
}

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the pages that load a script', () => {
  it("finds them relative and root-relative, with each page's CDN versions; build output and other origins are not pages", () => {
    expect(pagesLoading(file('public/js/login.js'))).toEqual([{ name: 'public/index.html', widgetVersions: ['5.6.0'], namesOkta: true }]);
    // `?v=3` is not part of the file.
    expect(pagesLoading(file('public/js/config.js')).map((page) => page.name)).toEqual(['public/index.html']);
    // `/js/analytics.js` from public/account/: the page's folders, then the static roots.
    expect(pagesLoading(file('public/js/analytics.js')).map((page) => page.name)).toEqual([
      'public/index.html',
      'public/account/index.html',
    ]);
    // dist/index.html (4.5.0) also names it, but build output holds no page of the app.
    expect(scriptPageVersions(file('public/account/account.js'))).toEqual({ versions: ['7.20.0'], pages: ['public/account/index.html'] });
    expect(scriptPageVersions(file('public/js/shared-widget.js'))).toEqual({
      versions: ['5.6.0', '7.20.0'],
      pages: ['public/help.html', 'public/account/index.html'],
    });
    expect(pagesLoading(file('public/js/orphan.js'))).toEqual([]);
    expect(scriptPageVersions(file('public/js/orphan.js'))).toBeNull();
    expect(pagesLoading('relative/login.js')).toEqual([]);
    expect(pagesLoading(file('public/index.html'))).toEqual([]);
  });

  it('a script loaded by an Okta page passes the gate even when it names no Okta', () => {
    expect(loadedByOktaPage(file('public/js/config.js'))).toBe(true);
    expect(loadedByOktaPage(file('public/js/orphan.js'))).toBe(false);
  });

  it('the widget in login.js runs the 5.6.0 its page loads: reported, with the version and the page in the message', async () => {
    expect(await lint(['public/js/login.js', 'public/account/account.js', 'public/js/shared-widget.js', 'public/js/orphan.js'])).toEqual([
      'public/js/login.js:2 require-interaction-code-flow: ' +
        'Set `useInteractionCodeFlow: true` or widget 5.6.0 (loaded by public/index.html) runs the Classic Engine.',
      // Loaded by a 5.6.0 page and a 7.20.0 page: the set; 5.6.0 runs the Classic Engine without the flag.
      'public/js/shared-widget.js:2 require-interaction-code-flow: ' +
        'Set `useInteractionCodeFlow: true`, needed on 5.2–6.x: ' +
        'widget 5.6.0 or 7.20.0 (loaded by public/help.html, public/account/index.html).',
      // No page loads it: as before.
      'public/js/orphan.js:2 require-interaction-code-flow: Set `useInteractionCodeFlow: true`, needed on 5.2–6.x: widget version unknown.',
    ]);
  });

  it(
    'sees an edited page on the next lint (no restart), ' + 'and a page that loads no widget from the CDN makes the versions unknown',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-pages-'));
      scratch.push(dir);
      cpSync(site, dir, { recursive: true });
      const page = path.join(dir, 'public/index.html');
      const script = path.join(dir, 'public/js/login.js');
      expect(scriptPageVersions(script)?.versions).toEqual(['5.6.0']);
      writeFileSync(
        page,
        '<script src="https://global.oktacdn.com/okta-signin-widget/7.20.0/js/okta-sign-in.min.js"></script><script src="js/login.js"></script>',
      );
      utimesSync(page, new Date(), new Date(Date.now() + 5000));
      clearReadCache();
      clearPagesCache();
      expect(scriptPageVersions(script)?.versions).toEqual(['7.20.0']);
      expect(await lint(['public/js/login.js'], dir)).toEqual([]);
      writeFileSync(
        path.join(dir, 'public/self-hosted.html'),
        '<script src="/vendor/okta-sign-in.min.js"></script><script src="js/login.js"></script>',
      );
      clearReadCache();
      clearPagesCache();
      expect(pagesLoading(script).map((each) => each.name)).toEqual(['public/index.html', 'public/self-hosted.html']);
      expect(scriptPageVersions(script)).toBeNull();
    },
  );
});
