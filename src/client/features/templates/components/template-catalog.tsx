import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { EmailTemplate } from '../../../../shared/okta/email-template';
import { findTemplate } from '../../../../shared/templates/catalog';
import { languageName } from '../../../../shared/templates/languages';
import { paths } from '../../../app/paths';
import { getAllPages } from '../../../lib/api-client';
import { readCustomizationList } from '../../../../shared/okta/read';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { TemplateIcon } from '../../../components/ui/icons';
import { TableSkeleton } from '../../../components/ui/skeleton';
import { Table, TBody, Td, Th, THead } from '../../../components/ui/table';
import { templateQueries } from '../api/template-queries';
import { recipientsLabel } from './recipients';
import { queryKeys } from '../../../lib/query-keys';
import { apiPaths } from '../../../../shared/api-paths';

export type CatalogFilter = 'all' | 'customized' | 'stock';
export type CatalogSort = 'catalog' | 'name' | 'customizations';

export interface CatalogRow {
  name: string;
  displayName: string;
  description: string;
  count: number;
  recipients: string | undefined;
}

export function toRow(template: EmailTemplate): CatalogRow {
  const known = findTemplate(template.name);
  return {
    name: template.name,
    displayName: known?.displayName ?? template.name,
    description: known?.description ?? '',
    count: template._embedded?.customizationCount ?? 0,
    recipients: template._embedded?.settings?.recipients,
  };
}

export function filterRows(
  rows: CatalogRow[],
  q: string,
  filter: CatalogFilter,
  sort: CatalogSort,
): CatalogRow[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const matched = rows.filter((row) => {
    if (filter === 'customized' && row.count === 0) return false;
    if (filter === 'stock' && row.count > 0) return false;
    const haystack = `${row.displayName} ${row.name} ${row.description}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  if (sort === 'name') return [...matched].sort((a, b) => a.displayName.localeCompare(b.displayName));
  if (sort === 'customizations')
    return [...matched].sort((a, b) => b.count - a.count || a.displayName.localeCompare(b.displayName));
  return matched;
}

/** The languages of each customized template (one request per customized template, none for stock ones). */
function useCustomizedLanguages(brandId: string, rows: CatalogRow[]) {
  const customized = rows.filter((r) => r.count > 0);
  const results = useQueries({
    queries: customized.map((row) => ({
      // Same key as customizationQueries.list, so the template page reuses it.
      queryKey: queryKeys.customizations.list(brandId, row.name),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        getAllPages(apiPaths.customizations(brandId, row.name), readCustomizationList, {
          query: { limit: 100 },
          signal,
        }),
    })),
  });
  return new Map(customized.map((row, i) => [row.name, results[i]?.data]));
}

export function TemplateCatalog({
  brandId,
  q,
  filter,
  sort,
  onClear,
}: {
  brandId: string;
  q: string;
  filter: CatalogFilter;
  sort: CatalogSort;
  onClear: () => void;
}) {
  const templates = useQuery(templateQueries.list(brandId));
  const rows = useMemo(() => (templates.data ?? []).map(toRow), [templates.data]);
  const visible = useMemo(() => filterRows(rows, q, filter, sort), [rows, q, filter, sort]);
  const languages = useCustomizedLanguages(brandId, rows);

  if (templates.isPending) return <TableSkeleton rows={8} columns={4} label="Loading templates" />;
  if (templates.isError)
    return (
      <ErrorState
        error={templates.error}
        onRetry={() => templates.refetch()}
        retrying={templates.isFetching}
      />
    );
  if (visible.length === 0)
    return (
      <EmptyState
        icon={<TemplateIcon className="size-6" />}
        title={filter === 'customized' && !q ? 'No template is customized yet' : 'No templates match'}
        description={
          filter === 'customized' && !q
            ? "Every email uses Okta's default content. Open a template and add a language to customize it."
            : 'Try other words, or clear the search and filter.'
        }
        action={<Button onClick={onClear}>Show all templates</Button>}
      />
    );

  const customizedCount = rows.filter((r) => r.count > 0).length;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {visible.length === rows.length
          ? `${rows.length} templates`
          : `${visible.length} of ${rows.length} templates`}{' '}
        · {customizedCount} customized
      </p>
      <Table label="Email templates">
        <THead>
          <tr>
            <Th className="w-[38%]">Template</Th>
            <Th>Customizations</Th>
            <Th>Recipients</Th>
          </tr>
        </THead>
        <TBody>
          {visible.map((row) => {
            const list = languages.get(row.name);
            return (
              <tr key={row.name} className="group hover:bg-slate-50/70">
                <Td className="py-3.5">
                  <Link
                    to={paths.template.getHref(brandId, row.name)}
                    className="font-medium text-slate-900 group-hover:text-indigo-700 hover:underline"
                  >
                    {row.displayName}
                  </Link>
                  {row.description && (
                    <p className="mt-0.5 line-clamp-2 max-w-xl text-[13px] text-slate-500">
                      {row.description}
                    </p>
                  )}
                </Td>
                <Td>
                  {row.count === 0 ? (
                    <span className="text-slate-500">Stock</span>
                  ) : (
                    <div className="flex flex-wrap items-center gap-1">
                      <span className="mr-1 font-medium text-slate-900">{row.count}</span>
                      {list
                        ? [...list]
                            .sort(
                              (a, b) =>
                                Number(b.isDefault) - Number(a.isDefault) ||
                                a.language.localeCompare(b.language),
                            )
                            .map((c) => (
                              <Badge key={c.id} tone={c.isDefault ? 'accent' : 'neutral'}>
                                <span title={`${languageName(c.language)}${c.isDefault ? ' (default)' : ''}`}>
                                  {c.language}
                                </span>
                              </Badge>
                            ))
                        : null}
                    </div>
                  )}
                </Td>
                <Td className="whitespace-nowrap">{recipientsLabel(row.recipients)}</Td>
              </tr>
            );
          })}
        </TBody>
      </Table>
    </>
  );
}
