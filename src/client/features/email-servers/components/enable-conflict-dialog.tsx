import type { EmailServer } from '../../../../shared/okta/email-server';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { describeError } from '../../../components/ui/error-state';
import { useSwitchEnabledEmailServer } from '../api/switch-enabled-email-server';

/** E0000222 in plain words, with the way out: disable the enabled one, then enable this one. */
export function EnableConflictDialog({
  server,
  enabled,
  onClose,
  onSwitched,
}: {
  server: EmailServer | null;
  enabled: EmailServer | undefined;
  onClose: () => void;
  onSwitched: (server: EmailServer) => void;
}) {
  const switchEnabled = useSwitchEnabledEmailServer();
  const other = enabled?.alias ?? 'Another server';
  return (
    <ConfirmDialog
      open={server !== null}
      onClose={() => {
        switchEnabled.reset();
        onClose();
      }}
      title="Only one SMTP server can be enabled"
      tone="primary"
      confirmLabel={enabled ? `Disable '${enabled.alias}' and enable this one` : 'Try again'}
      pending={switchEnabled.isPending}
      error={switchEnabled.isError ? describeError(switchEnabled.error).detail : undefined}
      onConfirm={() => {
        if (!server || !enabled) return onClose();
        switchEnabled.mutate(
          { disable: enabled, enable: server },
          { onSuccess: (updated) => onSwitched(updated) },
        );
      }}
    >
      <p>
        Only one SMTP server can be enabled. <strong>'{other}'</strong> is enabled now.
      </p>
      {server && (
        <p>
          Switching sends all of Mailroom's mail through <strong>'{server.alias}'</strong> ({server.host}:
          {server.port}) instead.
        </p>
      )}
    </ConfirmDialog>
  );
}
