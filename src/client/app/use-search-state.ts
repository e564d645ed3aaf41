import { useSearchParams } from 'react-router';

/**
 * The page's URL search parameters, and a setter that changes some of them and keeps the rest (an empty value
 * removes the parameter). `replace` for typing, so each keystroke isn't a history entry.
 */
export function useSearchState() {
  const [search, setSearch] = useSearchParams();
  const update = (changes: Record<string, string | undefined>, replace = false) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace },
    );
  return [search, update] as const;
}
