import { isRouteErrorResponse, Link, useNavigate, useRouteError } from 'react-router';
import { Button } from '../../components/ui/button';
import { describeError } from '../../components/ui/error-state';
import { AlertIcon } from '../../components/ui/icons';
import { Spinner } from '../../components/ui/spinner';
import { paths } from '../paths';

/** Shown while the first route module and the session load (React Router's HydrateFallback). */
export function PageLoading() {
  return (
    <div className="flex min-h-[50vh] items-center justify-center text-slate-500">
      <Spinner className="size-6" label="Loading" />
    </div>
  );
}

/** A route that failed to load or render: say what happened and offer a way forward, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const described = isRouteErrorResponse(error)
    ? { title: error.status === 404 ? 'Page not found' : `Error ${error.status}`, detail: error.statusText }
    : describeError(error);
  // A stale deploy: the lazily loaded chunk is gone. A reload fetches the new one.
  const chunkGone =
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <div role="alert" className="rounded-xl border border-red-200 bg-white p-6 shadow-sm">
        <div className="flex items-start gap-3">
          <AlertIcon className="mt-0.5 size-6 shrink-0 text-red-600" />
          <div>
            <h1 className="text-lg font-semibold text-slate-900">
              {chunkGone ? 'Mailroom was updated' : described.title}
            </h1>
            <p className="mt-1 text-sm text-slate-600">
              {chunkGone ? 'Reload the page to get the new version.' : described.detail}
            </p>
            <div className="mt-4 flex gap-2">
              <Button variant="primary" onClick={() => (chunkGone ? window.location.reload() : navigate(0))}>
                Try again
              </Button>
              <Link
                to={paths.home.getHref()}
                className="inline-flex items-center px-3 text-sm font-medium text-indigo-700 hover:underline"
              >
                Go to the catalog
              </Link>
            </div>
          </div>
        </div>
      </div>
    </main>
  );
}
