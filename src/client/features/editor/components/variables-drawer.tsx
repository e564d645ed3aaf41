import { useState } from 'react';
import {
  COMMON_VARIABLES,
  findTemplate,
  TEMPLATE_VARIABLES,
  type TemplateVariable,
} from '../../../../shared/templates/catalog';
import { controlClasses } from '../../../components/ui/form-field';
import { formatValue, lookupPreviewValue } from '../language/docs';

/**
 * The variables of the open template, then the ones every template has; a click inserts `${name}` where the
 * cursor was. Each shows its type and the value the preview uses.
 */
export function VariablesDrawer({
  templateName,
  context,
  onInsert,
}: {
  templateName: string;
  context: Record<string, unknown>;
  onInsert: (reference: string) => void;
}) {
  const [query, setQuery] = useState('');
  const own = (findTemplate(templateName)?.variables ?? []).map((name) => TEMPLATE_VARIABLES[name]);
  const matches = (v: TemplateVariable) =>
    !query || `${v.name} ${v.description}`.toLowerCase().includes(query.trim().toLowerCase());
  const groups = [
    { title: 'This template', items: own.filter(matches) },
    { title: 'Every template', items: COMMON_VARIABLES.filter(matches) },
  ];

  return (
    <aside
      id="variables-drawer"
      aria-label="Variables"
      // Over the code on narrower screens (the code keeps its width), beside it on wide ones.
      className="absolute inset-y-0 right-0 z-10 flex w-64 flex-col border-l border-slate-200 bg-slate-50 shadow-lg 2xl:static 2xl:shadow-none"
      data-testid="variables-drawer"
    >
      <div className="border-b border-slate-200 p-2">
        {/* Not SearchInput: its global `/` shortcut would steal the slash from the code editor. */}
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="Filter variables"
          placeholder="Filter variables"
          className={`${controlClasses} py-1.5`}
        />
      </div>
      <div className="min-h-0 flex-1 overflow-auto px-2 py-2">
        {groups.map((group) => (
          <section key={group.title} className="mb-3">
            <h3 className="px-1 pb-1 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
              {group.title}
            </h3>
            {group.items.length === 0 ? (
              <p className="px-1 text-xs text-slate-500">None{query ? ' match' : ''}.</p>
            ) : (
              <ul className="space-y-0.5">
                {group.items.map((variable) => {
                  const found = lookupPreviewValue(context, variable.name);
                  const value = found.found ? formatValue(found.value) : formatValue(variable.example);
                  return (
                    <li key={variable.name}>
                      <button
                        type="button"
                        onClick={() => onInsert(`\${${variable.name}}`)}
                        title={`${variable.description} Click to insert.`}
                        aria-label={`Insert \${${variable.name}}`}
                        className="block w-full rounded px-1.5 py-1 text-left hover:bg-white focus-visible:outline-2 focus-visible:outline-indigo-600"
                      >
                        <span className="flex items-baseline justify-between gap-2">
                          <code className="truncate font-mono text-[12px] text-violet-800">
                            {variable.name}
                          </code>
                          <span className="shrink-0 text-[11px] text-slate-500">{variable.type}</span>
                        </span>
                        <span className="block truncate text-[11px] text-slate-600">{value}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
    </aside>
  );
}
