// Monaco's worker entry points ship without declarations; the combined worker (editor-html.worker.ts) uses these.
declare module 'monaco-editor/editor/editor.worker.start' {
  export function start(createClient: (ctx: unknown) => object): unknown;
}
declare module 'monaco-editor/internal/common/initialize' {
  export function initialize(callback: (ctx: unknown, createData: unknown) => object): void;
}
declare module 'monaco-editor/languages/features/html/htmlWorker' {
  export class HTMLWorker {
    constructor(ctx: unknown, createData: unknown);
  }
}
