import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The page's URL search parameters, and a setter that changes some of them and keeps the rest (an empty value
 * removes the parameter). `replace` for typing, so each keystroke isn't a history entry.
 */
export function useSearchState() {
  const [search, setSearch] = useSearchParams();
  // React Router's functional update reads the params of the last render, not of the last update: a filter click
  // followed at once by typing would put the old filter back. Updates build on the newest one not yet rendered.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [search]);
  const update = (changes: Record<string, string | undefined>, replace = false) => {
    const next = new URLSearchParams(pending.current ?? search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    pending.current = next;
    setSearch(next, { replace });
  };
  return [search, update] as const;
}
