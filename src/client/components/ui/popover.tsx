import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
import { cn } from './cn';

const WIDTH = 320;

/**
 * A small non-modal panel under a button (a field and its action): opening focuses the first field, Escape or a
 * click outside closes it and returns focus to the button. The panel is `position: fixed` under the button's
 * rectangle, so a table or pane that clips its overflow can't cut it off; it follows on scroll and resize.
 */
export function usePopover(sharedTrigger?: RefObject<HTMLButtonElement | null>) {
  const [open, setOpen] = useState(false);
  const ownTrigger = useRef<HTMLButtonElement | null>(null);
  // A button that also opens something else (a menu) lends its ref; the panel sits under it all the same.
  const trigger = sharedTrigger ?? ownTrigger;
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const close = useCallback(
    (refocus = true) => {
      setOpen(false);
      if (refocus) trigger.current?.focus();
    },
    [trigger],
  );

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !trigger.current?.contains(target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    panel.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, close, trigger]);

  return {
    open,
    close,
    show: () => setOpen(true),
    trigger,
    panel,
    triggerProps: {
      ref: trigger,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': open ? id : undefined,
      onClick: () => setOpen((v) => !v),
    },
    panelId: id,
  };
}

export function PopoverPanel({
  open,
  id,
  panel,
  trigger,
  label,
  children,
  className,
}: {
  open: boolean;
  id: string;
  panel: RefObject<HTMLDivElement | null>;
  trigger: RefObject<HTMLButtonElement | null>;
  label: string;
  children: ReactNode;
  className?: string;
}) {
  // Placed in a layout effect, before the browser paints; never hidden, so focus can move into it at once.
  const [style, setStyle] = useState<CSSProperties>({ width: WIDTH });
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const rect = trigger.current?.getBoundingClientRect();
      if (!rect) return;
      const left = Math.max(8, Math.min(rect.right - WIDTH, window.innerWidth - WIDTH - 8));
      setStyle({ top: rect.bottom + 6, left, width: WIDTH });
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, trigger]);
  if (!open) return null;
  return (
    <div
      ref={panel}
      id={id}
      role="dialog"
      aria-label={label}
      style={style}
      className={cn(
        'fixed z-40 max-w-[calc(100vw-1rem)] rounded-lg bg-white p-3.5 text-left shadow-lg ring-1 ring-slate-900/10',
        className,
      )}
    >
      {children}
    </div>
  );
}
