import { lazy, Suspense, useEffect, useId, useRef, type ReactNode } from 'react';
import { ChecksCount, describeFindingCount, MailChecksList } from '../../../components/mail-checks';
import { PreviewFrame } from '../../../components/preview-frame';
import { cn } from '../../../components/ui/cn';
import { AlertIcon } from '../../../components/ui/icons';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import type { LivePreview } from '../use-live-preview';

// Monaco comes with the editors, after the page has painted (customization-editor.tsx).
const RenderedSource = lazy(() => import('./rendered-source'));

export type PreviewTab = 'preview' | 'checks' | 'source' | 'data' | 'history';
export type PreviewWidth = 375 | 768 | 'desktop';

const WIDTHS: { id: PreviewWidth; label: string; hint: string }[] = [
  { id: 375, label: 'Mobile', hint: '375' },
  { id: 768, label: 'Tablet', hint: '768' },
  { id: 'desktop', label: 'Desktop', hint: '' },
];

const TABS: { id: PreviewTab; label: string }[] = [
  { id: 'preview', label: 'Preview' },
  { id: 'checks', label: 'Checks' },
  { id: 'source', label: 'Source' },
  { id: 'data', label: 'Data' },
];
const HISTORY_TAB: { id: PreviewTab; label: string } = { id: 'history', label: 'History' };

/**
 * Preview | Checks | Source | Data of the draft, and History (the saved versions) once it is saved. The preview is rendered in the browser by the shared renderer with
 * the server's context (useLivePreview, which the page owns), then sanitised and framed by PreviewFrame; Checks
 * lists the mail checks on that same render. A render error shows above the last good render, never a blank pane. Each render is measured (`performance.measure('mailroom:preview')`, request
 * to the worker → sanitised document committed) so the cost is visible in DevTools.
 */
export function PreviewPanel({
  preview,
  languageLabel,
  tab,
  onTabChange,
  width,
  onWidthChange,
  data,
  history,
}: {
  preview: LivePreview;
  languageLabel: string;
  tab: PreviewTab;
  onTabChange: (tab: PreviewTab) => void;
  width: PreviewWidth;
  onWidthChange: (width: PreviewWidth) => void;
  data: ReactNode;
  /** The History tab's content; a customization not saved yet has none. */
  history?: ReactNode;
}) {
  const id = useId();
  const { result, shown, findings } = preview;

  useEffect(() => {
    // After the frame's sanitising render has committed.
    try {
      performance.measure('mailroom:preview', 'mailroom:preview-start');
    } catch {
      // no start mark (cleared by DevTools)
    }
  }, [result]);

  const shownTabs = history ? [...TABS, HISTORY_TAB] : TABS;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + shownTabs.length) % shownTabs.length;
    onTabChange(shownTabs[next].id);
    tabs.current[next]?.focus();
  };

  return (
    <section aria-label="Preview" className="flex min-h-0 min-w-0 flex-col bg-slate-50">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white px-3 py-2">
        <div role="tablist" aria-label="Preview panel" className="flex gap-1">
          {shownTabs.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              id={`${id}-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`${id}-panel`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => onTabChange(t.id)}
              onKeyDown={(e) => onTabKey(e, i)}
              aria-label={t.id === 'checks' ? `Checks, ${describeFindingCount(findings.length)}` : undefined}
              className={cn(
                'inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600',
                tab === t.id
                  ? 'bg-indigo-50 text-indigo-700'
                  : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
              )}
            >
              {t.label}
              {t.id === 'checks' && <ChecksCount findings={findings} />}
            </button>
          ))}
        </div>
        {(tab === 'preview' || tab === 'source') && (
          <SegmentedControl label="Preview width" segments={WIDTHS} value={width} onChange={onWidthChange} />
        )}
      </div>

      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${tab}`}
        className="flex min-h-0 flex-1 flex-col overflow-auto"
      >
        {tab === 'data' ? (
          data
        ) : tab === 'history' && history ? (
          history
        ) : (
          <>
            {!result.ok && (
              <div
                role="alert"
                className="m-3 mb-0 flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
              >
                <AlertIcon className="mt-0.5 size-4 shrink-0 text-red-600" />
                <div className="min-w-0">
                  <p className="font-medium text-red-900">The {result.part} can&apos;t be rendered</p>
                  <p className="mt-0.5 break-words">{result.message}</p>
                  {shown && (
                    <p className="mt-1 text-xs text-red-700">Showing the last version that rendered.</p>
                  )}
                </div>
              </div>
            )}
            <div className="border-b border-slate-200 bg-white px-4 py-2.5 text-sm">
              <span className="text-slate-500">Subject: </span>
              <span className="font-medium break-words text-slate-900" data-testid="preview-subject">
                {shown?.subject ?? '…'}
              </span>
            </div>
            {tab === 'preview' ? (
              <div className={cn('min-h-0 flex-1 overflow-auto p-3', !result.ok && 'opacity-60')}>
                <div
                  className={cn('h-full', width === 'desktop' ? 'w-full' : 'mx-auto')}
                  style={{ width: width === 'desktop' ? undefined : width }}
                >
                  <PreviewFrame
                    html={shown?.body ?? ''}
                    title={`Live preview (${languageLabel})`}
                    className="h-full min-h-[24rem] shadow-sm"
                  />
                </div>
              </div>
            ) : tab === 'checks' ? (
              <div className={cn('min-h-0 flex-1 overflow-auto p-3', !result.ok && 'opacity-60')}>
                <MailChecksList findings={findings} rendered />
              </div>
            ) : (
              <div className="min-h-0 flex-1 bg-white">
                <Suspense fallback={<span className="sr-only">Loading source</span>}>
                  <RenderedSource html={shown?.body ?? ''} />
                </Suspense>
              </div>
            )}
          </>
        )}
      </div>
      <p className="border-t border-slate-200 bg-white px-4 py-1.5 text-xs text-slate-500">
        Uses: this draft ({languageLabel}), rendered in your browser exactly as the server would send it.
      </p>
    </section>
  );
}
