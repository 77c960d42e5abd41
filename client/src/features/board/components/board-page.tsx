import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { STAGES, STAGE_LABELS, formatWan, isStage, type Stage } from '@luodi/domain';
import { Button, Card, Empty, Flex, Grid, Segmented, Skeleton, Spin, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type TouchEvent,
} from 'react';
import { useSearchParams } from 'react-router-dom';
import type { BoardCardFragment, ProjectFilter, Role } from '../../../gql/graphql';
import { useBilingual, useLocale, useT } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import { BoardCardFragmentDoc, BoardViewerDocument } from '../api/board-operations';
import { useBoardData, placeCard, removeCard, type ColumnState } from '../hooks/use-board-data';
import { toProjectFilter, useBoardFilters } from '../hooks/use-board-filters';
import { useCardMoves } from '../hooks/use-card-moves';
import { BoardFilters, useBoardOptions } from './board-filters';
import { CreateProjectDrawer } from './create-project-drawer';
import {
  KanbanBoard,
  type DragHandle,
  type KanbanAnnouncements,
  type KanbanColumn,
  type KanbanPlace,
} from './kanban-board';
import { EvidenceDialog, ReasonDialog } from './move-dialogs';
import { MoveSheet } from './move-sheet';
import { ProjectCard } from './project-card';

/** What the board hands to the project drawer composed in by the app. */
export interface ProjectDrawerSlotProps {
  projectId: string | null;
  onClose: () => void;
  /** The project left the board (终止). */
  onTerminated: (projectId: string) => void;
}

/** What the board hands to extra header actions composed in by the app. */
export interface BoardHeaderSlotProps {
  /** The board's filters as they are now, for actions that should honour them. */
  filter: ProjectFilter;
  role: Role | null;
  /** Reloads the board, e.g. after projects were added from outside it. */
  reload: () => void;
}

export interface BoardPageProps {
  renderProjectDrawer?: (props: ProjectDrawerSlotProps) => ReactNode;
  renderHeaderExtra?: (props: BoardHeaderSlotProps) => ReactNode;
}

const PROJECT_PARAM = 'project';

const pageStyle: CSSProperties = {
  height: 'calc(100vh - 112px)',
  minHeight: 520,
  display: 'flex',
  flexDirection: 'column',
  gap: 12,
};
const headerStyle: CSSProperties = { padding: '10px 12px 6px' };
const countStyle: CSSProperties = {
  background: '#fff',
  borderRadius: 10,
  padding: '0 8px',
  fontSize: 12,
  lineHeight: '20px',
  color: 'rgba(0, 0, 0, 0.65)',
};
// A phone scrolls the page, not the column: the list grows with its cards.
const phonePageStyle: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 12 };
const boardAreaStyle: CSSProperties = { flex: 1, minHeight: 0, display: 'flex' };
const stageSwitchStyle: CSSProperties = { overflowX: 'auto', maxWidth: '100%' };
/** How far a finger must travel sideways for a swipe to the next stage. */
const SWIPE_PX = 60;
const reloadingStyle: CSSProperties = { ...boardAreaStyle, opacity: 0.5, pointerEvents: 'none' };
const footerStyle: CSSProperties = { textAlign: 'center', padding: '4px 0 8px', fontSize: 12 };
const emptyColumnStyle: CSSProperties = {
  color: 'rgba(0, 0, 0, 0.62)',
  textAlign: 'center',
  padding: '24px 0',
  fontSize: 13,
};

function ColumnHeader({ column }: { column: ColumnState }) {
  const t = useT();
  const bilingual = useBilingual();
  const { locale } = useLocale();
  return (
    <div style={headerStyle}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong style={{ fontSize: 15 }}>
          {bilingual(STAGE_LABELS[column.stage])}
        </Typography.Text>
        <span
          style={countStyle}
          data-testid="column-count"
          aria-label={t('board.column.countLabel', { count: column.totalCount })}
        >
          {column.totalCount}
        </span>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="column-total">
        {/* 在谈 cards show planned investment, so its column sums that and says so. */}
        {column.stage === 'NEGOTIATING'
          ? t('board.column.totalPlanned', {
              amount: formatWan(column.totalPlanned, locale === 'zh-CN' ? 'zh' : 'en'),
            })
          : t('board.column.total', {
              amount: formatWan(column.totalContracted, locale === 'zh-CN' ? 'zh' : 'en'),
            })}
      </Typography.Text>
    </div>
  );
}

function ColumnFooter({
  column,
  onLoadMore,
}: {
  column: ColumnState;
  onLoadMore: (stage: Stage) => void;
}) {
  const t = useT();
  if (column.loadingMore) {
    return (
      <div style={footerStyle}>
        <Spin size="small" /> {t('board.column.loadingMore')}
      </div>
    );
  }
  if (column.loadMoreError) {
    return (
      <div style={footerStyle}>
        <Button size="small" danger type="link" onClick={() => onLoadMore(column.stage)}>
          {t('board.column.loadMoreFailed')}
        </Button>
      </div>
    );
  }
  if (column.hasNextPage) {
    return (
      <div style={footerStyle}>
        <Button size="small" type="link" onClick={() => onLoadMore(column.stage)}>
          {t('board.column.loadMore', { shown: column.ids.length, total: column.totalCount })}
        </Button>
      </div>
    );
  }
  if (column.ids.length === 0) return null;
  return (
    <div style={{ ...footerStyle, color: 'rgba(0, 0, 0, 0.62)' }}>
      {t('board.column.allLoaded', { count: column.ids.length })}
    </div>
  );
}

function BoardSkeleton() {
  return (
    <Flex gap={12} style={{ flex: 1 }} aria-busy>
      {STAGES.map((stage) => (
        <Card key={stage} style={{ flex: 1 }} size="small">
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ))}
    </Flex>
  );
}

export function BoardPage({ renderProjectDrawer, renderHeaderExtra }: BoardPageProps) {
  const t = useT();
  const bilingual = useBilingual();
  const { filters, filtersKey, active, setFilters, clearFilters } = useBoardFilters();
  const projectFilter = useMemo(() => toProjectFilter(filters), [filters]);
  const board = useBoardData(projectFilter, filtersKey);
  const { setColumns, refreshTotals, loadMore, reload } = board;
  const viewerQuery = useQuery(BoardViewerDocument);
  const me = viewerQuery.data?.me;
  const viewer = useMemo(() => (me ? { id: me.id, role: me.role } : null), [me]);
  const options = useBoardOptions();
  const moves = useCardMoves({
    viewer,
    columnsRef: board.columnsRef,
    setColumns,
    refreshTotals,
  });
  const client = useApolloClient();
  const [creating, setCreating] = useState(false);
  const phone = Grid.useBreakpoint().xs === true;
  const [phoneStage, setPhoneStage] = useState<Stage>('NEGOTIATING');
  const [sheetId, setSheetId] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const openProjectId = params.get(PROJECT_PARAM);

  // The URL names the open project, so a link can open the board on a card.
  const setOpenProject = useRef(setParams);
  setOpenProject.current = setParams;
  const openProject = useCallback((id: string | null) => {
    setOpenProject.current(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set(PROJECT_PARAM, id);
        else next.delete(PROJECT_PARAM);
        return next;
      },
      { replace: true },
    );
  }, []);
  const onOpenCard = useCallback((id: string) => openProject(id), [openProject]);
  const closeDrawer = useCallback(() => openProject(null), [openProject]);

  const { pendingIds } = moves;
  const onMoveRequest = phone ? setSheetId : undefined;
  const renderItem = useCallback(
    (id: string, handle: DragHandle) => (
      <ProjectCard
        id={id}
        handle={handle}
        pendingIds={pendingIds}
        onOpen={onOpenCard}
        onMoveRequest={onMoveRequest}
      />
    ),
    [pendingIds, onOpenCard, onMoveRequest],
  );

  // When a move dialog closes, focus goes back to the card (in the stage it is now in).
  const dialogCardId = moves.dialog?.id ?? null;
  const lastDialogCardId = useRef<string | null>(null);
  useEffect(() => {
    const closedFor = lastDialogCardId.current;
    lastDialogCardId.current = dialogCardId;
    if (dialogCardId !== null || closedFor === null) return;
    const now = STAGES.find((stage) => board.columnsRef.current[stage].ids.includes(closedFor));
    if (phone && now) setPhoneStage(now);
    const frame = window.requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-project-id="${CSS.escape(closedFor)}"]`)?.focus(),
    );
    return () => window.cancelAnimationFrame(frame);
  }, [dialogCardId, board.columnsRef, phone]);

  const sheetCard = sheetId
    ? client.readFragment({
        fragment: BoardCardFragmentDoc,
        id: client.cache.identify({ __typename: 'Project', id: sheetId }),
      })
    : null;
  const onSheetChoose = useCallback(
    (id: string, from: Stage, to: Stage) => {
      setSheetId(null);
      const index = board.columnsRef.current[from].ids.indexOf(id);
      moves.onMove({
        itemId: id,
        from: { columnId: from, index: Math.max(0, index) },
        to: { columnId: to, index: 0 },
      });
    },
    [board.columnsRef, moves],
  );

  const swipeFrom = useRef<{ x: number; y: number } | null>(null);
  const onTouchStart = useCallback((event: TouchEvent) => {
    const touch = event.touches[0];
    swipeFrom.current = touch ? { x: touch.clientX, y: touch.clientY } : null;
  }, []);
  const onTouchEnd = useCallback((event: TouchEvent) => {
    const from = swipeFrom.current;
    const touch = event.changedTouches[0];
    swipeFrom.current = null;
    if (!from || !touch) return;
    const dx = touch.clientX - from.x;
    const dy = touch.clientY - from.y;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    setPhoneStage((current) => {
      const next = STAGES.indexOf(current) + (dx < 0 ? 1 : -1);
      return STAGES[Math.min(STAGES.length - 1, Math.max(0, next))];
    });
  }, []);

  const onLoadMore = useCallback((stage: Stage) => void loadMore(stage), [loadMore]);
  const onNearEnd = useCallback(
    (columnId: string) => {
      if (isStage(columnId)) void loadMore(columnId);
    },
    [loadMore],
  );

  const kanbanColumns: KanbanColumn[] = useMemo(
    () =>
      STAGES.map((stage) => {
        const column = board.columns[stage];
        return {
          id: stage,
          label: bilingual(STAGE_LABELS[stage]),
          header: <ColumnHeader column={column} />,
          footer: <ColumnFooter column={column} onLoadMore={onLoadMore} />,
          empty: <div style={emptyColumnStyle}>{t('board.column.empty')}</div>,
          itemIds: column.ids,
        };
      }),
    [board.columns, bilingual, t, onLoadMore],
  );

  const announcements: KanbanAnnouncements = useMemo(() => {
    const nameOf = (id: string) =>
      client.readFragment({
        fragment: BoardCardFragmentDoc,
        id: client.cache.identify({ __typename: 'Project', id }),
      })?.name ?? id;
    const where = (at: KanbanPlace) => ({
      stage: isStage(at.columnId) ? bilingual(STAGE_LABELS[at.columnId]) : at.columnId,
      position: at.index + 1,
    });
    return {
      instructions: t('board.dnd.instructions'),
      lifted: (id, at) => t('board.dnd.lifted', { name: nameOf(id), ...where(at) }),
      moved: (_id, to) => (to ? t('board.dnd.moved', where(to)) : t('board.dnd.outside')),
      dropped: (id, to) =>
        to
          ? t('board.dnd.dropped', { name: nameOf(id), ...where(to) })
          : t('board.dnd.cancelled', { name: nameOf(id) }),
      cancelled: (id) => t('board.dnd.cancelled', { name: nameOf(id) }),
    };
  }, [client, t, bilingual]);

  const onTerminated = useCallback(
    (id: string) => {
      setColumns((columns) => removeCard(columns, id));
      void refreshTotals();
    },
    [setColumns, refreshTotals],
  );

  const onCreated = useCallback(
    (project: BoardCardFragment) => {
      setCreating(false);
      if (active) void reload();
      else {
        setColumns((columns) => placeCard(columns, project.id, 'NEGOTIATING', 0));
        void refreshTotals();
      }
    },
    [active, reload, setColumns, refreshTotals],
  );

  const firstLoad =
    board.status === 'loading' && STAGES.every((s) => board.columns[s].ids.length === 0);
  const nothing =
    board.status === 'ready' && STAGES.every((s) => board.columns[s].totalCount === 0);
  const isStaff = me?.role === 'STAFF';

  let content: ReactNode;
  if (board.status === 'error') {
    content = (
      <Flex vertical align="center" style={{ flex: 1 }}>
        <PageError error={board.error} onRetry={() => void reload()} />
        {active && (
          <Button type="link" onClick={clearFilters}>
            {t('board.filter.clear')}
          </Button>
        )}
      </Flex>
    );
  } else if (firstLoad) {
    content = <BoardSkeleton />;
  } else if (nothing) {
    content = (
      <Card style={{ flex: 1 }}>
        <Empty
          style={{ marginTop: 48 }}
          description={t(
            active ? 'board.empty.filtered' : isStaff ? 'board.empty.staff' : 'board.empty.none',
          )}
        >
          {active ? (
            <Button onClick={clearFilters}>{t('board.filter.clear')}</Button>
          ) : (
            isStaff && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('board.create')}
              </Button>
            )
          )}
        </Empty>
      </Card>
    );
  } else if (phone) {
    content = (
      <div
        style={{ opacity: board.status === 'loading' ? 0.5 : 1 }}
        aria-busy={board.status === 'loading'}
        onTouchStart={onTouchStart}
        onTouchEnd={onTouchEnd}
      >
        <div style={stageSwitchStyle}>
          <Segmented<Stage>
            block
            aria-label={t('board.phone.stages')}
            value={phoneStage}
            onChange={setPhoneStage}
            options={STAGES.map((stage) => ({
              value: stage,
              label: (
                <span style={{ display: 'inline-block', lineHeight: '18px', padding: '4px 0' }}>
                  {bilingual(STAGE_LABELS[stage])}
                  <br />
                  <span data-testid="stage-count">{board.columns[stage].totalCount}</span>
                </span>
              ),
            }))}
          />
        </div>
        <div style={{ marginTop: 12 }}>
          <KanbanBoard
            single
            columns={kanbanColumns.filter((column) => column.id === phoneStage)}
            renderItem={renderItem}
            onMove={moves.onMove}
            announcements={announcements}
          />
        </div>
      </div>
    );
  } else {
    content = (
      // While another filter loads, the old cards stay (dimmed) rather than flash away.
      <div
        style={board.status === 'loading' ? reloadingStyle : boardAreaStyle}
        aria-busy={board.status === 'loading'}
      >
        <KanbanBoard
          columns={kanbanColumns}
          renderItem={renderItem}
          onMove={moves.onMove}
          onNearEnd={onNearEnd}
          announcements={announcements}
        />
      </div>
    );
  }

  return (
    <div style={phone ? phonePageStyle : pageStyle}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('board.pageTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(phone ? 'board.pageDescriptionPhone' : 'board.pageDescription')}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap>
          {renderHeaderExtra?.({
            filter: projectFilter,
            role: me?.role ?? null,
            reload: () => void reload(),
          })}
          <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
            {t('board.refresh')}
          </Button>
          {isStaff && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('board.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      <BoardFilters
        filters={filters}
        active={active}
        onChange={setFilters}
        onClear={clearFilters}
      />
      {content}
      {moves.dialog?.direction === 'FORWARD' && (
        <EvidenceDialog
          key={moves.dialog.id}
          move={moves.dialog}
          role={moves.role}
          submitting={moves.moving}
          leaders={options.data?.leaders ?? []}
          onCancel={moves.cancelDialog}
          onSubmit={moves.submitMove}
        />
      )}
      {moves.dialog?.direction === 'BACKWARD' && (
        <ReasonDialog
          key={moves.dialog.id}
          move={moves.dialog}
          role={moves.role}
          submitting={moves.moving}
          onCancel={moves.cancelDialog}
          onSubmit={moves.submitMove}
        />
      )}
      {phone && (
        <MoveSheet
          card={sheetCard ?? null}
          mayCorrect={me?.role === 'SUPERVISOR' || me?.role === 'ADMIN'}
          onChoose={onSheetChoose}
          onClose={() => setSheetId(null)}
        />
      )}
      {me && isStaff && (
        <CreateProjectDrawer
          open={creating}
          viewer={{ id: me.id, orgUnitId: me.orgUnit.id }}
          onClose={() => setCreating(false)}
          onCreated={onCreated}
        />
      )}
      {renderProjectDrawer?.({ projectId: openProjectId, onClose: closeDrawer, onTerminated })}
    </div>
  );
}
