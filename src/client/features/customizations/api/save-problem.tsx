import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { languageName } from '../../../../shared/templates/languages';
import { isOktaApiError } from '../../../lib/api-client';
import { describeError } from '../../../components/ui/error-state';

/**
 * A refused save in the console's words (docs/console.md, "Words for errors"): a general message with its fix,
 * plus the field-level causes (`subject`, `body`, `language`) to show next to their fields.
 */
export function saveProblem(
  error: unknown,
  language: string,
  openExistingHref?: (language: string) => string | undefined,
): { general: ReactNode; fields: Record<string, string> } {
  if (!error) return { general: null, fields: {} };
  const { fields, general: causes } = isOktaApiError(error)
    ? error.fieldErrors()
    : { fields: {} as Record<string, string>, general: [] };
  const code = isOktaApiError(error) ? error.errorCode : '';
  switch (code) {
    case 'E0000183': {
      const href = openExistingHref?.(language);
      return {
        fields,
        general: (
          <>
            There's already a {languageName(language)} customization of this template.{' '}
            {href && (
              <Link to={href} className="font-medium underline">
                Open it
              </Link>
            )}
          </>
        ),
      };
    }
    case 'E0000182':
      return {
        fields,
        general: "This template already has a default customization. A new one can't also be the default.",
      };
    case 'E0000185':
      return {
        fields,
        general:
          'Every customized template needs a default. Choose another default instead of unsetting this one: "Make default" on another language\'s row of the template\'s page moves it.',
      };
    case 'E0000236':
      return {
        fields: { ...fields, language: fields.language ?? describeError(error).detail },
        general: null,
      };
    case 'E0000001':
      return {
        fields,
        general:
          causes.join(' ') || (Object.keys(fields).length ? 'Fix the marked fields and save again.' : null),
      };
    default:
      return { fields, general: describeError(error).detail };
  }
}
