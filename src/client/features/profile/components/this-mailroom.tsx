import type { ReactNode } from 'react';
import type { Session } from '../../../../shared/mailroom/session';

/** What this server is set up with (no secrets: the session carries none), and what the signed-in token may do. */
export function ThisMailroom({ session }: { session: Session }) {
  const rows: [string, ReactNode][] = [
    [
      'Mode',
      session.mode === 'okta' ? (
        <>
          Real Okta mode: managing the org <span className="font-mono text-xs">{session.orgUrl}</span>
        </>
      ) : (
        'Embedded: Mailroom is the org'
      ),
    ],
    [
      'Data',
      <>
        {session.store.kind === 'postgresql' ? 'PostgreSQL at ' : 'SQLite file '}
        <span className="font-mono text-xs break-all">{session.store.location}</span>
      </>,
    ],
    [
      'Custom languages',
      session.customLanguages ? (
        <>
          On: customizations in any BCP 47 language (<Env>CUSTOM_LANGUAGES=true</Env>)
        </>
      ) : (
        <>
          Off: Okta&apos;s 28 languages only (<Env>CUSTOM_LANGUAGES=true</Env> allows others)
        </>
      ),
    ],
    [
      'Version history',
      <>
        The newest {session.historyLimit} versions of each customization (<Env>HISTORY_LIMIT</Env>)
      </>,
    ],
  ];
  return (
    <section
      aria-labelledby="this-mailroom-heading"
      className="mt-8 max-w-2xl rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-xs"
    >
      <h2 id="this-mailroom-heading" className="font-semibold text-slate-900">
        This Mailroom
      </h2>
      <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="text-slate-500">Your token grants</dt>
          <dd>
            <ul className="flex flex-wrap gap-1.5" aria-label="Scopes of your token">
              {session.scopes.map((scope) => (
                <li
                  key={scope}
                  className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                >
                  {scope}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}

const Env = ({ children }: { children: ReactNode }) => (
  <code className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-700">{children}</code>
);
