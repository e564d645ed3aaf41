import { sameLanguage, type ContentSource } from '../../../../shared/email/content-source';
import { languageName } from '../../../../shared/templates/languages';
import { Badge } from '../../../components/ui/badge';

/** The badge's words, following the API's chain: this language's customization, the default one, or stock. */
export function sourceLabel(source: ContentSource): string {
  if (source.kind === 'customization') return 'Customized';
  if (source.kind === 'default-customization')
    return `Default customization (${source.customization.language})`;
  return 'Stock';
}

/** One sentence on why a user of `language` gets this content. */
export function sourceExplanation(source: ContentSource, language: string): string {
  const name = languageName(language);
  if (source.kind === 'customization' && !sameLanguage(source.customization.language, language))
    return `No ${name} customization: ${name} users get the ${languageName(source.customization.language)} one.`;
  if (source.kind === 'customization')
    return source.customization.isDefault
      ? `${name} users get this customization. It is also the default for every language without one.`
      : `${name} users get this customization.`;
  if (source.kind === 'default-customization')
    return `No ${name} customization: ${name} users get the default (${languageName(source.customization.language)}) one.`;
  return `Not customized: ${name} users get Okta's stock ${name} content.`;
}

export function SourceBadge({ source }: { source: ContentSource }) {
  const tone =
    source.kind === 'customization'
      ? 'accent'
      : source.kind === 'default-customization'
        ? 'warning'
        : 'neutral';
  return (
    <Badge tone={tone}>
      <span className="sr-only">Source: </span>
      {sourceLabel(source)}
    </Badge>
  );
}
