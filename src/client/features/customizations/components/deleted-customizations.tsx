import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { languageName } from '../../../../shared/templates/languages';
import { paths } from '../../../app/paths';
import { prefetchEditorOnIntent } from '../../../app/prefetch';
import { ButtonLink } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/error-state';
import { absoluteTime, timeAgo } from '../../../lib/time';
import { customizationQueries } from '../api/customization-queries';
import { historyQueries } from '../api/history-queries';

/**
 * Customizations deleted through Mailroom whose language has none now, each with its last saved version: "Restore…"
 * opens the new-customization editor seeded with it (saving creates it again, under a new id). Nothing while there
 * are none.
 */
export function DeletedCustomizations({ brandId, templateName }: { brandId: string; templateName: string }) {
  const deleted = useQuery(historyQueries.deleted(brandId, templateName));
  const live = useQuery(customizationQueries.list(brandId, templateName));
  const [now] = useState(() => Date.now());
  if (deleted.isError)
    return (
      <div className="mt-4">
        <InlineError>The deleted customizations could not be listed.</InlineError>
      </div>
    );
  if (!deleted.data || !live.data) return null;
  const taken = new Set(live.data.map((c) => c.language.toLowerCase()));
  const seen = new Set<string>();
  // The most recently deleted one per language (the list comes newest first).
  const restorable = deleted.data.filter((d) => {
    const language = d.latest.language.toLowerCase();
    if (taken.has(language) || seen.has(language)) return false;
    seen.add(language);
    return true;
  });
  if (restorable.length === 0) return null;
  return (
    <section aria-labelledby="deleted-customizations" className="mt-6">
      <h2 id="deleted-customizations" className="text-sm font-semibold text-slate-900">
        Deleted customizations
      </h2>
      <p className="mt-0.5 text-xs text-slate-500">
        Their saved versions are kept. Restore one to open it in the editor; saving creates it again.
      </p>
      <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {restorable.map((d) => (
          <li
            key={d.customizationId}
            className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2.5 text-sm"
          >
            <span className="font-medium text-slate-900">{languageName(d.latest.language)}</span>
            <span className="min-w-0 flex-1 truncate text-slate-600" title={d.latest.subject}>
              {d.latest.subject}
            </span>
            <span className="text-xs text-slate-500">
              deleted{d.deletedBy ? ` by ${d.deletedBy}` : ''},{' '}
              <time dateTime={d.deleted} title={absoluteTime.format(new Date(d.deleted))}>
                {timeAgo(d.deleted, now)}
              </time>
            </span>
            <ButtonLink
              size="sm"
              to={paths.customizationNew.getHref(brandId, templateName, d.latest.language, undefined, {
                customizationId: d.customizationId,
                version: d.latest.version,
              })}
              aria-label={`Restore the deleted ${languageName(d.latest.language)} customization`}
              {...prefetchEditorOnIntent}
            >
              Restore…
            </ButtonLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
