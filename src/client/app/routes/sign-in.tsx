import { useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../../features/session/components/sign-in-form';
import { paths } from '../paths';

/** Only same-origin paths are followed after sign-in (an open redirect would be a phishing aid). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home.getHref();
}

export function SignInRoute() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const expired = search.get('expired') === '1';
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-slate-50 to-slate-100 px-4">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-center gap-2.5">
          <img src="/favicon.svg" alt="" className="size-9" />
          <span className="text-xl font-semibold tracking-tight text-slate-900">Mailroom</span>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-7 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">
            {expired ? 'Your session has ended' : 'Sign in to the console'}
          </h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">
            {expired
              ? 'Sign in again to go back where you were.'
              : 'Paste an API token with the admin scopes to manage SMTP servers, email templates and the mailbox.'}
          </p>
          <SignInForm onSignedIn={() => navigate(safeNext(search.get('next')), { replace: true })} />
        </div>
      </div>
    </main>
  );
}
