import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { readCustomization } from '../../../../shared/okta/read';
import { apiPaths } from '../../../../shared/api-paths';
import { api } from '../../../lib/api-client';
import { templateQueries, useStockOrigin } from '../../templates/api/template-queries';
import { queryKeys } from '../../../lib/query-keys';

export interface StockProgress {
  done: number;
  total: number;
  /** The language being created right now. */
  current?: string;
}

export interface StockResult {
  created: EmailCustomization[];
  failed: { language: string; error: unknown }[];
}

/**
 * Gives each chosen language its own customization, starting from Okta's stock content in that language, so
 * its users get their translation again instead of the default customization. One POST after another (the
 * progress is shown); a failure doesn't stop the rest. Invalidates by key prefix, like the customizations
 * feature, without importing it.
 */
export function useCreateFromStock(brandId: string, templateName: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<StockProgress | null>(null);
  const origin = useStockOrigin();
  const mutation = useMutation({
    mutationFn: async (languages: string[]): Promise<StockResult> => {
      const result: StockResult = { created: [], failed: [] };
      const path = apiPaths.customizations(brandId, templateName);
      for (const [index, language] of languages.entries()) {
        setProgress({ done: index, total: languages.length, current: language });
        try {
          // The org's own stock text in real Okta mode (cached with the compare panes'), else the bundled one.
          const content = await queryClient.fetchQuery(
            templateQueries.stock(brandId, templateName, language, origin),
          );
          result.created.push(
            readCustomization(await api.post(path, { language, ...content, isDefault: false })),
          );
        } catch (error) {
          result.failed.push({ language, error });
        }
      }
      setProgress({ done: languages.length, total: languages.length });
      return result;
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.customizations.all(brandId, templateName) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.templates.list(brandId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.templates.detail(brandId, templateName) }),
      ]),
  });
  return { mutation, progress, resetProgress: () => setProgress(null) };
}
