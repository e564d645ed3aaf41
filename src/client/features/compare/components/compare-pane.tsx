import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { checkMail } from '../../../../shared/mail-checks/check-mail';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { languageName } from '../../../../shared/templates/languages';
import { customLocales, LanguageSelect } from '../../../components/language-select';
import { useCustomLanguages } from '../../session/api/session-queries';
import { paths } from '../../../app/paths';
import { prefetchEditorOnIntent } from '../../../app/prefetch';
import { ChecksCount, describeFindingCount, MailChecksList } from '../../../components/mail-checks';
import { PreviewFrame } from '../../../components/preview-frame';
import { ButtonLink } from '../../../components/ui/button';
import { cn } from '../../../components/ui/cn';
import { ErrorState } from '../../../components/ui/error-state';
import { AlertIcon, XIcon } from '../../../components/ui/icons';
import { Skeleton } from '../../../components/ui/skeleton';
import type { PreviewWidth } from '../compare-params';
import { templateQueries, useStockOrigin } from '../../templates/api/template-queries';
import { paneSource, renderPane, type PreviewWorld } from '../api/render-pane';
import { SourceBadge, sourceExplanation } from './source-badge';

/**
 * One language of the side-by-side view: the language picker, where the content comes from, the rendered
 * subject and the body in a sandboxed frame of the shared width, and the pane's actions.
 */
export function ComparePane({
  brandId,
  templateName,
  index,
  language,
  otherLanguages,
  customizations,
  world,
  now,
  width,
  canRemove,
  onLanguageChange,
  onRemove,
  sendTest,
}: {
  brandId: string;
  templateName: string;
  index: number;
  language: string;
  /** Languages shown in the other panes (not offered here). */
  otherLanguages: string[];
  customizations: EmailCustomization[];
  world: PreviewWorld;
  now: number;
  width: PreviewWidth;
  canRemove: boolean;
  onLanguageChange: (language: string) => void;
  onRemove: () => void;
  sendTest: ReactNode;
}) {
  const name = languageName(language);
  const customLanguages = useCustomLanguages();
  const source = useMemo(() => paneSource(customizations, language), [customizations, language]);
  const stock = useQuery({
    ...templateQueries.stock(brandId, templateName, language, useStockOrigin()),
    enabled: source.kind === 'stock',
  });
  const result = useMemo(
    () => renderPane(templateName, source, stock.data, language, world, now),
    [templateName, source, stock.data, language, world, now],
  );
  // The checks read the render above: nothing is rendered twice.
  const findings = useMemo(
    () =>
      result.ok
        ? checkMail({
            kind: 'preview',
            subject: result.subject,
            html: result.body,
            template: {
              name: templateName,
              source: result.source.kind === 'stock' ? stock.data?.body : result.source.customization.body,
            },
          })
        : [],
    [result, templateName, stock.data],
  );
  const [view, setView] = useState<'preview' | 'checks'>('preview');
  const tabsId = useId();
  const stockWaiting = source.kind === 'stock' && !stock.data;
  const own = result.source.kind === 'customization' ? result.source.customization : undefined;
  const selectId = `compare-pane-${index}-language`;

  return (
    <section
      aria-label={`${name} preview`}
      // Four rows of the parent grid (header, subject, preview, actions), so the panes of a row line up.
      className="row-span-4 mb-4 grid min-w-0 grid-cols-[minmax(0,1fr)] grid-rows-subgrid gap-0 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs"
    >
      <div className="space-y-2 border-b border-slate-200 bg-slate-50 px-3 py-2.5">
        <div className="flex items-center gap-2">
          <LanguageSelect
            id={selectId}
            label={`Language of pane ${index + 1}`}
            value={language}
            onChange={onLanguageChange}
            customLocales={customLocales(customizations.map((c) => c.language))}
            allowAdd={customLanguages}
            isDisabled={(tag) => otherLanguages.includes(tag)}
            className="min-w-0 flex-1 rounded-md border-0 bg-white py-1.5 pr-8 pl-2.5 text-sm font-medium text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none"
          />
          <button
            type="button"
            onClick={onRemove}
            disabled={!canRemove}
            aria-label={`Remove the ${name} pane`}
            title={canRemove ? `Remove the ${name} pane` : 'Compare at least two languages'}
            className="rounded-md p-1.5 text-slate-500 hover:bg-slate-200 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent"
          >
            <XIcon className="size-4" />
          </button>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SourceBadge source={result.source} />
        </div>
        <p className="text-xs text-slate-600">{sourceExplanation(result.source, language)}</p>
      </div>

      <p className="border-b border-slate-100 px-3 py-2 text-sm break-words">
        <span className="text-slate-500">Subject: </span>
        {stockWaiting ? (
          <Skeleton className="inline-block h-4 w-48 align-middle" />
        ) : result.subject !== undefined ? (
          <span className="font-medium text-slate-900">{result.subject}</span>
        ) : (
          <span className="text-slate-500 italic">can&apos;t be rendered</span>
        )}
      </p>

      {stockWaiting ? (
        <div className="bg-slate-100 p-2">
          {stock.isError ? (
            <ErrorState
              error={stock.error}
              title={`Couldn't load the stock ${name} content`}
              onRetry={() => stock.refetch()}
              retrying={stock.isFetching}
            />
          ) : (
            <div role="status" aria-label={`Loading the stock ${name} content`}>
              <Skeleton className="h-[36rem]" />
            </div>
          )}
        </div>
      ) : result.ok ? (
        <div className="flex min-w-0 flex-col bg-slate-100">
          <div
            role="tablist"
            aria-label={`${name} email views`}
            className="flex gap-1 border-b border-slate-200 bg-white px-2 py-1.5"
          >
            {(['preview', 'checks'] as const).map((tab) => (
              <button
                key={tab}
                type="button"
                role="tab"
                id={`${tabsId}-${tab}`}
                aria-selected={view === tab}
                aria-controls={`${tabsId}-panel`}
                aria-label={tab === 'checks' ? `Checks, ${describeFindingCount(findings.length)}` : undefined}
                tabIndex={view === tab ? 0 : -1}
                onClick={() => setView(tab)}
                onKeyDown={(event) => {
                  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
                  event.preventDefault();
                  const next = view === 'preview' ? 'checks' : 'preview';
                  setView(next);
                  document.getElementById(`${tabsId}-${next}`)?.focus();
                }}
                className={cn(
                  'inline-flex items-center rounded-md px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600',
                  view === tab
                    ? 'bg-indigo-50 text-indigo-700'
                    : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
                )}
              >
                {tab === 'preview' ? 'Preview' : 'Checks'}
                {tab === 'checks' && <ChecksCount findings={findings} />}
              </button>
            ))}
          </div>
          <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${view}`}>
            {view === 'preview' ? (
              <div
                className="overflow-auto p-2"
                // Scrollable so a 768 px preview can be read inside a narrow pane.
                tabIndex={0}
                role="group"
                aria-label={`${name} email, ${width === 'desktop' ? 'pane width' : `${width} pixels wide`}`}
              >
                <div
                  className={cn(width === 'desktop' ? 'w-full' : 'mx-auto')}
                  style={{ width: width === 'desktop' ? undefined : width }}
                >
                  <PreviewFrame html={result.body} title={`Preview (${name})`} className="h-[36rem]" />
                </div>
              </div>
            ) : (
              // The frame's height, so the panes of a row keep lining up.
              <div
                className="h-[37rem] overflow-auto p-2"
                tabIndex={0}
                role="group"
                aria-label={`${name} checks`}
              >
                <MailChecksList findings={findings} rendered />
              </div>
            )}
          </div>
        </div>
      ) : (
        <div className="bg-slate-100 p-3">
          <div
            role="alert"
            className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            <AlertIcon className="mt-0.5 size-4 shrink-0 text-red-600" />
            <div className="min-w-0">
              <p className="font-medium text-red-900">
                The {result.part} can&apos;t be rendered in {name}
              </p>
              <p className="mt-0.5 break-words">{result.message}</p>
              <p className="mt-1 text-xs text-red-700">
                Users of this language would get an error instead of this email.{' '}
                {result.source.kind === 'stock' ? '' : 'Fix the customization in the editor.'}
              </p>
            </div>
          </div>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 px-3 py-2.5">
        {sendTest}
        {own ? (
          <ButtonLink
            size="sm"
            to={paths.customization.getHref(brandId, templateName, own.id)}
            aria-label={`Edit the ${name} customization`}
            {...prefetchEditorOnIntent}
          >
            Edit
          </ButtonLink>
        ) : (
          <ButtonLink
            size="sm"
            to={paths.customizationNew.getHref(brandId, templateName, language, 'default')}
            aria-label={`Customize in ${name}`}
            {...prefetchEditorOnIntent}
            title={`Start a ${name} customization from Okta's stock ${name} content`}
          >
            Customize
          </ButtonLink>
        )}
      </div>
    </section>
  );
}
