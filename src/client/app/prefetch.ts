// Starts downloading the customization editor before the admin opens it: its route module, and Monaco, which
// that route only loads after painting (features/editor/components/customization-editor.tsx). Dynamic imports
// only, so no page's own chunk grows (scripts/check-bundle-size.mjs fails the build if Monaco reaches the initial
// route).
import { useEffect } from 'react';

/** `load` runs once; after a failure (offline, a new deploy) the next call tries again. */
export function once(load: () => Promise<unknown>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () =>
    (pending ??= load().then(
      () => undefined,
      () => {
        // The click loads it again and shows the error, if there still is one.
        pending = undefined;
      },
    ));
}

export const prefetchEditor = once(async () => {
  const [, , monaco] = await Promise.all([
    import('./routes/customization-editor'),
    import('../features/editor/components/code-editor'),
    import('../features/editor/monaco-setup'),
  ]);
  // Monaco's start-up too, in idle time rather than after the click.
  whenIdle(() => monaco.warmUp());
});

/** For an Edit link or button: hovering or focusing it says it is about to be clicked. */
export const prefetchEditorOnIntent = {
  onPointerEnter: () => void prefetchEditor(),
  onFocus: () => void prefetchEditor(),
};

interface IdleWindow {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
  navigator: { connection?: { saveData?: boolean } };
}

/**
 * Runs `callback` when the browser is idle (a timer where requestIdleCallback is missing), except when the user
 * asked to save data. Returns the cancel function.
 */
export function whenIdle(
  callback: () => void,
  win: IdleWindow = window as unknown as IdleWindow,
): () => void {
  if (win.navigator.connection?.saveData) return () => {};
  if (win.requestIdleCallback && win.cancelIdleCallback) {
    const id = win.requestIdleCallback(callback, { timeout: 5_000 });
    return () => win.cancelIdleCallback!(id);
  }
  const timer = win.setTimeout(callback, 1_500);
  return () => win.clearTimeout(timer as never);
}

/** A page whose next step is often the editor (a template's page) prefetches it once it is idle. */
export function usePrefetchEditorWhenIdle(): void {
  useEffect(() => whenIdle(() => void prefetchEditor()), []);
}
