import readline from 'node:readline/promises';
import { runTransferCli } from './transfer-cli';

// `npm run mailroom -- export|import …`: promotion between orgs and brands (docs/transfer.md).
const code = await runTransferCli({
  args: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  confirm: process.stdin.isTTY
    ? async (question) => {
        const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });
        try {
          return /^y(es)?$/i.test((await terminal.question(question)).trim());
        } finally {
          terminal.close();
        }
      }
    : undefined,
});
process.exitCode = code;
