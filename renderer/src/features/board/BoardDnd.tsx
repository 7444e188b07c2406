/**
 * The board's drag-and-drop, behind a small adapter so @dnd-kit/core stays in this file:
 * <BoardDndProvider> (sensors, collisions, overlay, announcements), useCardDraggable and
 * useCellDroppable. Cells are the droppables; cards are the draggables. A drop only reports
 * the cards and the target cell; what it means (reason, clear, nothing) is decided by the page.
 */
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDndContext,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type Collision,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { directionOfKey } from '../../../../shared/board/boardLayout';
import type { MovableCard } from '../../../../shared/board/moveLogic';
import { cellsAt, centerOf, keyboardJump, type RectLike } from './dndGeometry';

interface CardData {
  type: 'card';
  card: MovableCard;
  /** What the drag carries: the card, or the whole selection it belongs to. */
  cards: MovableCard[];
}

interface CellData {
  type: 'cell';
  cell: string;
}

const cardDragId = (id: number) => `card:${id}`;

/** Ids of the cards being dragged, so their source cards can dim. */
const DraggingContext = createContext<ReadonlySet<number>>(new Set());

/** Texts for screen readers, in the page's language. */
export interface DndTexts {
  instructions: string;
  pickedUp(cards: MovableCard[], cell: string): string;
  over(cards: MovableCard[], cell: string | null): string;
  dropped(cards: MovableCard[], cell: string | null): string;
  cancelled(cards: MovableCard[], cell: string): string;
}

export interface BoardDndProviderProps {
  layout: { rows: string[][] };
  /** The cards a drag of this card carries (its selection, or itself). */
  cardsFor(card: MovableCard): MovableCard[];
  /** A drop on a cell; a drop outside any cell or a cancelled drag reports nothing. */
  onDrop(cards: MovableCard[], cell: string): void;
  renderOverlay(cards: MovableCard[]): ReactNode;
  texts: DndTexts;
  children: ReactNode;
}

const cardsOf = (data: unknown): MovableCard[] => ((data as CardData | undefined)?.type === 'card' ? (data as CardData).cards : []);
const cellOf = (data: unknown): string | null => ((data as CellData | undefined)?.type === 'cell' ? (data as CellData).cell : null);

/**
 * The pointer decides where a mouse drag is (pointerWithin: a drop outside every cell is no
 * drop); the keyboard has no pointer, so the dragged card's centre does.
 */
const collisionDetection: CollisionDetection = ({ droppableContainers, droppableRects, collisionRect, pointerCoordinates }) => {
  const point = pointerCoordinates ?? centerOf(collisionRect);
  const rects: [string, RectLike][] = [];
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (rect && !container.disabled) rects.push([String(container.id), rect]);
  }
  const hits = new Set(cellsAt(point, rects));
  return droppableContainers
    .filter((container) => hits.has(String(container.id)))
    .map((container): Collision => ({ id: container.id, data: { droppableContainer: container, value: 0 } }));
};

export function BoardDndProvider({ layout, cardsFor, onDrop, renderOverlay, texts, children }: BoardDndProviderProps) {
  const [dragged, setDragged] = useState<MovableCard[] | null>(null);
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  // Arrow keys jump from cell to cell over the board's layout instead of nudging pixels.
  const coordinateGetter: KeyboardCoordinateGetter = useCallback((event, { context }) => {
    const direction = directionOfKey(event.code);
    if (!direction || !context.collisionRect) return undefined;
    event.preventDefault();
    const source = cardsOf(context.active?.data.current)[0]?.cell ?? null;
    const current = context.over ? String(context.over.id) : source;
    if (!current) return undefined;
    const rectOf = (code: string): RectLike | undefined => {
      const container = context.droppableContainers.get(code as UniqueIdentifier);
      return container && !container.disabled ? context.droppableRects.get(code as UniqueIdentifier) : undefined;
    };
    const jump = keyboardJump(layoutRef.current, current, direction, rectOf, context.collisionRect);
    return jump ? jump.topLeft : undefined;
  }, []);

  const sensors = useSensors(
    // A few pixels before a drag starts, so clicks on the card's checkbox and menu stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const textsRef = useRef(texts);
  useEffect(() => {
    textsRef.current = texts;
  }, [texts]);
  // The cell last announced, so the pick-up is not drowned by "over its own cell" right after.
  const lastOver = useRef<string | null>(null);
  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) => {
        const cards = cardsOf(active.data.current);
        lastOver.current = cards[0]?.cell ?? null;
        return textsRef.current.pickedUp(cards, cards[0]?.cell ?? '');
      },
      onDragOver: ({ active, over }) => {
        const cell = over ? cellOf(over.data.current) : null;
        if (cell === lastOver.current) return undefined;
        lastOver.current = cell;
        return textsRef.current.over(cardsOf(active.data.current), cell);
      },
      onDragEnd: ({ active, over }) => textsRef.current.dropped(cardsOf(active.data.current), over ? cellOf(over.data.current) : null),
      onDragCancel: ({ active }) => {
        const cards = cardsOf(active.data.current);
        return textsRef.current.cancelled(cards, cards[0]?.cell ?? '');
      },
    }),
    [],
  );

  const draggingIds = useMemo(() => new Set((dragged ?? []).map((card) => card.id)), [dragged]);

  const onDragStart = (event: DragStartEvent) => setDragged(cardsOf(event.active.data.current));
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const cards = cardsOf(event.active.data.current);
    const cell = event.over ? cellOf(event.over.data.current) : null;
    if (cell !== null && cards.length > 0) onDrop(cards, cell);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: texts.instructions } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <DraggingContext value={draggingIds}>
        <CardsForContext value={cardsFor}>{children}</CardsForContext>
      </DraggingContext>
      <DragOverlay dropAnimation={null}>{dragged ? renderOverlay(dragged) : null}</DragOverlay>
    </DndContext>
  );
}

const CardsForContext = createContext<(card: MovableCard) => MovableCard[]>((card) => [card]);

/**
 * A card that can be dragged. Spread `handleProps` on the element that takes keyboard focus
 * (Space picks the card up there only, so its checkbox and menu keep their keys) and
 * `listeners` on the card, so the mouse can grab it anywhere.
 */
export function useCardDraggable(card: MovableCard, roleDescription: string) {
  const cardsFor = useContext(CardsForContext);
  const data: CardData = { type: 'card', card, cards: cardsFor(card) };
  const draggable = useDraggable({ id: cardDragId(card.id), data, attributes: { roleDescription } });
  const dragging = useContext(DraggingContext);
  return {
    setNodeRef: draggable.setNodeRef,
    setHandleRef: draggable.setActivatorNodeRef,
    listeners: draggable.listeners,
    handleProps: draggable.attributes,
    /** This card is part of the drag in progress (the source dims). */
    isDragging: draggable.isDragging || dragging.has(card.id),
  };
}

export function useCellDroppable(cell: string) {
  const data: CellData = { type: 'cell', cell };
  const droppable = useDroppable({ id: cell, data });
  return { setNodeRef: droppable.setNodeRef, isOver: droppable.isOver };
}

/** True while any card of the board is being dragged. */
export function useBoardDragActive(): boolean {
  return useDndContext().active !== null;
}
