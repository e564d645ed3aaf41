import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { meQueries } from '../../features/profile/api/me-queries';
import { ProfileForm } from '../../features/profile/components/profile-form';
import { ThisMailroom } from '../../features/profile/components/this-mailroom';
import { sessionQueries } from '../../features/session/api/session-queries';

export function ProfileRoute() {
  const me = useQuery(meQueries.user());
  const session = useQuery(sessionQueries.current());
  return (
    <>
      <PageHeader
        title="Profile"
        description="Your name, email address and language, as Okta's /users/me knows them."
      />
      {me.isPending ? (
        <Skeleton className="h-72 max-w-2xl" />
      ) : me.isError ? (
        <ErrorState error={me.error} onRetry={() => me.refetch()} retrying={me.isFetching} />
      ) : (
        <ProfileForm key={me.data.id} user={me.data} />
      )}
      {session.data && <ThisMailroom session={session.data} />}
    </>
  );
}
