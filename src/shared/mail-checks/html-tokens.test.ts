import { describe, expect, it } from 'vitest';
import { decodeEntities, lineAndColumn, tokenizeHtml } from './html-tokens';

const tags = (html: string) =>
  tokenizeHtml(html).flatMap((t) =>
    t.type === 'start' ? [`<${t.name}`] : t.type === 'end' ? [`</${t.name}`] : [],
  );

describe('tokenizeHtml', () => {
  it('reads quoted, unquoted and bare attributes, lower-casing names', () => {
    const [img] = tokenizeHtml(`<IMG SRC=http://x/a.png Alt='A &amp; B' hidden data-x = "1">`);
    expect(img).toMatchObject({ type: 'start', name: 'img', selfClosing: false });
    if (img.type !== 'start') throw new Error('not a tag');
    expect(img.attributes.map((a) => [a.name, a.value])).toEqual([
      ['src', 'http://x/a.png'],
      ['alt', 'A & B'],
      ['hidden', null],
      ['data-x', '1'],
    ]);
    const src = img.attributes[0];
    expect(`<IMG SRC=http://x/a.png`.slice(src.valueStart, src.valueEnd)).toBe('http://x/a.png');
  });

  it('keeps the first of two same-named attributes and knows a self-closing tag', () => {
    const [tag] = tokenizeHtml('<a href="one" HREF="two"/>');
    expect(tag).toMatchObject({ name: 'a', selfClosing: true, attributes: [{ name: 'href', value: 'one' }] });
  });

  it('skips comments whole, tags inside them included, and declarations', () => {
    const html = '<!DOCTYPE html><!-- <a href="http://x">no</a> --><p>yes</p><!--> <b>';
    expect(tags(html)).toEqual(['<p', '</p', '<b']);
    expect(
      tokenizeHtml(html)
        .filter((t) => t.type === 'text')
        .map((t) => t.text),
    ).toEqual(['yes', ' ']);
  });

  it('an unclosed comment runs to the end', () => {
    expect(tags('<p>a</p><!-- <img src=x>')).toEqual(['<p', '</p']);
  });

  it('reads script and style as raw text, tags inside them included', () => {
    const tokens = tokenizeHtml(
      '<script>if (a<b) document.write("<img src=x>")</SCRIPT><style>p>a{}</style><p>',
    );
    expect(tokens.map((t) => t.type + (t.type === 'raw' ? `:${t.parent}` : ''))).toEqual([
      'start',
      'raw:script',
      'end',
      'start',
      'raw:style',
      'end',
      'start',
    ]);
  });

  it('treats a < that starts no tag as text', () => {
    const tokens = tokenizeHtml('a < b and </ c> <3');
    expect(tokens).toEqual([{ type: 'text', text: 'a < b and </ c> <3', start: 0, end: 18 }]);
  });

  it('gives every token its offsets in the source', () => {
    const html = 'Hi <b>there</b>';
    const tokens = tokenizeHtml(html);
    expect(tokens.map((t) => html.slice(t.start, t.end))).toEqual(['Hi ', '<b>', 'there', '</b>']);
  });

  it('survives a tag cut off at the end of the source', () => {
    expect(tokenizeHtml('<a href="http://x')).toMatchObject([
      { type: 'start', name: 'a', attributes: [{ name: 'href', value: 'http://x' }] },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &#104;&#x74;&#X74;p &nbsp;&hellip;')).toBe('<a> & http \u00a0…');
  });

  it('leaves unknown names and, in attributes, legacy names followed by =', () => {
    expect(decodeEntities('&bogus; &amp')).toBe('&bogus; &');
    expect(decodeEntities('?a=1&copy=2&amp;b', true)).toBe('?a=1&copy=2&b');
    expect(decodeEntities('&#0;&#xD800;')).toBe('\ufffd\ufffd');
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
