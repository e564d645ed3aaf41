import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ButtonLink, Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { describeError, ErrorState } from '../../components/ui/error-state';
import { PlusIcon } from '../../components/ui/icons';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useToast } from '../../components/ui/toast';
import { Badge } from '../../components/ui/badge';
import { useCreateEmailServer } from '../../features/email-servers/api/create-email-server';
import { useDeleteEmailServer } from '../../features/email-servers/api/delete-email-server';
import { emailServerQueries } from '../../features/email-servers/api/email-server-queries';
import { useUpdateEmailServer } from '../../features/email-servers/api/update-email-server';
import { EmailServerForm, toPayload } from '../../features/email-servers/components/email-server-form';
import { EmailServersList } from '../../features/email-servers/components/email-servers-list';
import { TestEmailServerDialog } from '../../features/email-servers/components/test-email-server-dialog';
import { meQueries } from '../../features/profile/api/me-queries';
import { useConsoleMode } from '../../features/session/api/session-queries';
import { paths } from '../paths';

const DESCRIPTION =
  "Custom SMTP servers for the org's email. Only one can be enabled; it carries every message Mailroom sends.";

export function EmailServersRoute() {
  const me = useQuery(meQueries.user());
  return (
    <>
      <PageHeader
        title="SMTP servers"
        description={DESCRIPTION}
        actions={
          <ButtonLink variant="primary" to={paths.emailServerNew.getHref()} icon={<PlusIcon />}>
            Add SMTP server
          </ButtonLink>
        }
      />
      <EmailServersList defaultTestRecipient={me.data?.profile.email} />
    </>
  );
}

export function NewEmailServerRoute() {
  const me = useQuery(meQueries.user());
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateEmailServer();
  return (
    <>
      <PageHeader
        title="Add SMTP server"
        description="Mailroom signs in with these details to send mail. You can test the server right after adding it."
        breadcrumbs={[{ label: 'SMTP servers', href: paths.emailServers.getHref() }, { label: 'Add' }]}
      />
      <EmailServerForm
        mode="create"
        testsSavedOnly={useConsoleMode() === 'okta'}
        testRecipient={me.data?.profile.email}
        pending={create.isPending}
        error={create.error}
        onCancel={() => navigate(paths.emailServers.getHref())}
        onSubmit={(values, intent) =>
          create.mutate(toPayload(values, 'create'), {
            onSuccess: (server) => {
              toast({
                title: `'${server.alias}' added`,
                description: server.enabled ? 'It is enabled.' : 'It is not enabled yet.',
              });
              navigate(
                intent === 'save-and-test'
                  ? `${paths.emailServers.getHref()}?test=${encodeURIComponent(server.id)}`
                  : paths.emailServers.getHref(),
              );
            },
          })
        }
      />
    </>
  );
}

export function EditEmailServerRoute() {
  const { emailServerId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const toast = useToast();
  const server = useQuery(emailServerQueries.detail(emailServerId));
  const me = useQuery(meQueries.user());
  const update = useUpdateEmailServer();
  const remove = useDeleteEmailServer();
  const [testing, setTesting] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const testsSavedOnly = useConsoleMode() === 'okta';

  const crumbs = [
    { label: 'SMTP servers', href: paths.emailServers.getHref() },
    { label: server.data?.alias ?? 'Server' },
  ];
  if (server.isPending)
    return (
      <>
        <PageHeader title={<Skeleton className="h-7 w-48" />} breadcrumbs={crumbs} />
        <Skeleton className="h-64 max-w-2xl" />
      </>
    );
  if (server.isError)
    return (
      <>
        <PageHeader title="SMTP server" breadcrumbs={crumbs} />
        <ErrorState error={server.error} onRetry={() => server.refetch()} retrying={server.isFetching} />
      </>
    );

  return (
    <>
      <PageHeader
        title={server.data.alias}
        badges={server.data.enabled ? <Badge tone="success">Enabled</Badge> : <Badge>Disabled</Badge>}
        description={`${server.data.host}:${server.data.port}`}
        breadcrumbs={crumbs}
        actions={
          <>
            <Button onClick={() => setTesting(true)}>Send test</Button>
            <Button
              variant="ghost"
              className="text-red-700 hover:bg-red-50"
              onClick={() => setConfirmDelete(true)}
            >
              Delete
            </Button>
          </>
        }
      />
      <EmailServerForm
        key={server.data.id}
        mode="edit"
        testsSavedOnly={testsSavedOnly}
        testRecipient={me.data?.profile.email}
        server={server.data}
        pending={update.isPending}
        error={update.error}
        autoFocusPassword={search.get('focus') === 'password'}
        onCancel={() => navigate(paths.emailServers.getHref())}
        onSubmit={(values, intent) =>
          update.mutate(
            { id: server.data.id, changes: toPayload(values, 'edit') },
            {
              onSuccess: (saved) => {
                toast({ title: `'${saved.alias}' saved` });
                if (intent === 'save-and-test') setTesting(true);
                else navigate(paths.emailServers.getHref());
              },
            },
          )
        }
      />
      {testing && (
        <TestEmailServerDialog
          server={server.data}
          open
          onClose={() => setTesting(false)}
          defaultTo={me.data?.profile.email}
        />
      )}
      <ConfirmDialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={`Delete '${server.data.alias}'?`}
        confirmLabel="Delete SMTP server"
        pending={remove.isPending}
        error={remove.isError ? describeError(remove.error).detail : undefined}
        onConfirm={() =>
          remove.mutate(server.data.id, {
            onSuccess: () => {
              toast({ title: `'${server.data.alias}' deleted` });
              navigate(paths.emailServers.getHref(), { replace: true });
            },
          })
        }
      >
        <p>
          Its settings and stored {server.data.authType === 'BASIC_SMTP_AUTH' ? 'password' : 'secrets'} (
          {server.data.host}:{server.data.port}) will be lost. This can't be undone.
        </p>
        {server.data.enabled && (
          <p>It is the enabled server: mail will go to the built-in mailbox instead.</p>
        )}
      </ConfirmDialog>
    </>
  );
}
