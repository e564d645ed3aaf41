// When the editor page asks for Monaco: once its text is on screen. Monaco is ≈ 1 MB of gzip and a few hundred
// ms of start-up on the main thread; asked for in the same frame, its start-up can land before the text is shown.

/** The `elementtiming` name of the body's placeholder (components/customization-editor.tsx). */
export const PLACEHOLDER_TIMING = 'mailroom-editor-placeholder';

export interface PaintEnv {
  requestAnimationFrame: (callback: () => void) => number;
  cancelAnimationFrame: (id: number) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
  PerformanceObserver?: {
    new (callback: (list: { getEntries(): { identifier?: string }[] }) => void): {
      observe(options: { type: string; buffered?: boolean }): void;
      disconnect(): void;
    };
    supportedEntryTypes?: readonly string[];
  };
}

/**
 * Calls `callback` once the placeholder (marked `elementtiming={PLACEHOLDER_TIMING}`) has been painted: with the
 * Element Timing API (Chromium) when its entry arrives; elsewhere, or when it has no text to time, two frames later
 * (a frame callback inside a frame callback runs once the first frame is shown). After `fallbackMs` in any case:
 * hidden tabs don't paint. Returns the cancel function.
 */
export function whenPlaceholderPainted(
  callback: () => void,
  { hasText = true, fallbackMs = 1_000, env = globalThis as unknown as PaintEnv } = {},
): () => void {
  let done = false;
  const cleanups: (() => void)[] = [];
  const run = () => {
    if (done) return;
    done = true;
    for (const cleanup of cleanups) cleanup();
    callback();
  };
  const timer = env.setTimeout(run, fallbackMs);
  cleanups.push(() => env.clearTimeout(timer as never));
  const Observer = env.PerformanceObserver;
  if (hasText && Observer?.supportedEntryTypes?.includes('element')) {
    const observer = new Observer((list) => {
      if (list.getEntries().some((entry) => entry.identifier === PLACEHOLDER_TIMING)) run();
    });
    observer.observe({ type: 'element', buffered: true });
    cleanups.push(() => observer.disconnect());
  } else {
    let second = 0;
    const first = env.requestAnimationFrame(() => {
      second = env.requestAnimationFrame(run);
    });
    cleanups.push(() => {
      env.cancelAnimationFrame(first);
      env.cancelAnimationFrame(second);
    });
  }
  return () => {
    if (done) return;
    done = true;
    for (const cleanup of cleanups) cleanup();
  };
}
