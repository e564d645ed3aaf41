import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PreviewTab, PreviewWidth } from './components/preview-panel';

const WIDTH_KEY = 'mailroom.previewWidth';
const DRAWER_KEY = 'mailroom.variablesDrawer';
const TABS: PreviewTab[] = ['preview', 'checks', 'source', 'data', 'history'];

const parseWidth = (value: string | null): PreviewWidth | undefined =>
  value === '375' ? 375 : value === '768' ? 768 : value === 'desktop' ? 'desktop' : undefined;

/**
 * The editor's view state: the preview's tab and width live in the URL (`?tab=source&width=375`, so a link shows
 * the same view); the width last chosen is remembered for the next visit, and so is whether the variables drawer
 * was open.
 */
export function useEditorPrefs() {
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((t) => t === search.get('tab')) ?? 'preview';
  const width =
    parseWidth(search.get('width')) ?? parseWidth(window.localStorage.getItem(WIDTH_KEY)) ?? 'desktop';
  const [showVariables, setShowVariables] = useState(
    () => window.localStorage.getItem(DRAWER_KEY) === 'open',
  );

  const setParam = (name: string, value: string | undefined) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === undefined) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return {
    tab,
    setTab: (next: PreviewTab) => setParam('tab', next === 'preview' ? undefined : next),
    width,
    setWidth: (next: PreviewWidth) => {
      window.localStorage.setItem(WIDTH_KEY, String(next));
      setParam('width', String(next));
    },
    showVariables,
    toggleVariables: () =>
      setShowVariables((open) => {
        window.localStorage.setItem(DRAWER_KEY, open ? 'closed' : 'open');
        return !open;
      }),
  };
}
