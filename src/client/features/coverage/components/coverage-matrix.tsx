import { Link } from 'react-router';
import { languageName } from '../../../../shared/templates/languages';
import { paths } from '../../../app/paths';
import { prefetchEditorOnIntent } from '../../../app/prefetch';
import { cn } from '../../../components/ui/cn';
import { translationSourceLanguage } from '../../translation/api/translation-sides';
import {
  coverageCell,
  languageCounts,
  STATE_GLYPH,
  STATE_WORDS,
  type CoverageRow,
  type CoverageState,
} from '../coverage-model';

const glyphClass: Record<CoverageState, string> = {
  customized: 'text-indigo-600',
  default: 'text-amber-600',
  stock: 'text-slate-400',
};

const stateLabel: Record<CoverageState, string> = {
  customized: 'Customized',
  default: 'Falls back to the default customization',
  stock: 'Stock content',
};

export function CoverageLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-slate-600">
      {(['customized', 'default', 'stock'] as const).map((state) => (
        <li key={state} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={cn('text-base leading-none', glyphClass[state])}>
            {STATE_GLYPH[state]}
          </span>
          {stateLabel[state]}
        </li>
      ))}
    </ul>
  );
}

/** What a cell opens: the editor, or the translation view from the template's source language. */
export type CoverageOpen = 'editor' | 'translation';

/**
 * Templates × languages. Every cell is a link to where that language's content is edited (its own customization,
 * or a new one started from the stock content) or, with `open="translation"`, to the translation view of that
 * language against the template's source language (its default customization's, else English). Glyphs carry a
 * text alternative.
 */
export function CoverageMatrix({
  brandId,
  rows,
  columns,
  open = 'editor',
}: {
  brandId: string;
  rows: CoverageRow[];
  columns: string[];
  open?: CoverageOpen;
}) {
  const counts = new Map(columns.map((language) => [language, languageCounts(rows, language)]));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table aria-label="Coverage" className="min-w-full border-separate border-spacing-0 text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-10 min-w-56 border-r border-b border-slate-200 bg-slate-50 px-4 py-2 text-left font-medium tracking-wide uppercase"
            >
              Template
            </th>
            {columns.map((language) => {
              const c = counts.get(language)!;
              const name = languageName(language);
              return (
                <th
                  key={language}
                  scope="col"
                  title={`${name}: ${c.customized} customized, ${c.default} fall back to the default customization, ${c.stock} stock`}
                  className="w-14 min-w-14 border-b border-slate-200 px-1.5 py-2 text-center font-medium whitespace-nowrap"
                >
                  <span aria-hidden="true" className="block font-mono text-[13px] text-slate-800">
                    {language}
                  </span>
                  <span
                    aria-hidden="true"
                    className={cn(
                      'block text-[11px] font-normal tabular-nums',
                      c.customized > 0 ? 'text-slate-600' : 'text-slate-500',
                    )}
                  >
                    {c.customized > 0 ? (
                      <>
                        <span className={glyphClass.customized}>●</span>
                        {c.customized}
                      </>
                    ) : (
                      '–'
                    )}
                  </span>
                  <span className="sr-only">
                    {name}, {c.customized} customized
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className="group">
              <th
                scope="row"
                className="sticky left-0 z-10 border-r border-b border-slate-100 bg-white px-4 py-2 text-left font-normal group-hover:bg-slate-50"
              >
                <Link
                  to={paths.template.getHref(brandId, row.name)}
                  className="font-medium whitespace-nowrap text-slate-900 hover:text-indigo-700 hover:underline"
                >
                  {row.displayName}
                </Link>
                {row.customizations.length > 0 && (
                  <span className="ml-2 text-xs text-slate-500">{row.customizations.length} customized</span>
                )}
              </th>
              {columns.map((language) => {
                const cell = coverageCell(row.customizations, language);
                const name = languageName(language);
                const source = translationSourceLanguage(row.customizations);
                // The source's own cell has nothing to be checked against: it opens the editor.
                const translate = open === 'translation' && source.toLowerCase() !== language.toLowerCase();
                const href = translate
                  ? paths.translate.getHref(brandId, row.name, source, language)
                  : cell.customization
                    ? paths.customization.getHref(brandId, row.name, cell.customization.id)
                    : paths.customizationNew.getHref(brandId, row.name, language, 'default');
                const action = translate
                  ? `Check the ${name} translation against ${languageName(source)}.`
                  : cell.customization
                    ? 'Open the editor.'
                    : `Customize in ${name}.`;
                const words =
                  cell.state === 'default'
                    ? `${STATE_WORDS.default} (${cell.defaultLanguage})`
                    : STATE_WORDS[cell.state];
                return (
                  <td
                    key={language}
                    className="border-b border-slate-100 p-0 text-center group-hover:bg-slate-50"
                  >
                    <Link
                      to={href}
                      data-state={cell.state}
                      {...(translate ? {} : prefetchEditorOnIntent)}
                      title={`${row.displayName} in ${name}: ${words}. ${action}`}
                      className="flex h-9 items-center justify-center text-base leading-none hover:bg-indigo-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
                    >
                      <span aria-hidden="true" className={glyphClass[cell.state]}>
                        {STATE_GLYPH[cell.state]}
                      </span>
                      <span className="sr-only">
                        {name}: {words}
                      </span>
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
