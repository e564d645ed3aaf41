import { useMemo } from 'react';
import { sanitizeEmailHtml } from '../lib/sanitize';
import { cn } from './ui/cn';

/**
 * The one way the console shows email HTML: DOMPurify first, then an iframe with `sandbox=""` (no script,
 * no same-origin, no forms, no popups) fed through `srcdoc`, which the CSP's `frame-src about:` allows.
 */
export function PreviewFrame({
  html,
  title,
  className,
}: {
  html: string;
  title: string;
  className?: string;
}) {
  const srcDoc = useMemo(() => sanitizeEmailHtml(html), [html]);
  return (
    <iframe
      // A new key per document resets the frame's scroll position instead of keeping the last one.
      key={srcDoc.length}
      title={title}
      sandbox=""
      srcDoc={srcDoc}
      referrerPolicy="no-referrer"
      className={cn('block w-full rounded-md border border-slate-200 bg-white', className ?? 'h-[32rem]')}
    />
  );
}
