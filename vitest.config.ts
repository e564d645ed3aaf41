import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (`*.test.ts`); the reliability suite and the SDK conformance tests
// live in test/, with the helpers every test shares (test/support). Server, shared and tool code runs in Node;
// the console's component tests (`*.test.tsx`) in jsdom.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['src/client/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/jsdom-setup.ts'],
        },
      },
    ],
  },
});
