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
import { absoluteTime, timeAgo, timeBetween } from '../../../lib/time';
import type { TextChange } from '../text-change';
import { useCustomLanguages } from '../../session/api/session-queries';
import {
  translationSide,
  useTranslationContent,
  useTranslationStatus,
  type TranslationSource,
  type TranslationStatus,
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

const when = (iso: string) => absoluteTime.format(new Date(iso));

/** "English body changed", "French was created": what a side's newest text change was. */
function changeWords(name: string, change: TextChange): string {
  if (change.origin === 'outside-history') return `${name} text changed outside Mailroom`;
  if (change.changed === 'created') return `${name} was created`;
  return `${name} ${change.changed === 'text' ? 'text' : change.changed} changed`;
}

function versionWords(change: TextChange): string {
  if (change.version === undefined) return '';
  return ` (version ${change.version}${change.author ? `, by ${change.author}` : ''})`;
}

/** The badge, plus what changed and when: from the version history, or from the last saves when a side has none. */
function StatusBadge({
  status,
  sourceName,
  targetName,
}: {
  status: TranslationStatus;
  sourceName: string;
  targetName: string;
}) {
  if (status.kind === 'checking') return <Badge>Checking the history…</Badge>;
  if (status.kind === 'not-translated')
    return (
      <span title={`There is no ${targetName} customization: ${targetName} readers get Okta's stock text.`}>
        <Badge>Not translated: stock content</Badge>
      </span>
    );
  if (status.basis === 'stock') return <Badge tone="success">Translation saved after the source</Badge>;
  const outOfDate = status.kind === 'out-of-date';
  let title: string;
  let note: string | null;
  if (status.basis === 'history') {
    const { source, target } = status;
    title =
      `${changeWords(sourceName, source)} ${when(source.at)}${versionWords(source)}; ` +
      `${targetName} text last changed ${when(target.at)}${versionWords(target)}. ` +
      "Saves that only changed the default don't count.";
    note = outOfDate
      ? `${changeWords(sourceName, source)} ${timeBetween(target.at, source.at)} after the ${targetName} text was last edited.`
      : null;
  } else {
    const names = { source: sourceName, target: targetName };
    const sides = (why: 'no-history' | 'failed') =>
      status.withoutHistory.filter((w) => w.why === why).map((w) => names[w.side]);
    const [none, failed] = [sides('no-history'), sides('failed')];
    const why = [
      none.length > 0 &&
        `${none.join(' and ')} ${none.length > 1 ? 'have' : 'has'} no version history (saved in the Okta org directly)`,
      failed.length > 0 && `the version history of ${failed.join(' and ')} couldn't be read`,
    ]
      .filter(Boolean)
      .join(' and ');
    title = `${sourceName} was saved ${when(status.sourceUpdated)}; ${targetName} ${when(status.targetUpdated)}.`;
    note =
      (outOfDate
        ? `${sourceName} was saved ${timeBetween(status.targetUpdated, status.sourceUpdated)} after ${targetName}. `
        : '') +
      `${why[0].toUpperCase()}${why.slice(1)}, so this compares when each was last saved, a change of the default included.`;
  }
  return (
    <>
      <span title={title}>
        {outOfDate ? (
          <Badge tone="warning">Translation out of date</Badge>
        ) : (
          <Badge tone="success">
            {status.basis === 'history'
              ? 'Translation edited after the source'
              : 'Translation saved after the source'}
          </Badge>
        )}
      </span>
      {note && <span className={`text-xs ${outOfDate ? 'text-amber-800' : 'text-slate-600'}`}>{note}</span>}
    </>
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
  const status = useTranslationStatus(brandId, templateName, source, target);
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
        <div className="flex max-w-xl flex-wrap items-center gap-2 pb-1.5" aria-live="polite">
          <StatusBadge status={status} sourceName={sourceName} targetName={targetName} />
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
