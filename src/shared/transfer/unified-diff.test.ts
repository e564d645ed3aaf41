import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './unified-diff';

/** Applies a unified diff to `text` (strict: context must match), to prove a diff describes the change. */
function applyPatch(text: string, patch: string): string {
  const source = text === '' ? [] : text.split('\n');
  const out: string[] = [];
  let at = 0;
  const lines = patch.split('\n').slice(2);
  for (let i = 0; i < lines.length; i++) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i]);
    if (!header) continue;
    const start = Number(header[2] === '0' ? Number(header[1]) : Number(header[1]) - 1);
    while (at < start) out.push(source[at++]);
    for (i++; i < lines.length && !lines[i].startsWith('@@'); i++) {
      const line = lines[i];
      if (line === '' && i === lines.length - 1) break;
      if (line.startsWith('\\')) continue;
      if (line[0] === '+') out.push(line.slice(1));
      else {
        expect(source[at], `context/removed line ${at + 1}`).toBe(line.slice(1));
        if (line[0] === ' ') out.push(source[at]);
        at++;
      }
    }
    i--;
  }
  while (at < source.length) out.push(source[at++]);
  return out.join('\n');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('same\ntext', 'same\ntext')).toBe('');
  });

  it('writes the git format: labels, hunk ranges, context of three lines', () => {
    const before = ['<p>', 'one', 'two', 'three', 'four', 'five', 'six', '</p>'].join('\n');
    const after = ['<p>', 'one', 'two', 'THREE', 'four', 'five', 'six', '</p>'].join('\n');
    expect(unifiedDiff(before, after, { oldLabel: 'a/body', newLabel: 'b/body' })).toBe(
      [
        '--- a/body',
        '+++ b/body',
        '@@ -1,7 +1,7 @@',
        ' <p>',
        ' one',
        ' two',
        '-three',
        '+THREE',
        ' four',
        ' five',
        ' six',
        '',
      ].join('\n'),
    );
  });

  it('splits distant changes into separate hunks and marks a missing final newline', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 2\n', 'line two\n').replace('line 20', 'line twenty');
    const diff = unifiedDiff(before, after);
    expect(diff.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -17,4 +17,4 @@']);
    expect(diff).toContain(
      '-line 20\n\\ No newline at end of file\n+line twenty\n\\ No newline at end of file\n',
    );
  });

  it('diffs a one-line subject and an addition from nothing', () => {
    expect(unifiedDiff('Reset your password', 'Réinitialisez votre mot de passe')).toBe(
      '--- current\n+++ new\n@@ -1 +1 @@\n-Reset your password\n\\ No newline at end of file\n' +
        '+Réinitialisez votre mot de passe\n\\ No newline at end of file\n',
    );
    expect(unifiedDiff('', 'a\nb\n')).toBe('--- current\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });

  it('describes the change exactly, for random edits and for texts that share nothing', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 200; n++) {
      const a = Array.from({ length: Math.floor(random() * 40) }, () => `l${Math.floor(random() * 5)}`);
      const b = a
        .filter(() => random() > 0.25)
        .flatMap((line) => (random() > 0.8 ? [line, `new ${Math.floor(random() * 3)}`] : [line]));
      const before = a.join('\n');
      const after = b.join('\n');
      const diff = unifiedDiff(before, after);
      if (before === after) expect(diff).toBe('');
      else expect(applyPatch(before, diff)).toBe(after);
    }
    // Beyond the edit budget the middle is replaced wholesale: still a correct diff.
    const left = Array.from({ length: 3000 }, (_, i) => `left ${i}`).join('\n');
    const right = Array.from({ length: 3000 }, (_, i) => `right ${i}`).join('\n');
    expect(applyPatch(left, unifiedDiff(left, right))).toBe(right);
  });
});
