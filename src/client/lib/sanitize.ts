import DOMPurify from 'dompurify';

/**
 * The one DOMPurify configuration for email HTML shown in the console. The result still only ever goes
 * into an `<iframe sandbox="">` (no scripts, no same-origin): sanitising is the second fence, not the first.
 */
export function sanitizeEmailHtml(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    ADD_TAGS: ['style'],
    ADD_ATTR: ['target'],
    FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'base', 'meta'],
    FORBID_ATTR: ['srcset'],
  });
  // Links open outside the frame (the sandbox blocks navigation anyway; this keeps the intent clear).
  return `<!doctype html>${clean.replace('<head>', '<head><base target="_blank">')}`;
}
