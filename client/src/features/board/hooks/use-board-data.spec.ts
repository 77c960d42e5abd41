import { STAGES, type Stage } from '@luodi/domain';
import {
  locateCard,
  placeCard,
  removeCard,
  type ColumnState,
  type Columns,
} from './use-board-data';

function columns(ids: Partial<Record<Stage, string[]>>): Columns {
  return Object.fromEntries(
    STAGES.map((stage): [Stage, ColumnState] => [
      stage,
      {
        stage,
        ids: ids[stage] ?? [],
        totalCount: (ids[stage] ?? []).length + 10,
        totalContracted: 0,
        totalPlanned: 0,
        endCursor: null,
        hasNextPage: true,
        loadingMore: false,
        loadMoreError: null,
      },
    ]),
  ) as unknown as Columns;
}

describe('board columns', () => {
  const board = columns({ SIGNED: ['a', 'b', 'c'], LANDED: ['d'] });

  it('moves a card between columns, and the counts follow it', () => {
    const next = placeCard(board, 'b', 'LANDED', 1);
    expect(next.SIGNED.ids).toEqual(['a', 'c']);
    expect(next.LANDED.ids).toEqual(['d', 'b']);
    expect(next.SIGNED.totalCount).toBe(12);
    expect(next.LANDED.totalCount).toBe(12);
  });

  it('reorders within a column without changing its count', () => {
    const next = placeCard(board, 'c', 'SIGNED', 0);
    expect(next.SIGNED.ids).toEqual(['c', 'a', 'b']);
    expect(next.SIGNED.totalCount).toBe(13);
  });

  it('puts a card back where it came from', () => {
    const moved = placeCard(board, 'b', 'LANDED', 0);
    const back = placeCard(moved, 'b', 'SIGNED', 1);
    expect(back.SIGNED.ids).toEqual(['a', 'b', 'c']);
    expect(back.LANDED.ids).toEqual(['d']);
    expect(back.SIGNED.totalCount).toBe(board.SIGNED.totalCount);
  });

  it('leaves the columns a move does not touch as they were (memoised lists skip them)', () => {
    const next = placeCard(board, 'b', 'LANDED', 0);
    expect(next.NEGOTIATING).toBe(board.NEGOTIATING);
    expect(next.OPERATING).toBe(board.OPERATING);
  });

  it('clamps an index past the end, and adds a card that was not on the board', () => {
    expect(placeCard(board, 'x', 'LANDED', 99).LANDED.ids).toEqual(['d', 'x']);
    expect(placeCard(board, 'x', 'LANDED', 99).LANDED.totalCount).toBe(12);
  });

  it('removes a terminated card and finds cards', () => {
    const next = removeCard(board, 'a');
    expect(next.SIGNED.ids).toEqual(['b', 'c']);
    expect(next.SIGNED.totalCount).toBe(12);
    expect(removeCard(board, 'nope')).toBe(board);
    expect(locateCard(board, 'c')).toEqual({ stage: 'SIGNED', index: 2 });
    expect(locateCard(board, 'nope')).toBeNull();
  });
});
