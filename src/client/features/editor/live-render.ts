import { renderTemplate, TemplateError } from '../../../shared/velocity/render';

export type LiveRender =
  | { ok: true; subject: string; body: string }
  | { ok: false; part: 'subject' | 'body'; message: string; subject?: string };

/**
 * The draft rendered as the server would render it (the shared Velocity renderer, same context builder).
 * Never throws: a failure names the part and the renderer's message, for an inline notice.
 */
export function renderDraft(
  draft: { subject: string; body: string },
  context: Record<string, unknown>,
  now: number,
): LiveRender {
  let subject: string | undefined;
  try {
    subject = renderTemplate(draft.subject, context, { now });
  } catch (error) {
    return { ok: false, part: 'subject', message: messageOf(error) };
  }
  try {
    return { ok: true, subject, body: renderTemplate(draft.body, context, { now }) };
  } catch (error) {
    return { ok: false, part: 'body', message: messageOf(error), subject };
  }
}

function messageOf(error: unknown): string {
  return error instanceof TemplateError || error instanceof Error ? error.message : String(error);
}
