import { describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATES } from '../../../../shared/templates/catalog';
import { defaultContent } from '../../../../shared/templates/default-content';
import { SUPPORTED_LANGUAGES } from '../../../../shared/templates/languages';
import { parseTemplate, type Expr, type Node, type Ref } from '../../../../shared/velocity/parse';
import { dottedPath, scanTemplate } from './references';

/**
 * The editor reads templates with its own forgiving scanner (it must work on half-typed text); the server renders
 * with the real parser. Where the parser accepts a template, both must see the same references at the same places,
 * or completion, hover and markers would talk about another template than the one that is sent.
 */

/**
 * "line:column path" for a reference printed where it stands; "(in an expression) path" for one inside a directive's
 * or a method's arguments, where the parser knows only where the enclosing expression starts.
 */
type Seen = string;

/** Every reference the real parser found (properties only in the path, as the editor names them). */
function parserReferences(text: string): Seen[] {
  const seen: Seen[] = [];
  let depth = 0;
  const ref = (r: Ref) => {
    let path = r.name;
    for (const step of r.path) {
      if (step.kind !== 'property') break;
      path += `.${step.name}`;
    }
    seen.push(depth === 0 ? `${r.pos.line}:${r.pos.column} ${path}` : `(in an expression) ${path}`);
    depth++;
    r.call?.forEach(expr);
    for (const step of r.path) {
      if (step.kind === 'method') step.args.forEach(expr);
      if (step.kind === 'index') expr(step.key);
    }
    depth--;
  };
  /** Refs inside directives' arguments. */
  const inside = (run: () => void) => {
    depth++;
    run();
    depth--;
  };
  const expr = (e: Expr) => {
    if (e.kind === 'ref') return ref(e);
    if (e.kind === 'interpolate') return e.nodes.forEach(node);
    if (e.kind === 'list') return e.items.forEach(expr);
    if (e.kind === 'range') return [e.from, e.to].forEach(expr);
    if (e.kind === 'map') return e.entries.forEach(([, value]) => expr(value));
    if (e.kind === 'op') return e.args.forEach(expr);
  };
  const node = (n: Node): void => {
    if (typeof n === 'string') return;
    switch (n.kind) {
      case 'ref':
        return ref(n);
      case 'set':
        return inside(() => {
          ref(n.target);
          expr(n.value);
        });
      case 'if':
        return n.branches.forEach((b) => {
          if (b.condition) inside(() => expr(b.condition!));
          b.body.forEach(node);
        });
      case 'foreach':
        inside(() => expr(n.items));
        return n.body.forEach(node);
      case 'define':
        return n.body.forEach(node);
      case 'call':
        inside(() => n.args.forEach(expr));
        return n.body?.forEach(node);
    }
  };
  parseTemplate(text).nodes.forEach(node);
  return seen.sort();
}

/** Every reference the editor's scanner found, in the same terms (foreach variables are bindings, not uses). */
function scannerReferences(text: string): Seen[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return `${line + 1}:${offset - lineStarts[line] + 1}`;
  };
  return scanTemplate(text)
    .references.filter(
      (r) => r.role !== 'foreach-variable' && r.role !== 'macro-parameter' && r.role !== 'define-name',
    )
    .map((r) =>
      r.role === 'text' ? `${position(r.from)} ${dottedPath(r)}` : `(in an expression) ${dottedPath(r)}`,
    )
    .sort();
}

describe('the editor’s scanner and the real parser agree', () => {
  it('on every reference of every stock template in every language', () => {
    let compared = 0;
    for (const template of EMAIL_TEMPLATES) {
      for (const language of SUPPORTED_LANGUAGES) {
        const content = defaultContent(template.name, language.tag)!;
        for (const text of [content.subject, content.body]) {
          const expected = parserReferences(text);
          expect(scannerReferences(text), `${template.name} (${language.tag})`).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('on hand-written templates with every construct the stock ones lack', () => {
    const corpus = [
      '#set($name = $user.profile.firstName.toUpperCase())Hi $!{name}, ${org.name}!',
      '#foreach($g in $user.groups.names)#if($g == "Admins")${g}#elseif($g.contains("x"))$g#else-#end#end',
      '${f.formatTimeDiffHoursNowInUserLocale(${org.activationTokenExpirationHours})}',
      '$!{StringTool.escapeHtml($!{user.profile.firstName})} $list[0] $map.get("a").length()',
      '#if(!$a && ($b || $c > 2))$d#end ## comment $notARef\n#* block $alsoNot *# $e',
      '#[[ $raw ${raw} ]]# $after \\$escaped',
    ];
    for (const text of corpus) expect(scannerReferences(text), text).toEqual(parserReferences(text));
  });

  it('on the valid part of a template that is broken after it (the scanner reads on; the parser stops)', () => {
    const valid = '<p>${user.profile.firstName}, #if($org.name)$org.name#end</p>\n';
    for (const tail of ['#if($x', '${user.profile.', '#foreach($i in', '#end', '$!{', '#set($a = )']) {
      expect(() => parseTemplate(valid + tail)).toThrow();
      const seen = scannerReferences(valid + tail);
      for (const reference of parserReferences(valid)) expect(seen, tail).toContain(reference);
    }
  });
});
