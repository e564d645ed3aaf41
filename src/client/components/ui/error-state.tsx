import type { ReactNode } from 'react';
import { isOktaApiError } from '../../lib/api-client';
import { Button } from './button';
import { AlertIcon, RefreshIcon } from './icons';

/** What went wrong, in words, with the way forward. Never a blank page. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (isOktaApiError(error)) {
    if (error.isNetwork) return { title: "Can't reach Mailroom", detail: error.errorSummary };
    if (error.status === 403)
      return {
        title: "You don't have permission",
        detail: 'Your API token lacks the scope this page needs.',
      };
    if (error.status === 404) return { title: 'Not found', detail: error.errorSummary };
    if (error.status === 429)
      return {
        title: 'Too many requests for now',
        detail:
          'The org is rate-limiting these calls (E0000047). Wait until the limit resets, usually within a minute, then try again.',
      };
    const causes = error.errorCauses.map((c) => c.errorSummary).join(' ');
    return {
      title: 'Something went wrong',
      detail: causes ? `${error.errorSummary} ${causes}` : error.errorSummary,
    };
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
}

export function ErrorState({
  error,
  onRetry,
  retrying,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  title?: string;
}) {
  const described = describeError(error);
  return (
    <div role="alert" className="flex items-start gap-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <AlertIcon className="mt-0.5 size-5 shrink-0 text-red-600" />
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold text-red-900">{title ?? described.title}</p>
        <p className="mt-0.5 text-sm text-red-800">{described.detail}</p>
        {isOktaApiError(error) && error.errorId && (
          <p className="mt-1 text-xs text-red-700/80">Error id {error.errorId}</p>
        )}
      </div>
      {onRetry && (
        <Button size="sm" onClick={onRetry} pending={retrying} icon={<RefreshIcon className="size-3.5" />}>
          Try again
        </Button>
      )}
    </div>
  );
}

/** A one-line inline error for forms and dialogs (no retry: the user submits again). */
export function InlineError({ children }: { children: ReactNode }) {
  return (
    <div
      role="alert"
      className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      <AlertIcon className="mt-0.5 size-4 shrink-0 text-red-600" />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}

interface RetryableQuery {
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** The first failed query of a page as an ErrorState, whose retry refetches every failed one; else nothing. */
export function QueriesErrorState({ queries }: { queries: RetryableQuery[] }) {
  const failed = queries.find((q) => q.isError);
  if (!failed) return null;
  return (
    <ErrorState
      error={failed.error}
      onRetry={() => queries.filter((q) => q.isError).forEach((q) => void q.refetch())}
      retrying={queries.some((q) => q.isFetching)}
    />
  );
}
