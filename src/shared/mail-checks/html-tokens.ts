/**
 * A small, forgiving HTML tokenizer for the mail checks: no DOM (src/shared runs in Node and the browser), never
 * throws, and keeps every token's offset in the source so a finding can say where it is. It follows the parts of
 * the HTML tokenizer that matter to email markup: case-insensitive names, quoted, unquoted and bare attributes,
 * comments and `<!…>`/`<?…>` declarations skipped whole, and the raw-text elements (`script`, `style`, `textarea`,
 * `title`) read up to their end tag without looking for tags inside.
 */

export interface HtmlAttribute {
  /** Lower case. */
  name: string;
  /** Entity-decoded; `null` for a bare attribute (`<img alt>`). */
  value: string | null;
  /** Offset of the attribute's name in the source. */
  start: number;
  /** The raw value's span in the source, quotes excluded (empty at the name's end for a bare attribute). */
  valueStart: number;
  valueEnd: number;
}

export type HtmlToken =
  | {
      type: 'start';
      /** Lower case. */
      name: string;
      attributes: HtmlAttribute[];
      selfClosing: boolean;
      start: number;
      end: number;
    }
  | { type: 'end'; name: string; start: number; end: number }
  /** Text the reader sees: `text` is entity-decoded, `start`/`end` bound the raw source. */
  | { type: 'text'; text: string; start: number; end: number }
  /** The content of `script` and `style`: not shown, not scanned for references. */
  | { type: 'raw'; parent: string; start: number; end: number };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const SHOWN_RAW_TEXT = new Set(['textarea', 'title']);

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const length = html.length;
  let i = 0;
  let textStart = 0;

  const flushText = (end: number) => {
    if (end > textStart) {
      tokens.push({ type: 'text', text: decodeEntities(html.slice(textStart, end)), start: textStart, end });
    }
  };

  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      // `<!-->` and `<!--->` close at once, as in browsers.
      const close = html.indexOf('-->', lt + 2);
      i = close === -1 ? length : close + 3;
      textStart = i;
      continue;
    }
    if (next === '!' || next === '?') {
      flushText(lt);
      const close = html.indexOf('>', lt + 2);
      i = close === -1 ? length : close + 1;
      textStart = i;
      continue;
    }
    const isEnd = next === '/';
    const nameStart = isEnd ? lt + 2 : lt + 1;
    if (!/[A-Za-z]/.test(html[nameStart] ?? '')) {
      // A `<` that starts no tag is text (`a < b`, `</ >`).
      i = lt + 1;
      continue;
    }
    flushText(lt);
    let j = nameStart;
    while (j < length && !/[\s/>]/.test(html[j])) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const { attributes, selfClosing, end } = readAttributes(html, j);
    if (isEnd) {
      tokens.push({ type: 'end', name, start: lt, end });
      i = end;
      textStart = i;
      continue;
    }
    tokens.push({ type: 'start', name, attributes, selfClosing, start: lt, end });
    i = end;
    textStart = i;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = findEndTag(html, name, i);
      if (close > i) {
        tokens.push(
          SHOWN_RAW_TEXT.has(name)
            ? { type: 'text', text: decodeEntities(html.slice(i, close)), start: i, end: close }
            : { type: 'raw', parent: name, start: i, end: close },
        );
      }
      i = close;
      textStart = i;
    }
  }
  flushText(length);
  return tokens;
}

/** Reads attributes from `from` (just after the tag name) to the closing `>` (or the end of the source). */
function readAttributes(
  html: string,
  from: number,
): { attributes: HtmlAttribute[]; selfClosing: boolean; end: number } {
  const attributes: HtmlAttribute[] = [];
  const length = html.length;
  let i = from;
  let selfClosing = false;
  while (i < length) {
    const c = html[i];
    if (c === '>') return { attributes, selfClosing, end: i + 1 };
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    selfClosing = false;
    const start = i;
    // An attribute name runs to whitespace, `/`, `>` or `=` (a leading `=` belongs to the name, as in browsers).
    i++;
    while (i < length && !/[\s/>=]/.test(html[i])) i++;
    const name = html.slice(start, i).toLowerCase();
    let k = i;
    while (k < length && /\s/.test(html[k])) k++;
    if (html[k] !== '=') {
      if (!attributes.some((a) => a.name === name))
        attributes.push({ name, value: null, start, valueStart: i, valueEnd: i });
      continue;
    }
    k++;
    while (k < length && /\s/.test(html[k])) k++;
    let valueStart: number;
    let valueEnd: number;
    const quote = html[k];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, k + 1);
      valueStart = k + 1;
      valueEnd = close === -1 ? length : close;
      i = close === -1 ? length : close + 1;
    } else {
      valueStart = k;
      valueEnd = k;
      while (valueEnd < length && !/[\s>]/.test(html[valueEnd])) valueEnd++;
      i = valueEnd;
    }
    const value = decodeEntities(html.slice(valueStart, valueEnd), true);
    // The first of two same-named attributes wins, as in browsers.
    if (!attributes.some((a) => a.name === name))
      attributes.push({ name, value, start, valueStart, valueEnd });
  }
  return { attributes, selfClosing, end: length };
}

function findEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? match.index : html.length;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  middot: '·',
  bull: '•',
  colon: ':',
  sol: '/',
  period: '.',
  quest: '?',
  equals: '=',
  num: '#',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
};
/** Legacy entities browsers decode without their `;`. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/**
 * Decodes character references: numeric ones, and the named ones email markup uses (unknown names stay as they
 * are). In an attribute a legacy name without `;` followed by a letter, digit or `=` stays too (`?a=1&copy=2`).
 */
export function decodeEntities(text: string, inAttribute = false): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,8});?|#[xX]([0-9A-Fa-f]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g,
    (
      whole,
      dec: string | undefined,
      hex: string | undefined,
      name: string | undefined,
      semi: string,
      offset: number,
    ) => {
      if (dec !== undefined || hex !== undefined) {
        const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
        return String.fromCodePoint(code);
      }
      const key = name!;
      if (semi) return NAMED[key] ?? NAMED[key.toLowerCase()] ?? whole;
      if (!LEGACY.has(key)) return whole;
      const after = text[offset + whole.length] ?? '';
      if (inAttribute && /[A-Za-z0-9=]/.test(after)) return whole;
      return NAMED[key];
    },
  );
}

/** 1-based line and column of `offset` in `source`. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
