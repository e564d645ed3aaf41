import type { ReactNode } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { cn } from '../../../components/ui/cn';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { InboxIcon } from '../../../components/ui/icons';
import { Skeleton } from '../../../components/ui/skeleton';
import { mailboxQueries } from '../api/mailbox-queries';
import { formatShortDate } from './format-date';

export function MessageList({ q, emptyAction }: { q: string; emptyAction?: ReactNode }) {
  const list = useInfiniteQuery(mailboxQueries.list(q));
  if (list.isPending)
    return (
      <div role="status" aria-label="Loading messages" className="space-y-3 p-4">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2">
            <Skeleton className="h-3.5 w-2/3" />
            <Skeleton className="h-3 w-1/2" />
          </div>
        ))}
      </div>
    );
  if (list.isError)
    return (
      <div className="p-3">
        <ErrorState error={list.error} onRetry={() => list.refetch()} retrying={list.isFetching} />
      </div>
    );
  const messages = list.data.pages.flatMap((p) => p.messages);
  if (messages.length === 0)
    return (
      <div className="p-3">
        <EmptyState
          icon={<InboxIcon className="size-6" />}
          title={q ? `Nothing matches “${q}”` : 'No mail yet'}
          description={
            q
              ? 'Try another word from the subject, sender or recipient.'
              : 'Send a test email from a template; it lands here within a second.'
          }
          action={emptyAction}
        />
      </div>
    );
  return (
    <>
      <ul aria-label="Messages" className="divide-y divide-slate-100">
        {messages.map((message) => (
          <li key={message.id}>
            <NavLink
              to={paths.message.getHref(message.id, { q: q || undefined })}
              className={({ isActive }) =>
                cn(
                  'block px-4 py-3 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600',
                  isActive ? 'bg-indigo-50' : 'hover:bg-slate-50',
                )
              }
            >
              <div className="flex items-baseline justify-between gap-3">
                <span
                  className={cn('truncate', message.read ? 'text-slate-700' : 'font-semibold text-slate-900')}
                >
                  {!message.read && (
                    <span
                      className="mr-1.5 inline-block size-2 rounded-full bg-indigo-600 align-middle"
                      aria-hidden="true"
                    />
                  )}
                  {message.subject || '(no subject)'}
                  {!message.read && <span className="sr-only"> (unread)</span>}
                </span>
                <time dateTime={message.date} className="shrink-0 text-xs text-slate-600">
                  {formatShortDate(message.date)}
                </time>
              </div>
              <p className="mt-0.5 truncate text-xs text-slate-600">
                To {message.to.join(', ')} · from {message.from}
              </p>
            </NavLink>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <div className="p-3">
          <Button
            size="sm"
            className="w-full"
            pending={list.isFetchingNextPage}
            onClick={() => list.fetchNextPage()}
          >
            Load older messages
          </Button>
        </div>
      )}
    </>
  );
}
