import { useId } from 'react';
import type { BundleProblem } from '../../../../shared/transfer/bundle';
import { buttonClasses } from '../../../components/ui/button';
import { cn } from '../../../components/ui/cn';
import { TextAreaField } from '../../../components/ui/form-field';
import { AlertIcon, UploadIcon } from '../../../components/ui/icons';

export interface BundleSource {
  /** The file's name, or undefined for pasted text. */
  fileName?: string;
  text: string;
}

/** Where an import's bundle comes from: a file, or JSON pasted in. */
export function ImportSource({
  source,
  onChange,
  problems,
  disabled,
}: {
  source: BundleSource;
  onChange: (source: BundleSource) => void;
  problems: BundleProblem[];
  disabled?: boolean;
}) {
  const fileId = useId();
  return (
    <section
      aria-labelledby="import-title"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
    >
      <h2 id="import-title" className="text-base font-semibold text-slate-900">
        Import
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Upload a bundle or paste one. Nothing changes until you have reviewed the plan and applied it.
      </p>
      <div className="mt-4 flex min-w-0 items-center gap-3">
        <label
          htmlFor={fileId}
          className={cn(
            buttonClasses('secondary'),
            'cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600',
            disabled && 'pointer-events-none opacity-60',
          )}
        >
          <UploadIcon className="size-4" />
          Upload a bundle file
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            disabled={disabled}
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onChange({ fileName: file.name, text: await file.text() });
            }}
          />
        </label>
        <span className="min-w-0 truncate text-sm text-slate-600">
          {source.fileName ?? (source.text ? 'Pasted JSON' : 'No file chosen')}
        </span>
      </div>
      <TextAreaField
        containerClassName="mt-4"
        label="…or paste the bundle's JSON"
        rows={5}
        spellCheck={false}
        placeholder='{ "format": "mailroom-bundle", "version": 1, "templates": [ … ] }'
        value={source.text}
        disabled={disabled}
        onChange={(e) => onChange({ text: e.target.value })}
        className="max-h-72"
      />
      {problems.length > 0 && (
        <div role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
          <p className="flex items-center gap-2 font-semibold text-red-900">
            <AlertIcon className="size-4 shrink-0 text-red-600" />
            {source.fileName ?? 'This bundle'} can&apos;t be imported:{' '}
            {problems.length === 1 ? '1 problem' : `${problems.length} problems`}
          </p>
          <ul className="mt-2 space-y-1.5" aria-label="Problems in the bundle">
            {problems.map((problem, i) => (
              <li key={i} className="text-red-800">
                <code className="rounded bg-red-100 px-1 py-0.5 font-mono text-[12px] text-red-900">
                  {problem.entry}
                </code>{' '}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
