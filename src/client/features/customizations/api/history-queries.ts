import { queryOptions } from '@tanstack/react-query';
import type {
  CustomizationVersion,
  CustomizationVersionSummary,
  DeletedCustomization,
} from '../../../../shared/mailroom/customization-history';
import { apiPaths } from '../../../../shared/api-paths';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Mailroom's version history of a customization (`/api/mailroom/v1/…/versions`), and a template's deleted ones. */
export const historyQueries = {
  /** Newest first, without bodies. */
  versions: (brandId: string, templateName: string, id: string) =>
    queryOptions({
      queryKey: queryKeys.history.versions(brandId, templateName, id),
      queryFn: ({ signal }) =>
        api.get<CustomizationVersionSummary[]>(apiPaths.customizationVersions(brandId, templateName, id), {
          signal,
        }),
    }),
  /** A saved version never changes, so it is never refetched. */
  version: (brandId: string, templateName: string, id: string, version: number) =>
    queryOptions({
      queryKey: queryKeys.history.version(brandId, templateName, id, version),
      queryFn: ({ signal }) =>
        api.get<CustomizationVersion>(apiPaths.customizationVersion(brandId, templateName, id, version), {
          signal,
        }),
      staleTime: Infinity,
    }),
  deleted: (brandId: string, templateName: string) =>
    queryOptions({
      queryKey: queryKeys.history.deleted(brandId, templateName),
      queryFn: ({ signal }) =>
        api.get<DeletedCustomization[]>(apiPaths.deletedCustomizations(brandId, templateName), { signal }),
    }),
};
