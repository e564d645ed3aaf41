import { useCallback, useEffect } from 'react';
import { useLatest } from '../../lib/use-latest';
import type { Monaco, monaco } from './monaco-setup';

/**
 * Ctrl/⌘+S saves and Ctrl/⌘+Enter sends a test, inside the editors (Monaco commands, registered once per editor
 * through `bindShortcuts`, given the Monaco API the editor was made with) and anywhere else on the page. Both reach the latest handlers.
 */
type CodeEditorInstance = monaco.editor.IStandaloneCodeEditor;

export function useEditorShortcuts(handlers: { save: () => unknown; requestTestSend: () => void }) {
  const latest = useLatest(handlers);
  const bindShortcuts = useCallback(
    (editor: CodeEditorInstance, monaco: Monaco) => {
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => void latest.current.save());
      editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => latest.current.requestTestSend());
    },
    [latest],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Inside Monaco the editor commands above have already handled (and prevented) it.
      if (event.defaultPrevented || !(event.metaKey || event.ctrlKey)) return;
      if (event.key.toLowerCase() === 's') {
        event.preventDefault();
        void latest.current.save();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        latest.current.requestTestSend();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [latest]);
  return bindShortcuts;
}
