import type { ReactNode } from 'react';
import { isOktaApiError } from '../../lib/api-client';
import { Button } from './button';
import type { ToastInput } from './toast';
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
    if (error.status === 429) return describeRateLimit(error.rateLimitResetAt);
    if (error.errorCode === 'E0000225') {
      const limit = /more than (\d+)/.exec(error.errorSummary)?.[1];
      return {
        title: 'No room for another SMTP server',
        detail: `This org already has the most SMTP servers it may have${limit ? ` (${limit})` : ''}. Delete one you no longer use from the SMTP servers list, then add this one again.`,
      };
    }
    const causes = error.errorCauses.map((c) => c.errorSummary).join(' ');
    return {
      title: 'Something went wrong',
      detail: causes ? `${error.errorSummary} ${causes}` : error.errorSummary,
    };
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * The toast after an optimistic change the server refused and the console put back: what was tried, what is shown
 * again, and why, e.g. "Couldn't enable 'Relay A'" / "Undone: 'Relay A' is disabled again. <the reason>".
 */
/**
 * A 429 (E0000047) in words: the token's calls per minute are used up; when the window resets (the server's
 * `X-Rate-Limit-Reset`); nothing was changed, so the same action can simply be tried again.
 */
export function describeRateLimit(
  resetAt: number | undefined,
  now = Date.now(),
): { title: string; detail: string } {
  const seconds = resetAt === undefined ? undefined : Math.max(1, Math.ceil((resetAt - now) / 1000));
  const when =
    seconds === undefined
      ? 'Wait a minute'
      : seconds < 90
        ? `Wait ${seconds} second${seconds === 1 ? '' : 's'}`
        : `Wait ${Math.ceil(seconds / 60)} minutes`;
  return {
    title: 'Too many requests: rate limited',
    detail: `Your API token made more calls this minute than the org allows (E0000047), so this one was refused and nothing changed. ${when} for the limit to reset, then try again.`,
  };
}

export function undoneToast({
  attempted,
  undone,
  error,
}: {
  attempted: string;
  undone: string;
  error: unknown;
}): ToastInput {
  return {
    tone: 'error',
    title: `Couldn't ${attempted}`,
    description: `Undone: ${undone}. ${describeError(error).detail}`,
  };
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
