import { languageName } from '../../../../shared/templates/languages';
import { Button, type ButtonSize, type ButtonVariant } from '../../../components/ui/button';
import { SendIcon } from '../../../components/ui/icons';
import { sendTestTitle, useSendTest } from '../api/use-send-test';

export function SendTestButton({
  brandId,
  templateName,
  language,
  recipient,
  text = 'Send test',
  size = 'md',
  variant = 'secondary',
}: {
  brandId: string;
  templateName: string;
  language?: string;
  recipient?: string;
  text?: string;
  size?: ButtonSize;
  variant?: ButtonVariant;
}) {
  const { send, pending } = useSendTest(brandId, templateName, recipient);
  const languageLabel = language ? languageName(language) : 'your language';
  return (
    <Button
      size={size}
      variant={variant}
      pending={pending}
      icon={<SendIcon className="size-3.5" />}
      aria-label={`${text} email in ${languageLabel}`.replace('email email', 'email')}
      title={sendTestTitle(language, recipient)}
      onClick={() => send(language)}
    >
      {text}
    </Button>
  );
}
