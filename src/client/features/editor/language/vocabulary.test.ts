import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../../shared/velocity/render';
import {
  DIRECTIVE_COMPLETIONS,
  F_FUNCTIONS,
  LIST_METHODS,
  MAP_METHODS,
  STRING_METHODS,
  STRING_TOOL_FUNCTIONS,
  callSnippet,
  signature,
  type Callable,
} from './vocabulary';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const CONTEXT = {
  user: { profile: { firstName: 'Ada', locale: 'en' }, groups: { names: ['Everyone', 'Engineering'] } },
  app: { id: '0oa1', name: 'acme_portal', label: 'Acme Portal' },
  resetPasswordTokenExpirationDate: new Date(NOW + 60 * 60 * 1000).toISOString(),
};

const render = (text: string) => renderTemplate(text, CONTEXT, { now: NOW });

describe('the vocabulary offered by the editor is what the sandbox supports', () => {
  const cases: [string, readonly Callable[]][] = [
    ['$f', F_FUNCTIONS],
    ['$StringTool', STRING_TOOL_FUNCTIONS],
    ['string methods', STRING_METHODS],
    ['list methods', LIST_METHODS],
    ['map methods', MAP_METHODS],
  ];
  for (const [group, callables] of cases) {
    for (const callable of callables) {
      it(`${group}: ${callable.example.call} renders ${callable.example.result}`, () => {
        expect(render(callable.example.call)).toBe(callable.example.result);
      });
    }
  }

  it('the examples really call the function they document', () => {
    for (const fn of F_FUNCTIONS) expect(fn.example.call).toContain(`f.${fn.name}(`);
    for (const fn of STRING_TOOL_FUNCTIONS) expect(fn.example.call).toContain(`StringTool.${fn.name}(`);
    for (const method of [...STRING_METHODS, ...LIST_METHODS, ...MAP_METHODS]) {
      expect(method.example.call).toContain(`.${method.name}(`);
    }
  });

  it('an unsupported name prints as written, so the checks above can fail', () => {
    expect(render('$f.nope("a")')).toBe('$f.nope("a")');
    expect(render('$user.profile.firstName.nope()')).toBe('$user.profile.firstName.nope()');
  });

  it('lists every helper of the sandbox', () => {
    expect(F_FUNCTIONS.map((fn) => fn.name).sort()).toEqual(
      [
        'encode',
        'escapeHtml',
        'escapeHtmlAttr',
        'formatTimeDiffDateNow',
        'formatTimeDiffDateNowInUserLocale',
        'formatTimeDiffHoursNow',
        'formatTimeDiffHoursNowInUserLocale',
        'getTimeDiffHoursNow',
        'replace',
        'substring',
        'substringAfter',
        'substringBefore',
        'toLowerCase',
        'toUpperCase',
      ].sort(),
    );
  });

  it('writes signatures and Monaco call snippets', () => {
    const fn = F_FUNCTIONS.find((f) => f.name === 'getTimeDiffHoursNow')!;
    expect(signature(fn, 'f.')).toBe('f.getTimeDiffHoursNow(hours: number, unit: string): number');
    expect(callSnippet(fn)).toBe('getTimeDiffHoursNow(${1:hours}, ${2:unit})');
    const startsWith = STRING_METHODS.find((m) => m.name === 'startsWith')!;
    expect(signature(startsWith)).toBe('startsWith(prefix: string, from?: number): boolean');
    expect(callSnippet(startsWith)).toBe('startsWith(${1:prefix})');
    expect(callSnippet(STRING_METHODS.find((m) => m.name === 'trim')!)).toBe('trim()');
  });

  it('directive snippets expand to valid Velocity', () => {
    for (const directive of DIRECTIVE_COMPLETIONS) {
      // Fill the placeholders the way an admin would, then parse the result with the real renderer.
      const filled = directive.insertText
        .replace(/\$\$\{\d+:(\w+)\}/g, '$$$1')
        .replace(/\$\{\d+:condition\}/g, 'true')
        .replace(/\$\{\d+:list\}/g, '[1, 2]')
        .replace(/\$\{\d+:value\}/g, '1')
        .replace(/\$\{\d+\}|\$0/g, 'x');
      const wrapped =
        directive.directive === 'elseif' || directive.directive === 'else'
          ? `#if(false)${filled}#end`
          : directive.directive === 'end'
            ? `#if(true)${filled}`
            : directive.directive === 'break'
              ? `#foreach($i in [1])${filled}#end`
              : filled;
      expect(() => renderTemplate(wrapped, {}), directive.label).not.toThrow();
    }
  });
});
