import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mover } from '../../../../shared/contract';
import { zoneOfCell, type ModelDefinition } from '../../../../shared/grading';
import { cellRanks } from '../../../../shared/history/cellMovement';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatCount } from '../../components/format';
import { useLocale } from '../../i18n/useLocale';
import {
  directionArrow,
  directionByRank,
  directionFromMovers,
  directionKey,
  filterMovers,
  moverCounts,
  movementTable,
  type MatrixCell,
  type MoverFilter,
} from './movementTable';
import { analysisFilterOf, useAnalysisFilters } from '../dashboards/analysisFilters';
import { MovementSankey } from './MovementSankey';
import { useSnapshotName } from './useSnapshotName';

const FILTERS: readonly MoverFilter[] = ['all', 'up', 'down', 'sideways'];

/** A cell code with its zone's colour, as on the board. */
function CellCode({ code, model }: { code: string | null; model: ModelDefinition | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (code === null) return <span className="muted">{t('common.ungraded')}</span>;
  const zone = model ? zoneOfCell(model, code) : undefined;
  return (
    <span className="period-cell" title={zone?.name[locale]}>
      {zone ? <span className="swatch" aria-hidden="true" style={{ backgroundColor: zone.color }} /> : null}
      {code}
    </span>
  );
}

/** Two snapshots compared: the from × to matrix of cells, the totals, and who moved up or down. */
export function ComparisonView({ fromId, toId }: { fromId: number; toId: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const baseId = useId();
  const snapshotName = useSnapshotName();
  const comparison = useApiQuery('snapshots.compare', { fromId, toId });
  const filters = analysisFilterOf({ ...useAnalysisFilters(), snapshotId: null });
  const movement = useApiQuery('analysis.movement', { fromId, toId, ...(filters.repId === undefined ? {} : { repId: filters.repId }), ...(filters.region === undefined ? {} : { region: filters.region }), limit: 2000 });
  const reasons = new Map((movement.data?.movers.rows ?? []).map((row) => [row.clientId, row.reason]));
  const data = comparison.data;
  const modelQuery = useApiQuery('models.get', { id: data?.to.modelId ?? '' }, { enabled: data !== undefined });
  const model = modelQuery.data?.definition;
  const [filter, setFilter] = useState<MoverFilter>('all');
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);

  if (comparison.isError) return <ErrorMessage error={comparison.error} onRetry={() => void comparison.refetch()} />;
  if (!data) return <Loading />;

  const directionOf = model ? directionByRank(cellRanks(model)) : directionFromMovers(data.movers.rows);
  const table = movementTable(data.cells, data.matrix, directionOf);
  const fromName = snapshotName(data.from);
  const toName = snapshotName(data.to);
  const counts = moverCounts(data.movers.rows);
  const movers = filterMovers(data.movers.rows, filter, pair);
  const movementText = (cell: MatrixCell) => t(`periods.movement.${cell.movement}`);
  const facts = [
    { key: 'up', value: data.up, className: 'fact-up' },
    { key: 'down', value: data.down, className: 'fact-down' },
    { key: 'same', value: data.same, className: '' },
    { key: 'moved', value: data.movers.total, className: '' },
    { key: 'added', value: data.added, className: '' },
    { key: 'removed', value: data.removed, className: '' },
  ] as const;

  return (
    <section className="comparison" aria-labelledby={`${baseId}-title`} data-testid="comparison">
      <h3 id={`${baseId}-title`} className="comparison-title">
        {t('periods.result.title', { from: fromName, to: toName })}
      </h3>
      {data.from.modelId !== data.to.modelId ? (
        <p className="notice notice-info">{t('periods.result.modelsDiffer', { from: data.from.modelId, to: data.to.modelId })}</p>
      ) : null}
      <dl className="facts comparison-facts" data-testid="comparison-facts">
        {facts.map((fact) => (
          <div key={fact.key} className={`fact ${fact.className}`} data-fact={fact.key}>
            <dt>{t(`periods.result.${fact.key}`)}</dt>
            <dd>{formatCount(fact.value, locale)}</dd>
          </div>
        ))}
      </dl>

      <h4 className="comparison-subtitle">{t('periods.matrix.title')}</h4>
      <p className="help">{t('periods.matrix.caption', { from: fromName, to: toName })}</p>
      <div className="table-scroll table-fit movement-scroll">
        <table className="movement-matrix" data-testid="movement-matrix">
          <thead>
            <tr>
              <th scope="col" className="movement-corner">
                {t('periods.matrix.corner')}
              </th>
              {table.cells.map((code) => (
                <th key={code} scope="col" data-to={code}>
                  <CellCode code={code} model={model} />
                </th>
              ))}
              <th scope="col" className="movement-sum">
                {t('periods.matrix.total')}
              </th>
              <th scope="col" className="movement-sum movement-up">
                {t('periods.matrix.up')}
              </th>
              <th scope="col" className="movement-sum movement-down">
                {t('periods.matrix.down')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.from} data-from={row.from}>
                <th scope="row">
                  <CellCode code={row.from} model={model} />
                </th>
                {row.cells.map((cell) => {
                  const label = t('periods.matrix.cellLabel', { from: cell.from, to: cell.to, count: cell.count, movement: movementText(cell) });
                  const selected = pair?.from === cell.from && pair.to === cell.to;
                  return (
                    <td
                      key={cell.to}
                      className={`movement-cell movement-${cell.movement}${cell.count === 0 ? ' movement-zero' : ''}`}
                      data-testid={`move-${cell.from}-${cell.to}`}
                      data-count={cell.count}
                      data-movement={cell.movement}
                      title={label}
                    >
                      {cell.movement === 'same' ? (
                        <>
                          <span className="movement-count">{formatCount(cell.count, locale)}</span>
                          <span className="movement-same-label">{t('periods.matrix.same')}</span>
                        </>
                      ) : cell.count > 0 ? (
                        <button
                          type="button"
                          className="movement-button"
                          aria-pressed={selected}
                          aria-label={t('periods.matrix.showPair', { from: cell.from, to: cell.to, count: cell.count, movement: movementText(cell) })}
                          onClick={() => setPair(selected ? null : { from: cell.from, to: cell.to })}
                        >
                          {formatCount(cell.count, locale)}
                        </button>
                      ) : (
                        <span className="movement-count" aria-label={label}>
                          ·
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="movement-sum num">{formatCount(row.total, locale)}</td>
                <td className="movement-sum num movement-up">{row.up > 0 ? formatCount(row.up, locale) : '·'}</td>
                <td className="movement-sum num movement-down">{row.down > 0 ? formatCount(row.down, locale) : '·'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('periods.matrix.total')}</th>
              {table.columnTotals.map((total, j) => (
                <td key={table.cells[j]} className="num">
                  {formatCount(total, locale)}
                </td>
              ))}
              <td className="num movement-sum">{formatCount(table.total, locale)}</td>
              <td className="num movement-sum movement-up" data-testid="matrix-up">
                {formatCount(table.up, locale)}
              </td>
              <td className="num movement-sum movement-down" data-testid="matrix-down">
                {formatCount(table.down, locale)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>

      {movement.data ? <MovementSankey movement={movement.data} model={model} fromName={fromName} toName={toName} onPair={setPair} /> : null}

      <h4 className="comparison-subtitle">{t('periods.movers.title')}</h4>
      {data.movers.total === 0 ? (
        <p className="empty">{t('periods.movers.none')}</p>
      ) : (
        <>
          <div className="movers-toolbar">
            <div className="segmented" role="group" aria-label={t('periods.movers.filter')}>
              {FILTERS.map((value) => (
                <button key={value} type="button" className="segment" aria-pressed={filter === value} data-filter={value} onClick={() => setFilter(value)}>
                  {t('periods.movers.count', { label: t(`periods.movers.${value}`), count: counts[value] })}
                </button>
              ))}
            </div>
            {pair ? (
              <span className="pair-chip">
                {t('periods.movers.pair', pair)}
                <button type="button" className="button pair-clear" onClick={() => setPair(null)}>
                  {t('periods.movers.clearPair')}
                </button>
              </span>
            ) : null}
          </div>
          {data.movers.total > data.movers.rows.length ? (
            <p className="help">{t('periods.movers.more', { shown: data.movers.rows.length, total: data.movers.total })}</p>
          ) : null}
          <MoverTable movers={movers} model={model} reasons={reasons} />
        </>
      )}
    </section>
  );
}

function MoverTable({ movers, model, reasons }: { movers: readonly Mover[]; model: ModelDefinition | undefined; reasons: ReadonlyMap<number, string | null> }) {
  const { t } = useTranslation();
  if (movers.length === 0) return <p className="empty">{t('periods.movers.noneFiltered')}</p>;
  return (
    <div className="table-scroll movers-scroll">
      <table className="data-table movers-table" data-testid="period-movers">
        <thead>
          <tr>
            <th scope="col">{t('periods.movers.col.direction')}</th>
            <th scope="col">{t('periods.movers.col.name')}</th>
            <th scope="col">{t('periods.movers.col.hospital')}</th>
            <th scope="col">{t('periods.movers.col.department')}</th>
            <th scope="col">{t('periods.movers.col.rep')}</th>
            <th scope="col">{t('periods.movers.col.from')}</th>
            <th scope="col">{t('periods.movers.col.to')}</th>
            <th scope="col">{t('periods.movers.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {movers.map((mover) => {
            const key = directionKey(mover.direction);
            return (
              <tr key={mover.clientId} data-client-id={mover.clientId} data-direction={key}>
                <td className={`mover-direction mover-${key}`}>
                  <span aria-hidden="true">{directionArrow(mover.direction)}</span> {t(`periods.movement.${key}`)}
                </td>
                <th scope="row">{mover.name}</th>
                <td>{mover.hospitalName ?? t('common.none')}</td>
                <td>{mover.department ?? t('common.none')}</td>
                <td>{mover.repName ?? t('common.none')}</td>
                <td>
                  <CellCode code={mover.from} model={model} />
                </td>
                <td>
                  <CellCode code={mover.to} model={model} />
                </td>
                <td>{reasons.get(mover.clientId) ?? <span className="muted">{t('periods.movers.formula')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
