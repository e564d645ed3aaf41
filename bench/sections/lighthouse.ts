// 7. Lighthouse (desktop preset, cold cache, signed in) on the catalog and the customization editor, the recipe of
// ../shared/STACK-FACTS.md: Debian's Chromium through Playwright with a remote-debugging port, sign-in through the
// UI, the session cookie passed to Lighthouse as a header (it resets storage for the cold cache).
//
// Lighthouse is not a dependency of the project (12.2.3 is the last release that runs on Node 20): the section
// runs when LIGHTHOUSE_DIR names a directory where it is installed (`npm i -E lighthouse@12.2.3` there), or
// when `lighthouse` resolves from here; otherwise its rows say n/a.
//
// Each page is measured twice: as this server serves it (no compression), and through a bench-only proxy that
// serves the same files brotli-compressed, the way a server with precompressed assets does.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { chromium } from '@playwright/test';
import { initialRoute, editorRoute } from '../../scripts/bundle-size.mjs';
import { CHROMIUM } from '../../src/server/testing/chromium';
import { defaultContent } from '../../src/shared/templates/default-content';
import { TEMPLATE_NAME } from '../fixtures/templates';
import { freePort } from '../../src/server/testing/child-server';
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

const COMPRESSIBLE = /\.(js|css|svg|json|html|txt)$/;

/**
 * A proxy in front of Mailroom that serves the built assets brotli-compressed (quality 11, compressed once at
 * start, as precompressed files on disk would be) when the browser accepts it. Everything else (the HTML shell,
 * the API) passes through untouched, as a server compressing only its static files does.
 */
async function compressingProxy(
  target: string,
  dist = path.resolve('dist/client'),
): Promise<{ url: string; close: () => Promise<void> }> {
  const compressed = new Map<string, Buffer>();
  for (const file of fs.readdirSync(path.join(dist, 'assets'))) {
    if (!COMPRESSIBLE.test(file)) continue;
    const body = fs.readFileSync(path.join(dist, 'assets', file));
    compressed.set(
      `/assets/${file}`,
      brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const pathname = req.url?.split('?')[0] ?? '';
    const encoded = compressed.get(pathname);
    const wantsBr = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        // The Host stays the proxy's: the server compares it with the Origin of writes (the sign-in).
        headers: { ...req.headers, 'accept-encoding': 'identity' },
      },
      (answer) => {
        if (req.method !== 'GET' || !encoded || !wantsBr || answer.statusCode !== 200) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        // The server's own headers (type, caching, CSP) with the precompressed body.
        answer.resume();
        const headers = { ...answer.headers, 'content-encoding': 'br', vary: 'Accept-Encoding' };
        delete headers['transfer-encoding'];
        delete headers.connection;
        res.writeHead(200, { ...headers, 'content-length': encoded.length });
        res.end(encoded);
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
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
  const proxy = await compressingProxy(server.url);
  try {
    for (const [label, origin] of [
      ['uncompressed (as served here)', server.url],
      ['brotli (bench proxy)', proxy.url],
    ] as const) {
      const results = await measure(loaded.lighthouse, loaded.desktopConfig, origin, server.token, pages);
      for (const name of ['catalog', 'editor'] as const) {
        const runs = results[name];
        const score = spread(runs.map((r) => r.score));
        const m = (key: keyof Run) => spread(runs.map((r) => r[key])).median;
        rows.push({
          area: '7. Lighthouse',
          measure: `${name}: performance score (desktop, cold cache, signed in), ${label}`,
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
    }
  } finally {
    await proxy.close();
  }
  return rows;
}
