import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SUPPORTED_LANGUAGES, languageName } from '../../../../shared/templates/languages';
import { PreviewFrame } from '../../../components/preview-frame';
import { cn } from '../../../components/ui/cn';
import { ErrorState } from '../../../components/ui/error-state';
import { SelectField } from '../../../components/ui/form-field';
import { Skeleton } from '../../../components/ui/skeleton';
import { templateQueries } from '../api/template-queries';

/**
 * Okta's default content for one language: rendered through the server's preview (with your profile as the
 * sample user) or as Velocity source. Language and view live in the URL (`?tab=default&language=fr&view=source`).
 */
export function DefaultContent({
  brandId,
  templateName,
  language,
  view,
  onLanguageChange,
  viewHref,
  actions,
}: {
  brandId: string;
  templateName: string;
  language: string;
  view: 'preview' | 'source';
  onLanguageChange: (language: string) => void;
  viewHref: (view: 'preview' | 'source') => string;
  actions: ReactNode;
}) {
  const preview = useQuery({
    ...templateQueries.defaultPreview(brandId, templateName, language),
    enabled: view === 'preview',
  });
  const source = useQuery({
    ...templateQueries.defaultContent(brandId, templateName, language),
    enabled: view === 'source',
  });
  const active = view === 'preview' ? preview : source;
  const name = languageName(language);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SelectField
          label="Language"
          value={language}
          onChange={(e) => onLanguageChange(e.target.value)}
          containerClassName="w-64"
        >
          {SUPPORTED_LANGUAGES.map((l) => (
            <option key={l.tag} value={l.tag}>
              {l.name} — {l.nativeName}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-wrap items-center gap-2">{actions}</div>
      </div>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs">
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-4 py-2">
          <nav aria-label="Default content view" className="flex gap-1">
            {(['preview', 'source'] as const).map((v) => (
              <Link
                key={v}
                to={viewHref(v)}
                replace
                preventScrollReset
                aria-current={view === v ? 'page' : undefined}
                className={cn(
                  'rounded-md px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600',
                  view === v
                    ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-200'
                    : 'text-slate-600 hover:text-slate-900',
                )}
              >
                {v === 'preview' ? 'Rendered' : 'Source'}
              </Link>
            ))}
          </nav>
          <span className="text-xs text-slate-500">Stock content · {name}</span>
        </div>
        <div className="p-4">
          {active.isPending ? (
            <div role="status" aria-label="Loading default content" className="space-y-3">
              <Skeleton className="h-5 w-2/3" />
              <Skeleton className="h-96 w-full" />
            </div>
          ) : active.isError ? (
            <ErrorState error={active.error} onRetry={() => active.refetch()} retrying={active.isFetching} />
          ) : (
            <>
              <p className="mb-3 text-sm">
                <span className="text-slate-500">Subject: </span>
                <span
                  className={cn('font-medium text-slate-900', view === 'source' && 'font-mono text-[13px]')}
                >
                  {active.data.subject}
                </span>
              </p>
              {view === 'preview' ? (
                <PreviewFrame html={active.data.body} title={`Default content preview (${name})`} />
              ) : (
                <pre
                  aria-label={`Default content source (${name})`}
                  tabIndex={0}
                  className="max-h-[32rem] overflow-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed whitespace-pre-wrap text-slate-100"
                >
                  {active.data.body}
                </pre>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
