import { useState } from 'react';
import { Outlet, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { describeError } from '../../components/ui/error-state';
import { InboxIcon } from '../../components/ui/icons';
import { PageHeader } from '../../components/ui/page-header';
import { SearchInput } from '../../components/ui/search-input';
import { useToast } from '../../components/ui/toast';
import { useDeleteAllMessages } from '../../features/mailbox/api/delete-all-messages';
import { MessageList } from '../../features/mailbox/components/message-list';
import { MESSAGE_VIEW_MODES, MessageView } from '../../features/mailbox/components/message-view';
import { paths } from '../paths';

/** Two panes: the list (newest first, searchable with `?q=`) and the open message (`/mailbox/:id?view=`). */
export function MailboxRoute() {
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [confirmAll, setConfirmAll] = useState(false);
  const removeAll = useDeleteAllMessages();
  const navigate = useNavigate();
  const toast = useToast();

  return (
    <>
      <PageHeader
        title="Mailbox"
        description="Every email the built-in SMTP catcher received: test emails and anything sent while no SMTP server is enabled."
        actions={
          <Button
            variant="ghost"
            className="text-red-700 hover:bg-red-50"
            onClick={() => setConfirmAll(true)}
          >
            Delete all
          </Button>
        }
      />
      <div className="grid overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs lg:h-[calc(100vh-13rem)] lg:grid-cols-[22rem_1fr]">
        <section
          aria-label="Message list"
          className="flex min-h-0 flex-col border-b border-slate-200 lg:border-r lg:border-b-0"
        >
          <form
            role="search"
            className="border-b border-slate-200 p-3"
            onSubmit={(event) => {
              event.preventDefault();
              setSearch(draft.trim() ? { q: draft.trim() } : {});
            }}
          >
            <SearchInput
              label="Search mail"
              placeholder="Search subject, sender, recipient"
              value={draft}
              onChange={(e) => {
                setDraft(e.target.value);
                if (e.target.value === '') setSearch({}, { replace: true });
              }}
            />
          </form>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <MessageList q={q} />
          </div>
        </section>
        <section aria-label="Message" className="min-h-0 min-w-0 overflow-y-auto">
          <Outlet />
        </section>
      </div>
      <ConfirmDialog
        open={confirmAll}
        onClose={() => setConfirmAll(false)}
        title="Delete every message?"
        confirmLabel="Delete all messages"
        pending={removeAll.isPending}
        error={removeAll.isError ? describeError(removeAll.error).detail : undefined}
        onConfirm={() =>
          removeAll.mutate(undefined, {
            onSuccess: () => {
              setConfirmAll(false);
              toast({ title: 'Mailbox emptied' });
              navigate(paths.mailbox.getHref(), { replace: true });
            },
          })
        }
      >
        <p>All messages in the built-in mailbox will be lost. The delivery log is kept.</p>
      </ConfirmDialog>
    </>
  );
}

export function NoMessageSelected() {
  return (
    <div className="flex h-full min-h-64 flex-col items-center justify-center gap-2 p-8 text-center text-sm text-slate-500">
      <InboxIcon className="size-8 text-slate-300" />
      <p>Select a message to read it.</p>
    </div>
  );
}

export function MessageRoute() {
  const { messageId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const view = MESSAGE_VIEW_MODES.find((v) => v === search.get('view')) ?? 'html';
  const q = search.get('q') ?? '';
  return (
    <MessageView
      key={messageId}
      id={messageId}
      view={view}
      q={q}
      onDeleted={() => navigate(paths.mailbox.getHref(q || undefined), { replace: true })}
    />
  );
}
