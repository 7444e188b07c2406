import { create } from 'zustand';
import type { AnalysisFilter } from '../../../../shared/contract/analysisMethods';
import type { TargetScope } from './chartTargets';

/**
 * Who the 分析 page is about: one rep, one region, the grades of one period snapshot. Every
 * chart on the page takes the same filter; kept while the user visits other pages.
 */
interface AnalysisFilterState {
  repId: number | null;
  /** null = every region; '' = the clients without a region. */
  region: string | null;
  /** null = today's grades. */
  snapshotId: number | null;
  set(patch: Partial<Pick<AnalysisFilterState, 'repId' | 'region' | 'snapshotId'>>): void;
}

export const useAnalysisFilters = create<AnalysisFilterState>()((set) => ({
  repId: null,
  region: null,
  snapshotId: null,
  set: (patch) => set(patch),
}));

/** The grid filters a chart's click carries: the page's rep and region ('' = no region). */
export function targetScopeOf(state: Pick<AnalysisFilterState, 'repId' | 'region'>): TargetScope {
  return {
    ...(state.repId === null ? {} : { repIds: [state.repId] }),
    ...(state.region === null ? {} : { regions: [state.region === '' ? null : state.region] }),
  };
}

/** The contract's filter for the state: absent fields mean "all". */
export function analysisFilterOf(state: Pick<AnalysisFilterState, 'repId' | 'region' | 'snapshotId'>): AnalysisFilter {
  return {
    ...(state.repId === null ? {} : { repId: state.repId }),
    ...(state.region === null ? {} : { region: state.region }),
    ...(state.snapshotId === null ? {} : { snapshotId: state.snapshotId }),
  };
}
