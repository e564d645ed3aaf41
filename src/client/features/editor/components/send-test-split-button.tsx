import { languageName } from '../../../../shared/templates/languages';
import { SendToPopover } from '../../../components/send-to-form';
import { Button } from '../../../components/ui/button';
import { ChevronDownIcon, SendIcon } from '../../../components/ui/icons';
import { menuItemClasses, useMenu } from '../../../components/ui/menu';
import { usePopover } from '../../../components/ui/popover';

/**
 * "Send test ▾": the button sends the open language (Ctrl+Enter does the same); the menu sends it to other
 * addresses ("Send to…", local mode), or sends another of the template's languages, as users of that language get
 * it today.
 */
export function SendTestSplitButton({
  language,
  otherLanguages,
  pending,
  title,
  onSend,
  onSendOther,
  sendTo,
}: {
  language: string;
  otherLanguages: string[];
  pending: boolean;
  title: string;
  onSend: () => void;
  onSendOther: (language: string) => void;
  sendTo: { initial: string; unavailable?: string; send: (to: string) => Promise<void> };
}) {
  const { open, close, root, buttonProps, menuProps } = useMenu();
  // The chevron opens the menu, and the "Send to…" popover sits under it and returns focus to it.
  const popover = usePopover(buttonProps.ref);
  return (
    <div ref={root} className="relative flex">
      <Button
        icon={<SendIcon className="size-3.5" />}
        pending={pending}
        onClick={onSend}
        title={title}
        aria-keyshortcuts="Control+Enter"
        className="rounded-r-none"
      >
        Send test
      </Button>
      <button
        {...buttonProps}
        aria-label="More ways to send a test"
        disabled={pending}
        className="-ml-px flex items-center rounded-r-md bg-white px-2 text-slate-600 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60"
      >
        <ChevronDownIcon className="size-4" />
      </button>
      {open && (
        <div
          {...menuProps}
          aria-label={`Send a test of the ${languageName(language)} template`}
          className="absolute top-full right-0 z-20 mt-1 w-64 overflow-hidden rounded-lg bg-white py-1 shadow-lg ring-1 ring-slate-900/10"
        >
          <button
            role="menuitem"
            type="button"
            className={menuItemClasses}
            onClick={() => {
              close();
              popover.show();
            }}
          >
            Send to other addresses…
          </button>
          {otherLanguages.length > 0 && (
            <>
              <div role="separator" className="my-1 border-t border-slate-100" />
              <p className="px-3 py-1.5 text-xs text-slate-500">Send the saved version in</p>
              {otherLanguages.map((other) => (
                <button
                  key={other}
                  role="menuitem"
                  type="button"
                  className={menuItemClasses}
                  onClick={() => {
                    close();
                    onSendOther(other);
                  }}
                >
                  {languageName(other)} <span className="text-slate-500">({other})</span>
                </button>
              ))}
            </>
          )}
        </div>
      )}
      <SendToPopover
        popover={popover}
        what={`the saved ${languageName(language)} version`}
        initial={sendTo.initial}
        unavailable={sendTo.unavailable}
        onSend={sendTo.send}
      />
    </div>
  );
}
