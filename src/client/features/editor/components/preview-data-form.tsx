import { useId } from 'react';
import type { RenderSubject } from '../../../../shared/email/render-context';
import { Button } from '../../../components/ui/button';
import { controlClasses } from '../../../components/ui/form-field';
import {
  SUBJECT_FIELDS,
  subjectSamples,
  templateVariables,
  type PreviewOverrides,
  type SubjectField,
} from '../preview-data';

const GROUPS = [
  { id: 'user', title: 'Sample user' },
  { id: 'org', title: 'Organization' },
  { id: 'brand', title: 'Brand' },
] as const;

/** The preview's sample values, editable; changed ones are marked and remembered per template. */
export function PreviewDataForm({
  templateName,
  base,
  now,
  overrides,
  onChange,
}: {
  templateName: string;
  base: RenderSubject;
  now: number;
  overrides: PreviewOverrides;
  onChange: (next: PreviewOverrides) => void;
}) {
  const id = useId();
  const samples = subjectSamples(base);
  const variables = templateVariables(templateName, now);
  const changed = Object.keys(overrides.subject).length + Object.keys(overrides.variables).length;

  const setSubject = (key: SubjectField, value: string) => {
    const subject = { ...overrides.subject };
    if (value === samples[key]) delete subject[key];
    else subject[key] = value;
    onChange({ ...overrides, subject });
  };
  const setVariable = (name: string, sample: string, value: string) => {
    const next = { ...overrides.variables };
    if (value === sample) delete next[name];
    else next[name] = value;
    onChange({ ...overrides, variables: next });
  };

  return (
    <div className="space-y-5 p-4">
      <div className="flex items-start justify-between gap-3">
        <p className="text-xs text-slate-600">
          The values the live preview, hovers and completions use. Changes are kept in this browser for this
          template.
        </p>
        <Button size="sm" disabled={changed === 0} onClick={() => onChange({ subject: {}, variables: {} })}>
          Reset to samples
        </Button>
      </div>
      {GROUPS.map((group) => (
        <fieldset key={group.id} className="space-y-2.5">
          <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {group.title}
          </legend>
          {SUBJECT_FIELDS.filter((f) => f.group === group.id).map((field) => {
            const value = overrides.subject[field.key] ?? samples[field.key];
            const fieldId = `${id}-${field.key}`;
            const isColor = field.key === 'primaryColor' || field.key === 'secondaryColor';
            return (
              <div key={field.key} className="grid grid-cols-[9rem_minmax(0,1fr)] items-center gap-2">
                <label htmlFor={fieldId} className="text-sm text-slate-700">
                  {field.label}
                  {overrides.subject[field.key] !== undefined && <ChangedDot />}
                </label>
                <div className="flex items-center gap-2">
                  {isColor && (
                    <input
                      type="color"
                      aria-label={`${field.label} picker`}
                      value={/^#[0-9a-f]{6}$/i.test(value) ? value : '#000000'}
                      onChange={(e) => setSubject(field.key, e.target.value)}
                      className="h-8 w-9 shrink-0 cursor-pointer rounded border border-slate-300 bg-white p-0.5"
                    />
                  )}
                  <input
                    id={fieldId}
                    value={value}
                    onChange={(e) => setSubject(field.key, e.target.value)}
                    spellCheck={false}
                    className={`${controlClasses} py-1.5`}
                  />
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
      <fieldset className="space-y-2.5">
        <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Template variables
        </legend>
        {variables.length === 0 && (
          <p className="text-sm text-slate-500">This template has no variables of its own.</p>
        )}
        {variables.map(({ variable, sample }) => {
          const fieldId = `${id}-var-${variable.name}`;
          const edited = overrides.variables[variable.name];
          return (
            <div key={variable.name}>
              <label htmlFor={fieldId} className="mb-1 block text-sm text-slate-700">
                <code className="font-mono text-[12.5px] text-violet-700">${`{${variable.name}}`}</code>
                {edited !== undefined && <ChangedDot />}
                <span className="ml-2 text-xs text-slate-500">{variable.type}</span>
              </label>
              <input
                id={fieldId}
                value={edited ?? sample}
                onChange={(e) => setVariable(variable.name, sample, e.target.value)}
                spellCheck={false}
                aria-describedby={`${fieldId}-hint`}
                className={`${controlClasses} py-1.5 font-mono text-[12.5px]`}
              />
              <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-500">
                {variable.description}
                {variable.type === 'list' ? ' Separate items with commas.' : ''}
              </p>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

function ChangedDot() {
  return (
    <span className="ml-1.5 inline-block size-1.5 rounded-full bg-indigo-500 align-middle" title="Changed">
      <span className="sr-only"> (changed)</span>
    </span>
  );
}
