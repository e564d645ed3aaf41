import { useState } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import {
  TemplateCatalog,
  type CatalogFilter,
  type CatalogSort,
} from '../../features/templates/components/template-catalog';
import { TemplateSearchBar } from '../../features/templates/components/template-search-bar';
import { useSearchState } from '../use-search-state';

const FILTERS: { id: CatalogFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'customized', label: 'Customized' },
  { id: 'stock', label: 'Not customized' },
];

export function CatalogRoute() {
  const { brandId = '' } = useParams();
  const [search, update] = useSearchState();
  const q = search.get('q') ?? '';
  const filter = (FILTERS.find((f) => f.id === search.get('filter'))?.id ?? 'all') as CatalogFilter;
  const sortParam = search.get('sort');
  const sort: CatalogSort = sortParam === 'name' || sortParam === 'customizations' ? sortParam : 'catalog';
  const [draft, setDraft] = useState(q);

  return (
    <>
      <PageHeader
        title="Email templates"
        description="The notification emails Okta sends for this brand. Customize any of them per language; the rest use Okta's default content."
      />
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
      </TemplateSearchBar>
      <TemplateCatalog
        brandId={brandId}
        q={q}
        filter={filter}
        sort={sort}
        onClear={() => {
          setDraft('');
          update({ q: undefined, filter: undefined, sort: undefined });
        }}
      />
    </>
  );
}
