import {
  DragDropContext,
  Draggable,
  Droppable,
  type DragStart,
  type DragUpdate,
  type DraggableProvided,
  type DraggableStateSnapshot,
  type DropResult,
  type ResponderProvided,
} from '@hello-pangea/dnd';
import {
  memo,
  useCallback,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
  type UIEvent,
} from 'react';

// The only file that knows the drag-and-drop library: the rest of the board speaks in columns,
// item ids and moves, so the library can be swapped (or virtualised) here alone.

export interface KanbanColumn {
  id: string;
  header: ReactNode;
  /** Shown under the cards: "load more", "all shown", an error. */
  footer?: ReactNode;
  /** Shown in place of cards when the column has none. */
  empty?: ReactNode;
  itemIds: readonly string[];
  /** Accessible name of the column's list. */
  label: string;
}

export interface KanbanMove {
  itemId: string;
  from: { columnId: string; index: number };
  to: { columnId: string; index: number };
}

/** What a rendered item spreads on its root element to become draggable (and keyboard-liftable). */
export interface DragHandle {
  ref: Ref<HTMLElement>;
  props: HTMLAttributes<HTMLElement>;
  /** `props` in two: for an item whose drag handle is an element inside its root. */
  rootProps: HTMLAttributes<HTMLElement>;
  handleProps: HTMLAttributes<HTMLElement>;
  style: CSSProperties | undefined;
  isDragging: boolean;
}

/** Where an item is, for what screen readers are told during a drag (index counts from 0). */
export interface KanbanPlace {
  columnId: string;
  index: number;
}

/** The words a screen reader hears: how to drag, and each step of a drag, in the app's language. */
export interface KanbanAnnouncements {
  instructions: string;
  lifted: (itemId: string, at: KanbanPlace) => string;
  moved: (itemId: string, to: KanbanPlace | null) => string;
  dropped: (itemId: string, to: KanbanPlace | null) => string;
  cancelled: (itemId: string) => string;
}

export interface KanbanBoardProps {
  announcements: KanbanAnnouncements;
  columns: readonly KanbanColumn[];
  /** Must return a memoised component: it re-renders only when this item is dragged or displaced. */
  renderItem: (itemId: string, handle: DragHandle) => ReactNode;
  onMove: (move: KanbanMove) => void;
  /** Called as a column is scrolled close to its end, to load more. */
  onNearEnd?: (columnId: string) => void;
  columnWidth?: number;
  /** One column filling the width (a phone): no minimum board width, no dragging. */
  single?: boolean;
}

const NEAR_END_PX = 240;

// No scroll container of its own: the drag library supports one per list (the column) plus the
// window, so a narrow screen scrolls the page sideways instead.
const boardStyle: CSSProperties = {
  display: 'flex',
  gap: 12,
  alignItems: 'stretch',
  minHeight: 0,
  flex: 1,
  minWidth: 5 * 200 + 4 * 12,
};

const singleBoardStyle: CSSProperties = { ...boardStyle, minWidth: 0 };

const columnStyle: CSSProperties = {
  flex: '1 1 0',
  minWidth: 200,
  display: 'flex',
  flexDirection: 'column',
  background: '#ebebe7',
  borderRadius: 6,
  minHeight: 0,
};

const listStyle: CSSProperties = {
  flex: 1,
  minHeight: 80,
  overflowY: 'auto',
  padding: '4px 8px 8px',
};

const listOverStyle: CSSProperties = { ...listStyle, background: '#e1e4ea' };

// The library memoises `provided` and `snapshot` while nothing about an item changes; the handle
// built from them is kept as long as they are, so a memoised card sees the very same handle.
const handles = new WeakMap<
  DraggableProvided,
  { snapshot: DraggableStateSnapshot; handle: DragHandle }
>();

function handleOf(provided: DraggableProvided, snapshot: DraggableStateSnapshot): DragHandle {
  const known = handles.get(provided);
  if (known && known.snapshot === snapshot) return known.handle;
  const { style, ...draggableProps } = provided.draggableProps;
  const handle: DragHandle = {
    ref: provided.innerRef,
    props: { ...draggableProps, ...provided.dragHandleProps } as HTMLAttributes<HTMLElement>,
    rootProps: draggableProps as HTMLAttributes<HTMLElement>,
    handleProps: (provided.dragHandleProps ?? {}) as HTMLAttributes<HTMLElement>,
    style: style as CSSProperties | undefined,
    isDragging: snapshot.isDragging,
  };
  handles.set(provided, { snapshot, handle });
  return handle;
}

// Memoised per card: a column that re-renders (a card added, a header count changed) skips every
// card whose id and index are unchanged, so a drag or a move never re-renders the whole board.
const KanbanItem = memo(function KanbanItem({
  id,
  index,
  renderItem,
  dragDisabled,
}: {
  id: string;
  index: number;
  renderItem: KanbanBoardProps['renderItem'];
  dragDisabled?: boolean;
}) {
  return (
    <Draggable draggableId={id} index={index} isDragDisabled={dragDisabled}>
      {(provided, snapshot) => renderItem(id, handleOf(provided, snapshot))}
    </Draggable>
  );
});

const KanbanList = memo(function KanbanList({
  column,
  renderItem,
  onNearEnd,
  dragDisabled,
}: {
  column: KanbanColumn;
  renderItem: KanbanBoardProps['renderItem'];
  onNearEnd?: (columnId: string) => void;
  dragDisabled?: boolean;
}) {
  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) => {
      const list = event.currentTarget;
      if (list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_END_PX)
        onNearEnd?.(column.id);
    },
    [column.id, onNearEnd],
  );
  return (
    <Droppable droppableId={column.id}>
      {(provided, snapshot) => (
        <div
          ref={provided.innerRef}
          {...provided.droppableProps}
          data-column={column.id}
          style={snapshot.isDraggingOver ? listOverStyle : listStyle}
          onScroll={onScroll}
        >
          {column.itemIds.length === 0 && !snapshot.isDraggingOver && column.empty}
          {column.itemIds.map((id, index) => (
            <KanbanItem
              key={id}
              id={id}
              index={index}
              renderItem={renderItem}
              dragDisabled={dragDisabled}
            />
          ))}
          {provided.placeholder}
          {column.footer}
        </div>
      )}
    </Droppable>
  );
});

const place = (location: { droppableId: string; index: number } | null | undefined) =>
  location ? { columnId: location.droppableId, index: location.index } : null;

export function KanbanBoard({
  columns,
  renderItem,
  onMove,
  onNearEnd,
  announcements,
  single = false,
}: KanbanBoardProps) {
  const onDragStart = useCallback(
    (start: DragStart, provided: ResponderProvided) =>
      provided.announce(announcements.lifted(start.draggableId, place(start.source)!)),
    [announcements],
  );
  const onDragUpdate = useCallback(
    (update: DragUpdate, provided: ResponderProvided) =>
      provided.announce(announcements.moved(update.draggableId, place(update.destination))),
    [announcements],
  );
  const onDragEnd = useCallback(
    (result: DropResult, provided: ResponderProvided) => {
      provided.announce(
        result.reason === 'CANCEL'
          ? announcements.cancelled(result.draggableId)
          : announcements.dropped(result.draggableId, place(result.destination)),
      );
      if (!result.destination) return;
      const { source, destination } = result;
      if (source.droppableId === destination.droppableId && source.index === destination.index)
        return;
      onMove({
        itemId: result.draggableId,
        from: { columnId: source.droppableId, index: source.index },
        to: { columnId: destination.droppableId, index: destination.index },
      });
    },
    [onMove, announcements],
  );

  return (
    <DragDropContext
      onDragStart={onDragStart}
      onDragUpdate={onDragUpdate}
      onDragEnd={onDragEnd}
      dragHandleUsageInstructions={announcements.instructions}
    >
      <div style={single ? singleBoardStyle : boardStyle}>
        {columns.map((column) => (
          <section key={column.id} style={columnStyle} aria-label={column.label}>
            {column.header}
            <KanbanList
              column={column}
              renderItem={renderItem}
              onNearEnd={onNearEnd}
              dragDisabled={single}
            />
          </section>
        ))}
      </div>
    </DragDropContext>
  );
}
