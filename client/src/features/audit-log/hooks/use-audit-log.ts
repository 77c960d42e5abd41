import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { AuditLogDocument, type AuditLogFilter } from '../api/audit-log-operations';

export const AUDIT_PAGE_SIZE = 50;

/** The 操作日志 newest first, a page at a time by cursor; loadMore appends the next page. */
export function useAuditLog(filter: AuditLogFilter) {
  const variables = {
    first: AUDIT_PAGE_SIZE,
    entity: filter.entity || null,
    actorId: filter.actorId || null,
    action: filter.action || null,
    from: filter.from || null,
    to: filter.to || null,
  };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditLogDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const pageInfo = shown?.auditLog.pageInfo;

  const loadMore = useCallback(() => {
    if (!pageInfo?.hasNextPage) return;
    void fetchMore({
      variables: { ...variables, after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditLog: {
          ...fetchMoreResult.auditLog,
          edges: [...(previous.auditLog?.edges ?? []), ...fetchMoreResult.auditLog.edges],
        },
      }),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetchMore, pageInfo?.endCursor, pageInfo?.hasNextPage, JSON.stringify(variables)]);

  return {
    events: shown?.auditLog.edges.map((edge) => edge.node) ?? [],
    hasMore: Boolean(pageInfo?.hasNextPage),
    loading,
    error,
    refetch: () => void refetch(),
    loadMore,
  };
}
