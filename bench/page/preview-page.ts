// The live-preview bench page (bundled by bench/sections/browser.ts into a temp dir and opened in Chromium):
// what the editor does on a keystroke, with the console's own modules: the shared Velocity renderer, the one
// DOMPurify configuration, and `<iframe sandbox="">` frames fed through `srcdoc`. Each way of showing the
// result (a `Show` mode) is measured the same way, so the options can be compared:
// - `srcdoc`: assign `srcdoc` on the same frame;
// - `replace`: a new iframe element per document (what a React `key` change does);
// - `double`: two frames, the new document goes to the hidden one, which is shown once loaded; the frame
//   that goes back into hiding is emptied when the browser is idle, off the keystroke;
// - `worker`: `srcdoc` as above, but the Velocity render runs in a worker (DOMPurify needs a DOM: it stays).
import { sanitizeEmailHtml } from '../../src/client/lib/sanitize';
import { renderTemplate } from '../../src/shared/velocity/render';

export type Show = 'srcdoc' | 'replace' | 'double' | 'worker';

export interface Pane {
  template: string;
  context: Record<string, unknown>;
  /** The template rendered once in advance, for the baseline. */
  rendered: string;
}

export interface Timing {
  /** The Velocity render (0 for the baseline; in the worker for `worker`), ms. */
  render: number;
  /** DOMPurify (the console's configuration), ms. */
  sanitize: number;
  /** Handing the document to the frame(s): the `srcdoc` assignment or the element swap, ms. */
  frame: number;
  /** The main thread's work for the keystroke: render + sanitise + the frame handed its document, ms. */
  sync: number;
  /** Until every frame's load event: the new preview is in the frame. */
  total: number;
  /** Main-thread work moved to idle time (`double`: emptying the hidden frame), ms. */
  idle: number;
}

declare const RENDER_WORKER_SOURCE: string;

function newFrame(title: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', '');
  iframe.title = title;
  iframe.style.cssText = 'width:600px;height:800px;border:1px solid #ccc;vertical-align:top';
  return iframe;
}

/** One preview pane: a slot holding its frame(s). */
class Slot {
  readonly element = document.createElement('div');
  private frames: HTMLIFrameElement[] = [];
  /** Time spent emptying hidden frames in idle callbacks (double buffering). */
  idleMs = 0;

  constructor(readonly index: number) {
    this.element.style.cssText = 'display:inline-block;position:relative;width:602px;height:802px';
    document.body.append(this.element);
  }

  private front(): HTMLIFrameElement {
    if (this.frames.length === 0) {
      this.frames.push(newFrame(`Preview ${this.index + 1}`));
      this.element.append(this.frames[0]);
    }
    return this.frames[0];
  }

  /** Hands `html` to a frame (synchronously) and resolves when it is shown. */
  show(html: string, mode: Show): Promise<void> {
    if (mode === 'srcdoc' || mode === 'worker') return loaded(this.front(), (f) => (f.srcdoc = html));
    if (mode === 'replace') {
      const next = newFrame(`Preview ${this.index + 1}`);
      const done = loaded(next, (f) => (f.srcdoc = html));
      this.frames.splice(0).forEach((f) => f.remove());
      this.frames.push(next);
      this.element.append(next);
      return done;
    }
    // double: the back frame takes the document; it comes to the front once loaded.
    while (this.frames.length < 2) {
      const frame = newFrame(`Preview ${this.index + 1}`);
      frame.style.position = 'absolute';
      frame.style.left = '0';
      frame.style.top = '0';
      frame.style.visibility = this.frames.length === 0 ? 'visible' : 'hidden';
      this.frames.push(frame);
      this.element.append(frame);
    }
    const [front, back] = this.frames;
    return loaded(back, (f) => (f.srcdoc = html)).then(() => {
      back.style.visibility = 'visible';
      front.style.visibility = 'hidden';
      this.frames = [back, front];
      requestIdleCallback(() => {
        const t0 = performance.now();
        front.srcdoc = '';
        this.idleMs += performance.now() - t0;
      });
    });
  }

  dispose() {
    this.element.remove();
  }
}

function loaded(iframe: HTMLIFrameElement, assign: (f: HTMLIFrameElement) => void): Promise<void> {
  return new Promise((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    assign(iframe);
  });
}

let slots: Slot[] = [];

function slot(i: number): Slot {
  while (slots.length <= i) slots.push(new Slot(slots.length));
  return slots[i];
}

// The Velocity render in a worker (`worker` mode): the same module, bundled apart (see browser.ts).
let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (result: { html: string; ms: number }) => void>();
function renderInWorker(template: string, context: Record<string, unknown>, now: number) {
  if (!worker) {
    const url = URL.createObjectURL(new Blob([RENDER_WORKER_SOURCE], { type: 'text/javascript' }));
    worker = new Worker(url);
    worker.onmessage = (event: MessageEvent<{ id: number; html: string; ms: number }>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  const id = nextId++;
  return new Promise<{ html: string; ms: number }>((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, template, context, now });
  });
}

let keystroke = 0;

/**
 * One keystroke: every pane's template changes by one character (so the parse cache misses, as when typing),
 * is rendered, sanitised and shown. `baseline` skips the render: the pre-rendered HTML (changed by one character
 * too) is only sanitised and shown, always with `srcdoc`.
 */
async function update(panes: Pane[], baseline: boolean, now: number, mode: Show): Promise<Timing> {
  const n = keystroke++;
  const start = performance.now();
  const shown: Promise<void>[] = [];
  let render = 0;
  let sanitize = 0;
  let frame = 0;
  let sync = 0;
  if (mode === 'worker' && !baseline) {
    // The main thread posts the text, then sanitises and shows each answer: its work is the two parts.
    const posted = performance.now();
    const answers = panes.map((pane) =>
      renderInWorker(pane.template.replace('</body>', `${n}</body>`), pane.context, now),
    );
    sync += performance.now() - posted;
    await Promise.all(
      answers.map(async (answer, i) => {
        const { html, ms } = await answer;
        const t1 = performance.now();
        const clean = sanitizeEmailHtml(html);
        const t2 = performance.now();
        shown.push(slot(i).show(clean, 'srcdoc'));
        const t3 = performance.now();
        sync += t3 - t1;
        render += ms;
        sanitize += t2 - t1;
        frame += t3 - t2;
      }),
    );
  } else {
    panes.forEach((pane, i) => {
      const t0 = performance.now();
      const html = baseline
        ? pane.rendered.replace('</body>', `${n}</body>`)
        : renderTemplate(pane.template.replace('</body>', `${n}</body>`), pane.context, { now });
      const t1 = performance.now();
      const clean = sanitizeEmailHtml(html);
      const t2 = performance.now();
      shown.push(slot(i).show(clean, baseline ? 'srcdoc' : mode));
      render += t1 - t0;
      sanitize += t2 - t1;
      frame += performance.now() - t2;
    });
    sync = performance.now() - start;
  }
  await Promise.all(shown);
  return { render, sanitize, frame, sync, total: performance.now() - start, idle: 0 };
}

/**
 * A keystroke that leaves the output as it was (in a `##` comment): the editor renders, sees the same HTML and
 * stops there (components/preview-frame.tsx memoises the sanitised document on the rendered HTML). The baseline
 * is the same keystroke without that check: sanitised and shown again.
 */
async function unchanged(panes: Pane[], skip: boolean, now: number, last: string[]): Promise<Timing> {
  const n = keystroke++;
  const start = performance.now();
  const shown: Promise<void>[] = [];
  let render = 0;
  let sanitize = 0;
  let frame = 0;
  panes.forEach((pane, i) => {
    const t0 = performance.now();
    const html = renderTemplate(`${pane.template}\n## ${n}`, pane.context, { now });
    const t1 = performance.now();
    render += t1 - t0;
    if (skip && html === last[i]) return;
    last[i] = html;
    const clean = sanitizeEmailHtml(html);
    const t2 = performance.now();
    sanitize += t2 - t1;
    shown.push(slot(i).show(clean, 'srcdoc'));
    frame += performance.now() - t2;
  });
  const sync = performance.now() - start;
  await Promise.all(shown);
  return { render, sanitize, frame, sync, total: performance.now() - start, idle: 0 };
}

/** `iterations` keystrokes, alternating subject and baseline; per-keystroke timings of each. */
async function run(panes: Pane[], iterations: number, now: number, mode: Show | 'unchanged') {
  const subject: Timing[] = [];
  const base: Timing[] = [];
  const last: string[] = [];
  for (let i = 0; i < iterations; i++) {
    if (mode === 'unchanged') {
      subject.push(await unchanged(panes, true, now, last));
      base.push(await unchanged(panes, false, now, []));
      continue;
    }
    const idleBefore = slots.reduce((sum, s) => sum + s.idleMs, 0);
    const timing = await update(panes, false, now, mode);
    // Let the idle callbacks of double buffering run before the next keystroke, as typing pauses would.
    await new Promise((resolve) => requestIdleCallback(resolve));
    timing.idle = slots.reduce((sum, s) => sum + s.idleMs, 0) - idleBefore;
    subject.push(timing);
    base.push(await update(panes, true, now, 'srcdoc'));
  }
  return { subject, base };
}

Object.assign(window, {
  previewBench: {
    run: (panes: Pane[], iterations: number, now: number, mode: Show | 'unchanged' = 'srcdoc') => {
      // A fresh set of frames per run: extra panes would slow layout, and modes don't share frames.
      slots.forEach((s) => s.dispose());
      slots = [];
      return run(panes, iterations, now, mode);
    },
  },
});
