import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('the vendored Velocity parser is exactly what the recipe makes from the pinned velocityjs', () => {
  // Exits 1 (and execFileSync throws) when the committed file and the regenerated one differ.
  const output = execFileSync(
    process.execPath,
    [path.join(import.meta.dirname, 'vendor-velocity-parser.mjs'), '--check'],
    {
      encoding: 'utf8',
    },
  );
  expect(output).toContain('is the recipe’s output');
});
