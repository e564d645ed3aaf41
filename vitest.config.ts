import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test (`*.test.ts`); the reliability suite and the SDK conformance tests
// live in test/, with the helpers every test shares (test/support). Server, shared and tool code runs in Node;
// the console's component tests (`*.test.tsx`) in jsdom. The API and reliability suites run a second time on
// PostgreSQL (`node-postgres`), on a throwaway cluster started for the run (test/support/postgres-global-setup.ts).

/** What runs against both stores: every API route's suite, the SDK conformance tests, the reliability suite. */
const POSTGRES_SUITES = [
  'src/server/db/postgres.test.ts',
  'src/server/modules/**/*.test.ts',
  'src/server/transfer/*.test.ts',
  'src/server/plugins/{api-conventions,health,rate-limit}.test.ts',
  'test/conformance/*.test.ts',
  'test/reliability/*.test.ts',
];
/** Suites about SQLite itself (its file, its WAL, a process killed over it) or about no store at all. */
const SQLITE_ONLY = ['test/reliability/{crash-safety,smtp-faults}.test.ts'];

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
          name: 'node-postgres',
          include: POSTGRES_SUITES,
          exclude: SQLITE_ONLY,
          environment: 'node',
          env: { MAILROOM_TEST_STORE: 'postgres' },
          globalSetup: ['test/support/postgres-global-setup.ts'],
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
