import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { displayName, meQueries } from '../../features/profile/api/me-queries';
import { useSignOut } from '../../features/session/api/sign-out';
import { ChevronDownIcon } from '../../components/ui/icons';
import { paths } from '../paths';

/** Who is signed in (name, language) with Profile and Sign out; Escape or a click outside closes it. */
export function UserMenu() {
  const me = useQuery(meQueries.user());
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const name = me.data ? displayName(me.data) : me.isError ? 'Account' : '…';
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
  const locale = me.data?.profile.locale;

  const onMenuKey = (event: ReactKeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next =
      event.key === 'ArrowDown' ? (index + 1) % items.length : (index - 1 + items.length) % items.length;
    items[next]?.focus();
  };

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="flex items-center gap-2 rounded-md py-1 pr-1.5 pl-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <span
          aria-hidden="true"
          className="flex size-7 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-700"
        >
          {initials || '?'}
        </span>
        <span className="hidden font-medium text-slate-800 sm:inline">{name}</span>
        {locale && <span className="hidden text-slate-500 sm:inline">({locale})</span>}
        <ChevronDownIcon className="size-4 text-slate-500" />
      </button>
      {open && (
        <div
          role="menu"
          aria-label="Account"
          onKeyDown={onMenuKey}
          className="absolute right-0 mt-2 w-64 overflow-hidden rounded-lg bg-white py-1 shadow-lg ring-1 ring-slate-900/10"
        >
          {me.data && (
            <div className="border-b border-slate-100 px-3 py-2 text-sm">
              <p className="font-medium text-slate-900">{name}</p>
              <p className="truncate text-slate-500">{me.data.profile.email}</p>
            </div>
          )}
          <Link
            role="menuitem"
            to={paths.profile.getHref()}
            onClick={() => setOpen(false)}
            className="block px-3 py-2 text-sm text-slate-700 hover:bg-slate-50 focus:bg-slate-100 focus:outline-none"
          >
            Profile
          </Link>
          <button
            role="menuitem"
            type="button"
            disabled={signOut.isPending}
            onClick={() =>
              signOut.mutate(undefined, {
                onSettled: () => navigate(paths.signIn.getHref(), { replace: true }),
              })
            }
            className="block w-full px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-50 focus:bg-slate-100 focus:outline-none"
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
