import { useTranslation } from 'react-i18next';
import type { ReportRequest } from '../../../../../shared/analysis/reportRoute';
import { useLocale } from '../../../i18n/useLocale';
import type { ReportData } from './useReportData';

/** Who the report is about (region, rep), by which model, between which points in time, printed when. */
export function ReportHeader({ request, data, quarterName, fromName, toName }: { request: ReportRequest; data: ReportData; quarterName: string; fromName: string; toName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const region = request.region === undefined ? t('report.facts.allRegions') : request.region === '' ? t('report.facts.noRegion') : request.region;
  const rep = request.repId === undefined ? t('report.facts.allReps') : (data.reps.find((r) => r.id === request.repId)?.name ?? `#${request.repId}`);
  const printed = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  const model = t('report.facts.modelVersion', { model: data.summary.model.name[locale], version: data.summary.model.version });

  return (
    <header className="report-header">
      <h1 id="report-title" tabIndex={-1}>
        {t('report.title')}
        <span className="report-period"> · {quarterName}</span>
      </h1>
      <table className="report-head-facts" data-testid="report-head">
        <tbody>
          <tr>
            <th scope="row">{t('report.facts.period')}</th>
            <td>{t('report.facts.periodValue', { name: quarterName, code: request.period })}</td>
            <th scope="row">{t('report.facts.scope')}</th>
            <td data-testid="report-scope">{t('report.facts.scopeValue', { region, rep })}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.facts.model')}</th>
            <td>{model}</td>
            <th scope="row">{t('report.facts.printed')}</th>
            <td>{printed}</td>
          </tr>
          <tr>
            <th scope="row">{t('report.facts.compared')}</th>
            <td colSpan={3}>{t('report.facts.comparedValue', { from: fromName, to: toName })}</td>
          </tr>
        </tbody>
      </table>
    </header>
  );
}
