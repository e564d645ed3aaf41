import { useQuery } from '@tanstack/react-query';
import { meQueries } from '../../features/profile/api/me-queries';
import { sessionQueries } from '../../features/session/api/session-queries';

/** The org's host as an admin knows it (`acme.okta.com`), from OKTA_ORG_URL. */
function hostOf(orgUrl: string): string {
  try {
    return new URL(orgUrl).host;
  } catch {
    return orgUrl;
  }
}

/**
 * Who the console is talking to, in the header. In real Okta mode a loud amber badge with the org's name and
 * host, so nobody mistakes the production org for a local Mailroom; in embedded mode a quiet "Local" badge.
 */
export function OrgBadge() {
  const session = useQuery(sessionQueries.current());
  const org = useQuery({ ...meQueries.org(), enabled: session.data?.mode === 'okta' });
  if (!session.data) return null;
  if (session.data.mode !== 'okta' || !session.data.orgUrl)
    return (
      <span
        className="hidden rounded-full border border-slate-200 px-2 py-0.5 text-xs font-medium text-slate-600 sm:inline"
        title="Mailroom is the org: its own store and the built-in mailbox"
      >
        Local Mailroom
      </span>
    );
  const host = hostOf(session.data.orgUrl);
  const name = org.data?.companyName;
  return (
    <a
      href={session.data.orgUrl}
      target="_blank"
      rel="noreferrer"
      data-testid="org-badge"
      title={`Changes here are made in the Okta org ${session.data.orgUrl}`}
      className="flex min-w-0 items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-2.5 py-1 text-xs text-amber-950 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-600"
    >
      <span className="rounded bg-amber-800 px-1.5 py-0.5 text-[10px] font-bold tracking-wide text-white uppercase">
        Okta org
      </span>
      {name && <span className="truncate font-semibold">{name}</span>}
      <span className="truncate font-mono">{host}</span>
    </a>
  );
}

/** Real Okta mode only: a striped band along the header's top edge, so the mode is seen before anything else. */
export function OrgBand() {
  const session = useQuery(sessionQueries.current());
  if (session.data?.mode !== 'okta') return null;
  return (
    <div
      aria-hidden="true"
      data-testid="org-band"
      className="absolute inset-x-0 top-0 h-1 bg-[repeating-linear-gradient(135deg,#f59e0b_0_12px,#78350f_12px_24px)]"
    />
  );
}

/** What the server's check of the org found wrong (wrong URL, refused token, missing scopes), until fixed. */
export function OrgProblems() {
  const session = useQuery(sessionQueries.current());
  const problems = session.data?.orgProblems ?? [];
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="border-b border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">
        Mailroom can't fully manage the Okta org {session.data?.orgUrl ? hostOf(session.data.orgUrl) : ''}:
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="mt-1 text-red-800">
        Fix the server's OKTA_ORG_URL or OKTA_API_TOKEN and restart it; this notice goes away once the org
        answers.
      </p>
    </div>
  );
}
