// 7. Lighthouse (desktop preset, cold cache, signed in) on the catalog and the customization editor. The recipe:
// Debian's Chromium through Playwright with a remote-debugging port, sign-in through the UI, and the session
// cookie passed to Lighthouse as a header (Lighthouse resets storage for the cold cache, which would sign out).
//
// Lighthouse is not a dependency of the project (12.2.3 is the last release that runs on Node 20): the section
// runs when LIGHTHOUSE_DIR names a directory where it is installed (`npm i -E lighthouse@12.2.3` there), or
// when `lighthouse` resolves from here; otherwise its rows say n/a.
//
// Each page is measured as the compiled server serves it: precompressed assets (brotli for Chromium), API JSON
// compressed on the fly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { initialRoute, editorRoute } from '../../scripts/bundle-size.mjs';
import { CHROMIUM } from '../../test/support/chromium';
import { defaultContent } from '../../src/shared/templates/default-content';
import { TEMPLATE_NAME } from '../fixtures/templates';
import { freePort } from '../../test/support/child-server';
import type { Mailroom } from '../lib/processes';
import { spread } from '../lib/stats';
import { verdict, type Row } from '../lib/table';

// Few runs: Lighthouse is slow, and its simulated throttling makes a run's score steadier than a raw timing.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

interface LighthouseResult {
  lhr: {
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number }>;
  };
}
type Lighthouse = (url: string, flags: object, config: object) => Promise<LighthouseResult | undefined>;

async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; desktopConfig: object } | undefined> {
  const dir = process.env.LIGHTHOUSE_DIR;
  const base = dir
    ? pathToFileURL(path.join(path.resolve(dir), 'node_modules/lighthouse/')).href
    : 'lighthouse/';
  try {
    const [core, desktop] = await Promise.all([
      import(dir ? `${base}core/index.js` : 'lighthouse'),
      import(`${base}core/config/desktop-config.js`),
    ]);
    return { lighthouse: core.default as Lighthouse, desktopConfig: desktop.default as object };
  } catch {
    return undefined;
  }
}

interface Run {
  score: number;
  lcpMs: number;
  tbtMs: number;
  transferKb: number;
}

async function measure(
  lighthouse: Lighthouse,
  desktopConfig: object,
  origin: string,
  token: string,
  pages: Record<string, string>,
): Promise<Record<string, Run[]>> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mailroom-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM.executablePath,
    args: [...CHROMIUM.args, `--remote-debugging-port=${port}`],
    headless: true,
  });
  try {
    // Signed in through the UI, as an admin would.
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const cookies = await context.cookies(origin);
    if (cookies.length === 0) throw new Error('Lighthouse: sign-in left no cookie');
    const Cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const results: Record<string, Run[]> = {};
    for (const [name, url] of Object.entries(pages)) {
      results[name] = [];
      for (let r = 0; r < RUNS; r++) {
        const result = await lighthouse(
          `${origin}${url}`,
          { port, output: 'json', logLevel: 'error', extraHeaders: { Cookie } },
          desktopConfig,
        );
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        // LIGHTHOUSE_REPORTS=dir keeps every report (open one in the Lighthouse viewer to see why).
        if (process.env.LIGHTHOUSE_REPORTS) {
          fs.mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
          const file = `${name}-${new URL(origin).port}-${r + 1}.json`;
          fs.writeFileSync(path.join(process.env.LIGHTHOUSE_REPORTS, file), JSON.stringify(result.lhr));
        }
        const { categories, audits } = result.lhr;
        results[name].push({
          score: Math.round((categories.performance.score ?? 0) * 100),
          lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
          tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
          transferKb: (audits['total-byte-weight'].numericValue ?? NaN) / 1024,
        });
        console.log(`  lighthouse ${name} (${origin}): ${JSON.stringify(results[name].at(-1))}`);
      }
    }
    return results;
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export async function lighthouseBench(server: Mailroom): Promise<Row[]> {
  const targets = { catalog: 95, editor: 90 } as const;
  const loaded = await loadLighthouse();
  if (!loaded) {
    return Object.keys(targets).map((name) => ({
      area: '7. Lighthouse',
      measure: `${name}: performance score (desktop, cold cache, signed in)`,
      value: 'n/a (set LIGHTHOUSE_DIR to a directory with lighthouse@12.2.3 installed)',
      baseline: '',
      ratio: 'n/a',
      target: `≥ ${targets[name as keyof typeof targets]}`,
      verdict: 'n/a' as const,
    }));
  }
  const created = await server.api<{ id: string }>(
    'POST',
    `/api/v1/brands/${server.brandId}/templates/email/${TEMPLATE_NAME}/customizations`,
    { language: 'de', ...defaultContent(TEMPLATE_NAME, 'de') },
  );
  if (created.status !== 201) throw new Error(`lighthouse setup: ${created.status}`);
  const templates = `/brands/${server.brandId}/templates`;
  const pages = {
    catalog: templates,
    editor: `${templates}/${TEMPLATE_NAME}/customizations/${created.data.id}`,
  };
  const initialKb = initialRoute().gzipBytes / 1024;
  const editorKb = editorRoute().gzipBytes / 1024;
  const rows: Row[] = [];
  const results = await measure(loaded.lighthouse, loaded.desktopConfig, server.url, server.token, pages);
  for (const name of ['catalog', 'editor'] as const) {
    const runs = results[name];
    const score = spread(runs.map((r) => r.score));
    const m = (key: keyof Run) => spread(runs.map((r) => r[key])).median;
    rows.push({
      area: '7. Lighthouse',
      measure: `${name}: performance score (desktop, cold cache, signed in)`,
      value: `${score.median} (${score.min}–${score.max}) [LCP ${(m('lcpMs') / 1000).toFixed(1)} s, TBT ${m('tbtMs').toFixed(0)} ms, ${m('transferKb').toFixed(0)} kB transferred]`,
      baseline:
        name === 'catalog'
          ? `initial route ${initialKb.toFixed(1)} kB gzip`
          : `initial route ${initialKb.toFixed(1)} kB + editor route ${editorKb.toFixed(1)} kB gzip`,
      ratio: '',
      target: `≥ ${targets[name]}`,
      verdict: verdict(score.median >= targets[name]),
      data: {
        score,
        lcpMs: spread(runs.map((r) => r.lcpMs)),
        tbtMs: spread(runs.map((r) => r.tbtMs)),
        transferKb: spread(runs.map((r) => r.transferKb)),
      },
    });
  }
  return rows;
}
