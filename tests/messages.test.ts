/**
 * Messages as short as the ecosystem's: every message is one sentence of at most 120
 * characters as an editor shows it (the why, the version detail and the Admin Console
 * steps are on the rule's docs page, which ESLint links from every message).
 * (a) every template of every rule, rendered with the longest realistic data;
 * (b) what the recommended config prints on the e2e Classic fixtures.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { describeVersion, detectWidgetVersion, WIDGET_POLICY } from '../src/analysis/packages/versions.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX = 120;
/** With the longest version description: its two sources are the action (`npm install` brings them together), named in full. */
const MAX_LONGEST_VERSION = 130;

/** Is a message one sentence? No sentence end (`. `, `! `, `? `) outside code spans, and it ends with one. */
function oneSentence(message: string): boolean {
  const prose = message.replace(/`[^`]*`/g, '`x`');
  return !/[.!?]\s/.test(prose) && /[.!?)]$/.test(prose);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The longest version descriptions the detection gives (sources that disagree), and the usual short ones. */
const versionFixture = (name: string) => path.join(root, 'tests/fixtures/versions', name, 'src');
const versionTexts = ['stale-install', 'stale-lockfile', 'two-ranges'].map((name) =>
  describeVersion(detectWidgetVersion(versionFixture(name)), WIDGET_POLICY),
);
const longestVersion = versionTexts.reduce((a, b) => (b.length > a.length ? b : a));

/**
 * Representative data for each placeholder: the longest value a rule passes in practice
 * (the longest version description, the longest replacement, module and URL).
 */
const DATA: Record<string, string> = {
  version: '6.9.0 (package-lock.json)',
  target: '7.49.0',
  minimum: '5.2.0',
  range: '~5.16.1 || ^6.0.0',
  installed: '',
  url: 'https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.min.js',
  replacement: 'https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.min.js',
  file: 'js/okta-sign-in.no-polyfill.min.js',
  integrity: '',
  specifier: '@okta/okta-auth-js/authn',
  method: 'authClient.signInWithCredentials',
  call: 'authClient.idx.authenticate',
  shape: 'session.setCookieAndRedirect',
  value: 'MFA_ENROLL',
  where: '',
  options: '',
  flow: '',
  blocker: '',
  operation: 'IDP_DISCOVERY',
  result: 'res',
  client: 'this.oktaAuth',
};

/** What a rule passes for its own placeholders, where it differs from the table above (the longest of each). */
const BY_RULE: Record<string, Record<string, string[]>> = {
  'min-widget-version': {
    version: ['4.5.0'],
    range: ['^5.1.1'],
    reason: ['Classic-only ', ''],
    installed: ['', ', now 5.16.1 (package-lock.json)'],
    integrity: ['', ' with a new `integrity` hash', ' (and any `integrity` hash)'],
  },
  'prefer-supported-widget-version': {
    version: ['5.10.0'],
    minimum: ['5.11.0'],
    range: ['>=5.2.0 <5.11.0'],
    installed: ['', ', now 5.16.1 (package-lock.json)'],
    integrity: ['', ' with a new `integrity` hash', ' (and any `integrity` hash)'],
  },
  'no-authn-api': {
    method: ['authClient.signIn', 'transaction.introspect'],
    version: ['', '; okta-auth-js 4.9.0 (package-lock.json) needs 5.1.0+'],
  },
  'no-authn-api/authnCall': { replacement: ['`idx.authenticate()`', 'the `idx` module'] },
  'no-authn-api/authnModule': { replacement: ['@okta/okta-auth-js'], specifier: ['@okta/okta-auth-js/authn'] },
  'no-authn-api/useDefaultEntry': { replacement: ['@okta/okta-auth-js'], specifier: ['@okta/okta-auth-js/authn'] },
  'no-classic-engine': { specifier: ['@okta/okta-signin-widget/classic'], file: ['okta-sign-in.classic.min.js'] },
  'no-classic-engine/classicBundle': { replacement: ['@okta/okta-signin-widget'] },
  'no-classic-engine/useDefaultBundle': { replacement: ['@okta/okta-signin-widget'] },
  'no-classic-engine/classicBundleUrl': { replacement: ['okta-sign-in.min.js'], file: ['okta-sign-in.classic.min.js'] },
  'no-classic-engine/loadStandardBundle': {
    replacement: ['https://global.oktacdn.com/okta-signin-widget/7.49.0/js/okta-sign-in.min.js'],
    integrity: ['', ' and replace its `integrity` hash'],
  },
  'no-classic-registration-hooks': { key: ['profileSchema', 'secondEmail'] },
  'no-classic-request-context': {
    classic: ['authentication.request', 'authentication.client.name'],
    identityEngine: ['authentication.value.request'],
    note: ['`authentication.value.issuer`, without `id`', '`app.value` instead'],
  },
  'no-classic-widget-response': { shape: ['user.profile.login', 'session.token'], value: ['MFA_ENROLL_ACTIVATE'] },
  'no-pkce-disabled': { where: ['', ' from the `authClient`'] },
  'no-obsolete-interaction-code-flow': { version: ['7.49.0 (package-lock.json)', '7.0.0 or later by its import'] },
  'no-set-cookie-and-redirect': { result: ['res'], client: ['this.oktaAuth'] },
  'no-unsupported-widget-options': {
    // The longest pair (`processCreds` with its note is shorter).
    option: ['features.registration'],
    replacement: ['a user profile policy with self-service registration'],
  },
  'no-unsupported-widget-options/classicOperation': { replacement: ['Identity Provider routing rules'] },
  'prefer-show-sign-in-to-get-tokens': { replacement: ['showSignInToGetTokens'], shape: ["status === 'FORGOT_PASSWORD_EMAIL_SENT'"] },
  'require-interaction-code-flow': { blocker: ['', ' without `pkce: false`', ' by hand'] },
  'require-interaction-code-flow/missingFlowAnyVersion': { version: ['version unknown'] },
  'no-classic-dom-selectors': {
    id: ['account-recovery-username', 'idp-discovery-submit'],
    replacement: ['input[name="credentials.passcode"]', '.o-form-button-bar input[type="submit"]'],
  },
  // home: where an imported instance's options live.
  'no-otp-state-assignment': { key: ['state', 'otp'], since: ['5.5.0', '6.0.0'], home: ['', ' in ../okta/config.js:12'] },
  // Only when every version is below the option's: a version below it.
  'no-otp-state-assignment/optionTooNew': { version: ['5.4.0 (package-lock.json)', '`^5.1.0` (package.json)'] },
  'require-auth-resume': { sdk: ['@okta/okta-angular'], minimum: ['5.1.0'], component: ['OktaCallbackComponent'] },
  'require-oidc-config': { options: ['`issuer`, `clientId` and `redirectUri`'], flow: ['', ' (and `useInteractionCodeFlow: true`)'] },
};

function render(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => data[key] ?? `{{${key}}}`);
}

const templates = Object.entries(plugin.rules).flatMap(([ruleId, rule]) =>
  Object.entries((rule.meta?.messages ?? {}) as Record<string, string>).map(([messageId, template]) => ({ ruleId, messageId, template })),
);

describe('message templates', () => {
  it('every version description the message may carry is short', () => {
    expect(versionTexts.every((text) => text.length <= 60)).toBe(true);
  });

  it.each(templates)('$ruleId $messageId: one sentence of at most 120 characters, rendered', ({ ruleId, messageId, template }) => {
    const variants = { ...BY_RULE[ruleId], ...BY_RULE[`${ruleId}/${messageId}`] };
    // Every combination of a rule's own variants (few), then the shared data.
    let renders = [template];
    for (const [key, values] of Object.entries(variants))
      renders = renders.flatMap((partial) => values.map((value) => render(partial, { [key]: value })));
    for (const text of renders.map((partial) => render(partial, DATA))) {
      expect(
        text,
        `${ruleId}/${messageId}: a placeholder without data: add its longest value to BY_RULE['${ruleId}'] in tests/messages.test.ts`,
      ).not.toMatch(/\{\{/);
      expect(text.length, text).toBeLessThanOrEqual(MAX);
      expect(oneSentence(text), `one sentence: ${text}`).toBe(true);
    }
    // The longest version description (sources that disagree name both): at most 130.
    if (template.includes('{{version}}') && !variants.version) {
      const text = render(renders[0]!, { ...DATA, version: longestVersion });
      expect(text.length, text).toBeLessThanOrEqual(MAX_LONGEST_VERSION);
    }
  });

  it('reports the median and the longest template', () => {
    const raw = templates.map(({ template }) => template.length);
    console.log(`message templates: ${raw.length}, median ${median(raw)}, longest ${Math.max(...raw)} (as written)`);
    expect(raw.length).toBeGreaterThan(40);
  });
});

describe('printed messages on the e2e Classic fixtures', () => {
  const typescript: Linter.Config = { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser as never } };
  const projects = ['widget-6', 'widget-7', 'pages', 'classic-results', 'stale-install'];

  it('every message (and suggestion description) is one sentence of at most 120 characters', async () => {
    const printed: string[] = [];
    const suggestions: string[] = [];
    for (const project of projects) {
      const eslint = new ESLint({
        cwd: path.join(root, 'tests/fixtures/e2e', project),
        overrideConfigFile: true,
        overrideConfig: [...(plugin.configs.recommended as Linter.Config[]), typescript],
      });
      for (const result of await eslint.lintFiles(['.'])) {
        for (const message of result.messages) {
          expect(message.fatal, message.message).not.toBe(true);
          printed.push(message.message);
          for (const suggestion of message.suggestions ?? []) suggestions.push(suggestion.desc);
        }
      }
    }
    const lengths = printed.map((text) => text.length);
    console.log(
      `printed messages: ${printed.length}, median ${median(lengths)}, longest ${Math.max(...lengths)}; ` +
        `suggestions: ${suggestions.length}, longest ${Math.max(...suggestions.map((s) => s.length))}`,
    );
    expect(printed.length).toBeGreaterThan(30);
    expect(printed.filter((text) => text.length > MAX)).toEqual([]);
    expect(median(lengths)).toBeLessThanOrEqual(100);
    expect(printed.filter((text) => !oneSentence(text))).toEqual([]);
    expect(suggestions.filter((text) => text.length > MAX || !oneSentence(text))).toEqual([]);
  });
});
