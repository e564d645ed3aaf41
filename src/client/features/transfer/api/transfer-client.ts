import type { TransferClient } from '../../../../shared/transfer/client';
import { createHttpTransferClient, type Transport } from '../../../../shared/transfer/http-client';
import { apiRequest, isOktaApiError } from '../../../lib/api-client';

/**
 * Transfers from the console: the shared client over the console's own same-origin API (session cookie and
 * CSRF header through `apiRequest`), so real Okta mode and every rule apply as for any other page.
 */
const browserTransport: Transport = async ({ method, url, body }) => {
  try {
    const response = await apiRequest<unknown>(url, { method, body });
    return { status: response.status, headers: response.headers, body: response.data };
  } catch (error) {
    // An ended session stays the console's OktaApiError, so the query cache sends the admin to sign in.
    if (!isOktaApiError(error) || error.isUnauthorized) throw error;
    return {
      status: error.status,
      headers: new Headers(),
      body: {
        errorCode: error.errorCode,
        errorSummary: error.errorSummary,
        errorCauses: error.errorCauses,
        errorId: error.errorId,
      },
    };
  }
};

export const transferClient: TransferClient = createHttpTransferClient(browserTransport);
