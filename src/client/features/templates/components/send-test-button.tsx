import { languageName } from '../../../../shared/templates/languages';
import { SendToPopover } from '../../../components/send-to-form';
import { Button, type ButtonSize, type ButtonVariant } from '../../../components/ui/button';
import { cn } from '../../../components/ui/cn';
import { ChevronDownIcon, SendIcon } from '../../../components/ui/icons';
import { usePopover } from '../../../components/ui/popover';
import { lastSendTo, sendTestTitle, useSendTest, useSendToAvailability } from '../api/use-send-test';

/**
 * One click sends the test to you; the attached "Send to…" opens a field for other addresses (local mode; in
 * real Okta mode it explains why it can't).
 */
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
  const { send, sendTo, pending } = useSendTest(brandId, templateName, recipient);
  const availability = useSendToAvailability();
  const popover = usePopover();
  const languageLabel = language ? languageName(language) : 'your language';
  const label = `${text} email in ${languageLabel}`.replace('email email', 'email');
  return (
    <div className="inline-flex">
      <Button
        size={size}
        variant={variant}
        pending={pending}
        icon={<SendIcon className="size-3.5" />}
        aria-label={label}
        title={sendTestTitle(language, recipient)}
        onClick={() => send(language)}
        className="rounded-r-none"
      >
        {text}
      </Button>
      <button
        {...popover.triggerProps}
        aria-haspopup="dialog"
        aria-label={language ? `Send the ${languageName(language)} test to…` : 'Send the test to…'}
        title="Send to other addresses…"
        className={cn(
          'relative -ml-px inline-flex items-center gap-1 rounded-r-md font-medium whitespace-nowrap shadow-sm ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600',
          variant === 'primary'
            ? 'bg-indigo-600 text-white ring-indigo-700 hover:bg-indigo-500'
            : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
          size === 'sm' ? 'px-1.5 text-xs' : 'px-2.5 text-sm',
        )}
      >
        {size === 'md' && <span>Send to…</span>}
        <ChevronDownIcon className={size === 'sm' ? 'size-3.5' : 'size-4'} />
      </button>
      <SendToPopover
        popover={popover}
        what={language ? `the ${languageName(language)} test email` : 'the test email in your language'}
        initial={lastSendTo()}
        unavailable={availability.allowed ? undefined : availability.reason}
        onSend={(to) => sendTo(language, to)}
      />
    </div>
  );
}
