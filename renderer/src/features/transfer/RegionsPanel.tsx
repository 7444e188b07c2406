import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useLocale } from '../../i18n/useLocale';

/** The national view of a roll-up: clients per region and zone, duplicates across regions, recent imports. */
export function RegionsPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const regions = useApiQuery('transfer.regions', {});
  const conflicts = useApiQuery('transfer.conflicts', { limit: 50 });
  const imports = useApiQuery('transfer.imports', {});
  const stats = useApiQuery('stats.summary', {});
  const zones = stats.data?.zones ?? [];
  const named = (regions.data ?? []).some((entry) => entry.region !== null);

  return (
    <section className="panel transfer-regions" aria-labelledby="regions-title">
      <h2 id="regions-title">{t('transfer.regions.title')}</h2>
      <p className="help">{t('transfer.regions.intro')}</p>
      {named ? (
        <div className="table-scroll">
          <table className="data-table" data-testid="regions-table">
            <thead>
              <tr>
                <th scope="col">{t('transfer.regions.region')}</th>
                <th scope="col" className="num">
                  {t('transfer.regions.clients')}
                </th>
                {zones.map((zone) => (
                  <th scope="col" className="num" key={zone.id}>
                    {zone.name[locale]}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('transfer.regions.ungraded')}
                </th>
                <th scope="col" className="num">
                  {t('transfer.regions.overridden')}
                </th>
              </tr>
            </thead>
            <tbody>
              {(regions.data ?? []).map((entry) => (
                <tr key={entry.region ?? ''}>
                  <th scope="row">{entry.region ?? t('transfer.regions.none')}</th>
                  <td className="num">{entry.clients}</td>
                  {zones.map((zone) => (
                    <td className="num" key={zone.id}>
                      {entry.zones[zone.id] ?? 0}
                    </td>
                  ))}
                  <td className="num">{entry.zones.ungraded ?? 0}</td>
                  <td className="num">{entry.overridden}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {conflicts.data && named ? (
        conflicts.data.total === 0 ? (
          <p className="help">{t('transfer.regions.noConflicts')}</p>
        ) : (
          <details open>
            <summary data-testid="conflicts-summary">{t('transfer.regions.conflicts', { total: conflicts.data.total, different: conflicts.data.gradedDifferently })}</summary>
            <ul className="plain-list">
              {conflicts.data.groups.map((group) => (
                <li key={group.clients.map((client) => client.clientId).join('-')} className={group.gradedDifferently ? 'conflict-different' : undefined}>
                  {t('transfer.regions.conflictLine', {
                    hospital: group.hospitalName ?? '—',
                    department: group.department ?? '—',
                    name: group.name,
                    cells: group.clients.map((client) => `${client.region ?? t('transfer.regions.none')} ${client.cell ?? '—'}`).join('，'),
                  })}
                </li>
              ))}
            </ul>
          </details>
        )
      ) : null}
      {(imports.data ?? []).length > 0 ? (
        <>
          <h3>{t('transfer.regions.recent')}</h3>
          <ul className="plain-list recent-imports">
            {(imports.data ?? []).slice(0, 8).map((entry) => (
              <li key={entry.id}>
                {t('transfer.regions.importLine', {
                  at: entry.at.replace('T', ' ').slice(0, 16),
                  // Sheets tell apart the imports of one grading table (a sheet per rep); a CSV has one.
                  file: entry.sheet && entry.sheet !== 'CSV' ? `${entry.fileName} › ${entry.sheet}` : entry.fileName,
                  region: entry.region ? ` · ${entry.region}` : '',
                  added: entry.added,
                  updated: entry.updated,
                  skipped: entry.skipped,
                })}
                {entry.undone ? t('transfer.regions.undone') : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
