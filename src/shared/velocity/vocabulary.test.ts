import { describe, expect, it } from 'vitest';
import { createHelpers } from './calls';
import { renderTemplate } from './render';
import {
  DIRECTIVES,
  EXAMPLE_CONTEXT,
  EXAMPLE_NOW,
  F_FUNCTIONS,
  LIST_METHODS,
  LOOP_PROPERTIES,
  MAP_METHODS,
  STRING_METHODS,
  STRING_TOOL_FUNCTIONS,
  TOOLS,
  signature,
  type Callable,
} from './vocabulary';

const render = (text: string) => renderTemplate(text, EXAMPLE_CONTEXT, { now: EXAMPLE_NOW });

const GROUPS: [string, readonly Callable[]][] = [
  ['$f', F_FUNCTIONS],
  ['$StringTool', STRING_TOOL_FUNCTIONS],
  ['string methods', STRING_METHODS],
  ['list methods', LIST_METHODS],
  ['map methods', MAP_METHODS],
];

describe('the vocabulary: every function and method the renderer can call', () => {
  for (const [group, callables] of GROUPS) {
    for (const callable of callables) {
      it(`${group}: ${callable.name} is documented, and ${callable.example.call} renders ${callable.example.result}`, () => {
        expect(callable.description.trim()).not.toBe('');
        expect(callable.example.call.trim()).not.toBe('');
        for (const param of callable.params) expect(param.name).toMatch(/^[a-z]\w*$/i);
        expect(render(callable.example.call)).toBe(callable.example.result);
      });
    }
  }

  it('names each function and method once per group', () => {
    for (const [group, callables] of GROUPS) {
      const names = callables.map((callable) => callable.name);
      expect(new Set(names).size, group).toBe(names.length);
    }
  });

  it('the examples really call the function they document', () => {
    for (const fn of F_FUNCTIONS) expect(fn.example.call).toContain(`f.${fn.name}(`);
    for (const fn of STRING_TOOL_FUNCTIONS) expect(fn.example.call).toContain(`StringTool.${fn.name}(`);
    for (const method of [...STRING_METHODS, ...LIST_METHODS, ...MAP_METHODS]) {
      expect(method.example.call).toContain(`.${method.name}(`);
    }
  });

  it('the helpers a render gets are exactly the documented ones', () => {
    const helpers = createHelpers({ now: EXAMPLE_NOW });
    expect([...helpers.keys()].sort()).toEqual(Object.keys(TOOLS).sort());
    for (const [name, tool] of helpers) {
      expect([...tool.fns.keys()]).toEqual(TOOLS[name as keyof typeof TOOLS].functions.map((fn) => fn.name));
    }
  });

  it('an unsupported name prints as written, so the checks above can fail', () => {
    expect(render('$f.nope("a")')).toBe('$f.nope("a")');
    expect(render('$user.profile.firstName.nope()')).toBe('$user.profile.firstName.nope()');
    expect(render('$user.groups.names.nope()')).toBe('$user.groups.names.nope()');
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

  it('writes signatures', () => {
    const fn = F_FUNCTIONS.find((f) => f.name === 'getTimeDiffHoursNow')!;
    expect(signature(fn, 'f.')).toBe('f.getTimeDiffHoursNow(hours: number, unit: string): number');
    const startsWith = STRING_METHODS.find((m) => m.name === 'startsWith')!;
    expect(signature(startsWith)).toBe('startsWith(prefix: string, from?: number): boolean');
  });

  it('documents every directive once', () => {
    const names = DIRECTIVES.map((directive) => directive.name);
    expect(new Set(names).size).toBe(names.length);
    for (const directive of DIRECTIVES) expect(directive.summary.trim()).not.toBe('');
  });

  it('documents the fields of $foreach the renderer sets, each rendering as its docs say', () => {
    const over789: Record<string, string> = {
      count: '1,2,3',
      index: '0,1,2',
      hasNext: 'true,true,false',
      first: 'true,false,false',
      last: 'false,false,true',
    };
    expect(LOOP_PROPERTIES.map((property) => property.name)).toEqual(Object.keys(over789));
    for (const { name, description } of LOOP_PROPERTIES) {
      expect(description.trim()).not.toBe('');
      expect(render(`#foreach($i in [7, 8, 9])$foreach.${name}#if($foreach.hasNext),#end#end`)).toBe(
        over789[name],
      );
    }
    expect(render('#foreach($i in [7])$foreach#end')).toBe(
      '{count=1, index=0, hasNext=false, first=true, last=true}',
    );
  });
});
