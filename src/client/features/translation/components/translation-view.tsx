import { useMemo, useState } from 'react';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { checkTranslation } from '../../../../shared/templates/translation-check';
import { languageName } from '../../../../shared/templates/languages';
import { paths } from '../../../app/paths';
import { prefetchEditorOnIntent } from '../../../app/prefetch';
import { customLocales, LanguageSelect } from '../../../components/language-select';
import { Badge } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { ErrorState } from '../../../components/ui/error-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { absoluteTime, timeAgo } from '../../../lib/time';
import { useCustomLanguages } from '../../session/api/session-queries';
import {
  translationSide,
  translationStatus,
  useTranslationContent,
  type TranslationSource,
} from '../api/translation-sides';
import { AlignedSources, type LineTarget } from './aligned-sources';
import { MismatchList } from './mismatch-list';

const SELECT_CLASS =
  'rounded-md border-0 bg-white py-1.5 pr-8 pl-2.5 text-sm font-medium text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none';

function SideHeading({ side, role }: { side: TranslationSource; role: 'Source' | 'Translation' }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="font-semibold text-slate-900">{languageName(side.language)}</span>
      <span className="text-xs font-normal text-slate-500">{role}</span>
      {side.kind === 'customization' ? (
        <span title={`Saved ${absoluteTime.format(new Date(side.customization.lastUpdated))}`}>
          <Badge tone="accent">Customized · {timeAgo(side.customization.lastUpdated)}</Badge>
        </span>
      ) : (
        <span title={`No ${languageName(side.language)} customization: Okta's stock content`}>
          <Badge>Stock</Badge>
        </span>
      )}
    </span>
  );
}

/**
 * One template in two languages: the sources side by side, aligned line by line, and what the translation doesn't
 * keep (variables, links, `#if`/`#foreach` structure, required variables), each mismatch jumping to its line.
 */
export function TranslationView({
  brandId,
  templateName,
  customizations,
  sourceLanguage,
  targetLanguage,
  onLanguagesChange,
}: {
  brandId: string;
  templateName: string;
  customizations: EmailCustomization[];
  sourceLanguage: string;
  targetLanguage: string;
  onLanguagesChange: (next: { source?: string; target?: string }) => void;
}) {
  const customLanguages = useCustomLanguages();
  const source = useMemo(
    () => translationSide(customizations, sourceLanguage),
    [customizations, sourceLanguage],
  );
  const target = useMemo(
    () => translationSide(customizations, targetLanguage),
    [customizations, targetLanguage],
  );
  const sourceText = useTranslationContent(brandId, templateName, source);
  const targetText = useTranslationContent(brandId, templateName, target);
  const status = translationStatus(source, target);
  const mismatches = useMemo(
    () =>
      sourceText.content && targetText.content
        ? checkTranslation(templateName, sourceText.content, targetText.content)
        : [],
    [templateName, sourceText.content, targetText.content],
  );
  // `at` makes a second jump to the same line a new value, so it scrolls there again.
  const [highlight, setHighlight] = useState<(LineTarget & { at: number }) | null>(null);
  const sourceName = languageName(sourceLanguage);
  const targetName = languageName(targetLanguage);
  const locales = customLocales(customizations.map((c) => c.language));
  const failed = [sourceText.stock, targetText.stock].find((q) => q.isError);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs">
        <div className="flex flex-col gap-1">
          <label htmlFor="translation-source" className="text-xs font-medium text-slate-600">
            Source language
          </label>
          <LanguageSelect
            id="translation-source"
            label="Source language"
            value={sourceLanguage}
            onChange={(tag) => onLanguagesChange({ source: tag })}
            customLocales={locales}
            allowAdd={customLanguages}
            isDisabled={(tag) => tag === targetLanguage}
            className={SELECT_CLASS}
          />
        </div>
        <span aria-hidden="true" className="pb-2 text-slate-400">
          →
        </span>
        <div className="flex flex-col gap-1">
          <label htmlFor="translation-target" className="text-xs font-medium text-slate-600">
            Translation language
          </label>
          <LanguageSelect
            id="translation-target"
            label="Translation language"
            value={targetLanguage}
            onChange={(tag) => onLanguagesChange({ target: tag })}
            customLocales={locales}
            allowAdd={customLanguages}
            isDisabled={(tag) => tag === sourceLanguage}
            className={SELECT_CLASS}
          />
        </div>
        <div className="flex flex-wrap items-center gap-2 pb-1.5" aria-live="polite">
          {status.kind === 'out-of-date' ? (
            <span
              title={`${sourceName} was saved ${absoluteTime.format(new Date(status.sourceUpdated))}, after ${targetName} (${absoluteTime.format(new Date(status.targetUpdated))}).`}
            >
              <Badge tone="warning">Translation out of date</Badge>
            </span>
          ) : status.kind === 'not-translated' ? (
            <span
              title={`There is no ${targetName} customization: ${targetName} readers get Okta's stock text.`}
            >
              <Badge>Not translated: stock content</Badge>
            </span>
          ) : (
            <Badge tone="success">Translation saved after the source</Badge>
          )}
          {status.kind === 'out-of-date' && (
            <span className="text-xs text-amber-800">
              {sourceName} changed after {targetName} was last saved.
            </span>
          )}
        </div>
        <div className="ml-auto flex flex-wrap gap-2">
          {target.kind === 'customization' ? (
            <ButtonLink
              size="sm"
              variant="primary"
              to={paths.customization.getHref(brandId, templateName, target.customization.id)}
              {...prefetchEditorOnIntent}
            >
              Edit {targetName}
            </ButtonLink>
          ) : (
            <ButtonLink
              size="sm"
              variant="primary"
              to={paths.customizationNew.getHref(brandId, templateName, targetLanguage, 'default')}
              {...prefetchEditorOnIntent}
            >
              Customize {targetName}
            </ButtonLink>
          )}
        </div>
      </div>

      {failed ? (
        <ErrorState
          error={failed.error}
          title="Couldn't load the stock content"
          onRetry={() => failed.refetch()}
          retrying={failed.isFetching}
        />
      ) : !sourceText.content || !targetText.content ? (
        <div role="status" aria-label="Loading the sources" className="space-y-2">
          <Skeleton className="h-10" />
          <Skeleton className="h-[32rem]" />
        </div>
      ) : (
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_22rem]">
          <section
            aria-label="Sources side by side"
            data-line-scroller
            tabIndex={0}
            className="h-[calc(100vh-17rem)] min-h-96 overflow-auto rounded-lg border border-slate-200 bg-white shadow-xs"
          >
            <AlignedSources
              source={sourceText.content}
              target={targetText.content}
              sourceHeading={<SideHeading side={source} role="Source" />}
              targetHeading={<SideHeading side={target} role="Translation" />}
              mismatches={mismatches}
              highlight={highlight}
            />
          </section>
          <section
            aria-labelledby="translation-mismatches"
            className="min-w-0 xl:h-[calc(100vh-17rem)] xl:min-h-96 xl:overflow-auto"
          >
            <h2 id="translation-mismatches" className="mb-2 text-sm font-semibold text-slate-900">
              {mismatches.length === 0
                ? 'No mismatches'
                : `${mismatches.length} mismatch${mismatches.length === 1 ? '' : 'es'}`}
            </h2>
            <MismatchList
              mismatches={mismatches}
              sourceName={sourceName}
              targetName={targetName}
              onJump={(m) => setHighlight({ side: m.side, part: m.part, line: m.line, at: Date.now() })}
            />
          </section>
        </div>
      )}
    </div>
  );
}
