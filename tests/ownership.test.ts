/**
 * One owner per problem: the ownership table in ARCHITECTURE.md, row by row, through the
 * recommended config (all six rules at once).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const architecture = readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
const table = architecture.slice(architecture.indexOf('<!-- ownership table'), architecture.indexOf('<!-- end ownership table -->'));
const rows = table
  .split('\n')
  .filter((line) => /^\| (\d|unknown)/.test(line))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

/** The widget options of a row. */
function widgetCode(clientId: string, flow: string, pkce: string): string {
  const options = [clientId === 'yes' ? `clientId: 'x'` : `baseUrl: 'https://acme.okta.com'`];
  if (flow !== 'absent') options.push(`useInteractionCodeFlow: ${flow}`);
  const authParams = [...(clientId.includes('authParams') ? [`clientId: 'x'`] : []), ...(pkce === 'off' ? ['pkce: false'] : [])];
  if (authParams.length > 0) options.push(`authParams: { ${authParams.join(', ')} }`);
  return `new OktaSignIn({ ${options.join(', ')} });`;
}

describe('ownership table', () => {
  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  it.each(rows)('widget %s, clientId %s, flow %s, PKCE %s → %s', (version, clientId, flow, pkce, findings) => {
    const code = widgetCode(clientId!, flow!, pkce!);
    const settings = { okta: { widgetVersion: version === 'unknown' ? 'detect' : version } };
    const messages = new Linter({ cwd: root }).verify(code, [...plugin.configs.recommended, { settings }], { filename: 'a.js' });
    const node = (column: number) => {
      const text = code.slice(column - 1);
      return text.startsWith('OktaSignIn')
        ? 'callee'
        : text.startsWith('useInteractionCodeFlow')
          ? 'flow'
          : text.startsWith('pkce')
            ? 'pkce'
            : text;
    };
    const actual = messages.map((m) => `${m.ruleId?.replace('okta-oie/', '')}:${m.messageId}@${node(m.column)}`).sort();
    expect(actual).toEqual(findings === '—' ? [] : findings!.split('; '));
  });
});

describe('ownership of the registration hooks and the request context', () => {
  const lint = (code: string) =>
    new Linter({ cwd: root })
      .verify(code, [...plugin.configs.recommended, { settings: { okta: { widgetVersion: '7.20.0' } } }], { filename: 'a.js' })
      .map(
        (m) =>
          `${m.ruleId?.replace('okta-oie/', '')}:${m.messageId}@${
            code
              .slice(
                code
                  .split('\n')
                  .slice(0, m.line - 1)
                  .join('\n').length +
                  (m.line > 1 ? 1 : 0) +
                  m.column -
                  1,
              )
              .split(/[\s;,(]/)[0]
          }`,
      )
      .sort();

  it("`features.registration` is no-unsupported-widget-options' only; a Classic hook read is the hooks rule's", () => {
    const code = [
      "new OktaSignIn({ clientId: 'x', features: { registration: true },",
      '  registration: { parseSchema(schema, ok) { schema.profileSchema.fieldOrder.push("city"); ok(schema); } } });',
    ].join('\n');
    expect(lint(code)).toEqual([
      'no-classic-registration-hooks:classicSchema@schema.profileSchema.fieldOrder.push',
      'no-unsupported-widget-options:unsupportedOptionOnOie@registration:',
    ]);
  });

  it('a Classic request-context read on a hosted page is reported once, by its rule', () => {
    const code =
      'var ctx = OktaUtil.getRequestContext();\nvar cfg = OktaUtil.getSignInWidgetConfig();\ncfg.logo = ctx.target.label;\n' +
      'new OktaSignIn(cfg).renderEl({}, OktaUtil.completeLogin);';
    expect(lint(code)).toEqual(['no-classic-request-context:classicPath@ctx.target.label']);
  });
});

/** The customisation rows of the problem table: each snippet (widget 7.20.0, an OIDC app) has exactly its owner's findings. */
describe('customisation problems', () => {
  const widget = `import OktaSignIn from '@okta/okta-signin-widget';\nconst w = new OktaSignIn({ clientId: 'x' });\n`;
  const cases: [string, string, string[]][] = [
    ['a Classic-only id', `${widget}document.querySelector('#okta-signin-username');`, ['no-classic-dom-selectors:classicId']],
    [
      'otp and state on the instance',
      `${widget}w.otp = otp;\nw.state = state;`,
      ['no-otp-state-assignment:assignedAfterConstruction', 'no-otp-state-assignment:assignedAfterConstruction'],
    ],
    [
      'pageRendered on the instance',
      `${widget}w.on('pageRendered', () => {});\nw.off('pageRendered');`,
      ['no-page-rendered-event:pageRendered'],
    ],
    [
      'all three in one handler',
      `${widget}w.on('pageRendered', () => { w.otp = otp; $('#okta-signin-submit'); });`,
      ['no-classic-dom-selectors:classicId', 'no-otp-state-assignment:assignedAfterConstruction', 'no-page-rendered-event:pageRendered'],
    ],
  ];
  it.each(cases)('%s', (_name, code, findings) => {
    const settings = { okta: { widgetVersion: '7.20.0' } };
    const messages = new Linter({ cwd: root }).verify(code, [...plugin.configs.recommended, { settings }], { filename: 'a.js' });
    expect(messages.map((m) => `${m.ruleId?.replace('okta-oie/', '')}:${m.messageId}`).sort()).toEqual(findings);
  });
});

/**
 * The login-callback rows: in a package that embeds the widget, `<LoginCallback>` without
 * `onAuthResume` is the JSX finding; an okta-react below 5.1.0 (no prop to add) is the
 * package.json's only; a redirect-only package has neither.
 */
describe('login callback problems', () => {
  const fixtures = path.join(root, 'tests/fixtures/auth-resume');
  const jsx = `import { LoginCallback } from '@okta/okta-react';\nexport const C = () => <LoginCallback />;\n`;
  // Linter runs no processor: the package-json block's rules straight on the file (what its processor hands them).
  const config = plugin.configs.recommended
    .map((block) => (block.name === 'okta-oie/package-json' ? { ...block, processor: undefined } : block))
    .map((block) => {
      if (block.processor === undefined) delete block.processor;
      return block;
    });
  const lint = (code: string, file: string) =>
    new Linter({ cwd: root })
      .verify(code, config, { filename: path.join(fixtures, file) })
      .map((m) => `${m.ruleId?.replace('okta-oie/', '')}:${m.messageId}`)
      .sort();
  const manifest = (name: string) => readFileSync(path.join(fixtures, name, 'package.json'), 'utf8');
  it.each([
    ['okta-react 6.x in an embedding package: the element', 'embedded', ['require-auth-resume:missingAuthResume'], []],
    ['okta-react 4.1.0 in an embedding package: the dependency only', 'embedded-react-4', [], ['require-auth-resume:sdkTooOld']],
    ['okta-react 4.1.0 in a redirect-only package: nothing', 'redirect-only', [], []],
  ])('%s', (_name, pkg, inCode, inManifest) => {
    expect(lint(jsx, `${pkg}/src/Callback.jsx`)).toEqual(inCode);
    expect(lint(manifest(pkg), `${pkg}/package.json`)).toEqual(inManifest);
  });
});

/**
 * The version rows of the problem table: below 5.2 is min-widget-version's alone,
 * 5.2 up to below 5.11 prefer-supported-widget-version's.
 */
describe('widget version problems', () => {
  const CDN = 'https://global.oktacdn.com/okta-signin-widget';
  const manifest = (spec: string) => `{ "dependencies": { "@okta/okta-signin-widget": ${JSON.stringify(spec)} } }`;
  // The ESLint class, as a package.json reaches the rules through our processor's block.
  const lintAs = async (code: string, filename: string) => {
    const eslint = new ESLint({
      cwd: path.join(root, 'tests/fixtures/html'),
      overrideConfigFile: true,
      overrideConfig: plugin.configs.recommended,
    });
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'tests/fixtures/html', filename) });
    return result!.messages.map((m) => `${m.ruleId?.replace('okta-oie/', '')}:${m.messageId}`).sort();
  };
  const cases: [string, string, string, string[]][] = [
    ['a range below 5.2', manifest('^4.3.2'), 'package.json', ['min-widget-version:oldRange']],
    ['a range that admits 4.x and 5.5', manifest('^4.0.0 || ^5.5.0'), 'package.json', ['min-widget-version:oldRange']],
    ['a range from 5.2 up to below 5.11', manifest('>=5.2.0 <5.11.0'), 'package.json', ['prefer-supported-widget-version:oldRange']],
    ['a 5.x range above 5.2', manifest('^5.5.0'), 'package.json', ['prefer-supported-widget-version:oldRange']],
    ['a range from 5.11', manifest('^5.11.0'), 'package.json', []],
    [
      'a 4.x URL with a 5.5 URL',
      `const files = ['${CDN}/4.5.0/js/okta-sign-in.min.js', '${CDN}/5.5.0/css/okta-sign-in.min.css'];`,
      'a.js',
      ['min-widget-version:oldUrl', 'min-widget-version:pairedUrl'],
    ],
    ['a 5.5 URL', `const src = '${CDN}/5.5.0/js/okta-sign-in.min.js';`, 'a.js', ['prefer-supported-widget-version:oldUrl']],
    ['a 7.x URL', `const src = '${CDN}/7.49.0/js/okta-sign-in.min.js';`, 'a.js', []],
  ];
  it.each(cases)('%s', async (_name, code, filename, findings) => {
    expect(await lintAs(code, filename)).toEqual(findings);
  });
});
