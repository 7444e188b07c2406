import { useTranslation } from 'react-i18next';
import { formatCount, formatShare, formatVisits } from '../../../components/format';
import { useLocale } from '../../../i18n/useLocale';
import { summaryFigures, zoneRows } from './reportFigures';
import { useReportWords } from './reportWords';
import { ZoneChip } from './ZoneChip';
import type { ReportData } from './useReportData';

/** The figures a VP reads first, then the zones: clients, shares, and the visits recommended against planned. */
export function ReportSummary({ data, toName }: { data: ReportData; toName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { words, hasVolume } = useReportWords();
  const figures = summaryFigures(data.pareto, data.visits, data.movement);
  const rows = zoneRows(data.pareto, data.visits);
  const zones = new Map(data.pareto.zones.map((zone) => [zone.id, zone]));
  const facts = [
    { key: 'clients', label: t('report.summary.clients'), value: formatCount(figures.clients, locale) },
    { key: 'graded', label: t('report.summary.graded'), value: formatCount(figures.graded, locale) },
    { key: 'ungraded', label: t('report.summary.ungraded'), value: formatCount(figures.ungraded, locale) },
    // A model without a monthly volume (B2B, retail, staff) has no top-20% share to state.
    ...(hasVolume
      ? [
          {
            key: 'head',
            label: t('report.summary.headShare'),
            value: figures.headVolumeShare === null ? t('report.summary.noVolume') : formatShare(figures.headVolumeShare, locale),
          },
        ]
      : []),
    {
      key: 'visits',
      label: t('report.summary.visits', { ...words, month: data.month }),
      value: t('report.summary.visitsValue', { recommended: formatVisits(figures.recommended, locale), planned: formatVisits(figures.planned, locale) }),
      note: t('report.summary.capacity', { ...words, capacity: formatVisits(figures.capacity, locale) }),
    },
    { key: 'up', label: t('report.summary.up'), value: formatCount(figures.up, locale) },
    { key: 'down', label: t('report.summary.down'), value: formatCount(figures.down, locale) },
  ];

  return (
    <section className="report-section" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title">{t('report.summary.title')}</h2>
      <dl className="report-facts" data-testid="report-facts">
        {facts.map((fact) => (
          <div key={fact.key} className={`report-fact report-fact-${fact.key}`} data-fact={fact.key}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              {fact.note ? <span className="report-fact-note">{fact.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('report.zones.title', words)}</h3>
      <table className="report-table report-zones" data-testid="report-zones">
        <thead>
          <tr>
            <th scope="col">{t('report.zones.zone')}</th>
            <th scope="col" className="num">
              {t('report.zones.clients')}
            </th>
            <th scope="col" className="num">
              {t('report.zones.share')}
            </th>
            <th scope="col" className="num">
              {t('report.zones.recommended', words)}
            </th>
            <th scope="col" className="num">
              {t('report.zones.planned', words)}
            </th>
            <th scope="col" className="num">
              {t('report.zones.plannedShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const zone = zones.get(row.zoneId);
            return (
              <tr key={row.zoneId} data-zone={row.zoneId}>
                <th scope="row">{zone ? <ZoneChip name={zone.name[locale]} color={zone.color} /> : t('common.ungraded')}</th>
                <td className="num">{formatCount(row.clients, locale)}</td>
                <td className="num">{formatShare(row.share, locale)}</td>
                <td className="num">{zone ? formatVisits(row.recommended, locale) : '—'}</td>
                <td className="num">{zone ? formatVisits(row.planned, locale) : '—'}</td>
                <td className="num">{formatShare(row.plannedShare, locale)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.zones.total')}</th>
            <td className="num">{formatCount(figures.clients, locale)}</td>
            <td className="num">{formatShare(figures.clients > 0 ? 1 : null, locale)}</td>
            <td className="num">{formatVisits(figures.recommended, locale)}</td>
            <td className="num">{formatVisits(figures.planned, locale)}</td>
            <td className="num">{formatShare(figures.planned > 0 ? 1 : null, locale)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="report-note">{t('report.zones.note', { ...words, to: toName, month: data.month })}</p>
    </section>
  );
}
