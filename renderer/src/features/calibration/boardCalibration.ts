import { createContext, useContext } from 'react';
import type { BigMover } from '../../../../shared/contract/calibrationMethods';
import type { TargetShare } from '../../../../shared/grading/calibration';

/** What the board's cells and cards show of calibration: breached targets per cell, big movers per client. */
export interface BoardCalibration {
  breaches: ReadonlyMap<string, TargetShare[]>;
  movers: ReadonlyMap<number, BigMover>;
  /** The snapshot the movers are counted from, for people ("2026年第3季度（签核）"). */
  baselineName: string | null;
}

const NONE: BoardCalibration = { breaches: new Map(), movers: new Map(), baselineName: null };

export const BoardCalibrationContext = createContext<BoardCalibration>(NONE);

export const useBoardCalibration = (): BoardCalibration => useContext(BoardCalibrationContext);
