import { useMemo } from 'react';
import type { ClientQuery } from '../../../../shared/contract';
import type { BoardSummary } from '../../../../shared/contract/boardMethods';
import { breachesByCell, targetShares } from '../../../../shared/grading/calibration';
import { useApiQuery } from '../../api/hooks';
import { useSnapshotName } from '../periods/useSnapshotName';
import type { BoardCalibration } from './boardCalibration';
import { moversByClient } from './calibrationView';

/**
 * The board's calibration: the rules and sign-off state, the big movers for the board's
 * filters, and the shares of the figures on screen (so a saved move updates them at once).
 */
export function useCalibration(query: ClientQuery, summary: BoardSummary | undefined) {
  const state = useApiQuery('calibration.state', {});
  const movers = useApiQuery('calibration.bigMovers', { query }, { keepPrevious: true });
  const snapshotName = useSnapshotName();
  const targets = state.data?.rules.targets;
  const cells = summary?.cells;
  const shares = useMemo(() => (targets && cells ? targetShares(targets, cells) : []), [targets, cells]);
  const baseline = movers.data?.baseline ?? null;
  const baselineName = baseline ? snapshotName(baseline) : null;
  const board: BoardCalibration = useMemo(
    () => ({ breaches: breachesByCell(shares), movers: moversByClient(movers.data?.movers), baselineName }),
    [shares, movers.data, baselineName],
  );
  return { state: state.data, movers: movers.data, shares, board, baselineName };
}

export type Calibration = ReturnType<typeof useCalibration>;
