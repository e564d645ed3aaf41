import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { InlineError, describeError } from '../../../components/ui/error-state';
import { CheckboxField } from '../../../components/ui/form-field';
import { DownloadIcon } from '../../../components/ui/icons';
import { bundleFileName, useExportBundle } from '../api/export-bundle';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Download the brand's bundle, optionally with its SMTP servers (never their secrets). */
export function ExportPanel({ brandId, brandName }: { brandId: string; brandName: string }) {
  const [includeEmailServers, setIncludeEmailServers] = useState(false);
  const exporting = useExportBundle(brandId, brandName);
  const done = exporting.data;
  return (
    <section
      aria-labelledby="export-title"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
    >
      <h2 id="export-title" className="text-base font-semibold text-slate-900">
        Export
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Download this brand&apos;s customizations and template settings as a bundle: a JSON file to keep in
        git and import into another org or brand.
      </p>
      <div className="mt-4">
        <CheckboxField
          label="Include SMTP servers"
          hint="Host, port, username and sign-in method. Never passwords or other secrets."
          checked={includeEmailServers}
          onChange={(e) => setIncludeEmailServers(e.target.checked)}
        />
      </div>
      <div className="mt-5">
        <Button
          variant="primary"
          icon={<DownloadIcon className="size-4" />}
          pending={exporting.isPending}
          onClick={() => exporting.mutate({ includeEmailServers })}
        >
          Download bundle
        </Button>
        <p className="mt-2 min-h-5 text-xs text-slate-500" aria-live="polite">
          {done &&
            `Downloaded ${bundleFileName(brandName)}: ${plural(
              done.bundle.templates.reduce((n, t) => n + t.customizations.length, 0),
              'customization',
            )} of ${plural(done.bundle.templates.length, 'template')}${
              done.bundle.emailServers ? `, ${plural(done.bundle.emailServers.length, 'SMTP server')}` : ''
            }.`}
        </p>
        {exporting.isError && (
          <InlineError>Couldn&apos;t export: {describeError(exporting.error).detail}</InlineError>
        )}
      </div>
    </section>
  );
}
