import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer problems ESLint (the repo's own config) reports for `code` placed at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages
    .filter((m) => m.ruleId === 'mailroom/layers' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('npm run lint keeps the layers apart', () => {
  it('src/shared imports neither side, no Node modules, no browser packages or globals', async () => {
    const file = 'src/shared/email/zone-probe.ts';
    expect(
      await layerErrors(file, "import { api } from '../../client/lib/api-client';\nexport { api };"),
    ).toEqual([expect.stringContaining('imports neither src/client nor src/server')]);
    expect(
      await layerErrors(file, "import { buildApp } from '../../server/app';\nexport { buildApp };"),
    ).toHaveLength(1);
    expect(await layerErrors(file, "import fs from 'node:fs';\nexport { fs };")).toEqual([
      expect.stringContaining('no Node modules'),
    ]);
    expect(await layerErrors(file, "import DOMPurify from 'dompurify';\nexport { DOMPurify };")).toEqual([
      expect.stringContaining('no browser packages'),
    ]);
    expect(
      await layerErrors(file, 'export const here = () => window.location.href + process.cwd();'),
    ).toHaveLength(2);
    expect(
      await layerErrors(
        file,
        "import { renderTemplate } from '../velocity/render';\nexport { renderTemplate };",
      ),
    ).toEqual([]);
  });

  it('src/client never imports src/server or Node modules', async () => {
    const file = 'src/client/lib/zone-probe.ts';
    expect(
      await layerErrors(file, "import { buildApp } from '../../server/app';\nexport { buildApp };"),
    ).toEqual([expect.stringContaining('src/client never imports src/server')]);
    expect(await layerErrors(file, "import path from 'node:path';\nexport { path };")).toHaveLength(1);
  });

  it("a feature imports another feature's api/ only", async () => {
    const file = 'src/client/features/editor/components/zone-probe.tsx';
    expect(
      await layerErrors(
        file,
        "import { CompareView } from '../../compare/components/compare-view';\nexport { CompareView };",
      ),
    ).toEqual([expect.stringContaining("another feature's api/ only")]);
    expect(
      await layerErrors(
        file,
        "import { templateQueries } from '../../templates/api/template-queries';\nexport { templateQueries };",
      ),
    ).toEqual([]);
    // Within the same feature anything goes.
    expect(
      await layerErrors(
        file,
        "import { EditorStatusBar } from './editor-status-bar';\nexport { EditorStatusBar };",
      ),
    ).toEqual([]);
  });

  it('src/server never imports src/client', async () => {
    const file = 'src/server/lib/zone-probe.ts';
    expect(
      await layerErrors(file, "import { api } from '../../client/lib/api-client';\nexport { api };"),
    ).toEqual([expect.stringContaining('src/server never imports src/client')]);
  });
});
