// 3. Render: our sandboxed Velocity renderer vs velocityjs alone, on the same template and data, in this process.
// Cold = a text the parse cache has not seen (each iteration appends a distinct `## n` comment, as a keystroke
// would); cached = the same text again (ours: parse cache hit; velocityjs: a pre-parsed, pre-compiled template).
import { Compile, parse, render as velocityjsRender } from 'velocityjs';
import { renderTemplate } from '../../src/shared/velocity/render';
import { NOW, makeContext, makeTemplate } from '../fixtures/templates';
import { fmt, ratios, spread } from '../lib/stats';
import { verdict, type Row } from '../lib/table';

const REPEATS = 5;
const SLICE_MS = 250;

/** Mean ms per call of `fn`, over as many calls as fit in SLICE_MS (at least 5). */
function timePerCall(fn: (i: number) => void): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (calls < 5 || elapsed < SLICE_MS) {
    fn(calls++);
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

/** The same helpers our sandbox offers, as plain JavaScript for velocityjs (what the templates call). */
function velocityjsContext(context: Record<string, unknown>): Record<string, unknown> {
  const escape = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    ...context,
    f: { formatTimeDiffHoursNowInUserLocale: (hours: number) => `${hours / 24} days` },
    StringTool: { escapeHtml: escape },
  };
}

let unique = 0;

export function renderBench(): Row[] {
  const rows: Row[] = [];
  const context = makeContext();
  const vContext = velocityjsContext(context);
  for (const kb of [10, 100]) {
    const text = makeTemplate(kb * 1024);
    const ours = renderTemplate(text, context, { now: NOW });
    const theirs = velocityjsRender(text, vContext);
    if (ours !== theirs) console.warn(`  note: velocityjs output differs on the ${kb} KB template`);
    const compiled = new Compile(parse(text));
    const variants = {
      cold: {
        ours: () => renderTemplate(`${text}## ${unique++}\n`, context, { now: NOW }),
        velocityjs: () => velocityjsRender(`${text}## ${unique++}\n`, vContext),
      },
      cached: {
        ours: () => renderTemplate(text, context, { now: NOW }),
        velocityjs: () => compiled.render(vContext),
      },
    };
    for (const [mode, fns] of Object.entries(variants)) {
      // Warm the JIT for both before timing.
      timePerCall(fns.ours);
      timePerCall(fns.velocityjs);
      const oursMs: number[] = [];
      const baseMs: number[] = [];
      for (let r = 0; r < REPEATS; r++) {
        oursMs.push(timePerCall(fns.ours));
        baseMs.push(timePerCall(fns.velocityjs));
      }
      const ratio = spread(ratios(oursMs, baseMs));
      rows.push({
        area: '3. Render',
        measure: `${(text.length / 1024).toFixed(1)} KB template, ${mode}${mode === 'cold' ? ' (parse + render)' : ''}`,
        value: fmt(spread(oursMs), kb === 10 ? 3 : 2, ' ms'),
        baseline: `velocityjs alone: ${fmt(spread(baseMs), kb === 10 ? 3 : 2, ' ms')}`,
        ratio: fmt(ratio, 2, '×'),
        target: '(overhead of sandbox + context)',
        verdict: '',
        data: { oursMs: spread(oursMs), velocityjsMs: spread(baseMs), ratio, chars: text.length },
      });
      console.log(
        `  render ${kb} KB ${mode}: ${rows[rows.length - 1].value} vs ${rows[rows.length - 1].baseline}`,
      );
    }
  }
  void verdict;
  return rows;
}
