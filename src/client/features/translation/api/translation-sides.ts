import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { normalizeLanguage, sameLanguage } from '../../../../shared/email/content-source';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { queryKeys } from '../../../lib/query-keys';
import { historyQueries } from '../../customizations/api/history-queries';
import { templateQueries, useStockOrigin } from '../../templates/api/template-queries';
import { lastTextChange, type TextChange } from '../text-change';

/**
 * One side of the translation view: the language's own customization, else Okta's stock content in it. Unlike the
 * API's content chain, the default customization is not a fallback here: it is another language's text, not this
 * language's translation.
 */
export type TranslationSource =
  | { kind: 'customization'; language: string; customization: EmailCustomization }
  | { kind: 'stock'; language: string; stockLanguage: string };

export function translationSide(customizations: EmailCustomization[], language: string): TranslationSource {
  const own = customizations.find((c) => sameLanguage(c.language, language));
  if (own) return { kind: 'customization', language, customization: own };
  return { kind: 'stock', language, stockLanguage: normalizeLanguage(language) ?? 'en' };
}

/** The language translations start from: the template's default customization's, else English. */
export function translationSourceLanguage(customizations: EmailCustomization[]): string {
  return customizations.find((c) => c.isDefault)?.language ?? 'en';
}

/** What is known of one side's text changes: from its history, none (no versions), or not yet / not at all. */
export type SideChange = TextChange | 'no-history' | 'loading' | 'failed';

export type TranslationStatus =
  | { kind: 'not-translated' }
  | { kind: 'checking' }
  /** The source is stock content, which never changes. */
  | { kind: 'up-to-date'; basis: 'stock' }
  | ({ kind: 'out-of-date' | 'up-to-date' } & (
      | { basis: 'history'; source: TextChange; target: TextChange }
      | {
          /** A side has no version history (or it couldn't be read): when each customization was last saved. */
          basis: 'last-saved';
          sourceUpdated: string;
          targetUpdated: string;
          withoutHistory: { side: 'source' | 'target'; why: 'no-history' | 'failed' }[];
        }
    ));

/**
 * Whether the target was written against the source's text as it is now: out of date when the source's newest text
 * change (subject or body; a save of the default flag alone doesn't count) is later than the target's. When a side
 * has no versions (a customization saved in the Okta org directly, in real Okta mode), both sides fall back to
 * `lastUpdated`, which any save moves.
 */
export function translationStatus(
  source: TranslationSource,
  target: TranslationSource,
  changes: { source: SideChange; target: SideChange },
): TranslationStatus {
  if (target.kind === 'stock') return { kind: 'not-translated' };
  if (source.kind === 'stock') return { kind: 'up-to-date', basis: 'stock' };
  const later = (a: string, b: string) => (Date.parse(a) > Date.parse(b) ? 'out-of-date' : 'up-to-date');
  if (changes.source === 'loading' || changes.target === 'loading') return { kind: 'checking' };
  if (typeof changes.source === 'object' && typeof changes.target === 'object')
    return {
      kind: later(changes.source.at, changes.target.at),
      basis: 'history',
      source: changes.source,
      target: changes.target,
    };
  const withoutHistory = (['source', 'target'] as const).flatMap((side) => {
    const change = changes[side];
    return change === 'no-history' || change === 'failed' ? [{ side, why: change }] : [];
  });
  const sourceUpdated = source.customization.lastUpdated;
  const targetUpdated = target.customization.lastUpdated;
  return {
    kind: later(sourceUpdated, targetUpdated),
    basis: 'last-saved',
    sourceUpdated,
    targetUpdated,
    withoutHistory,
  };
}

/**
 * One side's newest text change, from Mailroom's version history (`null`: no versions). Keyed by `lastUpdated`, so a
 * save asks again; the versions' bodies are fetched once each (a saved version never changes).
 */
function textChangeQuery(
  queryClient: QueryClient,
  brandId: string,
  templateName: string,
  customization: Pick<EmailCustomization, 'id' | 'subject' | 'body' | 'lastUpdated'>,
) {
  return queryOptions({
    queryKey: queryKeys.history.textChange(
      brandId,
      templateName,
      customization.id,
      customization.lastUpdated,
    ),
    queryFn: async () => {
      const versions = await queryClient.fetchQuery({
        ...historyQueries.versions(brandId, templateName, customization.id),
        staleTime: 0,
      });
      const change = await lastTextChange(
        customization,
        versions,
        async (version) =>
          (
            await queryClient.fetchQuery(
              historyQueries.version(brandId, templateName, customization.id, version),
            )
          ).body,
      );
      return change ?? null;
    },
  });
}

function useSideChange(brandId: string, templateName: string, side: TranslationSource, enabled: boolean) {
  const queryClient = useQueryClient();
  const customization = side.kind === 'customization' ? side.customization : undefined;
  const query = useQuery({
    ...textChangeQuery(
      queryClient,
      brandId,
      templateName,
      customization ?? { id: '', subject: '', body: '', lastUpdated: '' },
    ),
    enabled: enabled && customization !== undefined,
  });
  if (query.data !== undefined) return query.data ?? ('no-history' as const);
  return query.isError ? ('failed' as const) : ('loading' as const);
}

/** `translationStatus` with both sides' text changes read from the version history. */
export function useTranslationStatus(
  brandId: string,
  templateName: string,
  source: TranslationSource,
  target: TranslationSource,
): TranslationStatus {
  const both = source.kind === 'customization' && target.kind === 'customization';
  const changes = {
    source: useSideChange(brandId, templateName, source, both),
    target: useSideChange(brandId, templateName, target, both),
  };
  return translationStatus(source, target, changes);
}

/** A side's subject and body: the customization's at once, stock content through `templateQueries.stock`. */
export function useTranslationContent(brandId: string, templateName: string, side: TranslationSource) {
  const stock = useQuery({
    ...templateQueries.stock(
      brandId,
      templateName,
      side.kind === 'stock' ? side.stockLanguage : 'en',
      useStockOrigin(),
    ),
    enabled: side.kind === 'stock',
  });
  if (side.kind === 'customization')
    return { content: { subject: side.customization.subject, body: side.customization.body }, stock };
  return { content: stock.data, stock };
}
