import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The packed plugin in scratch projects has its own config: vitest.packed.config.ts.
    exclude: [...configDefaults.exclude, 'tests/packed/**'],
    setupFiles: ['tests/setup.ts'],
    // vitest's default leaves one CPU free, i.e. one worker on CI's 2 cores. Every file works
    // in its own temp folders, so files run side by side: 237 s → 139 s on 2 cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // No clock decides a verdict: every test bounds its work (input sizes, fast-check runs), and
    // a loaded machine only makes it slower (a 500 KB line took 33 s on a busy 2-core box).
    testTimeout: 0,
    hookTimeout: 0,
    reporters: ['default', './tests/summary-reporter.ts'],
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node refuses: let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
