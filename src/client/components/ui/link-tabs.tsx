import { Link } from 'react-router';
import { cn } from './cn';

/** Tabs whose state lives in the URL: a nav of links, the current one marked `aria-current`. */
export function LinkTabs({
  label,
  tabs,
}: {
  label: string;
  tabs: { label: string; href: string; current: boolean; count?: number }[];
}) {
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-6">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              to={tab.href}
              aria-current={tab.current ? 'page' : undefined}
              className={cn(
                'inline-flex items-center gap-2 border-b-2 px-0.5 pb-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600',
                tab.current
                  ? 'border-indigo-600 text-indigo-700'
                  : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-800',
              )}
            >
              {tab.label}
              {tab.count !== undefined && (
                <span
                  className={cn(
                    'rounded-full px-1.5 text-xs',
                    tab.current ? 'bg-indigo-100 text-indigo-700' : 'bg-slate-100 text-slate-600',
                  )}
                >
                  {tab.count}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
