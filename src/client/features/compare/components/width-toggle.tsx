import { cn } from '../../../components/ui/cn';
import { PREVIEW_WIDTHS, type PreviewWidth } from '../compare-params';

/** Mobile / tablet / desktop, shared by every pane. */
export function WidthToggle({
  value,
  onChange,
}: {
  value: PreviewWidth;
  onChange: (width: PreviewWidth) => void;
}) {
  return (
    <div role="group" aria-label="Preview width" className="inline-flex rounded-md bg-slate-100 p-0.5">
      {PREVIEW_WIDTHS.map((w) => (
        <button
          key={w.id}
          type="button"
          aria-pressed={value === w.id}
          onClick={() => onChange(w.id)}
          className={cn(
            'rounded px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600',
            value === w.id ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900',
          )}
        >
          {w.label}
          <span className="ml-1.5 text-xs font-normal text-slate-600">{w.hint}</span>
        </button>
      ))}
    </div>
  );
}
