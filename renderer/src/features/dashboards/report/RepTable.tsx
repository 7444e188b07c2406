import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../../../components/format';
import { useLocale } from '../../../i18n/useLocale';
import { repRows } from './reportFigures';
import { ZoneChip } from './ZoneChip';
import type { ReportData } from './useReportData';

const pText = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));

/** The grading summary per rep: clients, clients per zone, the top zone's share against the others', and the chi-square verdict. */
export function RepTable({ data, repId }: { data: ReportData; repId: number | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = repRows(data.distribution);
  const zones = data.distribution.zones;
  const topZone = zones[0];
  const withUngraded = rows.some((row) => row.ungraded > 0);
  if (rows.length === 0 || !topZone) return <p className="report-note">{t('report.reps.none')}</p>;

  return (
    <>
      <table className="report-table report-reps" data-testid="report-reps">
        <thead>
          <tr>
            <th scope="col">{t('report.reps.rep')}</th>
            <th scope="col" className="num">
              {t('report.reps.clients')}
            </th>
            {zones.map((zone) => (
              <th key={zone.id} scope="col" className="num">
                <ZoneChip name={zone.name[locale]} color={zone.color} />
              </th>
            ))}
            {withUngraded ? (
              <th scope="col" className="num">
                {t('report.reps.ungraded')}
              </th>
            ) : null}
            <th scope="col" className="num">
              {t('report.reps.topDiff', { zone: topZone.name[locale] })}
            </th>
            <th scope="col">{t('report.reps.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.repId ?? 'none'}
              data-rep={row.repName ?? ''}
              className={[row.verdict === 'generous' ? 'report-flagged' : '', row.repId !== null && row.repId === repId ? 'report-in-scope' : ''].join(' ').trim() || undefined}
            >
              <th scope="row">{row.repName ?? t('report.reps.unassigned')}</th>
              <td className="num">{formatCount(row.clients, locale)}</td>
              {zones.map((zone) => (
                <td key={zone.id} className="num">
                  {formatCount(row.perZone[zone.id] ?? 0, locale)}
                </td>
              ))}
              {withUngraded ? <td className="num">{formatCount(row.ungraded, locale)}</td> : null}
              <td className="num">{`${row.topZoneShareDiff > 0 ? '+' : ''}${formatShare(row.topZoneShareDiff, locale)}`}</td>
              <td>
                {row.verdict === 'generous' ? <strong>{t('report.reps.generous')}</strong> : t(`report.reps.${row.verdict}`)}
                <span className="report-p"> {t('report.reps.pValue', { chi: row.chiSquare.toFixed(1), p: pText(row.pValue) })}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">{t('report.reps.method', { zone: topZone.name[locale] })}</p>
    </>
  );
}
