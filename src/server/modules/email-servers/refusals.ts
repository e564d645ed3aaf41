// The email server rules a repository write can refuse, as the Okta errors clients expect
// (docs/okta/API-REFERENCE.md, the Email Servers errors).
import { OktaApiError, validationError } from '../../lib/okta-error';
import type { EmailServerRefusal } from './repository';

export function refusalError(refusal: EmailServerRefusal): OktaApiError {
  switch (refusal.kind) {
    case 'invalid':
      return validationError(refusal.problems);
    case 'another-enabled':
      return new OktaApiError('E0000222');
    case 'limit':
      return new OktaApiError('E0000225', { arg: String(refusal.max) });
  }
}

/** The value of a write that went through, or the Okta error for the rule that refused it. */
export function orOktaError<T>(
  outcome: { ok: true; value: T } | { ok: false; refused: EmailServerRefusal },
): T {
  if (outcome.ok) return outcome.value;
  throw refusalError(outcome.refused);
}
