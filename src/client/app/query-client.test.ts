import { describe, expect, it, vi } from 'vitest';
import { OktaApiError } from '../lib/api-client';
import { queryKeys } from '../lib/query-keys';
import { queryClient, setQueryErrorHandlers } from './query-client';

const signedOut = () => {
  throw new OktaApiError(401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided' });
};

describe('a 401 from a query', () => {
  it('sends the user to sign-in, except from the session query itself (which is how sign-in asks)', async () => {
    const onUnauthorized = vi.fn();
    setQueryErrorHandlers({ onUnauthorized });
    await queryClient
      .fetchQuery({ queryKey: queryKeys.session.current(), queryFn: signedOut })
      .catch(() => {});
    expect(onUnauthorized).not.toHaveBeenCalled();
    await queryClient.fetchQuery({ queryKey: queryKeys.me.user(), queryFn: signedOut }).catch(() => {});
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    queryClient.clear();
  });
});
