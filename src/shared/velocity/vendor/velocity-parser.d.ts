/** Raw output of the vendored velocityjs parser; `render/parse.ts` narrows it. */
export function parseFlat(text: string): unknown[];
