/**
 * The HTML report in a real browser: Debian's Chromium, headless, through playwright-core.
 * The page renders with no console error and no request for anything outside it, its
 * numbers are the JSON report's, and code from the repository is text, never markup.
 * Without a browser the test says so and skips (.ci/run installs Chromium).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/audit/report.js';
// @ts-expect-error -- the built module (what the bin runs); its types are not published
import { main } from '../../dist/audit/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const found = existsSync(BROWSER);
if (!found)
  console.log(`The HTML report's browser test skipped: no Chromium at ${BROWSER} (apt-get install -y chromium, or set CHROMIUM_PATH).`);

/** What the test reads of the page's elements. */
interface Element {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element> & Iterable<Element>;
}

const scratch: string[] = [];
let browser: Browser | undefined;

beforeAll(async () => {
  if (!found) return;
  browser = await chromium.launch({
    executablePath: BROWSER,
    headless: true,
    // playwright gives each launch a fresh profile of its own (a new --user-data-dir in a temporary folder).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'okta-oie-html-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function audit(cwd: string, ...args: string[]): Promise<string> {
  let stdout = '';
  await main(['audit', ...args, '--concurrency', 'off'], { cwd, stdout: (t: string) => (stdout += t), stderr: () => {}, isTTY: false });
  return stdout;
}

const manifest = (name: string, widget: string) =>
  `${JSON.stringify({ name, private: true, dependencies: { '@okta/okta-signin-widget': widget, '@okta/okta-auth-js': '^7.8.0' } }, null, 2)}\n`;
const WIDGET =
  `import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ issuer: 'https://x', clientId: ` +
  `'c', redirectUri: '/cb' }); // <img src=x onerror="document.title='pwned'"></script>\n`;

describe.skipIf(!found)('the HTML report in headless Chromium', () => {
  const dir = repository({
    'package.json': `{ "name": "shop", "private": true, "workspaces": ["apps/*"] }\n`,
    'apps/web/package.json': manifest('web', '^6.9.0'),
    'apps/web/src/login.js': WIDGET,
    'apps/web/src/classic.js':
      `import OktaSignIn from '@okta/okta-signin-widget/classic';\nexport const w = new OktaSignIn({ issuer: ` +
      `'https://x', clientId: 'c', redirectUri: '/cb' });\n`,
    'apps/web/src/session.js':
      `import { OktaAuth } from '@okta/okta-auth-js';\nconst auth = new OktaAuth({ issuer: 'https://x' ` +
      `});\nexport const go = (t) => auth.session.setCookieAndRedirect(t, '/app');\nexport const signIn = (u, p) => auth.signIn({ ` +
      `username: u, password: p });\n`,
    'apps/admin/package.json': manifest('admin', '^7.20.0'),
    'apps/admin/src/login.js':
      `import OktaSignIn from '@okta/okta-signin-widget';\nexport const w = new OktaSignIn({ issuer: ` +
      `'https://x', clientId: 'c', redirectUri: '/cb', useInteractionCodeFlow: true });\nexport const h = new OktaSignIn({ baseUrl: ` +
      `'https://x', useClassicEngine: true });\n`,
  });

  it('renders with no console error and no outside request; its numbers are the JSON report', async () => {
    const html = await audit(dir, '--format', 'html');
    const report = JSON.parse(await audit(dir, '--format', 'json')) as Report;
    const page = await browser!.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on(
      'request',
      (request) =>
        !request.url().startsWith('data:') &&
        !request.url().startsWith('file:') &&
        request.url() !== 'about:blank' &&
        problems.push(`request ${request.url()}`),
    );
    const file = path.join(dir, '..', `${path.basename(dir)}.html`);
    scratch.push(file);
    writeFileSync(file, html);
    await page.goto(`file://${file}`);
    expect(problems).toEqual([]);
    // Nothing from the code became markup.
    expect(await page.title()).toBe('Okta Identity Engine migration audit');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('pre code', { hasText: `<img src=x onerror="document.title='pwned'"></script>` }).count()).toBeGreaterThan(0);

    const numbers = await page.evaluate(() => {
      // The page's document, typed as far as this reads it (the tests compile without the DOM library).
      const document = (globalThis as unknown as { document: Element }).document;
      const metric = (name: string) => Number(document.querySelector(`[data-metric="${name}"]`)?.textContent);
      const bars = (chart: string) =>
        Object.fromEntries(
          [...document.querySelectorAll(`[data-chart="${chart}"]`)].map((bar) => [
            bar.getAttribute('data-label'),
            Number(bar.getAttribute('data-value')),
          ]),
        );
      const matrix = [...document.querySelectorAll('[data-package-row]')].map((row) => ({
        path: row.getAttribute('data-package-row'),
        findings: Number(row.querySelector('[data-package-findings]')?.textContent),
        states: Object.fromEntries(
          [...row.querySelectorAll('[data-state]')].map((cell) => [cell.getAttribute('data-state'), cell.querySelectorAll('div').length]),
        ),
      }));
      const plan = [...document.querySelectorAll('[data-phase]')].map((step) => ({
        phase: step.getAttribute('data-phase'),
        rules: [...step.querySelectorAll('[data-plan-rule]')].map((item) => [
          item.getAttribute('data-plan-rule'),
          Number(item.getAttribute('data-locations')),
        ]),
        admin: step.querySelector('[data-admin-console]') !== null,
      }));
      return {
        findings: metric('findings'),
        files: metric('files'),
        notRead: metric('not-read'),
        packages: metric('packages'),
        byRule: bars('by-rule'),
        byFix: bars('by-fix'),
        matrix,
        plan,
        shown: document.querySelectorAll('[data-finding]').length,
      };
    });
    expect(numbers.findings).toBe(report.findings.length);
    expect(numbers.files).toBe(report.files.linted);
    expect(numbers.notRead).toBe(report.files.notRead.length);
    expect(numbers.packages).toBe(report.packages.length);
    expect(numbers.shown).toBe(report.findings.length);
    expect(numbers.byRule).toEqual(Object.fromEntries(report.rules.map((rule) => [rule.rule, rule.findings])));
    const level = (fix: string) => report.findings.filter((finding) => finding.fix === fix).length;
    expect(numbers.byFix).toEqual({ '--fix': level('recommended'), '--fix=migrate only': level('migrate'), people: level('none') });
    expect(numbers.matrix).toEqual(
      report.packages.map((pkg) => ({
        path: pkg.path,
        findings: pkg.findings,
        states: Object.fromEntries(
          ['runs-oie', 'needs-flow', 'classic', 'hosted', 'unknown'].map((state) => [
            state,
            pkg.widgets.filter((widget) => widget.status === state).length,
          ]),
        ),
      })),
    );
    expect(numbers.plan).toEqual(
      report.plan.map((step) => ({
        phase: step.phase,
        rules: step.items.map((item) => [item.rule, item.locations.length]),
        admin: step.adminConsole !== null,
      })),
    );
    expect(report.findings.length).toBeGreaterThan(3);
    if (process.env.OKTA_OIE_SCREENSHOT)
      await page.screenshot({ path: path.join(root, 'docs/images/audit-report.png'), clip: { x: 0, y: 0, width: 1100, height: 900 } });
    await page.close();
  });
});
