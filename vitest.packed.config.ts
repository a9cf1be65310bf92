import { defineConfig } from 'vitest/config';

// The packed plugin in scratch projects (npm installs): `npm run test:packed`.
export default defineConfig({
  test: {
    include: ['tests/packed/**/*.test.ts'],
    globalSetup: ['tests/packed/global-setup.ts'],
    // Each file npm-installs its scratch projects and spawns ESLint: mostly waiting on child
    // processes, disk and the registry, so files run side by side even on 2 cores (vitest's
    // default there is one worker). No clock decides a verdict: installs and lints take as
    // long as the machine needs.
    maxWorkers: 4,
    testTimeout: 0,
    hookTimeout: 0,
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
