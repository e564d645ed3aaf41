import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `node-postgres` project's throwaway cluster (superuser URL); unset in the SQLite projects. */
    postgresClusterUrl: string;
  }
}

/** One throwaway PostgreSQL cluster for the whole `node-postgres` run; each test app makes its own database on it. */
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  project.provide('postgresClusterUrl', cluster.url);
  return () => cluster.stop();
}
