import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { moverCounts, sortMovers, type Mover } from './reportFigures';
import type { ReportData } from './useReportData';

const DIRECTION_KEY = { 1: 'up', 0: 'sideways', [-1]: 'down' } as const satisfies Record<Mover['direction'], string>;

/**
 * Every client whose grade changed, with the reason of the override that moved it (or "by
 * the formula"): one table that breaks across pages, its header repeated on each.
 */
export function MoversTable({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { movers } = data.movement;
  const rows = sortMovers(movers.rows, locale);
  const counts = moverCounts(movers.rows);
  return (
    <section className="report-section report-movers" aria-labelledby="report-movers-title">
      <h2 id="report-movers-title">{t('report.movers.title', { count: movers.total })}</h2>
      {movers.total === 0 ? <p className="report-note">{t('report.movers.none')}</p> : <p className="report-note">{t('report.movers.counts', counts)}</p>}
      {rows.length > 0 ? (
        <table className="report-table report-movers-table" data-testid="report-movers">
          <colgroup>
            <col className="report-col-no" />
            <col className="report-col-client" />
            <col className="report-col-hospital" />
            <col className="report-col-rep" />
            <col className="report-col-change" />
            <col className="report-col-reason" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('report.movers.no')}</th>
              <th scope="col">{t('report.movers.client')}</th>
              <th scope="col">{t('report.movers.hospital')}</th>
              <th scope="col">{t('report.movers.rep')}</th>
              <th scope="col">{t('report.movers.change')}</th>
              <th scope="col">{t('report.movers.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const direction = DIRECTION_KEY[row.direction];
              return (
                <tr key={row.clientId} className={`report-move-${direction}`} data-client={row.clientId}>
                  <td className="report-no">{index + 1}</td>
                  <td>{row.name}</td>
                  <td>{row.hospitalName ?? t('common.none')}</td>
                  <td>{row.repName ?? t('report.reps.unassigned')}</td>
                  <td className="report-change">
                    {row.from ?? t('common.ungraded')} → {row.to ?? t('common.ungraded')} <span className="report-direction">{t(`report.movers.${direction}`)}</span>
                  </td>
                  <td>{row.reason ?? <span className="report-formula">{t('report.movers.formula')}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {movers.total > rows.length ? <p className="report-note">{t('report.movers.more', { shown: rows.length, total: movers.total })}</p> : null}
    </section>
  );
}
