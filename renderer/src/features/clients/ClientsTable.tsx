import { useTranslation } from 'react-i18next';
import type { ClientRow } from '../../../../shared/domain/schemas';
import type { StatsSummary } from '../../../../shared/contract';
import { formatCount } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import { CellBadge } from './CellBadge';

interface ClientsTableProps {
  rows: ClientRow[];
  zones: StatsSummary['zones'];
  pageSize: number;
}

export function ClientsTable({ rows, zones, pageSize }: ClientsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zoneById = new Map(zones.map((zone) => [zone.id, zone]));
  const dash = t('common.none');
  const count = (value: number | null) => (value === null ? dash : formatCount(value, locale));

  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="clients-table">
        <caption className="visually-hidden">{t('clients.caption', { size: pageSize })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clients.col.hospital')}</th>
            <th scope="col">{t('clients.col.department')}</th>
            <th scope="col">{t('clients.col.name')}</th>
            <th scope="col">{t('clients.col.title')}</th>
            <th scope="col">{t('clients.col.rep')}</th>
            <th scope="col" className="num">
              {t('clients.col.volumeOurs')}
            </th>
            <th scope="col" className="num">
              {t('clients.col.volumeCompetitor')}
            </th>
            <th scope="col">{t('clients.col.behaviour')}</th>
            <th scope="col">{t('clients.col.formulaCell')}</th>
            <th scope="col">{t('clients.col.cell')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const zone = row.zoneId ? zoneById.get(row.zoneId) : undefined;
            return (
              <tr key={row.id} data-client-id={row.id}>
                <td>{row.hospitalName ?? dash}</td>
                <td>{row.department ?? dash}</td>
                <th scope="row">{row.name}</th>
                <td>{row.title ?? dash}</td>
                <td>{row.repName ?? dash}</td>
                <td className="num">{count(row.volumeOurs)}</td>
                <td className="num">{count(row.volumeCompetitor)}</td>
                <td>{row.behaviour ?? dash}</td>
                <td>{row.formulaCell ?? <span className="muted">{t('common.ungraded')}</span>}</td>
                <td>
                  {row.cell ? (
                    <CellBadge cell={row.cell} zoneName={zone ? zone.name[locale] : null} color={zone?.color ?? null} />
                  ) : (
                    <span className="muted">{t('common.ungraded')}</span>
                  )}
                  {row.overrideCell ? (
                    <span
                      className="badge badge-override"
                      title={row.overrideReason ? t('clients.overrideReason', { reason: row.overrideReason }) : undefined}
                    >
                      {t('clients.overridden')}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
