import type {
  TranslationMismatch,
  TranslationMismatchKind,
} from '../../../../shared/templates/translation-check';
import { cn } from '../../../components/ui/cn';
import { AlertIcon, CheckIcon } from '../../../components/ui/icons';

const KIND_LABEL: Record<TranslationMismatchKind, string> = {
  syntax: 'Syntax',
  'required-variable': 'Required variable',
  variable: 'Variable',
  link: 'Link',
  structure: 'Structure',
};

/**
 * What the translation doesn't keep from its source, one item each: what differs, why it matters, and a button
 * that shows the line in the aligned sources.
 */
export function MismatchList({
  mismatches,
  sourceName,
  targetName,
  onJump,
}: {
  mismatches: TranslationMismatch[];
  sourceName: string;
  targetName: string;
  onJump: (mismatch: TranslationMismatch) => void;
}) {
  if (mismatches.length === 0)
    return (
      <p className="flex items-start gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2.5 text-sm text-emerald-900">
        <CheckIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />
        <span>
          The {targetName} text keeps the {sourceName} variables, links and <code>#if</code>/
          <code>#foreach</code> structure.
        </span>
      </p>
    );
  return (
    <ul aria-label="Mismatches" className="space-y-2">
      {mismatches.map((m, i) => {
        const sideName = m.side === 'source' ? sourceName : targetName;
        return (
          <li
            key={`${m.kind}-${m.side}-${m.part}-${m.line}-${m.what}-${i}`}
            className={cn(
              'rounded-md border bg-white px-3 py-2.5 text-sm',
              m.severity === 'error' ? 'border-red-200' : 'border-amber-200',
            )}
          >
            <div className="flex items-start gap-2">
              <AlertIcon
                aria-hidden="true"
                className={cn(
                  'mt-0.5 size-4 shrink-0',
                  m.severity === 'error' ? 'text-red-600' : 'text-amber-600',
                )}
              />
              <div className="min-w-0 flex-1 space-y-1">
                <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                  <span className="sr-only">{m.severity === 'error' ? 'Error' : 'Warning'}: </span>
                  {KIND_LABEL[m.kind]}
                </p>
                <p className="font-medium break-words text-slate-900">{m.message}</p>
                {m.kind === 'syntax' && (
                  <p className="font-mono text-xs break-words text-slate-700">{m.what}</p>
                )}
                <p className="text-slate-600">{m.why}</p>
                <button
                  type="button"
                  onClick={() => onJump(m)}
                  aria-label={`Jump to line ${m.line} of the ${sideName} ${m.part}: ${m.what}`}
                  className="rounded text-sm font-medium text-indigo-700 hover:text-indigo-900 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {sideName} {m.part}, line {m.line} →
                </button>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
