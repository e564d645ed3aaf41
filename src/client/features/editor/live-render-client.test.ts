import { describe, expect, it, vi } from 'vitest';
import type { LiveRender } from './live-render';
import { LiveRenderer, type RenderRequest, type RenderWorker } from './live-render-client';

const request = (body: string): RenderRequest => ({
  draft: { subject: 'Hi $user.profile.firstName', body },
  context: { user: { profile: { firstName: 'Ada' } } },
  now: 0,
});

/** A worker that answers when told to, with the real renderer's result computed by the test. */
function fakeWorker(options: { throwOnPost?: boolean } = {}) {
  const posted: ({ id: number } & RenderRequest)[] = [];
  const worker: RenderWorker = {
    postMessage: (message) => {
      if (options.throwOnPost) throw new DOMException('could not be cloned', 'DataCloneError');
      posted.push(message);
    },
    onmessage: null,
    onerror: null,
    terminate: vi.fn(),
  };
  const answer = (index: number, result: LiveRender) =>
    worker.onmessage?.({ data: { id: posted[index].id, result } });
  return { worker, posted, answer };
}

const ok = (body: string): LiveRender => ({ ok: true, subject: 'Hi Ada', body });

describe('LiveRenderer', () => {
  it('renders in the worker and keeps only the latest answer', () => {
    const fake = fakeWorker();
    const results: LiveRender[] = [];
    const renderer = new LiveRenderer(
      () => fake.worker,
      (r) => results.push(r),
    );
    renderer.render(request('<p>1</p>'));
    renderer.render(request('<p>2</p>'));
    expect(fake.posted.map((p) => p.draft.body)).toEqual(['<p>1</p>', '<p>2</p>']);
    fake.answer(1, ok('<p>2</p>'));
    fake.answer(0, ok('<p>1</p>'));
    expect(results).toEqual([ok('<p>2</p>')]);
  });

  it('renders on the main thread when the worker fails, starting with the request in flight', () => {
    const fake = fakeWorker();
    const results: LiveRender[] = [];
    const renderer = new LiveRenderer(
      () => fake.worker,
      (r) => results.push(r),
    );
    renderer.render(request('<p>${user.profile.firstName}</p>'));
    fake.worker.onerror?.(new Event('error'));
    expect(fake.worker.terminate).toHaveBeenCalled();
    expect(results).toEqual([{ ok: true, subject: 'Hi Ada', body: '<p>Ada</p>' }]);
    renderer.render(request('<p>again ${user.profile.firstName}</p>'));
    expect(results[1]).toEqual({ ok: true, subject: 'Hi Ada', body: '<p>again Ada</p>' });
    expect(fake.posted).toHaveLength(1);
  });

  it('renders on the main thread when the worker can’t start or can’t take the context', () => {
    for (const create of [
      () => {
        throw new Error('no workers here');
      },
      () => fakeWorker({ throwOnPost: true }).worker,
    ]) {
      const results: LiveRender[] = [];
      const renderer = new LiveRenderer(create, (r) => results.push(r));
      renderer.render(request('<p>${user.profile.firstName}</p>'));
      expect(results).toEqual([{ ok: true, subject: 'Hi Ada', body: '<p>Ada</p>' }]);
    }
  });

  it('reports render errors as the main thread would', () => {
    const results: LiveRender[] = [];
    const renderer = new LiveRenderer(
      () => {
        throw new Error('no workers here');
      },
      (r) => results.push(r),
    );
    renderer.render(request('#if($x'));
    expect(results[0]).toMatchObject({ ok: false, part: 'body' });
  });
});
