import { findTemplate, missingRequiredVariables } from '../templates/catalog';
import { checkLanguageTag } from '../language-tag';
import { findSupportedLanguage, SUPPORTED_LANGUAGES } from '../templates/languages';
import { checkTemplateSyntax } from '../velocity/render';
import { MAX_BODY_BYTES, MAX_SUBJECT_LENGTH } from '../okta/email-template';

export type LanguageProblem = { kind: 'malformed' | 'unsupported'; message: string };

/**
 * Okta accepts its 28 languages; a malformed tag is E0000236, a well-formed unsupported one E0000001. With custom
 * languages on (`CUSTOM_LANGUAGES`), any well-formed BCP 47 tag.
 */
export function checkLanguage(
  language: string,
  options: { customLanguages?: boolean } = {},
): LanguageProblem | undefined {
  const check = checkLanguageTag(language);
  if (!check.ok) {
    return { kind: 'malformed', message: `"${language}" is not a BCP 47 language tag. ${check.problem}` };
  }
  if (!options.customLanguages && !findSupportedLanguage(language)) {
    return {
      kind: 'unsupported',
      message: `"${language}" is not a supported language. Use one of: ${SUPPORTED_LANGUAGES.map((l) => l.tag).join(', ')}.`,
    };
  }
  return undefined;
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * The content rules a customization must meet, as `field → plain-words problem`. The server answers
 * 400 E0000001 with these; the editor shows the same ones as markers, so a save never surprises.
 */
const NUL = '\u0000';
/** No mail client shows a NUL character, and PostgreSQL cannot store one in text. */
const NUL_PROBLEM = 'It contains a NUL character (U+0000), which email cannot carry; remove it.';

export function validateCustomizationContent(
  templateName: string,
  content: { subject: string; body: string },
): Record<string, string> {
  const problems: Record<string, string> = {};
  const subject = content.subject;
  if (subject.trim() === '') problems.subject = 'The subject cannot be empty.';
  else if (subject.includes(NUL)) problems.subject = NUL_PROBLEM;
  else if ([...subject].length > MAX_SUBJECT_LENGTH) {
    problems.subject = `The subject is ${[...subject].length} characters long; the limit is ${MAX_SUBJECT_LENGTH}.`;
  } else {
    const syntax = checkTemplateSyntax(subject);
    if (syntax) problems.subject = syntax.message;
  }

  const body = content.body;
  const size = utf8Length(body);
  if (body.trim() === '') problems.body = 'The body cannot be empty.';
  else if (body.includes(NUL)) problems.body = NUL_PROBLEM;
  else if (size >= MAX_BODY_BYTES) {
    problems.body = `The body is ${(size / 1024).toFixed(1)} KB; it must be smaller than 64 KB.`;
  } else {
    const syntax = checkTemplateSyntax(body);
    if (syntax) problems.body = syntax.message;
    else {
      const missing = missingRequiredVariables(templateName, body);
      if (missing.length > 0) problems.body = describeMissing(missing);
    }
  }
  return problems;
}

export function describeMissing(groups: string[][]): string {
  const parts = groups.map((group) =>
    group.length === 1 ? `\${${group[0]}}` : `one of ${group.map((v) => `\${${v}}`).join(', ')}`,
  );
  return `The body must reference ${parts.join(' and ')}.`;
}

export { findTemplate };
