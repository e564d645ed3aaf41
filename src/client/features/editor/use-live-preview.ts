import { useEffect, useMemo, useRef, useState } from 'react';
import { checkMail, type MailFinding } from '../../../shared/mail-checks/check-mail';
import { renderDraft, type LiveRender } from './live-render';
import { LiveRenderer, type RenderWorker } from './live-render-client';
import LiveRenderWorker from './live-render.worker?worker';

/** Renders after the admin pauses typing for this long. */
const RENDER_DELAY_MS = 150;

export interface LivePreview {
  /** The latest render: a failure names the part and the renderer's message. */
  result: LiveRender;
  /** What the preview shows: the latest render that worked (the previous one while the draft can't render). */
  shown: Extract<LiveRender, { ok: true }> | undefined;
  /** The mail checks on what is shown, with the draft it came from for the required variables. */
  findings: MailFinding[];
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * The draft rendered by the shared renderer: the first time here (the page opens with its preview), then in a
 * worker (live-render-client.ts), so typing costs the main thread DOMPurify and the frame only.
 */
function useLiveRender(
  draft: { subject: string; body: string },
  context: Record<string, unknown>,
  now: number,
) {
  const [result, setResult] = useState(() => ({ draft, render: renderDraft(draft, context, now) }));
  const renderer = useRef<LiveRenderer | null>(null);
  const requested = useRef(draft);
  useEffect(() => {
    const live = new LiveRenderer(
      // A Worker is a RenderWorker whose messages are MessageEvents.
      () => new LiveRenderWorker({ name: 'live preview' }) as unknown as RenderWorker,
      // The latest request wins (LiveRenderer drops older answers), so this answer is for the latest draft.
      (next) => setResult({ draft: requested.current, render: next }),
    );
    renderer.current = live;
    return () => live.dispose();
  }, []);
  const rendered = useRef({ draft, context, now });
  useEffect(() => {
    const last = rendered.current;
    if (last.draft === draft && last.context === context && last.now === now) return;
    rendered.current = { draft, context, now };
    requested.current = draft;
    performance.mark('mailroom:preview-start');
    renderer.current?.render({ draft, context, now });
  }, [draft, context, now]);
  return result;
}

/**
 * The editor's live preview, once for the page: the preview panel shows it, and the mail checks read the same
 * render (the Checks tab and the status bar's count), so nothing renders twice.
 */
export function useLivePreview(
  templateName: string,
  draft: { subject: string; body: string },
  context: Record<string, unknown>,
  now: number,
): LivePreview {
  const pending = useDebounced(draft, RENDER_DELAY_MS);
  const { draft: source, render: result } = useLiveRender(pending, context, now);
  const [shown, setShown] = useState(result.ok ? { result, source } : undefined);
  if (result.ok && shown?.result !== result) setShown({ result, source });
  const findings = useMemo(
    () =>
      shown
        ? checkMail({
            kind: 'preview',
            subject: shown.result.subject,
            html: shown.result.body,
            template: { name: templateName, source: shown.source.body },
          })
        : [],
    [shown, templateName],
  );
  return { result, shown: shown?.result, findings };
}
