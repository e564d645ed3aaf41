import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { findTemplate, RECIPIENTS_VALUES, type RecipientsValue } from '../../../../shared/templates/catalog';
import { isOktaApiError } from '../../../lib/api-client';
import { Button } from '../../../components/ui/button';
import { describeError, ErrorState, InlineError, undoneToast } from '../../../components/ui/error-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { useToast } from '../../../components/ui/toast';
import { templateQueries } from '../api/template-queries';
import { useUpdateTemplateSettings } from '../api/update-template-settings';
import { RECIPIENTS_LABELS } from './recipients';

/** Who receives this email: only the values this template allows are offered. */
export function TemplateSettings({ brandId, templateName }: { brandId: string; templateName: string }) {
  const settings = useQuery(templateQueries.settings(brandId, templateName));
  if (settings.isPending) return <Skeleton className="h-48 max-w-xl" />;
  if (settings.isError)
    return (
      <ErrorState error={settings.error} onRetry={() => settings.refetch()} retrying={settings.isFetching} />
    );
  return <SettingsForm brandId={brandId} templateName={templateName} current={settings.data.recipients} />;
}

function SettingsForm({
  brandId,
  templateName,
  current,
}: {
  brandId: string;
  templateName: string;
  current: RecipientsValue;
}) {
  const allowed = findTemplate(templateName)?.allowedRecipients ?? RECIPIENTS_VALUES;
  const [value, setValue] = useState<RecipientsValue>(current);
  const update = useUpdateTemplateSettings(brandId, templateName);
  const toast = useToast();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const before = current;
    update.mutate(value, {
      onSuccess: () => toast({ title: `Recipients: ${RECIPIENTS_LABELS[value].label}` }),
      onError: (error) =>
        toast(
          undoneToast({
            attempted: `set the recipients to ${RECIPIENTS_LABELS[value].label}`,
            undone: `the recipients are ${RECIPIENTS_LABELS[before].label} again`,
            error,
          }),
        ),
    });
  };
  const error = update.error
    ? isOktaApiError(update.error) && update.error.errorCode === 'E0000189'
      ? `This template can't be sent to that audience. It allows: ${allowed.map((v) => RECIPIENTS_LABELS[v].label).join(', ')}.`
      : describeError(update.error).detail
    : null;
  return (
    <form onSubmit={submit} className="max-w-xl space-y-5">
      <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
        <legend className="px-1 text-sm font-semibold text-slate-900">Who receives this email</legend>
        <div className="mt-2 space-y-3">
          {allowed.map((option) => (
            <label
              key={option}
              className="flex cursor-pointer items-start gap-3 rounded-md p-2 hover:bg-slate-50 has-[:checked]:bg-indigo-50/60"
            >
              <input
                type="radio"
                name="recipients"
                value={option}
                checked={value === option}
                onChange={() => setValue(option)}
                className="mt-0.5 size-4 accent-indigo-600"
              />
              <span className="text-sm">
                <span className="block font-medium text-slate-900">{RECIPIENTS_LABELS[option].label}</span>
                <span className="block text-slate-600">{RECIPIENTS_LABELS[option].description}</span>
              </span>
            </label>
          ))}
        </div>
        {allowed.length < RECIPIENTS_VALUES.length && (
          <p className="mt-3 text-xs text-slate-500">
            Okta offers only {allowed.length === 1 ? 'this value' : 'these values'} for this template.
          </p>
        )}
      </fieldset>
      {error && <InlineError>{error}</InlineError>}
      <Button type="submit" variant="primary" pending={update.isPending} disabled={value === current}>
        Save recipients
      </Button>
    </form>
  );
}
