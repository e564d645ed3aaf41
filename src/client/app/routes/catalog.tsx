import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { SearchInput } from '../../components/ui/search-input';
import {
  TemplateCatalog,
  type CatalogFilter,
  type CatalogSort,
} from '../../features/templates/components/template-catalog';

const FILTERS: { id: CatalogFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'customized', label: 'Customized' },
  { id: 'stock', label: 'Not customized' },
];

export function CatalogRoute() {
  const { brandId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const filter = (FILTERS.find((f) => f.id === search.get('filter'))?.id ?? 'all') as CatalogFilter;
  const sortParam = search.get('sort');
  const sort: CatalogSort = sortParam === 'name' || sortParam === 'customizations' ? sortParam : 'catalog';
  const [draft, setDraft] = useState(q);

  const update = (changes: Record<string, string | undefined>, replace = false) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace },
    );

  return (
    <>
      <PageHeader
        title="Email templates"
        description="The notification emails Okta sends for this brand. Customize any of them per language; the rest use Okta's default content."
      />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <SearchInput
          label="Search templates"
          placeholder="Search by name or description"
          className="w-full max-w-sm"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            update({ q: e.target.value.trim() || undefined }, true);
          }}
        />
        <SegmentedControl
          label="Filter"
          segments={FILTERS}
          value={filter}
          onChange={(id) => update({ filter: id === 'all' ? undefined : id })}
        />
        <div className="ml-auto flex items-center gap-2">
          <label htmlFor="catalog-sort" className="text-sm text-slate-600">
            Sort
          </label>
          <select
            id="catalog-sort"
            value={sort}
            onChange={(e) => update({ sort: e.target.value === 'catalog' ? undefined : e.target.value })}
            className="rounded-md border-0 py-1.5 pr-8 pl-2.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none"
          >
            <option value="catalog">Okta's order</option>
            <option value="name">Name (A–Z)</option>
            <option value="customizations">Most customized</option>
          </select>
        </div>
      </div>
      <TemplateCatalog
        brandId={brandId}
        q={q}
        filter={filter}
        sort={sort}
        onClear={() => {
          setDraft('');
          setSearch({});
        }}
      />
    </>
  );
}
