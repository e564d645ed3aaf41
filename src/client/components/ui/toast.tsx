import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { cn } from './cn';
import { AlertIcon, CheckIcon, XIcon } from './icons';

export interface ToastInput {
  title: string;
  description?: ReactNode;
  tone?: 'success' | 'error' | 'info';
  action?: { label: string; href: string };
}

interface ToastItem extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => {});

export function useToast() {
  return useContext(ToastContext);
}

let nextId = 1;

/** Toasts, bottom-right, announced politely (errors assertively); each closes itself after a while. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (toast: ToastInput) => {
      const id = nextId++;
      setToasts((all) => [...all.slice(-3), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), toast.tone === 'error' || toast.action ? 12_000 : 6_000);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section
        aria-label="Notifications"
        className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            role={toast.tone === 'error' ? 'alert' : 'status'}
            className="pointer-events-auto flex items-start gap-3 rounded-lg bg-white p-3.5 shadow-lg ring-1 ring-slate-900/10"
          >
            <span
              className={cn(
                'mt-0.5 rounded-full p-1',
                toast.tone === 'error'
                  ? 'bg-red-100 text-red-700'
                  : toast.tone === 'info'
                    ? 'bg-indigo-100 text-indigo-700'
                    : 'bg-emerald-100 text-emerald-700',
              )}
            >
              {toast.tone === 'error' ? (
                <AlertIcon className="size-3.5" />
              ) : (
                <CheckIcon className="size-3.5" />
              )}
            </span>
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-medium text-slate-900">{toast.title}</p>
              {toast.description && (
                <div className="mt-0.5 break-words text-slate-600">{toast.description}</div>
              )}
              {toast.action && (
                <Link
                  to={toast.action.href}
                  onClick={() => dismiss(toast.id)}
                  className="mt-1.5 inline-block font-medium text-indigo-700 hover:underline"
                >
                  {toast.action.label}
                </Link>
              )}
            </div>
            <button
              type="button"
              aria-label="Dismiss notification"
              onClick={() => dismiss(toast.id)}
              className="rounded p-0.5 text-slate-400 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
            >
              <XIcon className="size-4" />
            </button>
          </div>
        ))}
      </section>
    </ToastContext.Provider>
  );
}
