import { renderDraft, type LiveRender } from './live-render';

export interface RenderRequest {
  draft: { subject: string; body: string };
  context: Record<string, unknown>;
  now: number;
}

/** What LiveRenderer needs of a Worker (a fake one in tests). */
export interface RenderWorker {
  postMessage(message: { id: number } & RenderRequest): void;
  onmessage: ((event: { data: { id: number; result: LiveRender } }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/**
 * Renders drafts for the live preview off the main thread (live-render.worker.ts), so a keystroke's main-thread
 * work is DOMPurify and the frame only. The latest request wins: older answers are dropped. When the worker can't
 * be started, fails, or can't take the context (not cloneable), drafts are rendered here, with the same function.
 */
export class LiveRenderer {
  private worker: RenderWorker | null;
  private latest = 0;
  private pending: RenderRequest | undefined;

  constructor(
    createWorker: () => RenderWorker,
    private readonly onResult: (result: LiveRender) => void,
  ) {
    try {
      this.worker = createWorker();
      this.worker.onmessage = ({ data }) => {
        if (data.id !== this.latest) return;
        this.pending = undefined;
        this.onResult(data.result);
      };
      this.worker.onerror = () => this.fallBack();
    } catch {
      this.worker = null;
    }
  }

  render(request: RenderRequest): void {
    const id = ++this.latest;
    if (this.worker) {
      try {
        this.pending = request;
        this.worker.postMessage({ id, ...request });
        return;
      } catch {
        this.fallBack();
        return;
      }
    }
    this.onResult(renderDraft(request.draft, request.context, request.now));
  }

  /** From now on on the main thread; the request in flight (if any) is rendered here at once. */
  private fallBack() {
    this.worker?.terminate();
    this.worker = null;
    const request = this.pending;
    this.pending = undefined;
    if (request) this.onResult(renderDraft(request.draft, request.context, request.now));
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending = undefined;
  }
}
