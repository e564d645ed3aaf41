import { partialMatchKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { ChecksCount, describeFindingCount, MailChecksList } from '../../../components/mail-checks';
import { PreviewFrame } from '../../../components/preview-frame';
import { Button } from '../../../components/ui/button';
import { cn } from '../../../components/ui/cn';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { describeError, ErrorState } from '../../../components/ui/error-state';
import { TrashIcon } from '../../../components/ui/icons';
import { Skeleton } from '../../../components/ui/skeleton';
import { useDeleteMessage } from '../api/delete-message';
import { mailboxQueries } from '../api/mailbox-queries';
import { queryKeys } from '../../../lib/query-keys';
import { checkMessage } from '../message-checks';
import { formatFullDate } from './format-date';

export const MESSAGE_VIEW_MODES = ['html', 'text', 'checks', 'headers', 'source'] as const;
export type MessageViewMode = (typeof MESSAGE_VIEW_MODES)[number];
const VIEWS: { id: MessageViewMode; label: string }[] = [
  { id: 'html', label: 'HTML' },
  { id: 'text', label: 'Text' },
  { id: 'checks', label: 'Checks' },
  { id: 'headers', label: 'Headers' },
  { id: 'source', label: 'Raw source' },
];

export function MessageView({
  id,
  view,
  q,
  onDeleted,
}: {
  id: string;
  view: MessageViewMode;
  q: string;
  onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const message = useQuery(mailboxQueries.detail(id));
  const remove = useDeleteMessage();
  const [confirm, setConfirm] = useState(false);
  const findings = useMemo(() => (message.data ? checkMessage(message.data) : []), [message.data]);

  // Opening a message marks it read on the server: refresh the list and the unread badge.
  const loaded = message.isSuccess;
  useEffect(() => {
    if (loaded)
      void queryClient.invalidateQueries({
        predicate: (query) =>
          partialMatchKey(query.queryKey, mailboxQueries.all()) &&
          !partialMatchKey(query.queryKey, queryKeys.mailbox.details()),
      });
  }, [loaded, id, queryClient]);

  if (message.isPending)
    return (
      <div role="status" aria-label="Loading message" className="space-y-3 p-6">
        <Skeleton className="h-6 w-2/3" />
        <Skeleton className="h-4 w-1/3" />
        <Skeleton className="mt-6 h-80 w-full" />
      </div>
    );
  if (message.isError)
    return (
      <div className="p-6">
        <ErrorState error={message.error} onRetry={() => message.refetch()} retrying={message.isFetching} />
      </div>
    );

  const m = message.data;
  const current = view === 'html' && m.html === null ? 'text' : view;
  return (
    <article aria-labelledby="message-subject" className="flex h-full flex-col">
      <header className="border-b border-slate-200 px-6 py-4">
        <div className="flex items-start justify-between gap-4">
          <h2 id="message-subject" className="text-lg font-semibold text-slate-900">
            {m.subject || '(no subject)'}
          </h2>
          <Button
            size="sm"
            variant="ghost"
            className="text-red-700 hover:bg-red-50"
            icon={<TrashIcon />}
            onClick={() => setConfirm(true)}
          >
            Delete
          </Button>
        </div>
        <dl className="mt-2 grid grid-cols-[4rem_1fr] gap-x-2 gap-y-0.5 text-sm">
          <dt className="text-slate-500">From</dt>
          <dd className="text-slate-800">{m.from}</dd>
          <dt className="text-slate-500">To</dt>
          <dd className="text-slate-800">{m.to.join(', ')}</dd>
          {m.cc.length > 0 && (
            <>
              <dt className="text-slate-500">Cc</dt>
              <dd className="text-slate-800">{m.cc.join(', ')}</dd>
            </>
          )}
          <dt className="text-slate-500">Date</dt>
          <dd className="text-slate-800">
            <time dateTime={m.date}>{formatFullDate(m.date)}</time>
          </dd>
        </dl>
        <nav aria-label="Message views" className="mt-4 flex gap-1">
          {VIEWS.map((v) => {
            const disabled = (v.id === 'html' && m.html === null) || (v.id === 'text' && m.text === null);
            return disabled ? (
              <span
                key={v.id}
                className="rounded-md px-2.5 py-1 text-sm text-slate-500"
                title={`This message has no ${v.label} part`}
              >
                {v.label}
              </span>
            ) : (
              <Link
                key={v.id}
                to={paths.message.getHref(id, {
                  q: q || undefined,
                  view: v.id === 'html' ? undefined : v.id,
                })}
                replace
                aria-label={
                  v.id === 'checks' ? `Checks, ${describeFindingCount(findings.length)}` : undefined
                }
                aria-current={current === v.id ? 'page' : undefined}
                className={cn(
                  'inline-flex items-center rounded-md px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600',
                  current === v.id ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100',
                )}
              >
                {v.label}
                {v.id === 'checks' && <ChecksCount findings={findings} />}
              </Link>
            );
          })}
        </nav>
      </header>
      <div
        tabIndex={0}
        role="region"
        aria-label="Message content"
        className="flex-1 overflow-auto bg-slate-50 p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
      >
        {current === 'html' && m.html !== null && (
          <PreviewFrame html={m.html} title={`Message: ${m.subject}`} className="h-[36rem]" />
        )}
        {current === 'text' && (
          <pre className="rounded-md border border-slate-200 bg-white p-4 text-sm whitespace-pre-wrap text-slate-800">
            {m.text ?? '(no text part)'}
          </pre>
        )}
        {current === 'checks' && <MailChecksList findings={findings} className="mx-auto max-w-3xl" />}
        {current === 'headers' && (
          <table
            aria-label="Headers"
            className="w-full rounded-md border border-slate-200 bg-white text-left text-xs"
          >
            <tbody className="divide-y divide-slate-100">
              {m.headers.map((h, i) => (
                <tr key={i}>
                  <th
                    scope="row"
                    className="px-3 py-1.5 align-top font-mono font-medium whitespace-nowrap text-slate-700"
                  >
                    {h.name}
                  </th>
                  <td className="px-3 py-1.5 font-mono break-all text-slate-800">{h.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {current === 'source' && (
          <pre className="overflow-auto rounded-md border border-slate-200 bg-white p-4 font-mono text-xs whitespace-pre-wrap text-slate-800">
            {m.raw}
          </pre>
        )}
      </div>
      <ConfirmDialog
        open={confirm}
        onClose={() => setConfirm(false)}
        title="Delete this message?"
        confirmLabel="Delete message"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error).detail : undefined}
        onConfirm={() =>
          remove.mutate(id, {
            onSuccess: () => {
              setConfirm(false);
              onDeleted();
            },
          })
        }
      >
        <p>
          “{m.subject || '(no subject)'}” to {m.to.join(', ')} will be removed from the mailbox.
        </p>
      </ConfirmDialog>
    </article>
  );
}
