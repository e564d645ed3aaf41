import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { applyPlan, type ApplyResult, type ProgressEvent } from '../../../../shared/transfer/apply';
import type { Plan } from '../../../../shared/transfer/plan';
import { transferClient } from './transfer-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Applies a reviewed plan call by call, exposing the progress, then refreshes everything about the brand's
 * templates (by key prefix, without importing the templates feature) and the SMTP servers.
 */
export function useApplyImport(brandId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const mutation = useMutation({
    mutationFn: ({ plan, secrets }: { plan: Plan; secrets: Record<string, string> }): Promise<ApplyResult> =>
      applyPlan(transferClient, brandId, plan, { secrets, onProgress: setProgress }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.templates.all(brandId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.emailServers.all() }),
      ]),
  });
  return { mutation, progress, resetProgress: () => setProgress(null) };
}
