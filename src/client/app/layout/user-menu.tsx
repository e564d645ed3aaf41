import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { displayName, meQueries } from '../../features/profile/api/me-queries';
import { useSignOut } from '../../features/session/api/sign-out';
import { ChevronDownIcon } from '../../components/ui/icons';
import { menuItemClasses, useMenu } from '../../components/ui/menu';
import { paths } from '../paths';

/** Who is signed in (name, language) with Profile and Sign out; Escape or a click outside closes it. */
export function UserMenu() {
  const me = useQuery(meQueries.user());
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { open, close, root, buttonProps, menuProps } = useMenu();

  const name = me.data ? displayName(me.data) : me.isError ? 'Account' : '…';
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
  const locale = me.data?.profile.locale;

  return (
    <div ref={root} className="relative">
      <button
        {...buttonProps}
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
          {...menuProps}
          aria-label="Account"
          className="absolute right-0 mt-2 w-64 overflow-hidden rounded-lg bg-white py-1 shadow-lg ring-1 ring-slate-900/10"
        >
          {me.data && (
            <div className="border-b border-slate-100 px-3 py-2 text-sm">
              <p className="font-medium text-slate-900">{name}</p>
              <p className="truncate text-slate-500">{me.data.profile.email}</p>
            </div>
          )}
          <Link role="menuitem" to={paths.profile.getHref()} onClick={close} className={menuItemClasses}>
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
            className={menuItemClasses}
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
