import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * An optimistic change to cached queries (TanStack Query's onMutate → onError → onSettled): `change` cancels the
 * fetches in flight under each key (so an older answer can't land on top), keeps what every matching query held,
 * then writes the new value; the returned `rollback` puts every one of them back as it was. The caller invalidates
 * in `onSettled`, so the server's word wins either way.
 */
export async function changeCached(
  queryClient: QueryClient,
  changes: { queryKey: QueryKey; update: (old: unknown) => unknown; exact?: boolean }[],
): Promise<{ rollback: () => void }> {
  await Promise.all(
    changes.map(({ queryKey, exact }) => queryClient.cancelQueries({ queryKey, exact: exact ?? true })),
  );
  const kept: [QueryKey, unknown][] = [];
  for (const { queryKey, update, exact } of changes) {
    for (const [key, data] of queryClient.getQueriesData({ queryKey, exact: exact ?? true })) {
      if (data === undefined) continue;
      kept.push([key, data]);
      queryClient.setQueryData(key, update(data));
    }
  }
  return {
    rollback: () => {
      for (const [key, data] of kept) queryClient.setQueryData(key, data);
    },
  };
}
