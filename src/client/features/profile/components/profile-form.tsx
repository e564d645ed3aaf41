import { useState, type FormEvent } from 'react';
import type { User } from '../../../../shared/okta/user';
import { SUPPORTED_LANGUAGES } from '../../../../shared/templates/languages';
import { isOktaApiError } from '../../../lib/api-client';
import { Button } from '../../../components/ui/button';
import { describeError, InlineError } from '../../../components/ui/error-state';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { useToast } from '../../../components/ui/toast';
import { useUpdateProfile } from '../api/update-profile';

/** Name, email and language of the signed-in admin. The language picks which default content test emails use. */
export function ProfileForm({ user }: { user: User }) {
  const update = useUpdateProfile();
  const toast = useToast();
  const [values, setValues] = useState({
    firstName: user.profile.firstName ?? '',
    lastName: user.profile.lastName ?? '',
    email: user.profile.email,
    locale: user.profile.locale ?? 'en',
  });
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));
  const fields = isOktaApiError(update.error)
    ? update.error.fieldErrors()
    : { fields: {} as Record<string, string>, general: [] };
  const general = update.error
    ? isOktaApiError(update.error) && update.error.errorCode === 'E0000001'
      ? fields.general.join(' ') || null
      : describeError(update.error).detail
    : null;
  const known = SUPPORTED_LANGUAGES.some((l) => l.tag === values.locale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        email: values.email.trim(),
        locale: values.locale,
      },
      { onSuccess: () => toast({ title: 'Profile saved' }) },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-6">
      {general && <InlineError>{general}</InlineError>}
      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="First name"
            autoComplete="given-name"
            value={values.firstName}
            onChange={set('firstName')}
            error={fields.fields['profile.firstName'] ?? fields.fields.firstName}
          />
          <TextField
            label="Last name"
            autoComplete="family-name"
            value={values.lastName}
            onChange={set('lastName')}
            error={fields.fields['profile.lastName'] ?? fields.fields.lastName}
          />
        </div>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={set('email')}
          error={fields.fields['profile.email'] ?? fields.fields.email}
          hint="Test emails of templates go to this address."
        />
        <SelectField
          label="Language"
          value={values.locale}
          onChange={set('locale')}
          error={fields.fields['profile.locale'] ?? fields.fields.locale}
          hint="Used when a test email or preview doesn't name a language."
        >
          {!known && <option value={values.locale}>{values.locale}</option>}
          {SUPPORTED_LANGUAGES.map((language) => (
            <option key={language.tag} value={language.tag}>
              {language.name} ({language.tag})
            </option>
          ))}
        </SelectField>
      </section>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" pending={update.isPending}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
