import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../../shared/velocity/render';
import { F_FUNCTIONS, STRING_METHODS } from '../../../../shared/velocity/vocabulary';
import { DIRECTIVE_COMPLETIONS, callSnippet } from './snippets';

describe('snippets the editor inserts', () => {
  it('writes Monaco call snippets with the required parameters only', () => {
    const fn = F_FUNCTIONS.find((f) => f.name === 'getTimeDiffHoursNow')!;
    expect(callSnippet(fn)).toBe('getTimeDiffHoursNow(${1:hours}, ${2:unit})');
    expect(callSnippet(STRING_METHODS.find((m) => m.name === 'startsWith')!)).toBe('startsWith(${1:prefix})');
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
