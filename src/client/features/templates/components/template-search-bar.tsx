import type { ReactNode } from 'react';
import { SearchInput } from '../../../components/ui/search-input';
import { SegmentedControl } from '../../../components/ui/segmented-control';

/** Search by name or description plus a filter, as the catalog and the coverage matrix both offer; `children` go right. */
export function TemplateSearchBar<F extends string>({
  query,
  onQueryChange,
  filters,
  filter,
  onFilterChange,
  children,
}: {
  query: string;
  onQueryChange: (query: string) => void;
  filters: readonly { id: F; label: string }[];
  filter: F;
  onFilterChange: (filter: F) => void;
  children?: ReactNode;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      <SearchInput
        label="Search templates"
        placeholder="Search by name or description"
        className="w-full max-w-sm"
        value={query}
        onChange={(e) => onQueryChange(e.target.value)}
      />
      <SegmentedControl label="Filter" segments={filters} value={filter} onChange={onFilterChange} />
      {children}
    </div>
  );
}
