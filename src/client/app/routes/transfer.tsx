import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { parseBundle } from '../../../shared/transfer/bundle';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { brandQueries } from '../../features/brands/api/brand-queries';
import { ExportPanel } from '../../features/transfer/components/export-panel';
import { ImportPlan } from '../../features/transfer/components/import-plan';
import { ImportSource, type BundleSource } from '../../features/transfer/components/import-source';

/** `/brands/:brandId/transfer`: export this brand's bundle; import one, review its plan, apply it. */
export function TransferRoute() {
  const { brandId = '' } = useParams();
  const brands = useQuery(brandQueries.list());
  const brand = brands.data?.find((b) => b.id === brandId);
  const [source, setSource] = useState<BundleSource>({ text: '' });
  const parsed = useMemo(() => (source.text.trim() ? parseBundle(source.text) : undefined), [source.text]);
  // Each new bundle is a new import: its plan starts over (no prune, no result of the last one).
  const [generation, setGeneration] = useState(0);

  const header = (
    <PageHeader
      title="Transfer"
      description="Move email customizations between orgs and brands: export this brand as a bundle, or import a bundle into it. The same files as npm run mailroom -- export / import."
    />
  );
  if (brands.isError)
    return (
      <>
        {header}
        <ErrorState error={brands.error} onRetry={() => void brands.refetch()} retrying={brands.isFetching} />
      </>
    );
  if (!brands.data)
    return (
      <>
        {header}
        <div role="status" aria-label="Loading" className="grid gap-6 lg:grid-cols-2">
          <Skeleton className="h-56" />
          <Skeleton className="h-56" />
        </div>
      </>
    );
  const brandName = brand?.name ?? brandId;
  return (
    <>
      {header}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <ExportPanel brandId={brandId} brandName={brandName} />
        <ImportSource
          source={source}
          onChange={(next) => {
            setSource(next);
            setGeneration((g) => g + 1);
          }}
          problems={parsed && !parsed.ok ? parsed.problems : []}
        />
      </div>
      {parsed?.ok && (
        <div className="mt-8">
          <ImportPlan
            key={`${brandId}:${generation}`}
            brandId={brandId}
            brandName={brandName}
            bundle={parsed.bundle}
            sourceName={source.fileName ?? 'the pasted bundle'}
          />
        </div>
      )}
    </>
  );
}
