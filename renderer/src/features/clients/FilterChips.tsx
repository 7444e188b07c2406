import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/schemas';
import type { StatsSummary } from '../../../../shared/contract';
import { readableTextColor } from '../../components/zoneColors';
import { useLocale } from '../../i18n/useLocale';
import { useClientFilters } from './filterStore';
import type { RegionCount } from './regions';

interface FilterChipsProps {
  zones: StatsSummary['zones'];
  /** Cells in board order (rows top to bottom) with their zones. */
  cells: { code: string; zoneId: string | null }[];
  reps: Rep[];
  /** The regions of a roll-up (empty when there is one region: no chips then). */
  regions: readonly RegionCount[];
}

/** Toggle chips for zones, cells and reps; pressed chips filter (several in a group = any of them, groups combine). */
export function FilterChips({ zones, cells, reps, regions }: FilterChipsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useClientFilters();
  const zoneById = new Map(zones.map((zone) => [zone.id, zone]));
  // A region filter set from elsewhere (a chart) stays visible, and can be cleared, even with one region.
  const regionChips = [...regions.map((r) => r.region), ...f.regions.filter((r) => !regions.some((known) => known.region === r))];

  return (
    <div className="chip-rows">
      <div className="chip-group" role="group" aria-label={t('grid.chips.zones')}>
        <span className="chip-group-label" aria-hidden="true">
          {t('grid.chips.zones')}
        </span>
        {zones.map((zone) => {
          const on = f.zones.includes(zone.id);
          return (
            <button
              key={zone.id}
              type="button"
              className="chip chip-zone"
              aria-pressed={on}
              data-testid={`chip-zone-${zone.id}`}
              onClick={() => f.toggleZone(zone.id)}
              // React sets styles through the CSSOM, which the CSP allows (it refuses style attributes in markup).
              style={{ '--zone-color': zone.color, '--zone-text': readableTextColor(zone.color) } as CSSProperties}
            >
              <span className="swatch" aria-hidden="true" style={{ backgroundColor: zone.color }} />
              {zone.name[locale]}
            </button>
          );
        })}
      </div>
      <div className="chip-group" role="group" aria-label={t('grid.chips.cells')}>
        <span className="chip-group-label" aria-hidden="true">
          {t('grid.chips.cells')}
        </span>
        {cells.map(({ code, zoneId }) => {
          const zone = zoneId ? zoneById.get(zoneId) : undefined;
          return (
            <button
              key={code}
              type="button"
              className="chip chip-cell"
              aria-pressed={f.cells.includes(code)}
              aria-label={zone ? `${code} ${zone.name[locale]}` : code}
              data-testid={`chip-cell-${code}`}
              title={zone?.name[locale]}
              onClick={() => f.toggleCell(code)}
            >
              {zone ? <span className="swatch" aria-hidden="true" style={{ backgroundColor: zone.color }} /> : null}
              {code}
            </button>
          );
        })}
      </div>
      <div className="chip-group" role="group" aria-label={t('grid.chips.reps')}>
        <span className="chip-group-label" aria-hidden="true">
          {t('grid.chips.reps')}
        </span>
        {reps.map((rep) => (
          <button
            key={rep.id}
            type="button"
            className="chip"
            aria-pressed={f.repIds.includes(rep.id)}
            data-testid={`chip-rep-${rep.id}`}
            onClick={() => f.toggleRep(rep.id)}
          >
            {rep.name}
          </button>
        ))}
        <button type="button" className="chip" aria-pressed={f.repIds.includes(null)} data-testid="chip-rep-none" onClick={() => f.toggleRep(null)}>
          {t('common.unassignedRep')}
        </button>
      </div>
      {regionChips.length > 0 ? (
        <div className="chip-group" role="group" aria-label={t('grid.chips.regions')}>
          <span className="chip-group-label" aria-hidden="true">
            {t('grid.chips.regions')}
          </span>
          {regionChips.map((region) => (
            <button
              key={region ?? '\u0000none'}
              type="button"
              className="chip"
              aria-pressed={f.regions.includes(region)}
              data-testid={region === null ? 'chip-region-none' : `chip-region-${region}`}
              onClick={() => f.toggleRegion(region)}
            >
              {region ?? t('grid.facet.noRegion')}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
