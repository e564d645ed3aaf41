// The live preview's renderer, off the main thread (live-render-client.ts): the shared Velocity renderer, as the
// server renders.
import { renderDraft } from './live-render';
import type { RenderRequest } from './live-render-client';

self.onmessage = (event: MessageEvent<{ id: number } & RenderRequest>) => {
  const { id, draft, context, now } = event.data;
  self.postMessage({ id, result: renderDraft(draft, context, now) });
};
