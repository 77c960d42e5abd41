import { useApolloClient, useMutation } from '@apollo/client/react';
import { STAGE_LABELS, isForwardMove, isStage, type Stage } from '@luodi/domain';
import { App, Button, type FormInstance } from 'antd';
import { createElement, useCallback, useRef, useState } from 'react';
import type { BoardCardFragment, Role, StageEvidenceInput } from '../../../gql/graphql';
import { readApiError, useReportApiError } from '../../../shared/api-errors';
import { useBilingual, useT } from '../../../shared/i18n';
import { mayCorrectStage, mayWorkOn, type Viewer } from '../../../shared/project-access';
import {
  BoardCardFragmentDoc,
  BoardProjectDocument,
  MoveProjectDocument,
  ReorderProjectDocument,
} from '../api/board-operations';
import type { KanbanMove } from '../components/kanban-board';
import { IdSetStore } from './id-set-store';
import { placeCard, removeCard, type Columns } from './use-board-data';

/** How long the toast after a move offers to undo it (the server allows 10 minutes). */
const UNDO_TOAST_SECONDS = 10;

export interface PendingMove {
  id: string;
  from: { stage: Stage; index: number };
  to: { stage: Stage; index: number };
  /** The card placed just above the moved one in its new column; null = top. */
  afterId: string | null;
  direction: 'FORWARD' | 'BACKWARD';
  card: BoardCardFragment;
}

interface BoardAccess {
  viewer: Viewer | null;
  columnsRef: { current: Columns };
  setColumns: (change: (columns: Columns) => Columns) => void;
  refreshTotals: () => Promise<void>;
}

function afterIdAt(columns: Columns, stage: Stage, index: number, movingId: string): string | null {
  const ids = columns[stage].ids.filter((id) => id !== movingId);
  return index > 0 ? (ids[Math.min(index, ids.length) - 1] ?? null) : null;
}

/**
 * What a drop means on the board: a reorder, a forward move (evidence dialog), a correction
 * backward (reason dialog) or a refusal with a message. The card moves at once (optimistic)
 * and goes back, or to where the server says it is, when the move fails.
 */
export function useCardMoves({ viewer, columnsRef, setColumns, refreshTotals }: BoardAccess) {
  const client = useApolloClient();
  const t = useT();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [dialog, setDialog] = useState<PendingMove | null>(null);
  const [pendingIds] = useState(() => new IdSetStore());
  const [moveProject, { loading: moving }] = useMutation(MoveProjectDocument);
  const [reorderProject] = useMutation(ReorderProjectDocument);
  const dialogRef = useRef(dialog);
  dialogRef.current = dialog;

  const setPending = useCallback(
    (id: string, pending: boolean) => pendingIds.set(id, pending),
    [pendingIds],
  );

  const readCard = useCallback(
    (id: string) =>
      client.readFragment({
        fragment: BoardCardFragmentDoc,
        id: client.cache.identify({ __typename: 'Project', id }),
      }),
    [client],
  );

  const stageName = useCallback((stage: Stage) => bilingual(STAGE_LABELS[stage]), [bilingual]);

  /** After a CONFLICT: the newer card from the server, placed in the column it is really in. */
  const reloadCard = useCallback(
    async (move: PendingMove) => {
      void message.warning(t('board.move.conflict'));
      try {
        const { data } = await client.query({
          query: BoardProjectDocument,
          variables: { id: move.id },
          fetchPolicy: 'network-only',
        });
        const fresh = data?.project;
        if (!fresh || fresh.status !== 'ACTIVE') {
          // Terminated (or out of reach) meanwhile: it has left the board.
          setColumns((columns) => removeCard(columns, move.id));
        } else {
          setColumns((columns) =>
            placeCard(
              columns,
              move.id,
              fresh.stage,
              fresh.stage === move.from.stage ? move.from.index : 0,
            ),
          );
        }
      } catch (error) {
        setColumns((columns) => placeCard(columns, move.id, move.from.stage, move.from.index));
        reportApiError(error);
      }
      void refreshTotals();
    },
    [client, message, t, setColumns, refreshTotals, reportApiError],
  );

  const revert = useCallback(
    (move: PendingMove) =>
      setColumns((columns) => placeCard(columns, move.id, move.from.stage, move.from.index)),
    [setColumns],
  );

  const reorder = useCallback(
    async (id: string, stage: Stage, fromIndex: number, toIndex: number) => {
      const afterId = afterIdAt(columnsRef.current, stage, toIndex, id);
      setColumns((columns) => placeCard(columns, id, stage, toIndex));
      setPending(id, true);
      try {
        await reorderProject({ variables: { id, afterId } });
      } catch (error) {
        setColumns((columns) => placeCard(columns, id, stage, fromIndex));
        if (readApiError(error).code === 'CONFLICT') void message.warning(t('board.move.conflict'));
        else reportApiError(error);
      } finally {
        setPending(id, false);
      }
    },
    [columnsRef, setColumns, setPending, reorderProject, message, t, reportApiError],
  );

  const onMove = useCallback(
    (move: KanbanMove) => {
      const { itemId: id } = move;
      const fromStage = move.from.columnId;
      const toStage = move.to.columnId;
      const card = readCard(id);
      if (!viewer || !card || !isStage(fromStage) || !isStage(toStage)) return;
      if (dialogRef.current) return;
      if (card.status !== 'ACTIVE') {
        void message.warning(t('board.move.terminated'));
        return;
      }
      const mayWork = mayWorkOn(viewer, card);

      if (fromStage === toStage) {
        if (!mayWork) {
          void message.warning(
            t(mayCorrectStage(viewer) ? 'board.move.correctorReorder' : 'board.move.notYours'),
          );
          return;
        }
        void reorder(id, fromStage, move.from.index, move.to.index);
        return;
      }

      const forward = isForwardMove(fromStage, toStage);
      if (!forward && !mayCorrectStage(viewer)) {
        void message.warning(t('board.move.backwardRefused'));
        return;
      }
      if (forward && !mayWork) {
        void message.warning(
          t(mayCorrectStage(viewer) ? 'board.move.correctorForward' : 'board.move.notYours'),
        );
        return;
      }
      const pending: PendingMove = {
        id,
        from: { stage: fromStage, index: move.from.index },
        to: { stage: toStage, index: move.to.index },
        afterId: afterIdAt(columnsRef.current, toStage, move.to.index, id),
        direction: forward ? 'FORWARD' : 'BACKWARD',
        card,
      };
      // The card waits in its new column while the dialog is open; cancel puts it back.
      setColumns((columns) => placeCard(columns, id, toStage, move.to.index));
      setPending(id, true);
      setDialog(pending);
    },
    [viewer, readCard, message, t, reorder, columnsRef, setColumns, setPending],
  );

  const cancelDialog = useCallback(() => {
    const move = dialogRef.current;
    if (!move) return;
    revert(move);
    setPending(move.id, false);
    setDialog(null);
  }, [revert, setPending]);

  /** Takes back the viewer's own forward move: the card goes back to where it was. */
  const undo = useCallback(
    async (move: PendingMove) => {
      const version = readCard(move.id)?.version ?? move.card.version + 1;
      setColumns((columns) => placeCard(columns, move.id, move.from.stage, move.from.index));
      setPending(move.id, true);
      try {
        await moveProject({
          variables: {
            id: move.id,
            version,
            toStage: move.from.stage,
            evidence: null,
            reason: null,
            afterId: afterIdAt(columnsRef.current, move.from.stage, move.from.index, move.id),
          },
        });
        void message.success(
          t('board.move.undone', { name: move.card.name, stage: stageName(move.from.stage) }),
        );
      } catch (error) {
        setColumns((columns) => placeCard(columns, move.id, move.to.stage, move.to.index));
        if (readApiError(error).code === 'CONFLICT') await reloadCard(move);
        else reportApiError(error);
      } finally {
        setPending(move.id, false);
        void refreshTotals();
      }
    },
    [
      readCard,
      setColumns,
      setPending,
      moveProject,
      columnsRef,
      message,
      t,
      stageName,
      reloadCard,
      reportApiError,
      refreshTotals,
    ],
  );

  /**
   * Sends the move. Field errors stay in the dialog beside their fields; a CONFLICT closes it
   * and shows the newer card; anything else puts the card back with a message.
   */
  const submitMove = useCallback(
    async (input: { evidence?: StageEvidenceInput; reason?: string }, form: FormInstance<any>) => {
      const move = dialogRef.current;
      if (!move) return;
      const version = readCard(move.id)?.version ?? move.card.version;
      try {
        await moveProject({
          variables: {
            id: move.id,
            version,
            toStage: move.to.stage,
            evidence: input.evidence ?? null,
            reason: input.reason ?? null,
            afterId: move.afterId,
          },
        });
        setDialog(null);
        setPending(move.id, false);
        const text = t(move.direction === 'FORWARD' ? 'board.move.moved' : 'board.move.corrected', {
          name: move.card.name,
          stage: stageName(move.to.stage),
        });
        if (move.direction === 'FORWARD') {
          // A wrong drag is taken back here, by the mover, within the server's undo window.
          const key = `moved-${move.id}`;
          void message.success({
            key,
            duration: UNDO_TOAST_SECONDS,
            content: createElement(
              'span',
              null,
              text,
              ' ',
              createElement(
                Button,
                {
                  type: 'link',
                  size: 'small',
                  'aria-label': t('board.move.undoLabel', {
                    name: move.card.name,
                    stage: stageName(move.to.stage),
                  }),
                  onClick: () => {
                    message.destroy(key);
                    void undo(move);
                  },
                },
                t('board.move.undo'),
              ),
            ),
          });
        } else {
          void message.success(text);
        }
        void refreshTotals();
      } catch (error) {
        const { code } = readApiError(error);
        if (code === 'BAD_USER_INPUT') {
          reportApiError(error, form);
          return;
        }
        setDialog(null);
        setPending(move.id, false);
        if (code === 'CONFLICT') {
          await reloadCard(move);
          return;
        }
        revert(move);
        reportApiError(error);
      }
    },
    [
      readCard,
      moveProject,
      setPending,
      message,
      t,
      stageName,
      refreshTotals,
      reportApiError,
      reloadCard,
      revert,
      undo,
    ],
  );

  return {
    onMove,
    dialog,
    pendingIds,
    moving,
    cancelDialog,
    submitMove,
    role: (viewer?.role ?? 'STAFF') as Role,
  };
}
