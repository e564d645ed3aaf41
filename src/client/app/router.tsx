import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router';
import { isOktaApiError } from '../lib/api-client';
import { brandQueries, defaultBrand } from '../features/brands/api/brand-queries';
import { sessionQueries } from '../features/session/api/session-queries';
import { AppLayout } from './layout/app-layout';
import { RootLayout } from './layout/root-layout';
import { PageLoading, RouteError } from './layout/route-states';
import { paths } from './paths';
import { queryClient, setQueryErrorHandlers } from './query-client';

/** Every console page needs a session; without one, go to sign-in and come back here afterwards. */
async function requireSession({ request }: LoaderFunctionArgs) {
  try {
    await queryClient.ensureQueryData(sessionQueries.current());
  } catch (error) {
    if (isOktaApiError(error) && error.isUnauthorized) {
      const url = new URL(request.url);
      throw redirect(paths.signIn.getHref(url.pathname + url.search));
    }
    throw error;
  }
  return null;
}

async function redirectToDefaultBrand() {
  const brand = defaultBrand(await queryClient.ensureQueryData(brandQueries.list()));
  if (!brand) throw new Error('This org has no brand yet.');
  return redirect(paths.templates.getHref(brand.id));
}

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    HydrateFallback: PageLoading,
    ErrorBoundary: RouteError,
    children: [
      {
        path: paths.signIn.path,
        lazy: () => import('./routes/sign-in').then((m) => ({ Component: m.SignInRoute })),
      },
      {
        id: 'app',
        element: <AppLayout />,
        loader: requireSession,
        ErrorBoundary: RouteError,
        // The session is cached; re-checking it on every navigation would only cost a render.
        shouldRevalidate: () => false,
        children: [
          // Its own boundary: when the brands can't load, the frame (and its notices) still shows.
          { index: true, loader: redirectToDefaultBrand, ErrorBoundary: RouteError },
          {
            ErrorBoundary: RouteError,
            children: [
              {
                path: paths.templates.path,
                lazy: () => import('./routes/catalog').then((m) => ({ Component: m.CatalogRoute })),
              },
              {
                path: paths.customizationNew.path,
                // The editor wants the whole width for its two panes.
                handle: { wide: true },
                lazy: () =>
                  import('./routes/customization-editor').then((m) => ({
                    Component: m.NewCustomizationRoute,
                  })),
              },
              {
                path: paths.customization.path,
                // The editor wants the whole width for its two panes.
                handle: { wide: true },
                lazy: () =>
                  import('./routes/customization-editor').then((m) => ({
                    Component: m.EditCustomizationRoute,
                  })),
              },
              {
                path: paths.compare.path,
                lazy: () => import('./routes/compare').then((m) => ({ Component: m.CompareRoute })),
              },
              {
                path: paths.translate.path,
                // Two sources side by side and the mismatches beside them.
                handle: { wide: true },
                lazy: () => import('./routes/translate').then((m) => ({ Component: m.TranslateRoute })),
              },
              {
                path: paths.template.path,
                lazy: () => import('./routes/template').then((m) => ({ Component: m.TemplateRoute })),
              },
              {
                path: paths.coverage.path,
                lazy: () => import('./routes/coverage').then((m) => ({ Component: m.CoverageRoute })),
              },
              {
                path: paths.transfer.path,
                lazy: () => import('./routes/transfer').then((m) => ({ Component: m.TransferRoute })),
              },
              {
                path: paths.emailServers.path,
                lazy: () =>
                  import('./routes/email-servers').then((m) => ({ Component: m.EmailServersRoute })),
              },
              {
                path: paths.emailServerNew.path,
                lazy: () =>
                  import('./routes/email-servers').then((m) => ({ Component: m.NewEmailServerRoute })),
              },
              {
                path: paths.emailServer.path,
                lazy: () =>
                  import('./routes/email-servers').then((m) => ({ Component: m.EditEmailServerRoute })),
              },
              {
                path: paths.mailbox.path,
                lazy: () => import('./routes/mailbox').then((m) => ({ Component: m.MailboxRoute })),
                children: [
                  {
                    index: true,
                    lazy: () => import('./routes/mailbox').then((m) => ({ Component: m.NoMessageSelected })),
                  },
                  {
                    path: paths.message.path,
                    lazy: () => import('./routes/mailbox').then((m) => ({ Component: m.MessageRoute })),
                  },
                ],
              },
              {
                path: paths.profile.path,
                lazy: () => import('./routes/profile').then((m) => ({ Component: m.ProfileRoute })),
              },
              {
                path: '*',
                lazy: () => import('./routes/coming-soon').then((m) => ({ Component: m.NotFoundRoute })),
              },
            ],
          },
        ],
      },
    ],
  },
]);

setQueryErrorHandlers({
  onUnauthorized: () => {
    const { pathname, search } = router.state.location;
    if (pathname === paths.signIn.path) return;
    // "Your session has ended" only when there was one: a newcomer's first 401 is just a sign-in.
    const hadSession = queryClient.getQueryData(sessionQueries.current().queryKey) !== undefined;
    queryClient.removeQueries({ queryKey: sessionQueries.all() });
    void router.navigate(paths.signIn.getHref(pathname + search, hadSession), { replace: true });
  },
});
