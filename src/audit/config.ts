/**
 * The ESLint options of an audit run, from plain settings, so the same options can be
 * built in the main thread or, through `ESLint.fromOptionsModule()`, in every worker
 * (`options-module.ts`). Only our rules and the facts rule run; the repository's own
 * ESLint set-up is ignored (`overrideConfigFile: true`), and so are its inline comments.
 */
import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import plugin from '../index.js';
import { AUDIT_NAMESPACE, auditPlugin } from './facts.js';

export interface AuditSettings {
  readonly cwd: string;
  /** Which config: `recommended` reports and fixes; `migrate` also marks what `--fix=migrate` changes. */
  readonly variant: 'recommended' | 'migrate';
  /** Absolute paths of the parsers to load (resolved and vetted by `parsers.ts`), or null. */
  readonly typescriptParser: string | null;
  readonly vueParser: string | null;
  /** The running ESLint has `linterOptions.reportUnusedInlineConfigs` (9.19 and later). */
  readonly inlineConfigOption: boolean;
  readonly concurrency?: number | 'auto' | 'off';
}

/** The query parameter of the options module that carries the settings into worker threads. */
export const SETTINGS_VARIABLE = 'OKTA_OIE_AUDIT_SETTINGS';

const TYPESCRIPT_FILES = '**/*.{ts,tsx,mts,cts}';
const VUE_FILES = '**/*.vue';

const load = (file: string): Linter.Parser => createRequire(import.meta.url)(file) as Linter.Parser;

function auditConfig(settings: AuditSettings): Linter.Config[] {
  const typescript = settings.typescriptParser ? load(settings.typescriptParser) : null;
  const config: Linter.Config[] = [
    ...plugin.configs[settings.variant],
    { name: `${AUDIT_NAMESPACE}/facts`, plugins: { [AUDIT_NAMESPACE]: auditPlugin }, rules: { [`${AUDIT_NAMESPACE}/facts`]: 'warn' } },
    {
      name: `${AUDIT_NAMESPACE}/linter-options`,
      linterOptions: {
        reportUnusedDisableDirectives: 'off',
        ...(settings.inlineConfigOption ? { reportUnusedInlineConfigs: 'off' } : {}),
      },
    },
  ];
  if (typescript) {
    config.push({
      name: `${AUDIT_NAMESPACE}/typescript`,
      files: [TYPESCRIPT_FILES],
      languageOptions: { parser: typescript, parserOptions: { ecmaFeatures: { jsx: true } } },
    });
  }
  if (settings.vueParser) {
    config.push({
      name: `${AUDIT_NAMESPACE}/vue`,
      files: [VUE_FILES],
      languageOptions: {
        parser: load(settings.vueParser),
        sourceType: 'module',
        parserOptions: { ...(typescript ? { parser: { ts: typescript, tsx: typescript } } : {}), ecmaFeatures: { jsx: true } },
      },
    });
  }
  return config;
}

export function auditOptions(settings: AuditSettings): ESLint.Options {
  return {
    cwd: settings.cwd,
    overrideConfigFile: true,
    overrideConfig: auditConfig(settings),
    // The audit applies the edits itself (run.ts): it checks every write, and lints again after package.json changes.
    fix: false,
    // A comment in an audited file cannot turn our rules off or change their options (and so what `--fix` edits);
    // the audit applies `eslint-disable` comments itself, from the facts rule's directives (directives.ts).
    allowInlineConfig: false,
    // The audit's own walk (files.ts) already chose the files: .gitignore, dependency and build folders, bundles.
    ignore: false,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    cache: false,
    ...(settings.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
  };
}
