import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { NavLink, Outlet, useMatches, useNavigation, useParams } from 'react-router';
import { brandQueries, defaultBrand } from '../../features/brands/api/brand-queries';
import { mailboxQueries } from '../../features/mailbox/api/mailbox-queries';
import { cn } from '../../components/ui/cn';
import { GridIcon, InboxIcon, ServerIcon, TemplateIcon, TransferIcon } from '../../components/ui/icons';
import { paths } from '../paths';
import { BrandSwitcher } from './brand-switcher';
import { OrgBadge, OrgBand, OrgProblems } from './org-connection';
import { UnreadMailLink } from './unread-mail-link';
import { UserMenu } from './user-menu';
import { PageLoading } from './route-states';

const navItem = ({ isActive }: { isActive: boolean }) =>
  cn(
    'flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600',
    isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
  );

/** The frame: header (brand switcher, unread mail, user menu), left navigation, main content. */
export function AppLayout() {
  const params = useParams();
  const brands = useQuery(brandQueries.list());
  const unread = useQuery(mailboxQueries.unread());
  const navigation = useNavigation();
  const brandId = params.brandId ?? defaultBrand(brands.data ?? [])?.id;
  const wide = useMatches().some((match) => (match.handle as { wide?: boolean } | undefined)?.wide);

  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 flex h-14 items-center gap-4 border-b border-slate-200 bg-white/95 px-4 backdrop-blur">
        <OrgBand />
        <NavLink
          to={paths.home.getHref()}
          className="flex items-center gap-2 rounded font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="text-[15px] tracking-tight">Mailroom</span>
        </NavLink>
        <div className="h-6 w-px bg-slate-200" aria-hidden="true" />
        <BrandSwitcher brandId={params.brandId} />
        <OrgBadge />
        <div className="ml-auto flex items-center gap-2">
          <UnreadMailLink count={unread.data} />
          <UserMenu />
        </div>
        {navigation.state === 'loading' && (
          <div
            className="absolute inset-x-0 bottom-0 h-0.5 animate-pulse bg-indigo-500"
            role="progressbar"
            aria-label="Loading page"
          />
        )}
      </header>
      <OrgProblems />
      <div className="flex">
        <nav
          aria-label="Main"
          className="sticky top-14 hidden h-[calc(100vh-3.5rem)] w-56 shrink-0 border-r border-slate-200 bg-white px-3 py-4 md:block"
        >
          <ul className="space-y-1">
            {brandId && (
              <>
                <li>
                  <NavLink to={paths.templates.getHref(brandId)} className={navItem}>
                    <TemplateIcon className="size-4.5" /> Templates
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.coverage.getHref(brandId)} className={navItem}>
                    <GridIcon className="size-4.5" /> Coverage
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.transfer.getHref(brandId)} className={navItem}>
                    <TransferIcon className="size-4.5" /> Transfer
                  </NavLink>
                </li>
              </>
            )}
            <li>
              <NavLink to={paths.emailServers.getHref()} className={navItem}>
                <ServerIcon className="size-4.5" /> SMTP servers
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.mailbox.getHref()} className={navItem}>
                <InboxIcon className="size-4.5" /> Mailbox
                {unread.data ? (
                  <span className="ml-auto rounded-full bg-indigo-600 px-1.5 py-0.5 text-[11px] leading-none font-semibold text-white">
                    {unread.data}
                    <span className="sr-only"> unread</span>
                  </span>
                ) : null}
              </NavLink>
            </li>
          </ul>
        </nav>
        <main
          id="main"
          tabIndex={-1}
          className={cn('min-w-0 flex-1 px-4 py-6 outline-none', wide ? 'sm:px-6' : 'sm:px-8')}
        >
          <div className={cn('mx-auto', wide ? 'max-w-[110rem]' : 'max-w-6xl')}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </div>
        </main>
      </div>
    </div>
  );
}
