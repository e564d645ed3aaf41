import type { ReactNode } from 'react';
import { languageName } from '../../../../shared/templates/languages';
import { LanguageSelect } from '../../../components/language-select';
import { Button } from '../../../components/ui/button';
import { controlClasses } from '../../../components/ui/form-field';
import { PLACEHOLDER_TIMING } from '../after-paint';

/**
 * The field's text over its editor's place until the editor is ready (same font, padding and wrapping), so
 * nothing blinks while Monaco loads and starts.
 */
export function SourcePlaceholder({ text, singleLine = false }: { text: string; singleLine?: boolean }) {
  return (
    <pre
      aria-hidden="true"
      // The body's placeholder tells when the page's main text is on screen (after-paint.ts).
      {...(singleLine ? {} : { elementtiming: PLACEHOLDER_TIMING })}
      className={
        singleLine
          ? 'absolute inset-0 z-[1] overflow-hidden bg-white py-2 pl-2.5 font-mono text-[13px] leading-[18px] whitespace-pre text-slate-900'
          : 'absolute inset-0 z-[1] overflow-hidden bg-white py-2.5 pr-3.5 pl-[65px] font-mono text-[13px] leading-[18px] break-words whitespace-pre-wrap text-slate-900'
      }
    >
      {text}
    </pre>
  );
}

/**
 * The bar above the subject: the language (a picker while the customization is new), the Default checkbox (or why
 * the first one is the default), the server's word on the language, and the variables drawer's toggle.
 */
export function LanguageBar({
  mode,
  language,
  onLanguageChange,
  unusedLanguages,
  allowAddLanguage,
  languageError,
  isFirst,
  isDefault,
  onIsDefaultChange,
  isSavedDefault,
  currentDefaultLanguage,
  showVariables,
  onToggleVariables,
}: {
  mode: 'create' | 'edit';
  language: string;
  onLanguageChange: (language: string) => void;
  /** The languages a new customization may take. */
  unusedLanguages: string[];
  /** Custom languages are on: other locales may be added. */
  allowAddLanguage: boolean;
  languageError?: string;
  /** The template's first customization, which is the default whatever is asked. */
  isFirst: boolean;
  isDefault: boolean;
  onIsDefaultChange: (isDefault: boolean) => void;
  isSavedDefault: boolean;
  /** The language of the template's default customization, when it is another one. */
  currentDefaultLanguage?: string;
  showVariables: boolean;
  onToggleVariables: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-slate-200 px-3 py-2 text-sm">
      {mode === 'create' ? (
        <label className="flex items-center gap-2 text-slate-700">
          Language
          <LanguageSelect
            label="Language"
            value={language}
            onChange={onLanguageChange}
            isOffered={(tag) => unusedLanguages.includes(tag)}
            invalid={Boolean(languageError)}
            allowAdd={allowAddLanguage}
            className={`${controlClasses} w-auto py-1`}
          />
        </label>
      ) : (
        <span className="text-slate-600">
          Language: <span className="font-medium text-slate-900">{languageName(language)}</span> ({language})
        </span>
      )}
      {isFirst ? (
        <span className="text-xs text-slate-600">
          The first customization becomes the <strong>default</strong>: users whose language has none get it.
        </span>
      ) : (
        <label
          className="flex items-center gap-2 text-slate-700"
          title={
            isSavedDefault
              ? 'To change the default, make another language the default.'
              : currentDefaultLanguage
                ? `Now ${languageName(currentDefaultLanguage)}. The default moves here when you save.`
                : undefined
          }
        >
          <input
            type="checkbox"
            checked={isDefault}
            disabled={isSavedDefault}
            onChange={(e) => onIsDefaultChange(e.target.checked)}
            className="size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600"
          />
          Default customization
        </label>
      )}
      {languageError && <span className="text-xs font-medium text-red-700">{languageError}</span>}
      <Button
        size="sm"
        variant="ghost"
        className="ml-auto"
        aria-expanded={showVariables}
        aria-controls="variables-drawer"
        onClick={onToggleVariables}
      >
        {showVariables ? 'Hide variables' : 'Variables'}
      </Button>
    </div>
  );
}

/** The subject's label (with the server's word on it) over its one-line editor, `children`. */
export function SubjectField({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <div className="border-b border-slate-200">
      <div className="flex items-center gap-3 px-3 pt-2 text-xs font-medium text-slate-600">
        Subject
        {error && <span className="font-medium text-red-700">{error}</span>}
      </div>
      <div data-testid="subject-editor" className="relative h-9">
        {children}
      </div>
    </div>
  );
}
