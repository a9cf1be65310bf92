/**
 * A JavaScript-only project, as `npm init` makes it ("type": "commonjs"), with the
 * README's snippets and stray TypeScript files, on ESLint 10 and on the 9.x floor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsOf, PINNED, Project, readmeSnippet, SOURCES } from './project.js';

const EXPECTED = [
  `src/Login.jsx:${SOURCES.jsx.line} okta-oie/require-interaction-code-flow`,
  `src/login.js:${SOURCES.js.line} okta-oie/require-interaction-code-flow`,
];

describe.each([PINNED.eslint, PINNED.eslint9])('a JavaScript project on ESLint %s', (eslint) => {
  const project = new Project(`javascript-eslint-${eslint}`);
  let install: { status: number | null; output: string };

  beforeAll(() => {
    project.write({
      'src/login.js': SOURCES.js.text,
      'src/Login.jsx': SOURCES.jsx.text,
      // Stray TypeScript that ESLint's default parser cannot read: never linted.
      'vite.config.ts':
        `import { defineConfig } from 'vite';\n\nexport default defineConfig({ base: '/app/' } satisfies { base: string ` + `});\n`,
      'src/env.d.ts': `interface ImportMetaEnv {\n  readonly VITE_OKTA_CLIENT_ID: string;\n}\n`,
      // The ESM snippet in a CommonJS package goes in a .mjs file, as the README says.
      'eslint.config.mjs': readmeSnippet('esm'),
      'eslint.config.cjs': readmeSnippet('cjs'),
    });
    install = project.install({ eslint }, { type: 'commonjs' });
  });

  it('installs without TypeScript or typescript-eslint', () => {
    expect(install.status, install.output).toBe(0);
    expect(project.has('node_modules/typescript')).toBe(false);
    expect(project.has('node_modules/@typescript-eslint/utils')).toBe(false);
    expect(project.has('node_modules/eslint-plugin-okta-oie/dist/index.js')).toBe(true);
  });

  it.each(['eslint.config.mjs', 'eslint.config.cjs'])(
    "README's %s: findings in .js and .jsx, package.json linted, the .ts files not, no parse error",
    (config) => {
      const run = project.eslint('--config', config, '.');
      expect(findingsOf(run, 1)).toEqual(EXPECTED);
      expect(run.linted).toEqual(['eslint.config.cjs', 'eslint.config.mjs', 'package.json', 'src/Login.jsx', 'src/login.js']);
    },
  );

  it('finds the config by itself (`eslint .`)', () => {
    expect(findingsOf(project.eslint('.'), 1)).toEqual(EXPECTED);
  });
});
