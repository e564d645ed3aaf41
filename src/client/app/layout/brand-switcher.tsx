import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { brandQueries, defaultBrand } from '../../features/brands/api/brand-queries';
import { Skeleton } from '../../components/ui/skeleton';
import { paths } from '../paths';

/** Switching brand keeps you on the same kind of page: the brand id is the URL segment after /brands/. */
export function BrandSwitcher({ brandId }: { brandId: string | undefined }) {
  const brands = useQuery(brandQueries.list());
  const navigate = useNavigate();
  const location = useLocation();
  if (brands.isPending) return <Skeleton className="h-8 w-40" />;
  if (brands.isError) return <span className="text-sm text-red-700">Brands unavailable</span>;
  const current = brandId ?? defaultBrand(brands.data)?.id ?? '';
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="brand-switcher" className="text-sm text-slate-500">
        Brand
      </label>
      <select
        id="brand-switcher"
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          const match = /^\/brands\/[^/]+(\/templates(?:\/[^/]+)?|\/coverage)?/.exec(location.pathname);
          const rest = match?.[1] && !match[1].includes('/customizations') ? match[1] : '/templates';
          navigate(match ? `/brands/${encodeURIComponent(next)}${rest}` : paths.templates.getHref(next));
        }}
        className="rounded-md border-0 py-1.5 pr-8 pl-2.5 text-sm font-medium text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none"
      >
        {brands.data.map((brand) => (
          <option key={brand.id} value={brand.id}>
            {brand.name}
            {brand.isDefault ? ' (default)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
