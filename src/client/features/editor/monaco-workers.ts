// Stands in for monaco-editor's `internal/common/workers.js` (vite.config.ts, `monacoLean`): the HTML language
// features import it for `createWebWorker`, and the original also imports every editor contribution (the same set
// as `features/register.all`), which would undo the editor's lean feature list. Same protocol as the original.
import { editor } from 'monaco-editor/editor';

export function createWebWorker<T extends object>(opts: {
  moduleId?: string;
  label?: string;
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}): editor.MonacoWebWorker<T> {
  const getWorker = self.MonacoEnvironment?.getWorker;
  if (!getWorker) throw new Error('MonacoEnvironment.getWorker is not set (monaco-setup.ts sets it)');
  const worker = Promise.resolve(getWorker('workerMain.js', opts.label ?? 'monaco-editor-worker')).then(
    (w) => {
      // The worker drops its first message, then takes the second as its create data.
      w.postMessage('ignore');
      w.postMessage(opts.createData);
      return w;
    },
  );
  return editor.createWebWorker<T>({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
}
