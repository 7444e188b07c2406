import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useSnapshotName } from '../periods/useSnapshotName';
import { useAnalysisFilters } from './analysisFilters';

const ALL = '*';
const NONE = '';

/** Rep, region and period for every chart of the page. */
export function AnalysisFilterBar() {
  const { t } = useTranslation();
  const { repId, region, snapshotId, set } = useAnalysisFilters();
  const reps = useApiQuery('reps.list', {});
  const regions = useApiQuery('analysis.regions', {});
  const snapshots = useApiQuery('snapshots.list', {});
  const snapshotName = useSnapshotName();
  const regionNames = (regions.data?.regions ?? []).map((r) => r.region);

  return (
    <div className="analysis-filters" role="group" aria-label={t('analysis.filters.label')} data-testid="analysis-filters">
      <label className="field field-inline">
        <span>{t('analysis.filters.rep')}</span>
        <select value={repId === null ? ALL : String(repId)} data-testid="analysis-rep" onChange={(event) => set({ repId: event.target.value === ALL ? null : Number(event.target.value) })}>
          <option value={ALL}>{t('analysis.filters.allReps')}</option>
          {(reps.data ?? []).map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.name}
            </option>
          ))}
        </select>
      </label>
      {regionNames.length > 1 || region !== null ? (
        <label className="field field-inline">
          <span>{t('analysis.filters.region')}</span>
          <select value={region ?? ALL} data-testid="analysis-region" onChange={(event) => set({ region: event.target.value === ALL ? null : event.target.value })}>
            <option value={ALL}>{t('analysis.filters.allRegions')}</option>
            {regionNames.map((name) => (
              <option key={name ?? NONE} value={name ?? NONE}>
                {name ?? t('analysis.filters.noRegion')}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="field field-inline">
        <span>{t('analysis.filters.period')}</span>
        <select value={snapshotId === null ? ALL : String(snapshotId)} data-testid="analysis-period" onChange={(event) => set({ snapshotId: event.target.value === ALL ? null : Number(event.target.value) })}>
          <option value={ALL}>{t('analysis.filters.today')}</option>
          {(snapshots.data ?? []).map((snapshot) => (
            <option key={snapshot.id} value={snapshot.id}>
              {snapshotName(snapshot)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
