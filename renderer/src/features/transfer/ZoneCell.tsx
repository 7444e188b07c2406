import { useApiQuery } from '../../api/hooks';
import { useLocale } from '../../i18n/useLocale';
import { CellBadge } from '../clients/CellBadge';

/** A cell with its zone's colour and name, from the active model (shared with the other pages' cache). */
export function ZoneCell({ cell }: { cell: string }) {
  const locale = useLocale();
  const stats = useApiQuery('stats.summary', {});
  const zoneId = stats.data?.cells.find((candidate) => candidate.code === cell)?.zoneId ?? null;
  const zone = stats.data?.zones.find((candidate) => candidate.id === zoneId) ?? null;
  return <CellBadge cell={cell} zoneName={zone?.name[locale] ?? null} color={zone?.color ?? null} />;
}
