import { useId, useState } from 'react';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { languageName, SUPPORTED_LANGUAGES } from '../../../../shared/templates/languages';
import { paths } from '../../../app/paths';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { describeError, InlineError } from '../../../components/ui/error-state';
import { useToast } from '../../../components/ui/toast';
import { useCreateFromStock } from '../api/create-from-stock';

/**
 * On a customized template: how many languages now get the default customization instead of Okta's
 * translation, and a way to give chosen ones their stock translation back as customizations in one step.
 */
export function FallbackNotice({
  brandId,
  templateName,
  templateLabel,
  customizations,
}: {
  brandId: string;
  templateName: string;
  templateLabel: string;
  customizations: EmailCustomization[];
}) {
  const [open, setOpen] = useState(false);
  const fallback = customizations.find((c) => c.isDefault);
  const customized = new Set(customizations.map((c) => c.language));
  const languages = SUPPORTED_LANGUAGES.filter((l) => !customized.has(l.tag));
  if (customizations.length === 0 || !fallback || languages.length === 0) return null;

  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="min-w-0 flex-1">
        <span aria-hidden="true" className="mr-1.5 text-amber-600">
          ◐
        </span>
        <strong className="font-semibold">
          {languages.length} language{languages.length === 1 ? '' : 's'}
        </strong>{' '}
        fall{languages.length === 1 ? 's' : ''} back to the default customization (
        {languageName(fallback.language)}): their users get it, not Okta&apos;s translation.
      </p>
      <div className="flex flex-wrap gap-2">
        <ButtonLink
          size="sm"
          variant="ghost"
          to={paths.compare.getHref(brandId, templateName, [
            fallback.language,
            ...languages.slice(0, 2).map((l) => l.tag),
          ])}
        >
          Compare
        </ButtonLink>
        <Button size="sm" onClick={() => setOpen(true)}>
          Create from stock content…
        </Button>
      </div>
      {open && (
        <CreateFromStockDialog
          brandId={brandId}
          templateName={templateName}
          templateLabel={templateLabel}
          languages={languages
            .map((l) => l.tag)
            .sort((a, b) => languageName(a).localeCompare(languageName(b)))}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}

function CreateFromStockDialog({
  brandId,
  templateName,
  templateLabel,
  languages,
  onClose,
}: {
  brandId: string;
  templateName: string;
  templateLabel: string;
  languages: string[];
  onClose: () => void;
}) {
  const { mutation, progress } = useCreateFromStock(brandId, templateName);
  const toast = useToast();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const running = mutation.isPending;
  const failed = mutation.data?.failed ?? [];
  const toggle = (tag: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(tag);
      else next.delete(tag);
      return next;
    });
  const ordered = languages.filter((tag) => chosen.has(tag));
  const locked = running || mutation.isSuccess;
  const legendId = useId();

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      dismissible={!running}
      title="Create customizations from stock content"
      description={`Each language you pick gets its own customization of ${templateLabel}, starting from Okta's stock content in that language, so its users get their translation again. Edit them any time.`}
      footer={
        mutation.isSuccess && failed.length > 0 ? (
          <Button onClick={onClose} data-autofocus>
            Close
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={running}>
              Cancel
            </Button>
            <Button
              variant="primary"
              pending={running}
              disabled={ordered.length === 0}
              onClick={() =>
                mutation.mutate(ordered, {
                  onSuccess: (result) => {
                    if (result.created.length > 0)
                      toast({
                        title: `Created ${result.created.length} customization${result.created.length === 1 ? '' : 's'} from stock content`,
                        description: result.created.map((c) => languageName(c.language)).join(', '),
                      });
                    if (result.failed.length === 0) onClose();
                  },
                })
              }
            >
              {ordered.length === 0
                ? 'Create customizations'
                : `Create ${ordered.length} customization${ordered.length === 1 ? '' : 's'}`}
            </Button>
          </>
        )
      }
    >
      <div className="space-y-4 text-sm">
        <div className="flex items-center justify-between gap-2">
          <p id={legendId} className="font-medium text-slate-800">
            Languages that now get the default customization
          </p>
          <span className="flex gap-1">
            <Button size="sm" variant="ghost" disabled={locked} onClick={() => setChosen(new Set(languages))}>
              Select all
            </Button>
            <Button size="sm" variant="ghost" disabled={locked} onClick={() => setChosen(new Set())}>
              Clear
            </Button>
          </span>
        </div>
        <fieldset aria-labelledby={legendId} disabled={locked}>
          <ul className="grid grid-cols-1 gap-x-4 gap-y-1.5 sm:grid-cols-2 md:grid-cols-3">
            {languages.map((tag) => (
              <li key={tag}>
                <label className="flex items-start gap-2 rounded px-1 py-0.5 text-slate-700 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    checked={chosen.has(tag)}
                    onChange={(e) => toggle(tag, e.target.checked)}
                    className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-indigo-600"
                  />
                  <span>
                    {languageName(tag)} <span className="text-xs text-slate-500">({tag})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {progress && (running || mutation.isSuccess) && (
          <div className="space-y-1.5" aria-live="polite">
            <div
              role="progressbar"
              aria-label="Creating customizations"
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.done}
              className="h-1.5 overflow-hidden rounded-full bg-slate-200"
            >
              <div
                className="h-full bg-indigo-500 transition-[width]"
                style={{ width: `${(progress.done / Math.max(progress.total, 1)) * 100}%` }}
              />
            </div>
            <p className="text-slate-600">
              {progress.current
                ? `Creating ${languageName(progress.current)} (${progress.done + 1} of ${progress.total})…`
                : `Done: ${progress.total - failed.length} of ${progress.total} created.`}
            </p>
          </div>
        )}
        {failed.length > 0 && (
          <InlineError>
            <p className="font-medium">
              {failed.length} language{failed.length === 1 ? " wasn't" : "s weren't"} created:
            </p>
            <ul className="mt-1 list-inside list-disc">
              {failed.map((f) => (
                <li key={f.language}>
                  {languageName(f.language)}: {describeError(f.error).detail}
                </li>
              ))}
            </ul>
          </InlineError>
        )}
        {mutation.isError && <InlineError>{describeError(mutation.error).detail}</InlineError>}
      </div>
    </Dialog>
  );
}
