// What the editor inserts for a call or a directive: Monaco snippet text (`${1:x}` placeholders, `$0` final cursor).
// The names and docs come from the shared vocabulary (src/shared/velocity/vocabulary.ts).
import type { Callable } from '../../../../shared/velocity/vocabulary';

/** Monaco snippet text for a call: `name(${1:a}, ${2:b})`; optional parameters are left out. */
export function callSnippet(callable: Callable): string {
  const required = callable.params.filter((param) => !param.optional);
  return `${callable.name}(${required.map((param, i) => `\${${i + 1}:${param.name}}`).join(', ')})`;
}

export interface DirectiveCompletion {
  label: string;
  insertText: string;
  isSnippet: boolean;
  detail: string;
  directive: string;
}

/** What `#` offers, in this order. Snippets use Monaco syntax (`\${1:x}` placeholders, `$0` final cursor). */
export const DIRECTIVE_COMPLETIONS: readonly DirectiveCompletion[] = [
  {
    label: '#if',
    insertText: '#if(${1:condition})\n\t$0\n#end',
    isSnippet: true,
    detail: '#if(condition) … #end',
    directive: 'if',
  },
  {
    label: '#if-else',
    insertText: '#if(${1:condition})\n\t${2}\n#else\n\t$0\n#end',
    isSnippet: true,
    detail: '#if(condition) … #else … #end',
    directive: 'if',
  },
  {
    label: '#foreach',
    insertText: '#foreach($${1:item} in ${2:list})\n\t$0\n#end',
    isSnippet: true,
    detail: '#foreach($item in list) … #end',
    directive: 'foreach',
  },
  {
    label: '#set',
    insertText: '#set($${1:name} = ${2:value})',
    isSnippet: true,
    detail: '#set($name = value)',
    directive: 'set',
  },
  {
    label: '#elseif',
    insertText: '#elseif(${1:condition})',
    isSnippet: true,
    detail: '#elseif(condition)',
    directive: 'elseif',
  },
  { label: '#else', insertText: '#else', isSnippet: false, detail: '#else', directive: 'else' },
  { label: '#end', insertText: '#end', isSnippet: false, detail: '#end', directive: 'end' },
  { label: '#break', insertText: '#break', isSnippet: false, detail: '#break', directive: 'break' },
];
