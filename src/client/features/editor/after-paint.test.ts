import { describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER_TIMING, whenPlaceholderPainted, type PaintEnv } from './after-paint';

function fakeEnv({ elementTiming }: { elementTiming: boolean }) {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  let deliver: ((identifiers: string[]) => void) | undefined;
  const disconnect = vi.fn();
  const env: PaintEnv = {
    requestAnimationFrame: (callback) => frames.push(callback),
    cancelAnimationFrame: (id) => {
      frames[id - 1] = () => {};
    },
    setTimeout: (callback) => timers.push(callback),
    clearTimeout: ((id: number) => {
      timers[id - 1] = () => {};
    }) as never,
    PerformanceObserver: Object.assign(
      class {
        constructor(callback: (list: { getEntries(): { identifier?: string }[] }) => void) {
          deliver = (identifiers) =>
            callback({ getEntries: () => identifiers.map((identifier) => ({ identifier })) });
        }
        observe() {}
        disconnect = disconnect;
      },
      { supportedEntryTypes: elementTiming ? ['element', 'paint'] : ['paint'] },
    ),
  };
  return {
    env,
    nextFrame: () => frames.splice(0).forEach((f) => f()),
    fireTimers: () => timers.splice(0).forEach((t) => t()),
    entries: (...identifiers: string[]) => deliver?.(identifiers),
    disconnect,
  };
}

describe('whenPlaceholderPainted', () => {
  it('waits for the placeholder’s element-timing entry where the API exists', () => {
    const fake = fakeEnv({ elementTiming: true });
    const callback = vi.fn();
    whenPlaceholderPainted(callback, { env: fake.env });
    fake.nextFrame();
    fake.nextFrame();
    fake.entries('something-else');
    expect(callback).not.toHaveBeenCalled();
    fake.entries(PLACEHOLDER_TIMING);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(fake.disconnect).toHaveBeenCalled();
    fake.fireTimers();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('waits two frames without the API, or when there is no text to time', () => {
    for (const options of [
      { elementTiming: false, hasText: true },
      { elementTiming: true, hasText: false },
    ]) {
      const fake = fakeEnv(options);
      const callback = vi.fn();
      whenPlaceholderPainted(callback, { env: fake.env, hasText: options.hasText });
      fake.nextFrame();
      expect(callback).not.toHaveBeenCalled();
      fake.nextFrame();
      expect(callback).toHaveBeenCalledTimes(1);
    }
  });

  it('falls back to the timer (hidden tabs paint nothing), and cancels', () => {
    const fake = fakeEnv({ elementTiming: true });
    const callback = vi.fn();
    whenPlaceholderPainted(callback, { env: fake.env });
    fake.fireTimers();
    expect(callback).toHaveBeenCalledTimes(1);

    const other = fakeEnv({ elementTiming: false });
    const cancelled = vi.fn();
    whenPlaceholderPainted(cancelled, { env: other.env })();
    other.nextFrame();
    other.nextFrame();
    other.fireTimers();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
