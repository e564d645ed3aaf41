// The live-preview bench page (bundled by bench/sections/browser.ts into a temp dir and opened in Chromium):
// what the editor does on a keystroke, with the console's own modules: the shared Velocity renderer, the one
// DOMPurify configuration, and `<iframe sandbox="" srcdoc>` (as components/preview-frame.tsx does).
import { sanitizeEmailHtml } from '../../src/client/lib/sanitize';
import { renderTemplate } from '../../src/shared/velocity/render';

export interface Pane {
  template: string;
  context: Record<string, unknown>;
  /** The template rendered once in advance, for the baseline. */
  rendered: string;
}

export interface Timing {
  /** The Velocity render (0 for the baseline), ms. */
  render: number;
  /** DOMPurify (the console's configuration), ms. */
  sanitize: number;
  /** Render + sanitise + srcdoc assigned: the main-thread work of the keystroke, ms. */
  sync: number;
  /** Until every frame's load event: the new preview is in the frame. */
  total: number;
}

const frames: HTMLIFrameElement[] = [];

function frame(i: number): HTMLIFrameElement {
  while (frames.length <= i) {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', '');
    iframe.title = `Preview ${frames.length + 1}`;
    iframe.style.cssText = 'width:600px;height:800px;border:1px solid #ccc';
    document.body.append(iframe);
    frames.push(iframe);
  }
  return frames[i];
}

function show(iframe: HTMLIFrameElement, html: string): Promise<void> {
  return new Promise((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    iframe.srcdoc = html;
  });
}

let keystroke = 0;

/**
 * One keystroke: every pane's template changes by one character (so the parse cache misses, as when typing),
 * is rendered, sanitised and shown. `baseline` skips the render: the pre-rendered HTML (changed by one character
 * too) is only sanitised and shown.
 */
async function update(panes: Pane[], baseline: boolean, now: number): Promise<Timing> {
  const n = keystroke++;
  const start = performance.now();
  const shown: Promise<void>[] = [];
  let render = 0;
  let sanitize = 0;
  panes.forEach((pane, i) => {
    const t0 = performance.now();
    const html = baseline
      ? pane.rendered.replace('</body>', `${n}</body>`)
      : renderTemplate(pane.template.replace('</body>', `${n}</body>`), pane.context, { now });
    const t1 = performance.now();
    const clean = sanitizeEmailHtml(html);
    const t2 = performance.now();
    render += t1 - t0;
    sanitize += t2 - t1;
    shown.push(show(frame(i), clean));
  });
  const sync = performance.now() - start;
  await Promise.all(shown);
  return { render, sanitize, sync, total: performance.now() - start };
}

/** `iterations` keystrokes, alternating subject and baseline; per-keystroke timings of each. */
async function run(panes: Pane[], iterations: number, now: number) {
  const subject: Timing[] = [];
  const base: Timing[] = [];
  for (let i = 0; i < iterations; i++) {
    subject.push(await update(panes, false, now));
    base.push(await update(panes, true, now));
  }
  return { subject, base };
}

Object.assign(window, {
  previewBench: {
    run: (panes: Pane[], iterations: number, now: number) => {
      // Extra panes from an earlier run would slow layout: keep exactly as many frames as panes.
      while (frames.length > panes.length) frames.pop()!.remove();
      return run(panes, iterations, now);
    },
  },
});
