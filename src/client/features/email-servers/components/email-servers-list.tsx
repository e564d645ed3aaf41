import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { EmailServer } from '../../../../shared/okta/email-server';
import { paths } from '../../../app/paths';
import { isOktaApiError } from '../../../lib/api-client';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { describeError, ErrorState, undoneToast } from '../../../components/ui/error-state';
import { PlusIcon, ServerIcon } from '../../../components/ui/icons';
import { TableSkeleton } from '../../../components/ui/skeleton';
import { Table, TBody, Td, Th, THead } from '../../../components/ui/table';
import { useToast } from '../../../components/ui/toast';
import { useDeleteEmailServer } from '../api/delete-email-server';
import { emailServerQueries } from '../api/email-server-queries';
import { useSetEmailServerEnabled } from '../api/set-email-server-enabled';
import { EnableConflictDialog } from './enable-conflict-dialog';
import { TestEmailServerDialog } from './test-email-server-dialog';

export function EmailServersList({ defaultTestRecipient }: { defaultTestRecipient?: string }) {
  const servers = useQuery(emailServerQueries.list());
  const [search, setSearch] = useSearchParams();
  const toast = useToast();
  const setServerEnabled = useSetEmailServerEnabled();
  const remove = useDeleteEmailServer();
  const [toDelete, setToDelete] = useState<EmailServer | null>(null);
  const [conflict, setConflict] = useState<EmailServer | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  // The test dialog is view state: `?test=<id>` opens it (also right after "Save and test").
  const testId = search.get('test');
  const testing = servers.data?.find((s) => s.id === testId) ?? null;
  const closeTest = () =>
    setSearch(
      (prev) => {
        prev.delete('test');
        return prev;
      },
      { replace: true },
    );

  const enabled = servers.data?.find((s) => s.enabled);

  // Optimistic: the row shows the new state at once; a refusal puts it back and says so.
  const setEnabled = (server: EmailServer, value: boolean) => {
    setBusyId(server.id);
    setServerEnabled.mutate(
      { server, enabled: value },
      {
        onSuccess: () =>
          toast({
            title: value ? `'${server.alias}' is enabled` : `'${server.alias}' is disabled`,
            description: value
              ? `Mailroom's mail now goes through ${server.host}:${server.port}.`
              : 'Mail goes to the built-in mailbox until you enable a server.',
          }),
        onError: (error) => {
          // Another server is enabled: the dialog explains and offers the switch, so no toast on top of it.
          if (isOktaApiError(error) && error.errorCode === 'E0000222') setConflict(server);
          else
            toast(
              undoneToast({
                attempted: `${value ? 'enable' : 'disable'} '${server.alias}'`,
                undone: `'${server.alias}' is ${value ? 'disabled' : 'enabled'} again`,
                error,
              }),
            );
        },
        onSettled: () => setBusyId(null),
      },
    );
  };

  if (servers.isPending) return <TableSkeleton rows={3} columns={5} label="Loading SMTP servers" />;
  if (servers.isError)
    return (
      <ErrorState error={servers.error} onRetry={() => servers.refetch()} retrying={servers.isFetching} />
    );
  if (servers.data.length === 0)
    return (
      <EmptyState
        icon={<ServerIcon className="size-6" />}
        title="No SMTP servers yet"
        description="Until you add and enable one, Mailroom delivers every email to the built-in mailbox."
        action={
          <ButtonLink variant="primary" to={paths.emailServerNew.getHref()} icon={<PlusIcon />}>
            Add SMTP server
          </ButtonLink>
        }
      />
    );

  return (
    <>
      <p className="mb-3 text-sm text-slate-600">
        {enabled ? (
          <>
            Mail goes through <strong className="font-medium text-slate-900">{enabled.alias}</strong> (
            {enabled.host}:{enabled.port}).
          </>
        ) : (
          'No server is enabled: mail goes to the built-in mailbox.'
        )}
      </p>
      <Table label="SMTP servers">
        <THead>
          <tr>
            <Th>Alias</Th>
            <Th>Host</Th>
            <Th>Username</Th>
            <Th>Status</Th>
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </THead>
        <TBody>
          {servers.data.map((server) => (
            <tr key={server.id} className="hover:bg-slate-50/60">
              <Td className="font-medium text-slate-900">
                <Link
                  to={paths.emailServer.getHref(server.id)}
                  className="hover:text-indigo-700 hover:underline"
                >
                  {server.alias}
                </Link>
              </Td>
              <Td className="font-mono text-[13px]">
                {server.host}:{server.port}
              </Td>
              <Td>{server.username || <span className="text-slate-500">none</span>}</Td>
              <Td>{server.enabled ? <Badge tone="success">Enabled</Badge> : <Badge>Disabled</Badge>}</Td>
              <Td>
                <div className="flex justify-end gap-1.5">
                  <Button
                    size="sm"
                    onClick={() => setSearch({ test: server.id })}
                    aria-label={`Test ${server.alias}`}
                  >
                    Test
                  </Button>
                  <Button
                    size="sm"
                    pending={busyId === server.id}
                    onClick={() => setEnabled(server, !server.enabled)}
                    aria-label={`${server.enabled ? 'Disable' : 'Enable'} ${server.alias}`}
                  >
                    {server.enabled ? 'Disable' : 'Enable'}
                  </Button>
                  <ButtonLink
                    size="sm"
                    variant="ghost"
                    to={paths.emailServer.getHref(server.id)}
                    aria-label={`Edit ${server.alias}`}
                  >
                    Edit
                  </ButtonLink>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="text-red-700 hover:bg-red-50"
                    onClick={() => setToDelete(server)}
                    aria-label={`Delete ${server.alias}`}
                  >
                    Delete
                  </Button>
                </div>
              </Td>
            </tr>
          ))}
        </TBody>
      </Table>

      {testing && (
        <TestEmailServerDialog
          key={testing.id}
          server={testing}
          open
          onClose={closeTest}
          defaultTo={defaultTestRecipient}
          editHref={paths.emailServer.getHref(testing.id)}
        />
      )}

      <EnableConflictDialog
        server={conflict}
        enabled={enabled}
        onClose={() => setConflict(null)}
        onSwitched={(server) => {
          setConflict(null);
          toast({ title: `'${server.alias}' is enabled`, description: `'${enabled?.alias}' was disabled.` });
        }}
      />

      <ConfirmDialog
        open={toDelete !== null}
        onClose={() => {
          remove.reset();
          setToDelete(null);
        }}
        title={`Delete '${toDelete?.alias}'?`}
        confirmLabel="Delete SMTP server"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error).detail : undefined}
        onConfirm={() =>
          toDelete &&
          remove.mutate(toDelete.id, {
            onSuccess: () => {
              toast({ title: `'${toDelete.alias}' deleted` });
              setToDelete(null);
            },
          })
        }
      >
        <p>
          Its settings and stored {toDelete?.authType === 'BASIC_SMTP_AUTH' ? 'password' : 'secrets'} (
          {toDelete?.host}:{toDelete?.port}) will be lost. This can't be undone.
        </p>
        {toDelete?.enabled && <p>It is the enabled server: mail will go to the built-in mailbox instead.</p>}
      </ConfirmDialog>
    </>
  );
}
