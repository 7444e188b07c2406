import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadReport, WhatIf } from '../../../../shared/contract/planningMethods';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatCount, formatVisits } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ZoneName } from '../../components/ZoneName';
import { useLocale } from '../../i18n/useLocale';
import { signed } from './planView';
import { usePlanWords } from './planWords';
import { WhatIfPanel } from './WhatIfPanel';
import { ZonePrescriptions } from './ZonePrescriptions';

const CUTS_SHOWN = 40;

export function isWhatIfEmpty(whatIf: WhatIf): boolean {
  return Object.keys(whatIf.zones ?? {}).length === 0 && Object.keys(whatIf.visitsPerDay ?? {}).length === 0;
}

export function LoadView({ month, onShowRep }: { month: string; onShowRep(repId: number): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [whatIf, setWhatIf] = useState<WhatIf>({});
  const deferred = useDeferredValue(whatIf);
  const active = !isWhatIfEmpty(deferred);
  const base = useApiQuery('planning.load', { month });
  const preview = useApiQuery('planning.load', { month, whatIf: deferred }, { enabled: active, keepPrevious: true });
  const [open, setOpen] = useState<number | null>(null);
  const shown: LoadReport | undefined = active ? (preview.data ?? base.data) : base.data;
  const words = usePlanWords(base.data?.model.action);

  if (base.isError) return <ErrorMessage error={base.error} onRetry={() => void base.refetch()} />;
  if (!base.data || !shown) return <Loading />;
  const baseById = new Map(base.data.reps.map((rep) => [rep.repId, rep]));
  const totals = shown.reps.reduce((acc, rep) => ({ capacity: acc.capacity + rep.capacity, load: acc.load + rep.load }), { capacity: 0, load: 0 });

  return (
    <div className="plans-load">
      <ZonePrescriptions zones={base.data.zones} action={base.data.model.action} model={base.data.model.name} />
      {preview.isError ? <ErrorMessage error={preview.error} /> : null}
      <div className="table-scroll">
        <table className="data-table plans-load-table" data-testid="plans-load-table">
          <caption className="plans-caption">
            {t('planning.load.caption', { ...words, month })}
            {active ? <span className="badge plans-badge-whatif">{t('planning.whatIf.active')}</span> : null}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.load.rep')}</th>
              <th scope="col" className="num">
                {t('planning.load.workingDays')}
              </th>
              <th scope="col" className="num">
                {t('planning.load.visitsPerDay', words)}
              </th>
              <th scope="col" className="num">
                {t('planning.load.capacity')}
              </th>
              <th scope="col" className="num">
                {t('planning.load.load')}
              </th>
              <th scope="col">{t('planning.load.status')}</th>
              {shown.zones.map((zone) => (
                <th key={zone.id} scope="col" className="num">
                  <ZoneName name={zone.name[locale]} color={zone.color} />
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('planning.load.showCuts')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.reps.map((rep) => {
              const before = baseById.get(rep.repId);
              const loadDelta = before ? rep.load - before.load : 0;
              const capacityDelta = before ? rep.capacity - before.capacity : 0;
              const ratio = rep.capacity > 0 ? Math.min(rep.load / rep.capacity, 2) : rep.load > 0 ? 2 : 0;
              return [
                <tr key={rep.repId} data-testid={`load-row-${rep.repId}`} className={rep.over ? 'plans-row-over' : undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onShowRep(rep.repId)}>
                      {rep.repName}
                    </button>
                  </th>
                  <td className="num">
                    {rep.workingDays}
                    {rep.workingDaysOverride !== null ? <span className="help"> {t('planning.load.override')}</span> : null}
                    {rep.daysOff > 0 ? <div className="help">{t('planning.load.daysOff', { count: rep.daysOff })}</div> : null}
                  </td>
                  <td className="num">
                    <input
                      type="number"
                      className="plans-number"
                      min={0}
                      max={50}
                      step={0.5}
                      aria-label={`${rep.repName} ${t('planning.load.visitsPerDay', words)}`}
                      data-testid={`visits-per-day-${rep.repId}`}
                      value={whatIf.visitsPerDay?.[String(rep.repId)] ?? before?.visitsPerDay ?? rep.visitsPerDay}
                      onChange={(event) => {
                        const value = Number(event.target.value);
                        if (!Number.isFinite(value) || value < 0 || value > 50) return;
                        setWhatIf((current) => {
                          const next = { ...current.visitsPerDay };
                          if (value === before?.visitsPerDay) delete next[String(rep.repId)];
                          else next[String(rep.repId)] = value;
                          return { ...current, visitsPerDay: next };
                        });
                      }}
                    />
                  </td>
                  <td className="num" data-testid={`capacity-${rep.repId}`}>
                    {formatVisits(rep.capacity, locale)}
                    {capacityDelta !== 0 ? <div className="plans-delta">{t('planning.whatIf.delta', { delta: signed(capacityDelta) })}</div> : null}
                  </td>
                  <td className="num strong" data-testid={`load-${rep.repId}`}>
                    {formatVisits(rep.load, locale)}
                    {loadDelta !== 0 ? <div className="plans-delta">{t('planning.whatIf.delta', { delta: signed(loadDelta) })}</div> : null}
                  </td>
                  <td>
                    <div className={rep.over ? 'plans-status plans-status-over' : 'plans-status plans-status-ok'} data-testid={`status-${rep.repId}`}>
                      <strong>{rep.over ? t('planning.load.overShort') : t('planning.load.fitsShort')}</strong>{' '}
                      {rep.over
                        ? t('planning.load.over', { count: formatVisits(-rep.slack, locale) })
                        : t('planning.load.fits', { count: formatVisits(rep.slack, locale) })}
                    </div>
                    <div
                      className="plans-bar"
                      role="img"
                      aria-label={t('planning.load.bar', { load: formatVisits(rep.load, locale), capacity: formatVisits(rep.capacity, locale) })}
                    >
                      <span className={rep.over ? 'plans-bar-fill plans-bar-over' : 'plans-bar-fill'} style={{ width: `${(ratio / 2) * 100}%` }} />
                      <span className="plans-bar-capacity" />
                    </div>
                  </td>
                  {shown.zones.map((zone) => (
                    <td key={zone.id} className="num">
                      {t('planning.load.zoneVisits', {
                        ...words,
                        clients: formatCount(rep.perZone[zone.id]?.clients ?? 0, locale),
                        visits: formatVisits(rep.perZone[zone.id]?.visits ?? 0, locale),
                      })}
                    </td>
                  ))}
                  <td>
                    {rep.cuts.length > 0 ? (
                      <button
                        type="button"
                        className="button"
                        aria-expanded={open === rep.repId}
                        data-testid={`show-cuts-${rep.repId}`}
                        onClick={() => setOpen(open === rep.repId ? null : rep.repId)}
                      >
                        {open === rep.repId ? t('planning.load.hideCuts') : t('planning.load.showCuts')}
                      </button>
                    ) : null}
                  </td>
                </tr>,
                open === rep.repId ? (
                  <tr key={`${rep.repId}-cuts`} className="plans-cuts-row">
                    <td colSpan={7 + shown.zones.length}>
                      <CutList report={shown} repId={rep.repId} />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('planning.load.total')}</th>
              <td />
              <td />
              <td className="num">{formatVisits(totals.capacity, locale)}</td>
              <td className="num strong">{formatVisits(totals.load, locale)}</td>
              <td colSpan={2 + shown.zones.length} />
            </tr>
          </tfoot>
        </table>
      </div>
      <WhatIfPanel report={base.data} whatIf={whatIf} onChange={setWhatIf} />
    </div>
  );
}

function CutList({ report, repId }: { report: LoadReport; repId: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = usePlanWords(report.model.action);
  const rep = report.reps.find((r) => r.repId === repId);
  if (!rep) return null;
  const zones = new Map(report.zones.map((zone) => [zone.id, zone]));
  const clients = new Map(rep.cutClients.map((c) => [c.id, c]));
  return (
    <div className="plans-cuts" data-testid={`cuts-${repId}`}>
      <p className="strong">{t('planning.load.cutsTitle', { ...words, rep: rep.repName })}</p>
      {rep.cuts.length === 0 ? <p>{t('planning.load.cutsNone')}</p> : null}
      <ol className="plans-cut-list">
        {rep.cuts.slice(0, CUTS_SHOWN).map((cut) => {
          const client = clients.get(cut.clientId);
          const zone = cut.zoneId ? zones.get(cut.zoneId) : undefined;
          return (
            <li key={cut.clientId}>
              {zone ? <ZoneName name={zone.name[locale]} color={zone.color} /> : null} <strong>{cut.cell}</strong> {client?.hospitalName} {client?.department}{' '}
              {client?.name} · {t('planning.load.cutLine', { volume: formatCount(cut.volume ?? 0, locale), cut: cut.visitsCut, left: cut.visitsLeft })}
            </li>
          );
        })}
      </ol>
      {rep.cuts.length > CUTS_SHOWN ? <p className="help">{t('planning.load.cutsMore', { count: rep.cuts.length - CUTS_SHOWN })}</p> : null}
      {rep.remainingOver > 0 ? <p className="inline-error">{t('planning.load.remainingOver', { count: rep.remainingOver })}</p> : null}
    </div>
  );
}
