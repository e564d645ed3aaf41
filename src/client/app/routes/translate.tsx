import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { sameLanguage } from '../../../shared/email/content-source';
import { findTemplate } from '../../../shared/templates/catalog';
import { languageName } from '../../../shared/templates/languages';
import { ButtonLink } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { customizationQueries } from '../../features/customizations/api/customization-queries';
import { translationSourceLanguage } from '../../features/translation/api/translation-sides';
import { TranslationView } from '../../features/translation/components/translation-view';
import { paths } from '../paths';

/** `/brands/:brandId/templates/:templateName/translate?source=en&target=fr` */
export function TranslateRoute() {
  const { brandId = '', templateName = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const title = findTemplate(templateName)?.displayName ?? templateName;
  const customizations = useQuery(customizationQueries.list(brandId, templateName));
  const list = customizations.data ?? [];
  const source = search.get('source') || translationSourceLanguage(list);
  // Without a target, the first customized language that isn't the source, else French.
  const target =
    search.get('target') ||
    list.find((c) => !sameLanguage(c.language, source))?.language ||
    (sameLanguage(source, 'fr') ? 'en' : 'fr');

  const crumbs = [
    { label: 'Templates', href: paths.templates.getHref(brandId) },
    { label: title, href: paths.template.getHref(brandId, templateName) },
    { label: 'Translate' },
  ];

  return (
    <>
      <PageHeader
        title={`Translate: ${title}`}
        documentTitle={`Translate ${title} (${languageName(target)})`}
        description="The source language's text beside its translation, line by line, and what the translation doesn't keep: variables, links, #if/#foreach structure and required variables. Each side is the language's customization, else Okta's stock content."
        breadcrumbs={crumbs}
        actions={
          <>
            <ButtonLink to={paths.compare.getHref(brandId, templateName, [source, target])}>
              Compare previews
            </ButtonLink>
            <ButtonLink to={paths.coverage.getHref(brandId, { open: 'translation' })}>Coverage</ButtonLink>
          </>
        }
      />
      {customizations.isError ? (
        <ErrorState
          error={customizations.error}
          onRetry={() => customizations.refetch()}
          retrying={customizations.isFetching}
        />
      ) : !customizations.data ? (
        <div role="status" aria-label="Loading the translation" className="space-y-3">
          <Skeleton className="h-16" />
          <Skeleton className="h-[32rem]" />
        </div>
      ) : (
        <TranslationView
          brandId={brandId}
          templateName={templateName}
          customizations={customizations.data}
          sourceLanguage={source}
          targetLanguage={target}
          onLanguagesChange={(next) =>
            setSearch(
              (prev) => {
                const params = new URLSearchParams(prev);
                params.set('source', next.source ?? source);
                params.set('target', next.target ?? target);
                return params;
              },
              { replace: true, preventScrollReset: true },
            )
          }
        />
      )}
    </>
  );
}
