// The live-preview bench's `worker` option: the shared Velocity renderer in a worker (bench/page/preview-page.ts).
import { renderTemplate } from '../../src/shared/velocity/render';

self.onmessage = (
  event: MessageEvent<{ id: number; template: string; context: Record<string, unknown>; now: number }>,
) => {
  const { id, template, context, now } = event.data;
  const t0 = performance.now();
  const html = renderTemplate(template, context, { now });
  self.postMessage({ id, html, ms: performance.now() - t0 });
};
