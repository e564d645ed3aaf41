import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { findTemplate } from '../../../shared/templates/catalog';
import { ButtonLink } from '../../components/ui/button';
import { QueriesErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import {
  parseLanguages,
  parseWidth,
  suggestedLanguages,
  widthParam,
  type PreviewWidth,
} from '../../features/compare/compare-params';
import { usePreviewWorld } from '../../features/compare/api/use-preview-world';
import { CompareView } from '../../features/compare/components/compare-view';
import { customizationQueries } from '../../features/customizations/api/customization-queries';
import { SendTestButton } from '../../features/templates/components/send-test-button';
import { paths } from '../paths';

function CompareSkeleton() {
  return (
    <div role="status" aria-label="Loading previews" className="space-y-4">
      <Skeleton className="h-9 w-80" />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
            <Skeleton className="h-8" />
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-[28rem]" />
          </div>
        ))}
      </div>
    </div>
  );
}

/** `/brands/:brandId/templates/:templateName/compare?languages=en,fr,de&width=375` */
export function CompareRoute() {
  const { brandId = '', templateName = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const title = findTemplate(templateName)?.displayName ?? templateName;
  const customizations = useQuery(customizationQueries.list(brandId, templateName));
  const { world, queries: worldQueries } = usePreviewWorld(brandId);
  const suggested = suggestedLanguages(customizations.data ?? []);
  const languages = parseLanguages(search.get('languages'), suggested);
  const width = parseWidth(search.get('width'));
  const update = (next: { languages?: string[]; width?: PreviewWidth }) =>
    setSearch(
      (prev) => {
        const params = new URLSearchParams(prev);
        params.set('languages', (next.languages ?? languages).join(','));
        const w = widthParam(next.width ?? width);
        if (w) params.set('width', w);
        else params.delete('width');
        return params;
      },
      { replace: true, preventScrollReset: true },
    );

  const queries = [customizations, ...worldQueries];

  return (
    <>
      <PageHeader
        title={`Compare languages: ${title}`}
        description="What users of each language receive, rendered here with your profile as the sample user. Content follows the API's chain: the language's customization, else the default customization, else Okta's stock content."
        breadcrumbs={[
          { label: 'Templates', href: paths.templates.getHref(brandId) },
          { label: title, href: paths.template.getHref(brandId, templateName) },
          { label: 'Compare' },
        ]}
        actions={<ButtonLink to={paths.coverage.getHref(brandId)}>Coverage</ButtonLink>}
      />
      {queries.some((q) => q.isError) ? (
        <QueriesErrorState queries={queries} />
      ) : !customizations.data || !world ? (
        <CompareSkeleton />
      ) : (
        <CompareView
          brandId={brandId}
          templateName={templateName}
          customizations={customizations.data}
          world={world}
          languages={languages}
          suggested={suggested}
          width={width}
          onLanguagesChange={(next) => update({ languages: next })}
          onWidthChange={(next) => update({ width: next })}
          renderSendTest={(language) => (
            <SendTestButton
              brandId={brandId}
              templateName={templateName}
              language={language}
              recipient={world?.user.profile.email}
              size="sm"
            />
          )}
        />
      )}
    </>
  );
}
