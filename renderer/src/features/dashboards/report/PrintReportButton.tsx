import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addQuarters, quarterOf, type ReportRequest } from '../../../../../shared/analysis/reportRoute';
import { useApiQuery } from '../../../api/hooks';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useSnapshotName } from '../../periods/useSnapshotName';
import { useAnalysisFilters } from '../analysisFilters';
import { hostPrintsReports, printReport, type ReportPrintAction } from './printReport';
import { defaultRange } from './reportFigures';
import './reportButton.css';

const NOW = 'now';
/** Quarters the picker offers: the next one, this one and seven back. */
const QUARTERS_BACK = 7;

/**
 * 季度客户分级报告 for the 分析 page's rep and region: a quarter (this one by default) and the
 * two points in time its movement runs between (the last two snapshots, or the last one and
 * today's grades). The desktop app saves a PDF or prints; a browser opens the print route.
 */
export function PrintReportButton() {
  const { t } = useTranslation();
  const snapshotName = useSnapshotName();
  const { repId, region } = useAnalysisFilters();
  const snapshots = useApiQuery('snapshots.list', {});
  const [period, setPeriod] = useState(() => quarterOf(new Date()));
  const [chosen, setChosen] = useState<{ fromId: number; toId: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const viaHost = hostPrintsReports();

  const list = snapshots.data ?? [];
  const range = chosen && list.some((s) => s.id === chosen.fromId) ? chosen : defaultRange(list);
  const quarters = Array.from({ length: QUARTERS_BACK + 2 }, (_, i) => addQuarters(quarterOf(new Date()), 1 - i));
  const quarterName = (quarter: string) => {
    const [, year, n] = /^(\d{4})-Q([1-4])$/.exec(quarter) ?? [];
    return t('report.quarterText', { year, n });
  };
  const same = range !== null && range.fromId === range.toId;

  const run = async (action: ReportPrintAction) => {
    if (!range || same) return;
    const request: ReportRequest = { period, ...range, ...(repId === null ? {} : { repId }), ...(region === null ? {} : { region }) };
    const fileName = t('report.button.fileName', { period });
    setBusy(true);
    setError(null);
    setStatus(t('report.button.working'));
    try {
      const result = await printReport(request, action, fileName);
      setStatus(result.viaRoute ? null : !result.done ? t('report.button.cancelled') : action === 'pdf' ? t('report.button.saved', { file: `${fileName}.pdf` }) : t('report.button.printed'));
    } catch (failure) {
      setStatus(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-button" role="group" aria-label={t('report.button.label')} data-testid="print-report-controls">
      <label className="field field-inline">
        <span>{t('report.button.period')}</span>
        <select value={period} data-testid="report-period" onChange={(event) => setPeriod(event.target.value)}>
          {quarters.map((quarter) => (
            <option key={quarter} value={quarter}>
              {quarterName(quarter)}
            </option>
          ))}
        </select>
      </label>
      {range ? (
        <>
          <label className="field field-inline">
            <span>{t('report.button.from')}</span>
            <select value={range.fromId} data-testid="report-from" onChange={(event) => setChosen({ ...range, fromId: Number(event.target.value) })}>
              {list.map((snapshot) => (
                <option key={snapshot.id} value={snapshot.id}>
                  {snapshotName(snapshot)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field-inline">
            <span>{t('report.button.to')}</span>
            <select
              value={range.toId ?? NOW}
              data-testid="report-to"
              onChange={(event) => setChosen({ ...range, toId: event.target.value === NOW ? null : Number(event.target.value) })}
            >
              <option value={NOW}>{t('report.button.now')}</option>
              {list.map((snapshot) => (
                <option key={snapshot.id} value={snapshot.id}>
                  {snapshotName(snapshot)}
                </option>
              ))}
            </select>
          </label>
          {viaHost ? (
            <>
              <button type="button" className="button button-primary" disabled={busy || same} data-testid="report-pdf" onClick={() => void run('pdf')}>
                {t('report.button.pdf')}
              </button>
              <button type="button" className="button" disabled={busy || same} data-testid="report-print" onClick={() => void run('print')}>
                {t('report.button.print')}
              </button>
            </>
          ) : (
            <button type="button" className="button button-primary" disabled={busy || same} data-testid="report-open" onClick={() => void run('print')}>
              {t('report.button.open')}
            </button>
          )}
          {same ? <span className="help">{t('report.button.sameSnapshot')}</span> : null}
        </>
      ) : snapshots.data ? (
        <span className="help" data-testid="report-need-snapshot">
          {t('report.button.needSnapshot')}
        </span>
      ) : null}
      {status ? (
        <span className="help" role="status">
          {status}
        </span>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
