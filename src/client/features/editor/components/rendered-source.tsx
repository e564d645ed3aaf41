import Editor from '@monaco-editor/react';
import { THEME } from '../monaco-setup';

/** The preview's Source tab: the rendered HTML, read-only, in Monaco (loaded lazily with it). */
export default function RenderedSource({ html }: { html: string }) {
  return (
    <Editor
      path="inmemory://mailroom/rendered-source.html"
      language="html"
      value={html}
      theme={THEME}
      loading={<span className="sr-only">Loading source</span>}
      options={{
        readOnly: true,
        domReadOnly: true,
        ariaLabel: 'Rendered HTML source',
        minimap: { enabled: false },
        wordWrap: 'on',
        fontSize: 12.5,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        lineNumbers: 'on',
        renderLineHighlight: 'none',
      }}
    />
  );
}
