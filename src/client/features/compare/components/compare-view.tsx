import { useState, type ReactNode } from 'react';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { Button } from '../../../components/ui/button';
import { cn } from '../../../components/ui/cn';
import { PlusIcon } from '../../../components/ui/icons';
import { MAX_PANES, MIN_PANES, nextLanguage, type PreviewWidth } from '../compare-params';
import type { PreviewWorld } from '../api/render-pane';
import { ComparePane } from './compare-pane';
import { WidthToggle } from './width-toggle';

const columns: Record<number, string> = {
  2: 'md:grid-cols-2',
  3: 'md:grid-cols-2 xl:grid-cols-3',
  4: 'md:grid-cols-2 xl:grid-cols-4',
};

/**
 * Two to four languages of one template side by side, each rendered in the browser exactly as the API would
 * choose its content. The languages and the width are the caller's (the URL's); this only reports changes.
 */
export function CompareView({
  brandId,
  templateName,
  customizations,
  world,
  languages,
  suggested,
  width,
  onLanguagesChange,
  onWidthChange,
  renderSendTest,
}: {
  brandId: string;
  templateName: string;
  customizations: EmailCustomization[];
  world: PreviewWorld;
  languages: string[];
  /** Offered first when a pane is added. */
  suggested: string[];
  width: PreviewWidth;
  onLanguagesChange: (languages: string[]) => void;
  onWidthChange: (width: PreviewWidth) => void;
  renderSendTest: (language: string) => ReactNode;
}) {
  // One "now" per visit, so sample expiry dates don't change between panes or re-renders.
  const [now] = useState(() => Date.now());
  const next = nextLanguage(languages, suggested);
  const canAdd = languages.length < MAX_PANES && next !== undefined;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <WidthToggle value={width} onChange={onWidthChange} />
        <Button
          icon={<PlusIcon className="size-4" />}
          disabled={!canAdd}
          title={canAdd ? undefined : `Up to ${MAX_PANES} languages side by side`}
          onClick={() => next && onLanguagesChange([...languages, next])}
        >
          Add language
        </Button>
      </div>
      <div className={cn('grid grid-cols-1 gap-x-4 gap-y-0', columns[languages.length])}>
        {languages.map((language, index) => (
          <ComparePane
            key={`${index}-${language}`}
            brandId={brandId}
            templateName={templateName}
            index={index}
            language={language}
            otherLanguages={languages.filter((_, i) => i !== index)}
            customizations={customizations}
            world={world}
            now={now}
            width={width}
            canRemove={languages.length > MIN_PANES}
            onLanguageChange={(lang) => onLanguagesChange(languages.map((l, i) => (i === index ? lang : l)))}
            onRemove={() => onLanguagesChange(languages.filter((_, i) => i !== index))}
            sendTest={renderSendTest(language)}
          />
        ))}
      </div>
    </div>
  );
}
