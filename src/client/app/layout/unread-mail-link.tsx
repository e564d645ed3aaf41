import { Link } from 'react-router';
import { MailIcon } from '../../components/ui/icons';
import { paths } from '../paths';

export function UnreadMailLink({ count }: { count: number | undefined }) {
  const label = count ? `Mailbox, ${count} unread` : 'Mailbox, no unread mail';
  return (
    <Link
      to={paths.mailbox.getHref()}
      aria-label={label}
      title={label}
      className="relative rounded-md p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <MailIcon className="size-5" />
      {count ? (
        <span className="absolute -top-0.5 -right-0.5 min-w-4.5 rounded-full bg-indigo-600 px-1 text-center text-[11px] leading-4.5 font-semibold text-white">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
