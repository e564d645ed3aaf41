import { inject } from 'vitest';
import { createDatabase } from './postgres-cluster';

/**
 * Which store this test run's Mailroom apps use: the `node` project runs on SQLite, the `node-postgres` project
 * (vitest.config.ts) runs the API and reliability suites again on PostgreSQL.
 */
export const TEST_STORE: 'sqlite' | 'postgres' =
  process.env.MAILROOM_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * What a test app's environment needs for this run's store: nothing for SQLite (its file lives in the app's
 * DATA_DIR), a fresh database on the run's throwaway cluster for PostgreSQL. `drop` removes it afterwards.
 */
export async function testDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (TEST_STORE === 'sqlite') return { env: {}, drop: async () => {} };
  const database = await createDatabase(inject('postgresClusterUrl'));
  return { env: { DATABASE_URL: database.url }, drop: database.drop };
}
