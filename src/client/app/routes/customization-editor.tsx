import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import {
  customizationLanguage,
  findSupportedLanguage,
  SUPPORTED_LANGUAGES,
} from '../../../shared/templates/languages';
import { QueriesErrorState } from '../../components/ui/error-state';
import { Skeleton } from '../../components/ui/skeleton';
import { usePreviewWorld } from '../../features/compare/api/use-preview-world';
import { customizationQueries } from '../../features/customizations/api/customization-queries';
import { historyQueries } from '../../features/customizations/api/history-queries';
import { CustomizationEditor } from '../../features/editor/components/customization-editor';
import { templateQueries, useStockOrigin } from '../../features/templates/api/template-queries';
import { useCustomLanguages } from '../../features/session/api/session-queries';

// This module is the editing routes' chunk: it pulls in Monaco (through the editor), so nothing else imports it.

function EditorSkeleton() {
  return (
    <div role="status" aria-label="Loading the editor" className="space-y-4">
      <Skeleton className="h-4 w-64" />
      <Skeleton className="h-8 w-96" />
      <div className="grid gap-4 xl:grid-cols-2">
        <Skeleton className="h-[32rem]" />
        <Skeleton className="h-[32rem]" />
      </div>
    </div>
  );
}

/**
 * `/…/customizations/new?language=fr&from=default`: the editor on an unsaved new customization; with
 * `?restore=<id>&version=<n>`, seeded with a saved version of a deleted customization (the template page offers it).
 */
export function NewCustomizationRoute() {
  const { brandId = '', templateName = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const list = useQuery(customizationQueries.list(brandId, templateName));
  const { world, queries } = usePreviewWorld(brandId);
  const used = new Set((list.data ?? []).map((c) => c.language));
  const unused = SUPPORTED_LANGUAGES.map((l) => l.tag).filter((t) => !used.has(t));
  const customLanguages = useCustomLanguages();
  const asked = search.get('language') ?? '';
  // A custom locale from the URL only while custom languages are on; otherwise one of the 28.
  const language =
    (customLanguages ? customizationLanguage(asked) : findSupportedLanguage(asked)) ?? unused[0] ?? 'en';
  const restoreId = search.get('restore') ?? '';
  const restoreVersion = Number(search.get('version'));
  const restoring = restoreId !== '' && Number.isInteger(restoreVersion) && restoreVersion > 0;
  const restored = useQuery({
    ...historyQueries.version(brandId, templateName, restoreId, restoreVersion),
    enabled: restoring,
  });
  const fromDefault = !restoring && search.get('from') === 'default';
  // "Start from default": the org's stock content in real Okta mode, the bundled text otherwise.
  const content = useQuery({
    ...templateQueries.stock(brandId, templateName, language, useStockOrigin()),
    enabled: fromDefault,
  });

  const all = [list, ...queries, ...(fromDefault ? [content] : []), ...(restoring ? [restored] : [])];
  if (all.some((q) => q.isError)) return <QueriesErrorState queries={all} />;
  if (!list.data || !world || (fromDefault && !content.data) || (restoring && !restored.data))
    return <EditorSkeleton />;
  const start = restoring ? restored.data : content.data;
  return (
    <CustomizationEditor
      // Another language starts again from its own stock content.
      key={restoring ? `restore-${restoreId}-${restoreVersion}` : fromDefault ? language : 'blank'}
      brandId={brandId}
      templateName={templateName}
      seed={{
        language: restoring && restored.data ? restored.data.language : language,
        subject: start?.subject ?? '',
        body: start?.body ?? '',
        isDefault: list.data.length === 0,
      }}
      existing={list.data}
      unusedLanguages={unused}
      world={world}
      onLanguageChange={(next) =>
        setSearch(
          (prev) => {
            const params = new URLSearchParams(prev);
            params.set('language', next);
            return params;
          },
          { replace: true },
        )
      }
    />
  );
}

/** `/…/customizations/:customizationId`: the editor on a saved customization. */
export function EditCustomizationRoute() {
  const { brandId = '', templateName = '', customizationId = '' } = useParams();
  const customization = useQuery(customizationQueries.detail(brandId, templateName, customizationId));
  const list = useQuery(customizationQueries.list(brandId, templateName));
  const { world, queries } = usePreviewWorld(brandId);

  const all = [customization, list, ...queries];
  if (all.some((q) => q.isError)) return <QueriesErrorState queries={all} />;
  if (!customization.data || !list.data || !world) return <EditorSkeleton />;
  const saved = customization.data;
  return (
    <CustomizationEditor
      // Seeded once per customization: later refetches (after a save) don't reset the editor.
      key={saved.id}
      brandId={brandId}
      templateName={templateName}
      saved={saved}
      seed={saved}
      existing={list.data}
      world={world}
    />
  );
}
