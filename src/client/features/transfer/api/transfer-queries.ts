import { queryOptions } from '@tanstack/react-query';
import { readBrandState } from '../../../../shared/transfer/state';
import { transferClient } from './transfer-client';
import { queryKeys } from '../../../lib/query-keys';

export const transferQueries = {
  /**
   * The brand as an import plans against it, read afresh each time the page opens and after an import (it sits
   * under the brand's template key); not on focus, so a plan doesn't change while it is being reviewed.
   */
  state: (brandId: string, emailServers: boolean) =>
    queryOptions({
      queryKey: queryKeys.templates.transferState(brandId, emailServers),
      queryFn: () => readBrandState(transferClient, brandId, { emailServers }),
      staleTime: 0,
      refetchOnWindowFocus: false,
    }),
};
