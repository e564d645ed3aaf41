import { useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { InlineError } from '../../components/ui/error-state';
import type { Session } from '../../features/session/api/session-queries';
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
  // Real Okta mode: what the server's check of the org found wrong, shown before the console tries the org.
  const [orgProblems, setOrgProblems] = useState<Session | null>(null);
  const next = safeNext(search.get('next'));
  if (orgProblems)
    return (
      <SignInFrame
        title="Signed in, but the Okta org isn't ready"
        description={`Mailroom manages ${orgProblems.orgUrl}.`}
      >
        <InlineError>
          <ul className="list-disc space-y-1 pl-4">
            {orgProblems.orgProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </InlineError>
        <p className="mt-3 text-sm text-slate-600">
          An administrator fixes this in the server's OKTA_ORG_URL or OKTA_API_TOKEN; pages that need what is
          missing will show an error until then.
        </p>
        <Button
          variant="primary"
          className="mt-4"
          data-autofocus
          onClick={() => navigate(next, { replace: true })}
        >
          Continue to the console
        </Button>
      </SignInFrame>
    );
  return (
    <SignInFrame
      title={expired ? 'Your session has ended' : 'Sign in to the console'}
      description={
        expired
          ? 'Sign in again to go back where you were.'
          : 'Paste an API token with the admin scopes to manage SMTP servers, email templates and the mailbox.'
      }
    >
      <SignInForm
        onSignedIn={(session) =>
          session.orgProblems.length > 0 ? setOrgProblems(session) : navigate(next, { replace: true })
        }
      />
    </SignInFrame>
  );
}

function SignInFrame({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-slate-50 to-slate-100 px-4">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-center gap-2.5">
          <img src="/favicon.svg" alt="" className="size-9" />
          <span className="text-xl font-semibold tracking-tight text-slate-900">Mailroom</span>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-7 shadow-sm">
          <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">{description}</p>
          {children}
        </div>
      </div>
    </main>
  );
}
