import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Movement } from '../../../../shared/contract/analysisMethods';
import { zoneOfCell, type ModelDefinition } from '../../../../shared/grading';
import { targetScopeOf, useAnalysisFilters } from '../dashboards/analysisFilters';
import { ChartCard } from '../dashboards/ChartCard';
import { flowOf, movementOption } from '../dashboards/options/movementOption';

/**
 * The movement between two snapshots as a Sankey, beside the matrix: a click on a flow shows
 * its movers in the list below (the same as clicking the matrix cell).
 */
export function MovementSankey({
  movement,
  model,
  fromName,
  toName,
  onPair,
}: {
  movement: Movement;
  model: ModelDefinition | undefined;
  fromName: string;
  toName: string;
  onPair: (pair: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  const [moversOnly, setMoversOnly] = useState(false);
  const repId = useAnalysisFilters((state) => state.repId);
  const region = useAnalysisFilters((state) => state.region);
  const option = useMemo(
    () => movementOption(movement, { from: fromName, to: toName }, (cell) => (model ? (zoneOfCell(model, cell)?.color ?? null) : null), { moversOnly, scope: targetScopeOf({ repId, region }) }),
    [movement, model, fromName, toName, moversOnly, repId, region],
  );
  return (
    <ChartCard
      title={t('periods.sankey.title', { from: fromName, to: toName })}
      option={option}
      label={t('periods.sankey.label', { up: movement.up, down: movement.down, same: movement.same })}
      testId="chart-movement-sankey"
      height={380}
      onClick={(click) => {
        const flow = flowOf(click.data);
        if (flow && flow.from !== flow.to) onPair({ from: flow.from, to: flow.to });
      }}
    >
      <label className="checkbox-inline">
        <input type="checkbox" checked={moversOnly} data-testid="sankey-movers-only" onChange={(event) => setMoversOnly(event.target.checked)} /> {t('periods.sankey.moversOnly')}
      </label>
    </ChartCard>
  );
}
