import { chromium, type Browser } from '@playwright/test';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultContent } from '../templates/default-content';
import { renderTemplate } from '../velocity/render';
import { CHROMIUM } from '../../../test/support/chromium';
import { buildRenderContext, type RenderSubject } from './render-context';

const subject: RenderSubject = {
  user: {
    profile: {
      firstName: 'Zoë',
      lastName: "O'Brien <script>",
      email: 'zoe@acme.example',
      login: 'zoe@acme.example',
      locale: 'fr',
    },
  },
  org: { name: 'Acme & Co', subDomain: 'acme' },
  brand: { primaryColor: '#aa3300' },
  baseUrl: 'https://acme.okta.example',
};
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const CUSTOM = `#set($n = $user.profile.firstName.toUpperCase())<h1>$!{StringTool.escapeHtml($user.profile.lastName)}</h1>
#foreach($g in $user.groups.names)<li>$velocityCount: $g</li>#end
<p>${'$'}{f.formatTimeDiffHoursNowInUserLocale(\${org.activationTokenExpirationHours})} — $n — \${f.substringBefore($user.profile.email, "@")}</p>
#if($activationLink.contains("http"))<a href="$activationLink">go</a>#else none #end`;

/** The console renders live previews with the same code the server uses: prove the bytes match. */
describe('Velocity rendering: Node and the browser bundle give the same output', () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: {
          entry: path.join(import.meta.dirname, '../../../test/support/browser-entry.ts'),
          formats: ['iife'],
          name: 'mailroomRenderBundle',
        },
      },
    });
    const output = (Array.isArray(result) ? result[0] : result) as {
      output: { type: string; code?: string }[];
    };
    bundle = output.output.find((o) => o.type === 'chunk')!.code!;
    browser = await chromium.launch(CHROMIUM);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('for stock templates in several languages and a custom template using helpers', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle });
    const cases = [
      ...['UserActivation', 'ForgotPassword', 'NewSignOnNotification'].flatMap((name) =>
        ['en', 'fr', 'ja', 'zh-TW'].map((language) => ({ name, text: defaultContent(name, language)!.body })),
      ),
      { name: 'UserActivation', text: CUSTOM },
    ];
    for (const { name, text } of cases) {
      const inNode = renderTemplate(text, buildRenderContext(name, subject, {}, NOW), { now: NOW });
      const inBrowser = await page.evaluate(
        ({ name, text, subject, now }) => {
          const r = (
            globalThis as unknown as {
              mailroomRender: {
                renderTemplate: typeof renderTemplate;
                buildRenderContext: typeof buildRenderContext;
              };
            }
          ).mailroomRender;
          return r.renderTemplate(text, r.buildRenderContext(name, subject, {}, now), { now });
        },
        { name, text, subject, now: NOW },
      );
      expect(inBrowser, name).toBe(inNode);
    }
    expect(
      renderTemplate(CUSTOM, buildRenderContext('UserActivation', subject, {}, NOW), { now: NOW }),
    ).toContain('&lt;script&gt;');
  }, 60_000);
});
