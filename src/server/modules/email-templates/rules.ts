// Okta's rules for customization content, applied to a request: the order of its checks and how a template that
// doesn't render becomes a validation error.
import { replaceNullContent } from '../../../shared/email/content-source';
import { checkLanguage, validateCustomizationContent } from '../../../shared/email/validate-customization';
import { customizationLanguage } from '../../../shared/templates/languages';
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

/**
 * Checks a create/replace body in Okta's order: language first (E0000236 for a malformed tag), then content.
 * With custom languages on, any BCP 47 language, and a null or absent subject/body is replaced (`replaceNullContent`:
 * the default customization, stock content in the language, in the brand's locale, in English) before the content
 * rules run; off, both are required as Okta's schema says. The language comes back in its stored spelling.
 */
export const checkInput = async (
  templateName: string,
  input: { language: string; subject?: string | null; body?: string | null },
  options: {
    customLanguages: boolean;
    defaultCustomization: () => Promise<{ subject: string; body: string } | undefined>;
    brandLocale: string | undefined;
  },
) => {
  const problem = checkLanguage(input.language, options);
  if (problem?.kind === 'malformed')
    throw new OktaApiError('E0000236', { causes: [`language: ${problem.message}`] });
  const problems: Record<string, string> = problem ? { language: problem.message } : {};
  let content: { subject: string; body: string };
  if (options.customLanguages) {
    content = replaceNullContent(templateName, input, {
      defaultCustomization: await options.defaultCustomization(),
      brandLocale: options.brandLocale,
    });
  } else {
    // The words Ajv's checks use (plugins/okta-errors.ts), so the answer is the one from before these became optional.
    for (const field of ['subject', 'body'] as const) {
      if (input[field] === undefined) problems[field] = 'The field is required.';
      else if (input[field] === null) problems[field] = 'Must be a string.';
    }
    content = { subject: input.subject ?? '', body: input.body ?? '' };
  }
  const contentProblems = validateCustomizationContent(templateName, content);
  for (const field of ['subject', 'body'] as const)
    if (!problems[field] && contentProblems[field]) problems[field] = contentProblems[field];
  if (Object.keys(problems).length > 0) throw validationError(problems);
  return { ...content, language: customizationLanguage(input.language)! };
};
