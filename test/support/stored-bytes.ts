import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { SQLITE_FILE } from '../../src/server/db/database';

/**
 * Everything a Mailroom's store holds, as bytes a leak search can scan: the SQLite file with its WAL and shared
 * memory (written or not), or every row of every PostgreSQL table as text. `what` names it for figures.
 */
export async function storedBytes(where: {
  dataDir: string;
  databaseUrl?: string;
}): Promise<{ bytes: Buffer; what: string }> {
  if (!where.databaseUrl) {
    const files = [SQLITE_FILE, `${SQLITE_FILE}-wal`, `${SQLITE_FILE}-shm`]
      .map((f) => path.join(where.dataDir, f))
      .filter((f) => fs.existsSync(f));
    return { bytes: Buffer.concat(files.map((f) => fs.readFileSync(f))), what: 'SQLite+WAL' };
  }
  const client = new pg.Client({ connectionString: where.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
    );
    const rows: string[] = [];
    for (const { name } of tables.rows) {
      const result = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
      rows.push(...result.rows.map((r) => r.row));
    }
    return {
      bytes: Buffer.from(rows.join('\n')),
      what: `every row of ${tables.rows.length} PostgreSQL tables`,
    };
  } finally {
    await client.end();
  }
}
