import { z } from 'zod';
import { query } from './defineMethod';
import { GRADED } from './readScopes';
import { Id, LocalizedText } from '../domain/schemas';
import { ClientQuerySchema } from './clientQuery';

/** The board's layout, from the model definition (shared/board/boardLayout.ts). */
export const BoardLayoutSchema = z.object({
  shape: z.enum(['grid', 'column', 'row']),
  rowAxis: LocalizedText.nullable(),
  columnAxis: LocalizedText.nullable(),
  rowLabels: z.array(LocalizedText),
  columnLabels: z.array(LocalizedText),
  rows: z.array(z.array(z.string())),
});

export const BoardCellSchema = z.object({
  code: z.string(),
  label: LocalizedText.nullable(),
  zoneId: z.string().nullable(),
  /** Visits per month one client of this cell asks for (0 when the zone has no monthly figure). */
  visitsPerClient: z.number().nonnegative(),
  count: z.number().int().nonnegative(),
  overridden: z.number().int().nonnegative(),
  monthlyVisits: z.number().nonnegative(),
  /** Sum of our monthly volume (units) of the cell's clients. */
  volumeOurs: z.number().nonnegative(),
  /** The cell's share of the board's volume, 0–1; null when the board has no volume. */
  volumeShare: z.number().min(0).max(1).nullable(),
});

export const BoardSummarySchema = z.object({
  model: z.object({ id: z.string(), name: LocalizedText, version: z.number().int() }),
  layout: BoardLayoutSchema,
  zones: z.array(z.object({ id: z.string(), name: LocalizedText, color: z.string(), visitsPerMonth: z.number().nonnegative().nullable() })),
  /** Every cell of the model in board order, with the filtered clients' figures. */
  cells: z.array(BoardCellSchema),
  totals: z.object({
    clients: z.number().int().nonnegative(),
    ungraded: z.number().int().nonnegative(),
    overridden: z.number().int().nonnegative(),
    monthlyVisits: z.number().nonnegative(),
    volumeOurs: z.number().nonnegative(),
  }),
});
export type BoardSummary = z.infer<typeof BoardSummarySchema>;
export type BoardCellSummary = z.infer<typeof BoardCellSchema>;

/**
 * Contract methods of the board feature, merged into `methods` (shared/contract/methods.ts).
 * Declared with query()/command() from ./defineMethod and zod schemas, like the rest.
 */
export const boardMethods = {
  /**
   * Figures per cell of the active model over the effective cell (override, else formula),
   * for the clients the query's filters keep (its sort is ignored); repId narrows to one rep.
   */
  'board.summary': query(z.strictObject({ query: ClientQuerySchema.default({}), repId: Id.optional() }), BoardSummarySchema, GRADED),
} as const;
