// One worker file for both of Monaco's workers: the core editor worker (diffs, links) and the HTML language
// worker. Monaco's html.worker already contains the whole editor worker (≈ 90 kB gzip), so shipping both files
// downloads that code twice. Which one a new worker becomes is told by its first message: the editor worker
// service sends '-please-ignore-', the language features (monaco-workers.ts) send 'ignore' then their create data.
import { start } from 'monaco-editor/editor/editor.worker.start';
import { initialize } from 'monaco-editor/internal/common/initialize';
import { HTMLWorker } from 'monaco-editor/languages/features/html/htmlWorker';

self.onmessage = (event: MessageEvent) => {
  if (event.data === 'ignore') initialize((ctx, createData) => new HTMLWorker(ctx, createData));
  else start(() => ({}));
};
