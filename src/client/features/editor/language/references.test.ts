import { describe, expect, it } from 'vitest';
import { dottedPath, referenceAt, scanTemplate, skippedRegionAt } from './references';

const names = (text: string) => scanTemplate(text).references.map((ref) => dottedPath(ref));

describe('scanTemplate', () => {
  it('finds the three reference forms with their paths and spans', () => {
    const text = 'Hi $user.profile.firstName, ${org.name} $!{app.label}!';
    const refs = scanTemplate(text).references;
    expect(refs.map((ref) => dottedPath(ref))).toEqual(['user.profile.firstName', 'org.name', 'app.label']);
    expect(refs.map((ref) => text.slice(ref.from, ref.to))).toEqual([
      '$user.profile.firstName',
      '${org.name}',
      '$!{app.label}',
    ]);
    expect(refs.map((ref) => [ref.braced, ref.quiet, ref.closed])).toEqual([
      [false, false, true],
      [true, false, true],
      [true, true, true],
    ]);
  });

  it('does not take a trailing dot or a lone $ as part of a reference', () => {
    const text = 'Welcome $user.profile.firstName. Costs $ 5, or $5.';
    const refs = scanTemplate(text).references;
    expect(refs.map((ref) => text.slice(ref.from, ref.to))).toEqual(['$user.profile.firstName']);
    expect(refs[0].danglingDot).toBe(false);
  });

  it('marks a dot at the very end (someone typing a member)', () => {
    const ref = scanTemplate('${user.').references[0];
    expect(ref).toMatchObject({ name: 'user', danglingDot: true, closed: false, braced: true });
  });

  it('keeps a bare leader at the end of the text, for completion', () => {
    for (const text of ['$', '${', '$!', '$!{']) {
      expect(scanTemplate(`Hello ${text}`).references).toMatchObject([{ name: '', from: 6 }]);
    }
    expect(scanTemplate('Hello $ there').references).toEqual([]);
  });

  it('reads method calls and their arguments, including references in double-quoted strings only', () => {
    const text = `$user.profile.firstName.replace("$a", '$b').toUpperCase() \${f.substring($org.name, 0, 2)}`;
    const refs = scanTemplate(text).references;
    expect(refs.map((ref) => dottedPath(ref))).toEqual(['user.profile.firstName', 'a', 'f', 'org.name']);
    expect(refs[0].segments.map((s) => `${s.kind}:${s.name}`)).toEqual([
      'property:profile',
      'property:firstName',
      'method:replace',
      'method:toUpperCase',
    ]);
    expect(refs[1].role).toBe('expression');
    expect(text.slice(refs[2].from, refs[2].to)).toBe('${f.substring($org.name, 0, 2)}');
  });

  it('reads indexes and bare helper calls', () => {
    const [indexed, call] = scanTemplate('$user.groups.names[0].length() ${toUpperCase($x)}').references;
    expect(indexed.segments.map((s) => s.kind)).toEqual(['property', 'property', 'index', 'method']);
    expect(call).toMatchObject({ name: 'toUpperCase', call: true });
  });

  it('follows the lexer: identifiers may contain "-"', () => {
    expect(names('$a-b.c-d ${x}-y')).toEqual(['a-b.c-d', 'x']);
  });

  it('skips comments, unparsed blocks and escaped dollars', () => {
    const text = '## $a\n#* $b\n *# #[[ $c ]]# \\$d \\\\$e $f';
    const scan = scanTemplate(text);
    expect(scan.references.map((ref) => ref.name)).toEqual(['e', 'f']);
    expect(scan.skipped.map((region) => region.kind)).toEqual(['line-comment', 'block-comment', 'unparsed']);
    expect(skippedRegionAt(scan, text.indexOf('$a'))).toMatchObject({ kind: 'line-comment' });
    expect(skippedRegionAt(scan, text.indexOf('\n'))).toMatchObject({ kind: 'line-comment' });
    expect(skippedRegionAt(scan, text.indexOf('$f'))).toBeUndefined();
  });

  it('treats an unterminated #* (and #**#) as text, like the parser', () => {
    expect(names('#* $a')).toEqual(['a']);
    expect(names('#**# $a')).toEqual(['a']);
  });

  it('records #set targets and values, #foreach variables and their blocks', () => {
    const text =
      '#set($x = "a")#set( $n = 3 )#set($y = $user.profile)#foreach($g in $user.groups.names)$g#end$after';
    const scan = scanTemplate(text);
    expect(scan.assignments.map((a) => [a.name, a.value.kind])).toEqual([
      ['x', 'string'],
      ['n', 'number'],
      ['y', 'reference'],
    ]);
    expect(scan.blocks).toHaveLength(1);
    const [loop] = scan.blocks;
    expect(loop).toMatchObject({ kind: 'foreach', variables: ['g'], closed: true });
    expect(loop.items && dottedPath(loop.items)).toBe('user.groups.names');
    expect(text.slice(loop.bodyFrom, loop.bodyTo)).toBe('$g');
    const roles = scan.references.map((ref) => `${ref.name}:${ref.role}:${ref.block}`);
    expect(roles).toEqual([
      'x:set-target:-1',
      'n:set-target:-1',
      'y:set-target:-1',
      'user:expression:-1',
      'g:foreach-variable:-1',
      'user:expression:-1',
      'g:text:0',
      'after:text:-1',
    ]);
  });

  it('nests blocks and closes them at the matching #end, including #{end}', () => {
    const scan = scanTemplate('#if($a)#foreach($i in $l)#if($b)#end#{end}#else#end');
    expect(scan.blocks.map((b) => [b.kind, b.parent, b.closed])).toEqual([
      ['if', -1, true],
      ['foreach', 0, true],
      ['if', 1, true],
    ]);
    expect(scan.directives.map((d) => d.name)).toEqual(['if', 'foreach', 'if', 'end', 'end', 'else', 'end']);
  });

  it('leaves an unclosed block open to the end of the text', () => {
    const scan = scanTemplate('#if($a)\nstill inside');
    expect(scan.blocks[0]).toMatchObject({ closed: false, bodyTo: 20 });
  });

  it('does not treat #elsewhere, #endless or a CSS colour as directives', () => {
    expect(scanTemplate('#elsewhere #endless color:#fff #end').directives.map((d) => d.name)).toEqual([
      'end',
    ]);
  });

  it('finds the innermost reference at an offset', () => {
    const text = '$a.b($c.d)';
    const scan = scanTemplate(text);
    expect(referenceAt(scan, 1)?.name).toBe('a');
    expect(referenceAt(scan, 6)?.name).toBe('c');
    expect(referenceAt(scan, 10)).toBeUndefined();
  });

  it('runs in linear time on hostile input', () => {
    const hostile = [
      '#*'.repeat(40_000),
      '#[['.repeat(25_000),
      '$a.b('.repeat(15_000),
      '#if("'.repeat(15_000),
      '${'.repeat(40_000),
      '\\'.repeat(70_000) + '$x',
      '$a['.repeat(25_000),
      '#foreach($x in $y)'.repeat(4_000),
      '$' + 'a'.repeat(70_000),
      "#set($x = '".repeat(10_000),
    ];
    // A scan that backtracks would not finish within the test's timeout; how fast it is belongs to the bench.
    for (const text of hostile) expect(() => scanTemplate(text), text.slice(0, 10)).not.toThrow();
  });
});
