import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (`*.test.ts`); the reliability suite and the SDK conformance tests
// live in test/, with the helpers every test shares (test/support).
// Server and shared code run in Node; the browser build of the renderer has its own test.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
