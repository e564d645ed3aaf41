import type { ReactNode } from 'react';
import { cn } from './cn';

export interface Segment<T extends string | number> {
  id: T;
  label: ReactNode;
  /** Smaller text after the label (e.g. "375 px"). */
  hint?: ReactNode;
}

/** A row of toggle buttons of which exactly one is pressed (filters, preview widths). */
export function SegmentedControl<T extends string | number>({
  label,
  segments,
  value,
  onChange,
}: {
  /** Accessible name of the group. */
  label: string;
  segments: readonly Segment<T>[];
  value: T;
  onChange: (id: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-md bg-slate-100 p-0.5">
      {segments.map((s) => (
        <button
          key={s.id}
          type="button"
          aria-pressed={value === s.id}
          onClick={() => onChange(s.id)}
          className={cn(
            'rounded px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600',
            value === s.id ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900',
          )}
        >
          {s.label}
          {s.hint && <span className="ml-1.5 text-xs font-normal text-slate-600">{s.hint}</span>}
        </button>
      ))}
    </div>
  );
}
