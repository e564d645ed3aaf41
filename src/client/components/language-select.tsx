import { useId, useState } from 'react';
import { checkLanguageTag } from '../../shared/language-tag';
import { findSupportedLanguage, languageName, SUPPORTED_LANGUAGES } from '../../shared/templates/languages';
import { Button } from './ui/button';
import { cn } from './ui/cn';

const ADD = '\u0000add';

/**
 * The custom locales among `tags` (not one of Okta's 28), once each whatever their case, in tag order: what a
 * language picker shows next to the supported languages when custom languages are on.
 */
export function customLocales(tags: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags)
    if (!findSupportedLanguage(tag) && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * A language `<select>`: Okta's 28 languages, then the custom locales the org uses, and (custom languages on) an
 * "Add a locale…" entry that opens a field checked as you type with the same BCP 47 parser the server uses.
 */
export function LanguageSelect({
  value,
  onChange,
  label,
  customLocales: custom = [],
  allowAdd = false,
  isOffered = () => true,
  isDisabled = () => false,
  className,
  id,
  invalid,
}: {
  value: string;
  onChange: (tag: string) => void;
  /** The accessible name of the select. */
  label: string;
  customLocales?: string[];
  /** Offer "Add a locale…" (only with custom languages on). */
  allowAdd?: boolean;
  /** Languages to list (the value always is). */
  isOffered?: (tag: string) => boolean;
  /** Languages listed but not choosable (already shown elsewhere). */
  isDisabled?: (tag: string) => boolean;
  className?: string;
  id?: string;
  invalid?: boolean;
}) {
  const fallbackId = useId();
  const selectId = id ?? fallbackId;
  const [adding, setAdding] = useState(false);
  // By name, as a person looks for a language.
  const supported = SUPPORTED_LANGUAGES.filter((l) => l.tag === value || isOffered(l.tag)).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const customs = [...new Set([...custom, ...(findSupportedLanguage(value) ? [] : [value])])].filter(
    (tag) => tag === value || isOffered(tag),
  );
  return (
    <span className="inline-flex min-w-0 flex-wrap items-start gap-2">
      <select
        id={selectId}
        aria-label={label}
        aria-invalid={invalid || undefined}
        value={adding ? ADD : value}
        onChange={(e) => {
          if (e.target.value === ADD) setAdding(true);
          else {
            setAdding(false);
            onChange(e.target.value);
          }
        }}
        className={className}
      >
        {supported.map((l) => (
          <option key={l.tag} value={l.tag} disabled={l.tag !== value && isDisabled(l.tag)}>
            {l.name} ({l.tag})
          </option>
        ))}
        {customs.length > 0 && (
          <optgroup label="Custom locales">
            {customs.map((tag) => (
              <option key={tag} value={tag} disabled={tag !== value && isDisabled(tag)}>
                {languageName(tag)} ({tag})
              </option>
            ))}
          </optgroup>
        )}
        {allowAdd && <option value={ADD}>Add a locale…</option>}
      </select>
      {adding && (
        <AddLocaleField
          onAdd={(tag) => {
            setAdding(false);
            onChange(tag);
          }}
          onCancel={() => setAdding(false)}
          isTaken={(tag) => tag !== value && isDisabled(tag)}
        />
      )}
    </span>
  );
}

/** The free entry: a BCP 47 tag, checked on every keystroke; Enter or "Use" takes its canonical spelling. */
export function AddLocaleField({
  onAdd,
  onCancel,
  isTaken = () => false,
}: {
  onAdd: (tag: string) => void;
  onCancel: () => void;
  isTaken?: (tag: string) => boolean;
}) {
  const inputId = useId();
  const messageId = useId();
  const [text, setText] = useState('');
  const check = checkLanguageTag(text);
  const tag = check.ok ? (findSupportedLanguage(check.canonical) ?? check.canonical) : undefined;
  const taken = tag !== undefined && isTaken(tag);
  const message =
    text === ''
      ? 'A BCP 47 tag, such as fr-CA, es-419 or zh-Hant-HK.'
      : !check.ok
        ? check.problem
        : taken
          ? `${languageName(tag!)} (${tag}) is already taken.`
          : `${languageName(tag!)} (${tag})`;
  const invalid = text !== '' && (!check.ok || taken);
  const submit = () => {
    if (tag && !taken) onAdd(tag);
  };
  return (
    <span className="inline-flex flex-col gap-1">
      <span className="inline-flex items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          Locale to add
        </label>
        <input
          id={inputId}
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
            if (e.key === 'Escape') onCancel();
          }}
          placeholder="fr-CA"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={messageId}
          className={cn(
            'w-36 rounded-md border-0 px-2.5 py-1.5 font-mono text-sm ring-1 ring-inset focus:ring-2 focus:outline-none',
            invalid ? 'ring-red-400 focus:ring-red-600' : 'ring-slate-300 focus:ring-indigo-600',
          )}
        />
        <Button type="button" size="sm" disabled={!tag || taken} onClick={submit}>
          Use
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </span>
      <span
        id={messageId}
        role="status"
        className={cn('text-xs', invalid ? 'text-red-700' : tag ? 'text-emerald-700' : 'text-slate-500')}
      >
        {message}
      </span>
    </span>
  );
}
