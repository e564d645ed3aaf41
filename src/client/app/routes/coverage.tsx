import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { EmailCustomization } from '../../../shared/okta/email-template';
import { findTemplate } from '../../../shared/templates/catalog';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { GridIcon } from '../../components/ui/icons';
import { PageHeader } from '../../components/ui/page-header';
import { TableSkeleton } from '../../components/ui/skeleton';
import {
  coverageColumns,
  customizedLanguages,
  filterCoverageRows,
  type CoverageFilter,
  type CoverageRow,
} from '../../features/coverage/coverage-model';
import {
  CoverageLegend,
  CoverageMatrix,
  type CoverageOpen,
} from '../../features/coverage/components/coverage-matrix';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { customizationQueries } from '../../features/customizations/api/customization-queries';
import { templateQueries } from '../../features/templates/api/template-queries';
import { TemplateSearchBar } from '../../features/templates/components/template-search-bar';
import { useSearchState } from '../use-search-state';

const FILTERS: { id: CoverageFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'customized', label: 'Customized' },
  { id: 'uncustomized', label: 'Not customized' },
];

/**
 * The brand's templates as the API lists them (an org may list fewer than Mailroom knows: a live org has 31), then
 * one list-customizations request per customized template, in parallel; a template the list counts as
 * uncustomized needs no request, which spares an org's rate limit.
 */
function useCoverageRows(brandId: string) {
  const templates = useQuery(templateQueries.list(brandId));
  const listed = templates.data ?? [];
  const needed = listed.filter((t) => t._embedded?.customizationCount !== 0);
  const lists = useQueries({
    queries: needed.map((t) => customizationQueries.list(brandId, t.name)),
  });
  const byName = new Map(needed.map((t, i) => [t.name, lists[i]]));
  const results: UseQueryResult<unknown>[] = [templates, ...lists];
  return {
    total: listed.length,
    loaded: templates.data ? listed.length - lists.filter((r) => r.data === undefined).length : 0,
    errors: results.filter((r) => r.isError),
    fetching: results.some((r) => r.isFetching),
    refetchFailed: () => results.forEach((r) => r.isError && void r.refetch()),
    data:
      templates.data && lists.every((r) => r.data !== undefined)
        ? listed.map((t): CoverageRow => {
            const known = findTemplate(t.name);
            return {
              name: t.name,
              displayName: known?.displayName ?? t.name,
              description: known?.description ?? '',
              customizations: (byName.get(t.name)?.data as EmailCustomization[] | undefined) ?? [],
            };
          })
        : undefined,
  };
}

const OPEN_MODES: { id: CoverageOpen; label: string }[] = [
  { id: 'editor', label: 'Editor' },
  { id: 'translation', label: 'Translation check' },
];

/** `/brands/:brandId/coverage?filter=customized|uncustomized&q=&all=1&open=translation` */
export function CoverageRoute() {
  const { brandId = '' } = useParams();
  const [search, update] = useSearchState();
  const q = search.get('q') ?? '';
  const filter = FILTERS.find((f) => f.id === search.get('filter'))?.id ?? 'all';
  const showAll = search.get('all') === '1';
  const open: CoverageOpen = search.get('open') === 'translation' ? 'translation' : 'editor';
  const [draft, setDraft] = useState(q);
  const coverage = useCoverageRows(brandId);

  const rows = coverage.data;
  const visible = useMemo(() => (rows ? filterCoverageRows(rows, q, filter) : []), [rows, q, filter]);
  const { columns, hidden } = useMemo(() => coverageColumns(rows ?? [], showAll), [rows, showAll]);
  const customized = rows ? customizedLanguages(rows) : [];
  const customizedTemplates = rows?.filter((r) => r.customizations.length > 0).length ?? 0;
  const total = coverage.total;

  let content;
  if (coverage.errors.length > 0)
    content = (
      <ErrorState
        title={`Couldn't load the customizations of ${coverage.errors.length} template${coverage.errors.length === 1 ? '' : 's'}`}
        error={coverage.errors[0].error}
        onRetry={coverage.refetchFailed}
        retrying={coverage.fetching}
      />
    );
  else if (!rows)
    content = (
      <div className="space-y-3">
        <div className="flex items-center gap-3 text-sm text-slate-600">
          <div
            role="progressbar"
            aria-label="Loading coverage"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={coverage.loaded}
            className="h-1.5 w-48 overflow-hidden rounded-full bg-slate-200"
          >
            <div
              className="h-full bg-indigo-500 transition-[width]"
              style={{ width: `${total ? (coverage.loaded / total) * 100 : 0}%` }}
            />
          </div>
          Loaded {coverage.loaded} of {total} templates
        </div>
        <TableSkeleton rows={10} columns={8} label="Loading coverage" />
      </div>
    );
  else if (visible.length === 0)
    content = (
      <EmptyState
        icon={<GridIcon className="size-6" />}
        title={filter === 'customized' && !q ? 'No template is customized yet' : 'No templates match'}
        description={
          filter === 'customized' && !q
            ? "Every email uses Okta's stock content in the user's language. Open a template and add a language to customize it."
            : 'Try other words, or clear the search and filter.'
        }
        action={
          <Button
            onClick={() => {
              setDraft('');
              update({ q: undefined, filter: undefined });
            }}
          >
            Show all templates
          </Button>
        }
      />
    );
  else
    content = (
      <>
        <p className="mb-2 text-sm text-slate-600" aria-live="polite">
          {visible.length === rows.length
            ? `${rows.length} templates`
            : `${visible.length} of ${rows.length} templates`}{' '}
          · {customizedTemplates} customized · {customized.length} language
          {customized.length === 1 ? '' : 's'} customized somewhere
        </p>
        <CoverageMatrix brandId={brandId} rows={visible} columns={columns} open={open} />
      </>
    );

  return (
    <>
      <PageHeader
        title="Coverage"
        description="Which language gets which content, for every template of this brand. Click a cell to edit that template in that language, or to check its translation against the template's source language."
      />
      <p className="mb-4 flex items-start gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        <span aria-hidden="true" className="text-base leading-5 text-amber-600">
          ◐
        </span>
        <span>
          Once a template has a customization, users whose language isn&apos;t customized get the default
          customization, not Okta&apos;s translation.
        </span>
      </p>
      <TemplateSearchBar
        query={draft}
        onQueryChange={(text) => {
          setDraft(text);
          update({ q: text.trim() || undefined }, true);
        }}
        filters={FILTERS}
        filter={filter}
        onFilterChange={(id) => update({ filter: id === 'all' ? undefined : id })}
      >
        {rows && customized.length > 0 && (
          <label className="ml-auto flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={showAll}
              onChange={(e) => update({ all: e.target.checked ? '1' : undefined })}
              className="size-4 rounded border-slate-300 accent-indigo-600"
            />
            Show all languages
            {!showAll && hidden > 0 && <span className="text-slate-500">({hidden} more)</span>}
          </label>
        )}
      </TemplateSearchBar>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <CoverageLegend />
        <div className="flex items-center gap-2 text-sm text-slate-600">
          <span aria-hidden="true">Cells open</span>
          <SegmentedControl
            label="Cells open"
            segments={OPEN_MODES}
            value={open}
            onChange={(id) => update({ open: id === 'editor' ? undefined : id })}
          />
        </div>
      </div>
      {content}
    </>
  );
}
