import { describe, expect, it } from 'vitest';
import { OktaApiError } from '../../lib/api-client';
import { describeError, describeRateLimit, undoneToast } from './error-state';

const okta = (status: number, errorCode: string, errorSummary: string) =>
  new OktaApiError(status, { errorCode, errorSummary, errorCauses: [] });

describe('describeError', () => {
  it('429: the token’s calls are used up, nothing changed, and when to try again (from X-Rate-Limit-Reset)', () => {
    const error = okta(429, 'E0000047', 'API call exceeded rate limit due to too many requests.');
    error.rateLimitResetAt = Date.now() + 23_500;
    const { title, detail } = describeError(error);
    expect(title).toBe('Too many requests: rate limited');
    expect(detail).toMatch(/nothing changed/);
    expect(detail).toMatch(/Wait 2[34] seconds for the limit to reset, then try again\./);
    expect(describeRateLimit(undefined).detail).toMatch(/Wait a minute for the limit to reset/);
    expect(describeRateLimit(1_000 + 1_000, 1_000).detail).toMatch(/Wait 1 second for/);
    expect(describeRateLimit(200_000, 0).detail).toMatch(/Wait 4 minutes for/);
  });

  it('E0000225: the org has all the SMTP servers it may have, with the limit and what to do', () => {
    const { title, detail } = describeError(
      okta(
        400,
        'E0000225',
        "You reached the maximum number of enrolled SMTP servers. An org can't have more than 10 enrolled servers.",
      ),
    );
    expect(title).toBe('No room for another SMTP server');
    expect(detail).toBe(
      'This org already has the most SMTP servers it may have (10). Delete one you no longer use from the SMTP servers list, then add this one again.',
    );
  });

  it('undoneToast says what was tried, what is back, and why', () => {
    expect(
      undoneToast({
        attempted: "enable 'Relay A'",
        undone: "'Relay A' is disabled again",
        error: okta(403, 'E0000006', 'You do not have permission to perform the requested action'),
      }),
    ).toEqual({
      tone: 'error',
      title: "Couldn't enable 'Relay A'",
      description: "Undone: 'Relay A' is disabled again. Your API token lacks the scope this page needs.",
    });
  });
});
