import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';

/** A test send uses the saved version: with unsaved changes, ask which one the admin means. */
export function SendUnsavedDialog({
  open,
  isNew,
  languageLabel,
  pending,
  onClose,
  onSendSaved,
  onSaveAndSend,
}: {
  open: boolean;
  isNew: boolean;
  languageLabel: string;
  pending: boolean;
  onClose: () => void;
  onSendSaved: () => void;
  onSaveAndSend: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={isNew ? 'Create before sending?' : 'Save before sending?'}
      size="md"
      dismissible={!pending}
      footer={
        <>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          {!isNew && (
            <Button onClick={onSendSaved} disabled={pending}>
              Send the saved version
            </Button>
          )}
          <Button variant="primary" onClick={onSaveAndSend} pending={pending} data-autofocus>
            {isNew ? 'Create and send' : 'Save and send'}
          </Button>
        </>
      }
    >
      <p className="text-sm text-slate-700">
        {isNew
          ? `Test emails are rendered by the server from saved content. Create the ${languageLabel} customization first, or the test would use the content users get today.`
          : `Test emails are rendered by the server from the saved version. Your unsaved changes to the ${languageLabel} customization won't be in it unless you save first.`}
      </p>
    </Dialog>
  );
}
