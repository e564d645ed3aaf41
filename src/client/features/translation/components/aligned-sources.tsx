import { useEffect, useMemo, type ReactNode } from 'react';
import { alignLines } from '../../../../shared/templates/align-lines';
import type {
  TemplateText,
  TranslationMismatch,
  TranslationPart,
  TranslationSide,
} from '../../../../shared/templates/translation-check';
import { cn } from '../../../components/ui/cn';

export interface LineTarget {
  side: TranslationSide;
  part: TranslationPart;
  line: number;
}

export const lineCellId = (t: LineTarget) => `translation-${t.side}-${t.part}-${t.line}`;

/** Velocity references and directives stand out from the words around them. */
function colourLine(line: string): ReactNode[] {
  return line
    .split(/(\$!?\{[^}\n]*\}?|\$!?[A-Za-z][\w.]*|#(?:if|elseif|else|end|foreach|set|break)\b)/)
    .map((piece, i) =>
      i % 2 === 0 ? (
        piece
      ) : (
        <span
          key={i}
          className={piece.startsWith('#') ? 'font-semibold text-fuchsia-700' : 'text-indigo-700'}
        >
          {piece}
        </span>
      ),
    );
}

function Cell({
  target,
  text,
  marked,
  highlighted,
}: {
  target: LineTarget | undefined;
  text: string | undefined;
  marked: boolean;
  highlighted: boolean;
}) {
  if (!target)
    return (
      <>
        <td className="border-r border-slate-100 bg-slate-50" />
        <td className="bg-[repeating-linear-gradient(135deg,#f8fafc,#f8fafc_6px,#f1f5f9_6px,#f1f5f9_12px)]" />
      </>
    );
  return (
    <>
      <td
        className={cn(
          'border-r border-slate-100 px-2 py-0.5 text-right align-top text-slate-500 tabular-nums select-none',
          marked && 'text-amber-700',
        )}
      >
        {marked && (
          <span aria-hidden="true" className="mr-1 text-amber-500">
            ●
          </span>
        )}
        {target.part === 'subject' ? 'S' : target.line}
      </td>
      <td
        id={lineCellId(target)}
        tabIndex={-1}
        data-highlighted={highlighted || undefined}
        className={cn(
          'px-2 py-0.5 align-top break-all whitespace-pre-wrap text-slate-800 outline-none',
          highlighted && 'bg-amber-100 ring-2 ring-amber-400 ring-inset',
        )}
      >
        {text === undefined || text === '' ? '\u00a0' : colourLine(text)}
      </td>
    </>
  );
}

/**
 * The two sources, subject then body, line by line: matching lines face each other (same tags, references and
 * directives), lines only one side has face a gap. `highlight` is marked, focused and scrolled to the middle of
 * the nearest `data-line-scroller` ancestor.
 */
export function AlignedSources({
  source,
  target,
  sourceHeading,
  targetHeading,
  mismatches,
  highlight,
}: {
  source: TemplateText;
  target: TemplateText;
  sourceHeading: ReactNode;
  targetHeading: ReactNode;
  mismatches: TranslationMismatch[];
  highlight: (LineTarget & { at: number }) | null;
}) {
  const sourceLines = useMemo(() => source.body.split(/\r\n?|\n/), [source.body]);
  const targetLines = useMemo(() => target.body.split(/\r\n?|\n/), [target.body]);
  const rows = useMemo(() => alignLines(sourceLines, targetLines), [sourceLines, targetLines]);
  const marked = useMemo(
    () => new Set(mismatches.map((m) => lineCellId({ side: m.side, part: m.part, line: m.line }))),
    [mismatches],
  );

  useEffect(() => {
    if (!highlight) return;
    const cell = document.getElementById(lineCellId(highlight));
    if (!cell) return;
    // Only the sources' own scroller moves (scrollIntoView would scroll the page too, hiding its header).
    const scroller = cell.closest('[data-line-scroller]');
    if (scroller) {
      const box = scroller.getBoundingClientRect();
      const line = cell.getBoundingClientRect();
      scroller.scrollBy({
        top: line.top - box.top - box.height / 2 + line.height / 2,
        behavior: 'smooth',
      });
    }
    cell.focus({ preventScroll: true });
  }, [highlight]);

  const isHighlighted = (t: LineTarget) =>
    highlight !== null && highlight.side === t.side && highlight.part === t.part && highlight.line === t.line;
  const cell = (side: TranslationSide, part: TranslationPart, line: number | undefined, text?: string) => {
    const t = line === undefined ? undefined : { side, part, line };
    return (
      <Cell
        target={t}
        text={text}
        marked={t !== undefined && marked.has(lineCellId(t))}
        highlighted={t !== undefined && isHighlighted(t)}
      />
    );
  };

  return (
    <table className="w-full table-fixed border-collapse font-mono text-[12px] leading-5">
      <colgroup>
        <col className="w-14" />
        <col />
        <col className="w-14" />
        <col />
      </colgroup>
      <thead className="sticky top-0 z-10 bg-slate-50 font-sans text-sm">
        <tr>
          <th colSpan={2} scope="colgroup" className="border-r border-b border-slate-200 px-3 py-2 text-left">
            {sourceHeading}
          </th>
          <th colSpan={2} scope="colgroup" className="border-b border-slate-200 px-3 py-2 text-left">
            {targetHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr className="border-b-2 border-slate-200 bg-slate-50/60" title="Subject">
          {cell('source', 'subject', 1, source.subject)}
          {cell('target', 'subject', 1, target.subject)}
        </tr>
        {rows.map((row, i) => (
          <tr key={i} className="border-b border-slate-50 hover:bg-slate-50">
            {cell('source', 'body', row.source, row.source ? sourceLines[row.source - 1] : undefined)}
            {cell('target', 'body', row.target, row.target ? targetLines[row.target - 1] : undefined)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
