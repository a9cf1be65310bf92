/**
 * The published surface, frozen: `dist/index.d.ts` and the plugin object's shape (rule ids
 * with their meta, config names and blocks, processors). A refactor must leave both as they
 * are; a change of the surface updates this snapshot on purpose (`npx vitest run tests/shape.test.ts --update`), in
 * the same commit as its CHANGELOG entry.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../dist/index.js';

const dist = new URL('../dist/', import.meta.url);

/** A config block as data: what it matches and registers, never functions or parser internals. */
function blockShape(block: Record<string, unknown>): unknown {
  const languageOptions = block.languageOptions as Record<string, unknown> | undefined;
  const parser = languageOptions?.parser as { meta?: { name?: string } } | undefined;
  return {
    name: block.name,
    files: block.files,
    ignores: block.ignores,
    plugins: block.plugins ? Object.keys(block.plugins) : undefined,
    processor: typeof block.processor === 'string' ? block.processor : block.processor ? 'object' : undefined,
    parser: parser ? (parser.meta?.name ?? 'a parser') : undefined,
    languageOptions: languageOptions ? Object.keys(languageOptions).sort() : undefined,
    settings: block.settings ? Object.keys(block.settings as object).sort() : undefined,
    rules: block.rules,
  };
}

describe('the published surface', () => {
  it('dist/index.d.ts is unchanged', () => {
    expect(fs.readFileSync(new URL('index.d.ts', dist), 'utf8')).toMatchSnapshot();
  });

  it('dist/types.d.ts is unchanged', () => {
    expect(fs.readFileSync(new URL('types.d.ts', dist), 'utf8')).toMatchSnapshot();
  });

  it('the plugin object has the same rules, configs and processors', () => {
    const rules = Object.fromEntries(
      Object.entries(plugin.rules).map(([id, rule]) => {
        const { docs, ...meta } = rule.meta as unknown as Record<string, unknown> & { docs?: Record<string, unknown> };
        return [id, { ...meta, docs: docs ? { ...docs, url: typeof docs.url } : undefined }];
      }),
    );
    const flat = { recommended: plugin.configs.recommended, migrate: plugin.configs.migrate };
    const configs = Object.fromEntries(
      Object.entries(flat).map(([name, blocks]) => [name, blocks.map((b) => blockShape(b as Record<string, unknown>))]),
    );
    const legacy = Object.fromEntries(
      (['legacy-recommended', 'legacy-migrate'] as const).map((name) => {
        const { overrides, ...base } = plugin.configs[name] as Record<string, unknown> & { overrides?: unknown };
        return [name, { ...base, overrides }];
      }),
    );
    const processors = Object.fromEntries(
      Object.entries(plugin.processors).map(([name, p]) => [
        name,
        { meta: (p as { meta?: unknown }).meta, supportsAutofix: (p as { supportsAutofix?: boolean }).supportsAutofix },
      ]),
    );
    expect({ meta: { ...plugin.meta, version: typeof plugin.meta.version }, rules, configs, legacy, processors }).toMatchSnapshot();
  });
});
