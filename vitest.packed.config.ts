import { defineConfig } from 'vitest/config';

// The packed plugin in scratch projects (npm installs): `npm run test:packed`.
export default defineConfig({
  test: {
    include: ['tests/packed/**/*.test.ts'],
    globalSetup: ['tests/packed/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
