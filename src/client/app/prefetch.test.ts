import { describe, expect, it, vi } from 'vitest';

// The real targets are the editor's chunks: here they only count their loads.
const loads = vi.hoisted(() => ({ route: 0, monaco: 0 }));
vi.mock('./routes/customization-editor', () => {
  loads.route++;
  return {};
});
vi.mock('../features/editor/components/code-editor', () => {
  loads.monaco++;
  return {};
});

const { once, prefetchEditor, prefetchEditorOnIntent, whenIdle } = await import('./prefetch');

function fakeWindow(overrides: Partial<Parameters<typeof whenIdle>[1]> = {}) {
  const calls: string[] = [];
  const win = {
    requestIdleCallback: vi.fn((callback: () => void) => {
      calls.push('idle');
      callback();
      return 7;
    }),
    cancelIdleCallback: vi.fn(),
    setTimeout: vi.fn((callback: () => void) => {
      calls.push('timer');
      callback();
      return 8;
    }),
    clearTimeout: vi.fn(),
    navigator: {},
    ...overrides,
  };
  return { win, calls };
}

describe('editor prefetch', () => {
  it('loads the editor route and Monaco once, however often it is asked', async () => {
    await Promise.all([prefetchEditor(), prefetchEditor()]);
    prefetchEditorOnIntent.onPointerEnter();
    prefetchEditorOnIntent.onFocus();
    await prefetchEditor();
    expect(loads).toEqual({ route: 1, monaco: 1 });
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('ok');
    const prefetch = once(load);
    await prefetch();
    await prefetch();
    await prefetch();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('waits for idle time, or a timer where requestIdleCallback is missing', () => {
    const idle = fakeWindow();
    const callback = vi.fn();
    const cancel = whenIdle(callback, idle.win);
    expect(idle.calls).toEqual(['idle']);
    cancel();
    expect(idle.win.cancelIdleCallback).toHaveBeenCalledWith(7);

    const timer = fakeWindow({ requestIdleCallback: undefined, cancelIdleCallback: undefined });
    whenIdle(callback, timer.win)();
    expect(timer.calls).toEqual(['timer']);
    expect(timer.win.clearTimeout).toHaveBeenCalledWith(8);
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('does nothing when the user saves data', () => {
    const { win, calls } = fakeWindow({ navigator: { connection: { saveData: true } } });
    const callback = vi.fn();
    whenIdle(callback, win)();
    expect(calls).toEqual([]);
    expect(callback).not.toHaveBeenCalled();
  });
});
