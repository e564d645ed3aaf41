import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClasses } from './form-field';
import { SearchIcon } from './icons';

/** A labelled search box; `/` anywhere outside a text field focuses it. */
export function SearchInput({
  label,
  className,
  ...props
}: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className={cn('relative', className)}>
      <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400" />
      <input
        ref={ref}
        type="search"
        aria-label={label}
        className={cn(controlClasses, 'pr-10 pl-8')}
        {...props}
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-slate-300 bg-slate-50 px-1.5 text-[11px] text-slate-500"
      >
        /
      </kbd>
    </div>
  );
}
