import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The packed plugin in scratch projects has its own config: vitest.packed.config.ts.
    exclude: [...configDefaults.exclude, 'tests/packed/**'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node refuses: let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
