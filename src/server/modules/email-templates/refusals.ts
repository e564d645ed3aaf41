// The customization rules a repository write can refuse, as the Okta errors clients expect
// (docs/okta/API-REFERENCE.md, the Custom Email Templates errors).
import { notFound, OktaApiError } from '../../lib/okta-error';

export type CustomizationRefusal =
  'not-found' | 'language-taken' | 'default-exists' | 'default-required' | 'is-default';

const ERRORS: Record<CustomizationRefusal, () => OktaApiError> = {
  'not-found': () => notFound('EmailCustomization'),
  // A customization already exists in that language.
  'language-taken': () => new OktaApiError('E0000183'),
  // Create may not take the default from an existing one.
  'default-exists': () => new OktaApiError('E0000182'),
  // The default can't be unset by replacing it; another one must be made the default.
  'default-required': () => new OktaApiError('E0000185'),
  // The default can't be deleted (delete all customizations instead).
  'is-default': () => new OktaApiError('E0000184'),
};

/** The value of a write that went through, or the Okta error for the rule that refused it. */
export function orOktaError<T>(
  outcome: { ok: true; value: T } | { ok: false; refused: CustomizationRefusal },
): T {
  if (outcome.ok) return outcome.value;
  throw ERRORS[outcome.refused]();
}
