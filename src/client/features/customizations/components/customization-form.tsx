import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { EmailCustomization, EmailCustomizationInput } from '../../../../shared/okta/email-template';
import { SUPPORTED_LANGUAGES, languageName } from '../../../../shared/templates/languages';
import { isOktaApiError } from '../../../lib/api-client';
import { Button } from '../../../components/ui/button';
import { describeError, InlineError } from '../../../components/ui/error-state';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/ui/form-field';

// Okta's limits (shared/okta/email-template.ts has them too, but importing values from there pulls TypeBox into the bundle).
const MAX_SUBJECT_LENGTH = 128;
const MAX_BODY_BYTES = 64 * 1024;

export interface CustomizationFormValues {
  language: string;
  subject: string;
  body: string;
  isDefault: boolean;
}

/** A plain subject/body form, standing in for the Monaco editor of the next issue. ⌘/Ctrl+S saves. */
export function CustomizationForm({
  mode,
  initial,
  existing,
  unusedLanguages,
  pending,
  error,
  onSubmit,
  onCancel,
  onLanguageChange,
  openExistingHref,
  aside,
}: {
  mode: 'create' | 'edit';
  initial: CustomizationFormValues;
  /** Customizations already there (to explain the default choice). */
  existing: EmailCustomization[];
  unusedLanguages: string[];
  pending: boolean;
  error: unknown;
  onSubmit: (input: EmailCustomizationInput, makeDefaultAfter: boolean) => void;
  onCancel: () => void;
  onLanguageChange?: (language: string) => void;
  openExistingHref?: (language: string) => string | undefined;
  aside?: ReactNode;
}) {
  const [values, setValues] = useState(initial);
  const form = useRef<HTMLFormElement>(null);
  const currentDefault = existing.find((c) => c.isDefault);
  const isFirst = mode === 'create' && existing.length === 0;

  useEffect(() => setValues(initial), [initial]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        form.current?.requestSubmit();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const fields = isOktaApiError(error)
    ? error.fieldErrors()
    : { fields: {} as Record<string, string>, general: [] };
  let general: ReactNode = null;
  if (error) {
    const code = isOktaApiError(error) ? error.errorCode : '';
    if (code === 'E0000183') {
      const href = openExistingHref?.(values.language);
      general = (
        <>
          There's already a {languageName(values.language)} customization of this template.{' '}
          {href && (
            <Link to={href} className="font-medium underline">
              Open it
            </Link>
          )}
        </>
      );
    } else if (code === 'E0000182')
      general = "This template already has a default customization. A new one can't also be the default.";
    else if (code === 'E0000185')
      general =
        'Every customized template needs a default. Choose another default instead of unsetting this one.';
    else if (code === 'E0000236')
      fields.fields.language = fields.fields.language ?? describeError(error).detail;
    else if (code === 'E0000001') general = fields.general.join(' ') || null;
    else general = describeError(error).detail;
  }

  const bodyBytes = new TextEncoder().encode(values.body).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wantsDefault = values.isDefault && !isFirst;
    onSubmit(
      {
        language: values.language,
        subject: values.subject,
        body: values.body,
        // Creating as default while one exists is E0000182: create plainly, then move the default.
        ...(mode === 'edit' ? { isDefault: values.isDefault } : isFirst ? {} : { isDefault: false }),
      },
      mode === 'create' && wantsDefault,
    );
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0 space-y-5">
        {general && <InlineError>{general}</InlineError>}
        <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
          {mode === 'create' ? (
            <SelectField
              label="Language"
              value={values.language}
              onChange={(e) => {
                setValues((v) => ({ ...v, language: e.target.value }));
                onLanguageChange?.(e.target.value);
              }}
              error={fields.fields.language}
            >
              {SUPPORTED_LANGUAGES.filter(
                (l) => unusedLanguages.includes(l.tag) || l.tag === values.language,
              ).map((l) => (
                <option key={l.tag} value={l.tag}>
                  {l.name} ({l.tag})
                </option>
              ))}
            </SelectField>
          ) : null}
          <TextField
            label="Subject"
            value={values.subject}
            onChange={(e) => setValues((v) => ({ ...v, subject: e.target.value }))}
            error={fields.fields.subject}
            hint={`${values.subject.length} / ${MAX_SUBJECT_LENGTH} characters. Velocity variables such as \${org.name} work here.`}
            className="font-mono text-[13px]"
            required
          />
          <TextAreaField
            label="Body (HTML with Velocity)"
            value={values.body}
            onChange={(e) => setValues((v) => ({ ...v, body: e.target.value }))}
            error={fields.fields.body}
            hint={`${(bodyBytes / 1024).toFixed(1)} / ${MAX_BODY_BYTES / 1024} KB`}
            rows={22}
            wrap="off"
            spellCheck={false}
            required
          />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" pending={pending}>
            {mode === 'create' ? 'Create customization' : 'Save'}
          </Button>
          <Button variant="ghost" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <span className="text-xs text-slate-500">
            <kbd className="rounded border border-slate-300 bg-white px-1">Ctrl</kbd>+
            <kbd className="rounded border border-slate-300 bg-white px-1">S</kbd> saves
          </span>
        </div>
      </div>
      <aside className="space-y-4" aria-label="Customization options">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
          {isFirst ? (
            <p className="text-sm text-slate-600">
              The first customization becomes the <strong>default</strong>: users whose language has no
              customization get it.
            </p>
          ) : (
            <CheckboxField
              label="Default customization"
              hint={
                mode === 'edit' && initial.isDefault
                  ? 'To change the default, make another language the default.'
                  : currentDefault
                    ? `Now ${languageName(currentDefault.language)}. ${mode === 'create' ? 'It moves here after saving.' : 'It moves here when you save.'}`
                    : undefined
              }
              checked={values.isDefault}
              disabled={mode === 'edit' && initial.isDefault}
              onChange={(e) => setValues((v) => ({ ...v, isDefault: e.target.checked }))}
            />
          )}
        </div>
        {aside}
      </aside>
    </form>
  );
}
