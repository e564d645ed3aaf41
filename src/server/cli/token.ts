import { bootstrapAdminId } from '../bootstrap';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { createTokenRepository } from '../modules/tokens/repository';
import { isScope, SCOPES, type Scope } from '../../shared/scopes';

const USAGE = `Usage:
  npm run token -- create --name NAME [--scopes s1,s2]   print a new API token for the bootstrap admin
  npm run token -- list                                   list tokens (never the secret)
  npm run token -- revoke ID                              revoke a token

Scopes: ${SCOPES.join(', ')}
Without --scopes a token gets all of them. DATABASE_URL, else DATA_DIR (default ./data), picks the database.`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const [command, ...args] = process.argv.slice(2);
const config = loadConfig();
const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
const tokens = createTokenRepository(db);

switch (command) {
  case 'create': {
    const name = option(args, 'name');
    if (!name) fail('create needs --name');
    const requested = option(args, 'scopes')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [...SCOPES];
    const unknown = requested.filter((s) => !isScope(s));
    if (unknown.length > 0) fail(`Unknown scope(s): ${unknown.join(', ')}`);
    const { id, token } = await tokens.create({
      name,
      scopes: requested as Scope[],
      userId: await bootstrapAdminId(db),
    });
    console.error(`Created token ${id} "${name}" with scopes: ${requested.join(', ')}`);
    console.log(token);
    break;
  }
  case 'list':
    for (const t of await tokens.list()) {
      console.log(
        [
          t.id,
          JSON.stringify(t.name),
          t.revoked ? 'REVOKED' : 'active',
          `created ${t.created}`,
          t.scopes.join(','),
        ].join('  '),
      );
    }
    break;
  case 'revoke': {
    const id = args[0];
    if (!id) fail('revoke needs a token id');
    if (!(await tokens.revoke(id))) fail(`No active token with id ${id}`);
    console.log(`Revoked ${id}`);
    break;
  }
  default:
    fail(command ? `Unknown command "${command}"` : 'No command given');
}
await db.close();
