import type { ComponentProps } from 'react';
import { paths } from '../../../app/paths';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { SendTestSplitButton } from './send-test-split-button';

/**
 * The editor's page header: title and breadcrumbs, the Default/New badges, and the actions (send test, compare,
 * save). Presentational: the editor owns the state and passes what to show and what to call.
 */
export function EditorHeader({
  brandId,
  templateName,
  title,
  mode,
  language,
  languageLabel,
  existingLanguages,
  hasUnsavedWork,
  isSavedDefault,
  sendTest,
  save,
}: {
  brandId: string;
  templateName: string;
  /** The template's display name. */
  title: string;
  mode: 'create' | 'edit';
  language: string;
  languageLabel: string;
  /** The languages of the template's saved customizations. */
  existingLanguages: string[];
  hasUnsavedWork: boolean;
  isSavedDefault: boolean;
  sendTest: Omit<ComponentProps<typeof SendTestSplitButton>, 'language' | 'otherLanguages'>;
  save: { pending: boolean; blockedReason?: string; disabled: boolean; onSave: () => void };
}) {
  return (
    <PageHeader
      title={mode === 'create' ? `Customize ${title}` : `${title}: ${languageLabel}`}
      // A dot in the tab marks unsaved work, as editors do.
      documentTitle={`${hasUnsavedWork ? '• ' : ''}${title}: ${languageLabel}`}
      badges={
        <>
          {isSavedDefault && <Badge tone="accent">Default</Badge>}
          {mode === 'create' && <Badge>New</Badge>}
        </>
      }
      breadcrumbs={[
        { label: 'Templates', href: paths.templates.getHref(brandId) },
        { label: title, href: paths.template.getHref(brandId, templateName) },
        { label: mode === 'create' ? `New: ${languageLabel}` : languageLabel },
      ]}
      actions={
        <>
          <SendTestSplitButton
            language={language}
            otherLanguages={existingLanguages.filter((l) => l !== language)}
            {...sendTest}
          />
          <ButtonLink
            to={paths.compare.getHref(
              brandId,
              templateName,
              [...new Set([language, ...existingLanguages])].slice(0, 3),
            )}
          >
            Compare
          </ButtonLink>
          <span title={save.blockedReason}>
            <Button
              variant="primary"
              pending={save.pending}
              disabled={!!save.blockedReason || save.disabled}
              onClick={save.onSave}
              aria-keyshortcuts="Control+S"
            >
              {mode === 'create' ? 'Create customization' : 'Save'}
              <kbd className="ml-1 hidden rounded bg-white/15 px-1 text-[11px] font-normal sm:inline">
                Ctrl S
              </kbd>
            </Button>
          </span>
        </>
      }
    />
  );
}
