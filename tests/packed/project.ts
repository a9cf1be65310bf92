/**
 * Scratch projects for the packed plugin: a folder with a package.json, installed with
 * npm from the tarball, linted by the `eslint` binary as a user would run it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject } from 'vitest';

/** Exact versions, so a run today and a run next month install the same direct dependencies. */
export const PINNED = {
  eslint: '10.15.0',
  eslint9: '9.15.0',
  '@eslint/js': '10.0.1',
  '@eslint/json': '2.1.1',
  '@eslint/css': '2.0.0',
  '@eslint/markdown': '8.0.3',
  'jsonc-eslint-parser': '3.3.0',
  'eslint-plugin-jsonc': '3.4.2',
  'eslint-plugin-html': '8.2.1',
  '@html-eslint/parser': '0.66.1',
  '@html-eslint/eslint-plugin': '0.66.1',
  'eslint-plugin-vue': '10.12.1',
  'vue-eslint-parser': '10.4.2',
  'typescript-eslint': '8.72.0',
  typescript6: '6.0.3',
  typescript7: '7.0.2',
  jiti: '2.7.0',
  '@stylistic/eslint-plugin': '5.10.0',
} as const;

const README = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');

/** The code block the README marks with `<!-- snippet: name -->`. */
export function readmeSnippet(name: string): string {
  const match = new RegExp(`<!-- snippet: ${name} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(README);
  if (!match?.[1]) throw new Error(`README.md has no snippet "${name}"`);
  return `${match[1]}\n`;
}

/** Every snippet name in the README. */
export function readmeSnippetNames(): string[] {
  return [...README.matchAll(/<!-- snippet: ([\w-]+) -->/g)].map((m) => m[1]!);
}

interface Finding {
  file: string;
  line: number;
  ruleId: string | null;
  fatal: boolean;
  message: string;
}

export interface EslintRun {
  status: number | null;
  stderr: string;
  findings: Finding[];
  /** Every file ESLint linted, relative to the project. */
  linted: string[];
}

export class Project {
  readonly dir: string;

  constructor(name: string) {
    this.dir = path.join(inject('pack').scratch, name);
    mkdirSync(this.dir, { recursive: true });
  }

  write(files: Record<string, string>): this {
    for (const [file, text] of Object.entries(files)) {
      const target = path.join(this.dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return this;
  }

  read(file: string): string {
    return readFileSync(path.join(this.dir, file), 'utf8');
  }

  has(file: string): boolean {
    return existsSync(path.join(this.dir, file));
  }

  /**
   * `npm install` of a package.json with these dev dependencies and, unless the manifest
   * says otherwise, the plugin's tarball.
   */
  install(
    devDependencies: Record<string, string>,
    manifest: Record<string, unknown> = {},
    plugin: string | null = `file:${inject('pack').tarball}`,
  ) {
    this.write({
      'package.json': `${JSON.stringify(
        {
          name: path.basename(this.dir),
          version: '1.0.0',
          private: true,
          ...manifest,
          devDependencies: { ...devDependencies, ...(plugin ? { 'eslint-plugin-okta-oie': plugin } : {}) },
        },
        null,
        2,
      )}\n`,
    });
    return this.npm('install', '--no-audit', '--no-fund', '--prefer-offline');
  }

  npm(...args: string[]) {
    const result = spawnSync('npm', args, { cwd: this.dir, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  /** A binary of the project's node_modules/.bin (tsc, …). */
  bin(name: string, ...args: string[]) {
    const result = spawnSync(path.join(this.dir, 'node_modules/.bin', name), args, { cwd: this.dir, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  /** The project's own `eslint` binary with `--format json`. */
  eslint(...args: string[]): EslintRun {
    const result = spawnSync(process.execPath, [path.join(this.dir, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const results = result.stdout
      ? (JSON.parse(result.stdout) as {
          filePath: string;
          messages: { line: number; ruleId: string | null; fatal?: boolean; message: string }[];
        }[])
      : [];
    const relative = (file: string) => path.relative(this.dir, file).split(path.sep).join('/');
    return {
      status: result.status,
      stderr: result.stderr,
      linted: results.map((r) => relative(r.filePath)).sort(),
      findings: results.flatMap((r) =>
        r.messages.map((m) => ({
          file: relative(r.filePath),
          line: m.line,
          ruleId: m.ruleId,
          fatal: m.fatal === true,
          message: m.message,
        })),
      ),
    };
  }
}

/** `file:line rule` of each finding, sorted, for readable assertions. */
export function summary(run: EslintRun): string[] {
  return run.findings.map((f) => `${f.file}:${f.line} ${f.fatal ? 'FATAL' : f.ruleId}`).sort();
}

/**
 * Asserts that ESLint ran (nothing on stderr: no crash, no config error) and exited with
 * `status`; returns the summary of its findings.
 */
export function findingsOf(run: EslintRun, status: 0 | 1): string[] {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(status);
  return summary(run);
}

/**
 * Sources shared by the scenarios. Each constructs the widget without
 * `useInteractionCodeFlow`, so `require-interaction-code-flow` reports the callee on the
 * line given; the version is unknown (no widget in the scratch package.json).
 */
export const SOURCES = {
  js: {
    line: 3,
    text: `import OktaSignIn from '@okta/okta-signin-widget';

export const widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: '0oa1', redirectUri: '/cb' });
`,
  },
  jsx: {
    line: 4,
    text: `import OktaSignIn from '@okta/okta-signin-widget';

export function Login() {
  const widget = new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: '0oa1', redirectUri: '/cb' });
  return <div id="okta-login-container" data-widget={String(widget)} />;
}
`,
  },
};
