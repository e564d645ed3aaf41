import { ButtonLink } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { paths } from '../paths';

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
