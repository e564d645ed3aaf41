import { useParams } from 'react-router';
import { ButtonLink } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { GridIcon } from '../../components/ui/icons';
import { PageHeader } from '../../components/ui/page-header';
import { paths } from '../paths';

export function CoverageRoute() {
  const { brandId = '' } = useParams();
  return (
    <>
      <PageHeader
        title="Coverage"
        description="Which templates are customized in which languages, at a glance."
      />
      <EmptyState
        icon={<GridIcon className="size-6" />}
        title="Coming soon"
        description="The templates × languages matrix is on its way. Until then, the catalog shows each template's customized languages."
        action={
          <ButtonLink variant="primary" to={paths.templates.getHref(brandId, { filter: 'customized' })}>
            Show customized templates
          </ButtonLink>
        }
      />
    </>
  );
}

export function CompareRoute() {
  const { brandId = '', templateName = '' } = useParams();
  return (
    <>
      <PageHeader
        title="Compare languages"
        breadcrumbs={[
          { label: 'Templates', href: paths.templates.getHref(brandId) },
          { label: templateName, href: paths.template.getHref(brandId, templateName) },
          { label: 'Compare' },
        ]}
      />
      <EmptyState
        title="Coming soon"
        description="Side-by-side previews arrive with the editor. Each language's preview is available from the template page."
        action={
          <ButtonLink to={paths.template.getHref(brandId, templateName)}>Back to the template</ButtonLink>
        }
      />
    </>
  );
}

export function NotFoundRoute() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        title="There's nothing at this address"
        description="The link may be old, or the item was deleted."
        action={
          <ButtonLink variant="primary" to={paths.home.getHref()}>
            Go to the catalog
          </ButtonLink>
        }
      />
    </>
  );
}
