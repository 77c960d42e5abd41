import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import type { DispatchBlockersQuery } from '../../../gql/graphql';
import { DispatchBlockersDocument, DispatchSummaryDocument } from '../api/blocker-operations';

export type DispatchBlocker = DispatchBlockersQuery['blockers']['edges'][number]['node'];
export type DispatchGrouping = 'leader' | 'department';

export interface DispatchGroup {
  key: string;
  /** null: the leader is not yet decided (a project before 签约). */
  name: string | null;
  blockers: DispatchBlocker[];
  overdueCount: number;
}

const PAGE = 500;

/**
 * Groups in the order a 调度会 takes them: the group with the longest overdue blocker first,
 * then the one with the most open blockers. Within a group the server's order stands: earliest
 * due (most overdue) first.
 */
export function groupBlockers(
  blockers: readonly DispatchBlocker[],
  by: DispatchGrouping,
): DispatchGroup[] {
  const groups = new Map<string, DispatchGroup>();
  for (const blocker of blockers) {
    const owner = by === 'leader' ? blocker.responsibleLeader : blocker.department;
    const key = owner?.id ?? 'none';
    const group = groups.get(key) ?? {
      key,
      name: owner?.name ?? null,
      blockers: [],
      overdueCount: 0,
    };
    group.blockers.push(blocker);
    if (blocker.overdue) group.overdueCount++;
    groups.set(key, group);
  }
  const worst = (group: DispatchGroup) => Math.max(...group.blockers.map((b) => b.overdueDays));
  return [...groups.values()].sort(
    (a, b) =>
      worst(b) - worst(a) ||
      b.blockers.length - a.blockers.length ||
      (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'),
  );
}

/** Every open blocker in scope (all pages), and the departments' figures for the period. */
export function useDispatchSheet(from: string, to: string) {
  const blockersQuery = useQuery(DispatchBlockersDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const summaryQuery = useQuery(DispatchSummaryDocument, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
  });
  const connection = blockersQuery.data?.blockers;
  const { fetchMore } = blockersQuery;

  useEffect(() => {
    if (!connection?.pageInfo.hasNextPage) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        blockers: {
          ...fetchMoreResult.blockers,
          edges: [...previous.blockers.edges, ...fetchMoreResult.blockers.edges],
        },
      }),
    });
  }, [connection, fetchMore]);

  const blockers = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  return {
    blockers,
    complete: Boolean(connection && !connection.pageInfo.hasNextPage),
    summary: summaryQuery.data?.dispatchSummary ?? summaryQuery.previousData?.dispatchSummary,
    error: blockersQuery.error ?? summaryQuery.error,
    refetch: () => {
      void blockersQuery.refetch();
      void summaryQuery.refetch();
    },
  };
}
