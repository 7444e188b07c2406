import { z } from 'zod';
import { LocalizedText } from '../domain/schemas';
import { boardGrid } from './board';
import type { ModelDefinition } from './modelShape';
import type { ModelProblemCode, ProblemParams } from './problemMessages';

/**
 * Calibration guard-rails of a model (issue 15.3): how its cells should be distributed, which
 * moves need the manager's own words, and what counts as a big mover between periods. Optional
 * in a model; shares and steps are checked by validateModel (checkCalibration) so an editor
 * gets readable problems instead of a bare schema error.
 */

const Code = z.string().min(1).max(100);

export const CalibrationTargetSchema = z.object({
  /** Shown instead of the zone's name or the cell codes. */
  label: LocalizedText.optional(),
  /** The cells the target counts together; or `zone`, one of the two. */
  cells: z.array(Code).max(100).optional(),
  zone: Code.optional(),
  /** Share of the graded clients, 0–1 (0.1 = at most 10%). */
  maxShare: z.number().finite().optional(),
  minShare: z.number().finite().optional(),
});
export type CalibrationTargetDefinition = z.infer<typeof CalibrationTargetSchema>;

export const CalibrationSchema = z.object({
  targets: z.array(CalibrationTargetSchema).max(50).optional(),
  /**
   * A move of more than this many steps needs a reason in the manager's own words, not only a
   * quick pick (every move needs some reason, DOMAIN 2.6). null turns the rule off.
   */
  writtenReasonBeyondSteps: z.number().int().nullable().optional(),
  /** Clients whose cell moved at least this many steps since the last snapshot are flagged. */
  bigMoverSteps: z.number().int().optional(),
});
export type CalibrationDefinition = z.infer<typeof CalibrationSchema>;

export const DEFAULT_WRITTEN_REASON_BEYOND_STEPS = 1;
export const DEFAULT_BIG_MOVER_STEPS = 2;

/** A target as the board uses it: its cells spelled out, its bounds, its words. */
export interface CalibrationTarget {
  /** Stable within the model: 'zone:red' or 'cells:A1+A2'. */
  key: string;
  label: LocalizedText;
  zoneId: string | null;
  cells: string[];
  maxShare: number | null;
  minShare: number | null;
}

export interface CalibrationRules {
  targets: CalibrationTarget[];
  /** null: no written-reason rule (a model without a calibration block, or turned off). */
  writtenReasonBeyondSteps: number | null;
  bigMoverSteps: number;
}

function cellsLabel(model: ModelDefinition, codes: readonly string[]): LocalizedText {
  const one = (code: string, locale: 'zh-CN' | 'en') => {
    const label = model.cells.find((cell) => cell.code === code)?.label?.[locale];
    return label ? `${code} ${label}` : code;
  };
  return { 'zh-CN': codes.map((code) => one(code, 'zh-CN')).join('、'), en: codes.map((code) => one(code, 'en')).join(', ') };
}

/**
 * The model's calibration with defaults applied. Targets a validation would reject (unknown
 * zone, no cells, no bound) are left out, so a stored model with a problem still draws a board.
 */
export function calibrationRules(model: ModelDefinition): CalibrationRules {
  const block = model.calibration;
  if (!block) return { targets: [], writtenReasonBeyondSteps: null, bigMoverSteps: DEFAULT_BIG_MOVER_STEPS };
  const known = new Set(model.cells.map((cell) => cell.code));
  const targets = (block.targets ?? []).flatMap((target): CalibrationTarget[] => {
    const zone = target.zone === undefined ? undefined : model.zones.find((z) => z.id === target.zone);
    if ((target.zone === undefined) === (target.cells === undefined)) return [];
    if (target.zone !== undefined && !zone) return [];
    const cells = zone ? zone.cells.filter((code) => known.has(code)) : [...new Set(target.cells ?? [])].filter((code) => known.has(code));
    if (cells.length === 0 || (target.maxShare === undefined && target.minShare === undefined)) return [];
    return [
      {
        key: zone ? `zone:${zone.id}` : `cells:${cells.join('+')}`,
        label: target.label ?? zone?.name ?? cellsLabel(model, cells),
        zoneId: zone?.id ?? null,
        cells,
        maxShare: target.maxShare ?? null,
        minShare: target.minShare ?? null,
      },
    ];
  });
  const beyond = block.writtenReasonBeyondSteps === undefined ? DEFAULT_WRITTEN_REASON_BEYOND_STEPS : block.writtenReasonBeyondSteps;
  // Out-of-range numbers are validation problems; a stored model with one still gets a usable rule.
  return {
    targets,
    writtenReasonBeyondSteps: beyond === null ? null : Math.max(0, beyond),
    bigMoverSteps: Math.max(1, block.bigMoverSteps ?? DEFAULT_BIG_MOVER_STEPS),
  };
}

export type ShareStatus = 'ok' | 'over' | 'under' | 'empty';

export interface TargetShare {
  target: CalibrationTarget;
  /** Clients in the target's cells. */
  count: number;
  /** Graded clients on the board (every cell). */
  total: number;
  /** count / total; null when the board has no graded client. */
  share: number | null;
  status: ShareStatus;
}

/** Share counts compare as counts (154 of 1,533 is over 10%), free of rounding in the display. */
const EPSILON = 1e-9;

/** The current share of each target from the board's counts per cell, and whether it is breached. */
export function targetShares(targets: readonly CalibrationTarget[], cells: readonly { code: string; count: number }[]): TargetShare[] {
  const counts = new Map(cells.map((cell) => [cell.code, cell.count]));
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  return targets.map((target) => {
    const count = target.cells.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0);
    if (total === 0) return { target, count, total, share: null, status: 'empty' };
    const status: ShareStatus =
      target.maxShare !== null && count > target.maxShare * total + EPSILON
        ? 'over'
        : target.minShare !== null && count < target.minShare * total - EPSILON
          ? 'under'
          : 'ok';
    return { target, count, total, share: count / total, status };
  });
}

/** Each cell in a breached target, with the targets it breaches (for a badge on the cell). */
export function breachesByCell(shares: readonly TargetShare[]): Map<string, TargetShare[]> {
  const byCell = new Map<string, TargetShare[]>();
  for (const share of shares) {
    if (share.status !== 'over' && share.status !== 'under') continue;
    for (const code of share.target.cells) byCell.set(code, [...(byCell.get(code) ?? []), share]);
  }
  return byCell;
}

/**
 * Steps between two cells of a drawn board: the larger of the row and the column distance, so
 * A3 → A2 is one step and A3 → A1 or A3 → C1 two. A one-axis model is a single column, so its
 * steps are the row distance. null when either cell is not on the board.
 */
export function stepsOnGrid(rows: readonly (readonly string[])[], from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const at = (code: string) => {
    if (code === '') return null;
    for (let row = 0; row < rows.length; row++) {
      const column = rows[row]!.indexOf(code);
      if (column >= 0) return { row, column };
    }
    return null;
  };
  const a = at(from);
  const b = at(to);
  if (!a || !b) return null;
  return Math.max(Math.abs(a.row - b.row), Math.abs(a.column - b.column));
}

/** Steps between two cells of a model, in its layout's rows and columns. */
export function stepDistance(model: ModelDefinition, from: string | null, to: string | null): number | null {
  return stepsOnGrid(boardGrid(model).rows, from, to);
}

/** A measure for many pairs: the layout is read once. */
export function stepMeasure(model: ModelDefinition): (from: string | null, to: string | null) => number | null {
  const rows = boardGrid(model).rows;
  const positions = new Map<string, { row: number; column: number }>();
  rows.forEach((line, row) => line.forEach((code, column) => code !== '' && !positions.has(code) && positions.set(code, { row, column })));
  return (from, to) => {
    const a = from === null ? undefined : positions.get(from);
    const b = to === null ? undefined : positions.get(to);
    return a && b ? Math.max(Math.abs(a.row - b.row), Math.abs(a.column - b.column)) : null;
  };
}

export interface CellChange {
  clientId: number;
  /** The cell in the snapshot. */
  from: string | null;
  /** The cell now. */
  to: string | null;
}

/** Clients whose cell moved at least `minSteps` steps; ungraded ends are not comparable and left out. */
export function bigMovers<T extends CellChange>(model: ModelDefinition, changes: Iterable<T>, minSteps: number): (T & { steps: number })[] {
  const measure = stepMeasure(model);
  const movers: (T & { steps: number })[] = [];
  for (const change of changes) {
    const steps = measure(change.from, change.to);
    if (steps !== null && steps >= minSteps && steps > 0) movers.push({ ...change, steps });
  }
  return movers;
}

type Add = (code: ModelProblemCode, params: ProblemParams, path: (string | number)[]) => void;

function describeTarget(target: CalibrationTargetDefinition, index: number): string {
  if (target.zone !== undefined) return target.zone;
  if (target.cells?.length) return target.cells.join('+');
  return `#${index + 1}`;
}

/** The calibration block's problems, reported through validateModel's `add`. */
export function checkCalibration(def: ModelDefinition, add: Add): void {
  const block = def.calibration;
  if (!block) return;
  const cellCodes = new Set(def.cells.map((cell) => cell.code));
  const zoneIds = new Set(def.zones.map((zone) => zone.id));
  (block.targets ?? []).forEach((target, i) => {
    const name = describeTarget(target, i);
    const path = ['calibration', 'targets', i];
    if ((target.zone === undefined) === (target.cells === undefined)) add('calibration.targetScope', { target: name }, path);
    if (target.zone !== undefined && !zoneIds.has(target.zone)) add('calibration.unknownZone', { target: name, zone: target.zone }, [...path, 'zone']);
    if (target.cells !== undefined && target.cells.length === 0) add('calibration.noCells', { target: name }, [...path, 'cells']);
    (target.cells ?? []).forEach((code, j) => {
      if (!cellCodes.has(code)) add('calibration.unknownCell', { target: name, cell: code }, [...path, 'cells', j]);
    });
    if (target.maxShare === undefined && target.minShare === undefined) add('calibration.noBound', { target: name }, path);
    for (const bound of ['minShare', 'maxShare'] as const) {
      const value = target[bound];
      if (value !== undefined && (value < 0 || value > 1)) add('calibration.shareOutOfRange', { target: name, value }, [...path, bound]);
    }
    if (target.minShare !== undefined && target.maxShare !== undefined && target.minShare > target.maxShare) {
      add('calibration.minAboveMax', { target: name, min: target.minShare, max: target.maxShare }, path);
    }
  });
  const steps = block.writtenReasonBeyondSteps;
  if (steps !== undefined && steps !== null && steps < 0) {
    add('calibration.stepsTooSmall', { field: 'writtenReasonBeyondSteps', min: 0, value: steps }, ['calibration', 'writtenReasonBeyondSteps']);
  }
  if (block.bigMoverSteps !== undefined && block.bigMoverSteps < 1) {
    add('calibration.stepsTooSmall', { field: 'bigMoverSteps', min: 1, value: block.bigMoverSteps }, ['calibration', 'bigMoverSteps']);
  }
}
