// Okta's rules for customization content, applied to a request: the order of its checks and how a template that
// doesn't render becomes a validation error.
import { checkLanguage, validateCustomizationContent } from '../../../shared/email/validate-customization';
import { findSupportedLanguage } from '../../../shared/templates/languages';
import { renderTemplate, TemplateError } from '../../../shared/velocity/render';
import { OktaApiError, validationError } from '../../lib/okta-error';

/** Renders subject and body; a template that fails to render is the caller's 400, naming the body. */
export const render = (content: { subject: string; body: string }, context: Record<string, unknown>) => {
  try {
    return {
      subject: renderTemplate(content.subject, context),
      body: renderTemplate(content.body, context),
    };
  } catch (error) {
    if (error instanceof TemplateError) throw validationError({ body: error.message });
    throw error;
  }
};

/** Checks a create/replace body in Okta's order: language first (E0000236 for a malformed tag), then content. */
export const checkInput = (
  templateName: string,
  input: { language: string; subject: string; body: string },
) => {
  const problem = checkLanguage(input.language);
  if (problem?.kind === 'malformed')
    throw new OktaApiError('E0000236', { causes: [`language: ${problem.message}`] });
  const problems: Record<string, string> = problem ? { language: problem.message } : {};
  Object.assign(problems, validateCustomizationContent(templateName, input));
  if (Object.keys(problems).length > 0) throw validationError(problems);
  return { ...input, language: findSupportedLanguage(input.language)! };
};
