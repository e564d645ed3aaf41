import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { languageName } from '../../../../shared/templates/languages';
import { isOktaApiError } from '../../../lib/api-client';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { describeError } from '../../../components/ui/error-state';
import { ChooseAnotherDefault } from '../components/choose-another-default';

/** What the editor knows to offer "Choose another default" in place of a refused unset of the default. */
export interface ChooseDefaultContext {
  brandId: string;
  templateName: string;
  /** The customization whose save was refused. */
  current: EmailCustomization;
  /** The template's other customizations, the candidates. */
  others: EmailCustomization[];
  /** Saves the refused change again, once the default has moved. */
  retry: () => Promise<unknown>;
}

/**
 * A refused save in the console's words (docs/console.md, "Words for errors"): a general message with its fix,
 * plus the field-level causes (`subject`, `body`, `language`) to show next to their fields, and for E0000185 with
 * `chooseDefault`, the way past it (`action`, shown below the message).
 */
export function saveProblem(
  error: unknown,
  language: string,
  {
    openExistingHref,
    chooseDefault,
  }: {
    openExistingHref?: (language: string) => string | undefined;
    chooseDefault?: ChooseDefaultContext;
  } = {},
): { general: ReactNode; fields: Record<string, string>; action?: ReactNode } {
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
    case 'E0000185': {
      const name = languageName(language);
      if (chooseDefault && chooseDefault.others.length === 0)
        return {
          fields,
          general: `Every customized template needs a default, and ${name} is its only customization: save it as the default.`,
        };
      if (chooseDefault)
        return {
          fields,
          general: `Every customized template needs a default, and ${name} is the default now. Choose another one, then your changes are saved.`,
          action: (
            <ChooseAnotherDefault
              brandId={chooseDefault.brandId}
              templateName={chooseDefault.templateName}
              current={chooseDefault.current}
              others={chooseDefault.others}
              afterwards="save"
              onDone={chooseDefault.retry}
            />
          ),
        };
      return {
        fields,
        general:
          'Every customized template needs a default. Choose another default instead of unsetting this one: "Make default" on another language\'s row of the template\'s page moves it.',
      };
    }
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
