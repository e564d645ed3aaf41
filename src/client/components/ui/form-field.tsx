import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { cn } from './cn';

export const controlClasses =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 ' +
  'placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none ' +
  'disabled:bg-slate-50 disabled:text-slate-500 aria-[invalid=true]:ring-red-500';

type Common = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  containerClassName?: string;
};

/** What the control inside a field carries: its id, and the hint or error that describes it. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled field: the label (and "Optional"), the control, then its error or else its hint, which describe the
 * control for assistive technology. `control` gets the props that tie it to them.
 */
function Field({
  id: idProp,
  label,
  hint,
  error,
  optional,
  containerClassName,
  control,
}: Common & { id?: string; control: (props: ControlProps) => ReactNode }) {
  const generated = useId();
  const id = idProp ?? generated;
  return (
    <div className={containerClassName}>
      <label
        htmlFor={id}
        className="mb-1.5 flex items-baseline justify-between gap-2 text-sm font-medium text-slate-800"
      >
        <span>{label}</span>
        {optional && <span className="text-xs font-normal text-slate-500">Optional</span>}
      </label>
      {control({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
      })}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1.5 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  optional,
  containerClassName,
  className,
  id,
  ...props
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field
      {...{ id, label, hint, error, optional, containerClassName }}
      control={(control) => <input className={cn(controlClasses, className)} {...control} {...props} />}
    />
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  optional,
  containerClassName,
  className,
  id,
  ...props
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field
      {...{ id, label, hint, error, optional, containerClassName }}
      control={(control) => (
        <textarea
          className={cn(controlClasses, 'font-mono text-[13px] leading-relaxed', className)}
          {...control}
          {...props}
        />
      )}
    />
  );
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  containerClassName,
  className,
  id,
  children,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field
      {...{ id, label, hint, error, optional, containerClassName }}
      control={(control) => (
        <select className={cn(controlClasses, 'pr-8', className)} {...control} {...props}>
          {children}
        </select>
      )}
    />
  );
}

export function CheckboxField({
  label,
  hint,
  id: idProp,
  ...props
}: { label: ReactNode; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const id = idProp ?? generated;
  return (
    <div className="flex items-start gap-2.5">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...props}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
