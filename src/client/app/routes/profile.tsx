import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { meQueries } from '../../features/profile/api/me-queries';
import { ProfileForm } from '../../features/profile/components/profile-form';
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
      {session.data && (
        <section
          aria-labelledby="session-heading"
          className="mt-8 max-w-2xl rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-xs"
        >
          <h2 id="session-heading" className="font-semibold text-slate-900">
            This session
          </h2>
          <p className="mt-1 text-slate-600">
            {session.data.mode === 'okta'
              ? `Connected to the Okta org ${session.data.orgUrl}.`
              : 'Mailroom is the org (embedded mode).'}{' '}
            Your token grants:
          </p>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {session.data.scopes.map((scope) => (
              <li key={scope} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                {scope}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
