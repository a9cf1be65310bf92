/**
 * TypeScript projects: beside TypeScript 7 (which typescript-eslint refuses), the typed
 * README config type-checked with TypeScript 6 and 7 and `skipLibCheck: false` without
 * typescript-eslint installed, and TypeScript linting with the README's recipe: the parser only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet, SOURCES } from './project.js';

/** A consumer that type-checks our published declarations strictly. */
const TYPE_CHECK = {
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      include: ['eslint.config.ts', 'checks.ts'],
    },
    null,
    2,
  )}\n`,
  'checks.ts': `import type { Linter } from 'eslint';
import okta, { type RuleId, type RuleOptions } from 'eslint-plugin-okta-oie';

export const id: RuleId = 'require-interaction-code-flow';
export const entry: Linter.RuleEntry<RuleOptions['okta-oie/require-interaction-code-flow']> = ['error', { fix: 'autofix' }];
// @ts-expect-error -- \`fix\` takes "suggestion" or "autofix"
export const wrong: Linter.RuleEntry<RuleOptions['okta-oie/require-interaction-code-flow']> = ['error', { fix: 'always' }];
// @ts-expect-error -- not a rule of the plugin
export const unknown: RuleId = 'no-such-rule';
export const manual: Linter.Config = { plugins: { 'okta-oie': okta }, rules: { 'okta-oie/no-classic-engine': 'error' } };
`,
};

describe.each([
  ['7', PINNED.typescript7],
  ['6', PINNED.typescript6],
])('a project on TypeScript %s without typescript-eslint', (major, typescript) => {
  const project = new Project(`typescript-${major}`);
  let install: { status: number | null; output: string };

  beforeAll(() => {
    project.write({
      'src/login.js': SOURCES.js.text,
      'eslint.config.js': readmeSnippet('esm'),
      'eslint.config.ts': readmeSnippet('typed'),
      ...TYPE_CHECK,
    });
    install = project.install({ eslint: PINNED.eslint, typescript }, { type: 'module' });
  });

  it('installs without a peer conflict, keeping its own TypeScript', () => {
    expect(install.status, install.output).toBe(0);
    expect(install.output).not.toMatch(/ERESOLVE|conflicting peer/i);
    expect(JSON.parse(project.read('node_modules/typescript/package.json')).version).toBe(typescript);
    expect(project.has('node_modules/@typescript-eslint/utils')).toBe(false);
  });

  it('lints with the README\'s eslint.config.js in a "type": "module" package', () => {
    expect(findingsOf(project.eslint('--config', 'eslint.config.js', 'src'), 1)).toEqual([
      `src/login.js:${SOURCES.js.line} okta-oie/require-interaction-code-flow`,
    ]);
  });

  it("type-checks the README's eslint.config.ts and the exported types with skipLibCheck: false", () => {
    const tsc = project.bin('tsc', '-p', '.');
    expect(tsc.output.trim()).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe("a TypeScript project with the README's parser-only recipe", () => {
  const project = new Project('typescript-parser');
  let install: { status: number | null; output: string };
  const EXPECTED = ['src/Login.tsx:5 okta-oie/require-interaction-code-flow', 'src/login.ts:8 okta-oie/require-interaction-code-flow'];
  const LOGIN_TSX = `import OktaSignIn from '@okta/okta-signin-widget';

export function Login(props: { issuer: string }): JSX.Element {
  const { issuer } = props;
  const widget = new OktaSignIn({ issuer, clientId: '0oa1', redirectUri: '/cb' });
  return <div id="okta-login-container" data-widget={String(widget)} />;
}
`;

  beforeAll(() => {
    const snippet = readmeSnippet('typescript');
    const block = "  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },\n";
    // Our configs first, the parser block after them: the order does not matter.
    const swapped = snippet.replace(block, '').replace('  ...okta.configs.recommended,\n', `  ...okta.configs.recommended,\n${block}`);
    expect(swapped).not.toBe(snippet);
    project.write({
      'src/login.ts': `import OktaSignIn from '@okta/okta-signin-widget';

interface WidgetConfig {
  baseUrl: string;
  clientId: string;
}
const config = { baseUrl: 'https://acme.okta.com', clientId: '0oa1' } satisfies WidgetConfig;
export const widget = new OktaSignIn(config as WidgetConfig);
`,
      'src/Login.tsx': LOGIN_TSX,
      'eslint.config.js': snippet,
      'ours-first.config.js': swapped,
      'migrate.config.js': snippet.replace('okta.configs.recommended', 'okta.configs.migrate'),
      'eslint.config.ts': readmeSnippet('typed'),
      'scripts/classic.js': `import OktaSignIn from '@okta/okta-signin-widget';

export const widget = new OktaSignIn({ clientId: '0oa1', useInteractionCodeFlow: true });
`,
    });
    install = project.install(
      {
        eslint: PINNED.eslint,
        typescript: PINNED.typescript6,
        '@typescript-eslint/parser': PINNED['typescript-eslint'],
        jiti: PINNED.jiti,
      },
      { type: 'module' },
    );
  });

  it('installs', () => {
    expect(install.status, install.output).toBe(0);
  });

  it.each(['eslint.config.js', 'ours-first.config.js'])('%s: findings in .ts and .tsx, in either order', (config) => {
    const run = project.eslint('--config', config, 'src');
    expect(findingsOf(run, 1)).toEqual(EXPECTED);
  });

  it('`--fix` with the migrate recipe makes our edit in .tsx and nothing else', () => {
    const ts = project.read('src/login.ts');
    findingsOf(project.eslint('--config', 'migrate.config.js', '--fix', 'src'), 1);
    expect(project.read('src/Login.tsx')).toBe(
      LOGIN_TSX.replace(`redirectUri: '/cb' }`, `redirectUri: '/cb', useInteractionCodeFlow: true }`),
    );
    // The options a declared type checks: a suggestion, not an edit.
    expect(project.read('src/login.ts')).toBe(ts);
  });

  it("ESLint loads the README's eslint.config.ts through jiti, settings included", () => {
    // widgetVersion '^7.20.0' from the typed config: 7.x ignores useInteractionCodeFlow.
    expect(findingsOf(project.eslint('--config', 'eslint.config.ts', 'scripts'), 0)).toEqual([
      'scripts/classic.js:3 okta-oie/no-obsolete-interaction-code-flow',
    ]);
  });
});
