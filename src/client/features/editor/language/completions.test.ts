import { describe, expect, it } from 'vitest';
import { getCompletions, type CompletionInput } from './completions';

/** `|` marks the cursor. */
function complete(
  textWithCursor: string,
  templateName = 'ForgotPassword',
  extra: Partial<CompletionInput> = {},
) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const result = getCompletions({ text, offset, templateName, ...extra });
  return { ...result, labels: result.items.map((item) => item.label), text, offset };
}

describe('getCompletions: variables', () => {
  it('after ${ offers this template’s variables first, then the common ones', () => {
    const { labels, items, replaceFrom, replaceTo, offset } = complete('Hello ${|');
    expect(labels.indexOf('resetPasswordLink')).toBe(0);
    expect(labels.slice(0, 4)).toEqual([
      'resetPasswordLink',
      'oneTimePassword',
      'resetPasswordTokenExpirationDate',
      'request.relayState',
    ]);
    expect(labels.indexOf('resetPasswordLink')).toBeLessThan(labels.indexOf('user.profile.firstName'));
    expect(labels.indexOf('resetPasswordLink')).toBeLessThan(labels.indexOf('user'));
    expect(labels).toContain('org.name');
    expect(labels).not.toContain('activationLink'); // another template's variable
    expect([replaceFrom, replaceTo]).toEqual([offset, offset]);

    const link = items[0];
    expect(link).toMatchObject({ kind: 'variable', detail: 'url', isSnippet: false });
    expect(link.documentation).toContain('Link the user follows to choose a new password.');
    expect(link.documentation).toMatch(/Example: https:\/\//);
    expect(items.map((item) => item.sortText)).toEqual([...items.map((item) => item.sortText)].sort());
  });

  it('works after $, $! and $!{ too, and replaces the partial name', () => {
    for (const leader of ['$', '$!', '${', '$!{']) {
      const { labels, replaceFrom, replaceTo, offset } = complete(`Hi ${leader}one|`);
      expect(labels[0], leader).toBe('resetPasswordLink');
      expect(labels).toContain('oneTimePassword');
      expect([replaceFrom, replaceTo]).toEqual([offset - 3, offset]);
    }
  });

  it('closes the brace of ${ unless one follows', () => {
    const open = complete('${|');
    expect(open.items.find((item) => item.label === 'oneTimePassword')?.insertText).toBe('oneTimePassword}');
    const closed = complete('${|}');
    expect(closed.items.find((item) => item.label === 'oneTimePassword')?.insertText).toBe('oneTimePassword');
    const bare = complete('$|');
    expect(bare.items.find((item) => item.label === 'oneTimePassword')?.insertText).toBe('oneTimePassword');
    // Objects are completed further with `.`, so they never get a brace.
    expect(open.items.find((item) => item.label === 'user')).toMatchObject({
      insertText: 'user',
      detail: 'object',
    });
  });

  it('after ${user. offers profile and groups; after ${user.profile. its fields', () => {
    expect(complete('${user.|').labels).toEqual(['profile', 'groups']);
    const profile = complete('${user.profile.|');
    expect(profile.labels).toContain('firstName');
    expect(profile.labels).toContain('lastName');
    expect(profile.labels).not.toContain('names');
    const firstName = profile.items.find((item) => item.label === 'firstName')!;
    expect(firstName).toMatchObject({ kind: 'property', detail: 'string', insertText: 'firstName}' });
    expect(firstName.documentation).toContain("The user's first name.");
    expect(firstName.documentation).toContain('Example: Ada');
  });

  it('replaces the partial member name', () => {
    const { replaceFrom, replaceTo, labels, text } = complete('<p>${user.profile.fi|}</p>');
    expect(text.slice(replaceFrom, replaceTo)).toBe('fi');
    expect(labels).toContain('firstName');
  });

  it("completes this template's object variables too", () => {
    expect(complete('$request.|').labels).toEqual(['relayState']);
    expect(complete('$campaign.|', 'IGAReviewerNotification').labels).toContain('campaignName');
  });

  it('shows the preview value when preview data is given', () => {
    const previewContext = { user: { profile: { firstName: 'Grace' } } };
    const { items } = complete('${user.profile.|', 'ForgotPassword', { previewContext });
    expect(items.find((item) => item.label === 'firstName')?.documentation).toContain('Preview: Grace');
    expect(items.find((item) => item.label === 'lastName')?.documentation).toContain(
      'Preview: not set in the preview data',
    );
  });

  it('works inside directive arguments', () => {
    expect(complete('#if($user.profile.|)').labels).toContain('firstName');
    expect(complete('#foreach($g in $user.groups.|)').labels).toEqual(['names', 'ids']);
  });

  it('offers #set variables, and loop variables inside their loop only', () => {
    const set = complete('#set($greeting = "Hi")$gr|');
    expect(set.labels[0]).toBe('greeting');
    expect(set.items[0].detail).toBe('variable set with #set');

    const inLoop = complete('#foreach($group in $user.groups.names)$|#end');
    expect(inLoop.labels.slice(0, 3)).toEqual(['group', 'foreach', 'velocityCount']);
    const afterLoop = complete('#foreach($group in $user.groups.names)$group#end $|');
    expect(afterLoop.labels).not.toContain('group');
    expect(complete('#foreach($group in $user.groups.names)$foreach.|#end').labels).toContain('hasNext');
  });

  it('offers nothing while naming a new loop variable', () => {
    expect(complete('#foreach($it|').items).toEqual([]);
  });

  it('works for any template name, with the common variables', () => {
    const { labels } = complete('${|', 'NoSuchTemplate');
    expect(labels[0]).toBe('user.profile.login');
  });
});

describe('getCompletions: functions and methods', () => {
  it('after ${f. offers the helpers with signatures and snippets', () => {
    const { items, replaceFrom, offset } = complete('${f.|');
    expect(replaceFrom).toBe(offset);
    const fn = items.find((item) => item.label === 'formatTimeDiffHoursNowInUserLocale')!;
    expect(fn).toMatchObject({
      kind: 'function',
      detail: 'f.formatTimeDiffHoursNowInUserLocale(hours: number): string',
      insertText: 'formatTimeDiffHoursNowInUserLocale(${1:hours})',
      isSnippet: true,
    });
    expect(fn.documentation).toContain('Example: ${f.formatTimeDiffHoursNowInUserLocale(24)} → 1 day');
    expect(items).toHaveLength(14);
  });

  it('after $f.for narrows nothing itself but replaces the typed part', () => {
    const { text, replaceFrom, replaceTo, labels } = complete('$f.for|');
    expect(text.slice(replaceFrom, replaceTo)).toBe('for');
    expect(labels).toContain('formatTimeDiffDateNow');
  });

  it('after $StringTool. offers escapeHtml', () => {
    expect(complete('$StringTool.|').labels).toEqual(['escapeHtml']);
  });

  it('after a string variable and . offers the string methods', () => {
    const { items, labels } = complete('$user.profile.firstName.|');
    expect(labels).toContain('toUpperCase');
    expect(labels).toContain('substring');
    expect(labels).not.toContain('size');
    expect(items.find((item) => item.label === 'toUpperCase')).toMatchObject({
      kind: 'method',
      insertText: 'toUpperCase()',
      isSnippet: false,
      detail: 'toUpperCase(): string',
    });
    expect(items.find((item) => item.label === 'contains')).toMatchObject({
      insertText: 'contains(${1:text})',
      isSnippet: true,
    });
  });

  it('knows what methods return, and what lists hold', () => {
    expect(complete('$user.profile.firstName.trim().|').labels).toContain('toUpperCase');
    expect(complete('$user.groups.names.|').labels).toEqual([
      'size',
      'isEmpty',
      'contains',
      'get',
      'indexOf',
    ]);
    expect(complete('$user.groups.names.get(0).|').labels).toContain('toLowerCase');
    expect(complete('#foreach($g in $user.groups.names)$g.|#end').labels).toContain('toUpperCase');
    expect(complete('#set($s = "x")$s.|').labels).toContain('endsWith');
    expect(complete('#set($copy = $resetPasswordLink)$copy.|').labels).toContain('startsWith');
  });

  it('offers no methods for values it cannot tell, nor for unknown variables', () => {
    expect(complete('#set($x = $y)$x.|').items).toEqual([]);
    expect(complete('$nothing.|').items).toEqual([]);
    expect(complete('$org.activationTokenExpirationHours.|').items).toEqual([]);
  });
});

describe('getCompletions: directives', () => {
  it('#fo offers the foreach snippet, replacing from the #', () => {
    const { items, replaceFrom, replaceTo, text } = complete('<ul>#fo|');
    expect(text.slice(replaceFrom, replaceTo)).toBe('#fo');
    const foreach = items.find((item) => item.label === '#foreach')!;
    expect(foreach).toMatchObject({
      kind: 'directive',
      isSnippet: true,
      insertText: '#foreach($${1:item} in ${2:list})\n\t$0\n#end',
    });
    expect(foreach.documentation).toContain('once per item');
  });

  it('# offers every directive snippet', () => {
    const { items } = complete('#|');
    expect(items.map((item) => item.label)).toEqual([
      '#if',
      '#if-else',
      '#foreach',
      '#set',
      '#elseif',
      '#else',
      '#end',
      '#break',
    ]);
    expect(items.find((item) => item.label === '#if')?.insertText).toBe('#if(${1:condition})\n\t$0\n#end');
    expect(items.find((item) => item.label === '#if-else')?.insertText).toContain('#else');
    expect(items.find((item) => item.label === '#set')?.insertText).toBe('#set($${1:name} = ${2:value})');
  });

  it('not in ## comments nor after \\#', () => {
    expect(complete('##|').items).toEqual([]);
    expect(complete('## some note #fo|').items).toEqual([]);
    expect(complete('\\#fo|').items).toEqual([]);
  });
});

describe('getCompletions: where nothing is offered', () => {
  it.each([
    ['plain text', 'Hello wor|'],
    ['a line comment', '## ${|'],
    ['a block comment', '#* ${user.| *#'],
    ['an unparsed block', '#[[ $| ]]#'],
    ['an escaped dollar', '\\$|'],
    ['after a closed reference', '${org.name}|'],
    ['after a method call', '$user.profile.firstName.trim()|'],
    ['inside a single-quoted string', "#set($x = '$|')"],
    ['after a lone $ and a space', 'costs $ |5'],
  ])('%s', (_, text) => {
    expect(complete(text).items).toEqual([]);
  });

  it('still completes after a block comment has ended', () => {
    expect(complete('#* note *# ${|').labels[0]).toBe('resetPasswordLink');
  });
});
