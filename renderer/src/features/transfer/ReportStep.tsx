import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../shared/contract/transferMethods';
import { useApi } from '../../api/ApiProvider';
import { saveFile } from '../../api/saveFile';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLocale } from '../../i18n/useLocale';
import { lineText } from './PreviewStep';

interface ReportStepProps {
  report: ImportReport;
  /** Sheets of this workbook imported in this wizard so far, this one included. */
  importedSheets: readonly string[];
  onNextSheet: (sheet: string) => void;
  onAgain: () => void;
  busy: boolean;
}

export function ReportStep({ report, importedSheets, onNextSheet, onAgain, busy }: ReportStepProps) {
  const { t } = useTranslation();
  const api = useApi();
  const locale = useLocale();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const counts = report.counts;
  const nextSheets = report.keptToken ? report.otherSheets.filter((sheet) => !importedSheets.includes(sheet)) : [];
  const save = async () => {
    setError(null);
    try {
      const file = await api.call('transfer.reportFile', { reportId: report.reportId });
      const result = await saveFile(file.fileName, file.base64, file.mime);
      setStatus(result.saved ? t('transfer.report.saved', { file: file.fileName }) : t('transfer.report.cancelled'));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="wizard-body report-step" data-testid="report-step">
      <h3>{t('transfer.report.title')}</h3>
      <p className={report.changeId === null ? 'notice notice-info' : 'notice result-ok'} role="status" data-testid="report-summary">
        {report.changeId === null
          ? t('transfer.report.nothing', { file: report.fileName })
          : t('transfer.report.summary', { file: report.fileName, added: counts.added, updated: counts.updated, unchanged: counts.unchanged, skipped: counts.skipped })}
      </p>
      <dl className="facts report-facts">
        {(['added', 'updated', 'unchanged', 'merged', 'skipped'] as const).map((key) => (
          <div className="fact" key={key}>
            <dt>{t(`transfer.preview.outcomes.${key}`)}</dt>
            <dd data-testid={`report-${key}`}>{counts[key]}</dd>
          </div>
        ))}
      </dl>
      {report.backupPath ? <p className="help selectable">{t('transfer.report.backup', { path: report.backupPath })}</p> : null}
      {report.changeId !== null ? <p className="help">{t('transfer.report.undo')}</p> : null}
      {report.lines.length > 0 ? (
        <ul className="plain-list issue-list" data-testid="report-lines">
          {report.lines.slice(0, 100).map((line) => (
            <li key={line.row}>
              <strong>{t('transfer.preview.rowLabel', { row: line.row })}</strong>{' '}
              <span className={`outcome-badge outcome-badge-${line.outcome}`}>{t(`transfer.preview.outcomes.${line.outcome}`)}</span>
              {line.name ? ` ${line.name}` : ''}
              {lineText(line, locale) ? `：${lineText(line, locale)}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {report.lines.length > 100 || report.moreLines > 0 ? <p className="help">{t('transfer.preview.moreLines', { count: report.lines.length - 100 + report.moreLines })}</p> : null}
      {nextSheets.length > 0 ? (
        <div className="next-sheets" data-testid="next-sheets">
          <p>{t('transfer.report.moreSheets', { file: report.fileName })}</p>
          {importedSheets.length > 1 ? <p className="help">{t('transfer.report.imported', { sheets: importedSheets.join('、') })}</p> : null}
          <div className="wizard-actions">
            {nextSheets.map((sheet) => (
              <button type="button" className="button" key={sheet} disabled={busy} onClick={() => onNextSheet(sheet)}>
                {t('transfer.report.nextSheet', { sheet })}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="wizard-actions">
        <button type="button" className="button" data-testid="save-report" onClick={() => void save()}>
          {t('transfer.report.save')}
        </button>
        <button type="button" className="button button-primary" onClick={onAgain}>
          {t('transfer.report.again')}
        </button>
        <span className="help">{t('transfer.report.timing', { ms: Math.round(report.timings.totalMs) })}</span>
      </div>
      {status ? (
        <p className="result-ok" role="status" data-testid="report-saved">
          {status}
        </p>
      ) : null}
    </div>
  );
}
