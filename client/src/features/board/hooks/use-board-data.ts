import { useApolloClient } from '@apollo/client/react';
import { STAGES, type Stage } from '@luodi/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardPageQuery, ProjectFilter } from '../../../gql/graphql';
import {
  BoardColumnPageDocument,
  BoardPageDocument,
  BoardTotalsDocument,
} from '../api/board-operations';

export const PAGE_SIZE = 30;

export interface ColumnState {
  stage: Stage;
  /** The cards loaded so far, in board order; their data lives in the Apollo cache. */
  ids: string[];
  totalCount: number;
  /** Σ 合同引资额 as the server summed it (万元). */
  totalContracted: number;
  /** Σ 计划投资额 as the server summed it (万元): what 在谈 cards show. */
  totalPlanned: number;
  endCursor: string | null;
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
}

export type Columns = Record<Stage, ColumnState>;

export interface BoardData {
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  columns: Columns;
}

type ApiColumn = BoardPageQuery['board']['columns'][number];

function emptyColumns(): Columns {
  return Object.fromEntries(
    STAGES.map((stage) => [
      stage,
      {
        stage,
        ids: [],
        totalCount: 0,
        totalContracted: 0,
        totalPlanned: 0,
        endCursor: null,
        hasNextPage: false,
        loadingMore: false,
        loadMoreError: null,
      },
    ]),
  ) as unknown as Columns;
}

function columnFrom(api: ApiColumn): ColumnState {
  return {
    stage: api.stage,
    ids: api.projects.edges.map((edge) => edge.node.id),
    totalCount: api.totalCount,
    totalContracted: api.totalContracted,
    totalPlanned: api.totalPlanned,
    endCursor: api.projects.pageInfo.endCursor ?? null,
    hasNextPage: api.projects.pageInfo.hasNextPage,
    loadingMore: false,
    loadMoreError: null,
  };
}

/** Where a card sits: its column and index, or null when it is not on the board. */
export function locateCard(columns: Columns, id: string): { stage: Stage; index: number } | null {
  for (const stage of STAGES) {
    const index = columns[stage].ids.indexOf(id);
    if (index >= 0) return { stage, index };
  }
  return null;
}

/**
 * Puts a card into `stage` at `index` (clamped), taking it out of wherever it was; counts follow
 * the card between columns. Columns the card does not touch keep their identity.
 */
export function placeCard(columns: Columns, id: string, stage: Stage, index: number): Columns {
  const from = locateCard(columns, id);
  const next = { ...columns };
  if (from) {
    const ids = columns[from.stage].ids.filter((other) => other !== id);
    next[from.stage] = {
      ...columns[from.stage],
      ids,
      totalCount: columns[from.stage].totalCount - (from.stage === stage ? 0 : 1),
    };
  }
  const target = next[stage];
  const ids = [...target.ids];
  ids.splice(Math.max(0, Math.min(index, ids.length)), 0, id);
  next[stage] = {
    ...target,
    ids,
    totalCount: target.totalCount + (from?.stage === stage ? 0 : 1),
  };
  return next;
}

export function removeCard(columns: Columns, id: string): Columns {
  const at = locateCard(columns, id);
  if (!at) return columns;
  return {
    ...columns,
    [at.stage]: {
      ...columns[at.stage],
      ids: columns[at.stage].ids.filter((other) => other !== id),
      totalCount: Math.max(0, columns[at.stage].totalCount - 1),
    },
  };
}

/**
 * The board's columns for the filter: the first page of every column, then more per column on
 * demand. Card data is normalised in the Apollo cache (cards read it with useFragment), so an
 * edit anywhere — the drawer, a move — shows on its card without reloading the board.
 */
export function useBoardData(filter: ProjectFilter, filterKey: string) {
  const client = useApolloClient();
  const [data, setData] = useState<BoardData>({
    status: 'loading',
    error: null,
    columns: emptyColumns(),
  });
  // Answers for an older filter are dropped.
  const generation = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const columnsRef = useRef(data.columns);
  columnsRef.current = data.columns;
  const loadingMore = useRef(new Set<Stage>());

  const load = useCallback(async () => {
    const current = ++generation.current;
    setData((previous) => ({ ...previous, status: 'loading', error: null }));
    try {
      const result = await client.query({
        query: BoardPageDocument,
        variables: { filter: filterRef.current, first: PAGE_SIZE },
        fetchPolicy: 'network-only',
      });
      if (current !== generation.current) return;
      const columns = emptyColumns();
      for (const column of result.data?.board.columns ?? [])
        columns[column.stage] = columnFrom(column);
      setData({ status: 'ready', error: null, columns });
    } catch (error) {
      if (current !== generation.current) return;
      setData((previous) => ({ ...previous, status: 'error', error }));
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load, filterKey]);

  const updateColumn = useCallback((stage: Stage, patch: (column: ColumnState) => ColumnState) => {
    setData((previous) => ({
      ...previous,
      columns: { ...previous.columns, [stage]: patch(previous.columns[stage]) },
    }));
  }, []);

  const loadMore = useCallback(
    async (stage: Stage) => {
      const column = columnsRef.current[stage];
      if (!column.hasNextPage || loadingMore.current.has(stage) || !column.endCursor) return;
      const current = generation.current;
      loadingMore.current.add(stage);
      updateColumn(stage, (c) => ({ ...c, loadingMore: true, loadMoreError: null }));
      try {
        const result = await client.query({
          query: BoardColumnPageDocument,
          variables: {
            stage,
            filter: filterRef.current,
            first: PAGE_SIZE,
            after: column.endCursor,
          },
          fetchPolicy: 'network-only',
        });
        if (current !== generation.current) return;
        const page = result.data?.boardColumn;
        setData((previous) => {
          const onBoard = new Set(STAGES.flatMap((s) => previous.columns[s].ids));
          const target = previous.columns[stage];
          const fresh = (page?.projects.edges ?? [])
            .map((edge) => edge.node.id)
            .filter((id) => !onBoard.has(id));
          return {
            ...previous,
            columns: {
              ...previous.columns,
              [stage]: {
                ...target,
                ids: [...target.ids, ...fresh],
                endCursor: page?.projects.pageInfo.endCursor ?? target.endCursor,
                hasNextPage: page?.projects.pageInfo.hasNextPage ?? false,
                loadingMore: false,
              },
            },
          };
        });
      } catch (error) {
        if (current !== generation.current) return;
        updateColumn(stage, (c) => ({ ...c, loadingMore: false, loadMoreError: error }));
      } finally {
        loadingMore.current.delete(stage);
      }
    },
    [client, updateColumn],
  );

  /** Re-reads the counts and sums from the server (sums are never added up in the client). */
  const refreshTotals = useCallback(async () => {
    const current = generation.current;
    try {
      const result = await client.query({
        query: BoardTotalsDocument,
        variables: { filter: filterRef.current },
        fetchPolicy: 'no-cache',
      });
      if (current !== generation.current) return;
      setData((previous) => {
        const columns = { ...previous.columns };
        for (const column of result.data?.board.columns ?? []) {
          columns[column.stage] = {
            ...columns[column.stage],
            totalCount: column.totalCount,
            totalContracted: column.totalContracted,
            totalPlanned: column.totalPlanned,
          };
        }
        return { ...previous, columns };
      });
    } catch {
      // The counts stay as they were; the next change or reload corrects them.
    }
  }, [client]);

  const setColumns = useCallback((change: (columns: Columns) => Columns) => {
    setData((previous) => ({ ...previous, columns: change(previous.columns) }));
  }, []);

  return { ...data, columnsRef, reload: load, loadMore, refreshTotals, setColumns };
}
