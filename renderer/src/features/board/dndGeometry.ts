import { neighbourCell, type BoardDirection } from '../../../../shared/board/boardLayout';

export interface RectLike {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export function centerOf(rect: RectLike): Point {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

export function containsPoint(rect: RectLike, point: Point): boolean {
  return point.x >= rect.left && point.x <= rect.left + rect.width && point.y >= rect.top && point.y <= rect.top + rect.height;
}

/**
 * The keyboard's cell-to-cell jump: the next cell in the direction that is on screen (has a
 * measured rect), and where the dragged card's top-left corner goes so that its centre sits
 * on that cell's centre. Null at the edge of the board.
 */
export function keyboardJump(
  layout: { rows: string[][] },
  current: string,
  direction: BoardDirection,
  rectOf: (code: string) => RectLike | undefined,
  dragged: { width: number; height: number },
): { cell: string; topLeft: Point } | null {
  let from = current;
  for (;;) {
    const next = neighbourCell(layout, from, direction);
    if (next === null) return null;
    const rect = rectOf(next);
    if (rect) {
      const center = centerOf(rect);
      return { cell: next, topLeft: { x: center.x - dragged.width / 2, y: center.y - dragged.height / 2 } };
    }
    from = next;
  }
}

/** Ids of the cells containing a point (the pointer, or the dragged card's centre for the keyboard). */
export function cellsAt(point: Point, rects: Iterable<[string, RectLike]>): string[] {
  const hits: string[] = [];
  for (const [id, rect] of rects) if (containsPoint(rect, point)) hits.push(id);
  return hits;
}
