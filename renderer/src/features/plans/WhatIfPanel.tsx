import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadReport, WhatIf } from '../../../../shared/contract/planningMethods';
import { zonePrescriptionText } from '../../../../shared/grading/cadenceText';
import { withZoneFrequencies } from '../../../../shared/planning/load';
import { useApi } from '../../api/ApiProvider';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ZoneName } from '../../components/ZoneName';
import { useLocale } from '../../i18n/useLocale';

type ZoneChange = NonNullable<WhatIf['zones']>[string];

/** A free model id for a clone: 'pharma-nine-grid-freq', then -2, -3 … */
export function cloneIdFor(id: string, taken: ReadonlySet<string>): string {
  const base = `${id}-freq`.slice(0, 58);
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}-${i}`;
  return candidate;
}

function numberOrNull(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 31 ? value : undefined;
}

export function WhatIfPanel({ report, whatIf, onChange }: { report: LoadReport; whatIf: WhatIf; onChange(next: WhatIf): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const [message, setMessage] = useState<string | null>(null);
  const zoneChanges = whatIf.zones ?? {};
  const repChanges = whatIf.visitsPerDay ?? {};

  const setZone = (zoneId: string, change: ZoneChange | null) => {
    const next = { ...zoneChanges };
    if (change === null) delete next[zoneId];
    else next[zoneId] = change;
    onChange({ ...whatIf, zones: next });
  };

  const saveReps = useMutation({
    mutationFn: async () => {
      for (const [repId, visitsPerDay] of Object.entries(repChanges)) await api.call('planning.updateRep', { repId: Number(repId), visitsPerDay });
    },
    onSuccess: () => {
      onChange({ ...whatIf, visitsPerDay: {} });
      setMessage(t('planning.whatIf.saved'));
    },
  });

  const saveZones = useMutation({
    mutationFn: async () => {
      let id = report.model.id;
      if (report.model.builtin) {
        const models = await api.call('models.list', {});
        id = cloneIdFor(id, new Set(models.map((m) => m.id)));
        await api.call('models.clone', {
          id: report.model.id,
          newId: id,
          name: {
            'zh-CN': t('planning.whatIf.clonedName', { model: report.model.name['zh-CN'], lng: 'zh-CN' }),
            en: t('planning.whatIf.clonedName', { model: report.model.name.en, lng: 'en' }),
          },
        });
      }
      const { definition } = await api.call('models.get', { id });
      const result = await api.call('models.save', { definition: withZoneFrequencies(definition, zoneChanges) });
      if (!result.saved) throw new Error(result.problems.map((p) => p.message[locale]).join('; '));
      if (report.model.builtin) await api.call('models.activate', { id });
    },
    onSuccess: () => {
      onChange({ ...whatIf, zones: {} });
      setMessage(t('planning.whatIf.saved'));
    },
  });

  const zonesChanged = Object.keys(zoneChanges).length > 0;
  const repsChanged = Object.keys(repChanges).length > 0;

  return (
    <section className="plans-whatif" aria-labelledby="plans-whatif-title" data-testid="plans-whatif">
      <h2 id="plans-whatif-title">{t('planning.whatIf.title')}</h2>
      <p className="help">{t('planning.whatIf.help')}</p>
      <div className="plans-zone-inputs">
        {report.zones.map((zone) => {
          const change = zoneChanges[zone.id];
          const visits = change ? change.visitsPerMonth : zone.visitsPerMonth;
          const cells = change ? change.cellVisitsPerMonth : zone.cellVisitsPerMonth;
          const current: ZoneChange = { visitsPerMonth: zone.visitsPerMonth, ...(zone.cellVisitsPerMonth ? { cellVisitsPerMonth: zone.cellVisitsPerMonth } : {}) };
          const update = (next: ZoneChange) => setZone(zone.id, JSON.stringify(next) === JSON.stringify(current) ? null : next);
          // A cadence rules over the monthly figures: its zone is shown, not edited, here.
          if (zone.cadence) {
            return (
              <fieldset key={zone.id} className="plans-zone-fieldset" data-testid={`zone-cadence-${zone.id}`}>
                <legend>
                  <ZoneName name={zone.name[locale]} color={zone.color} />
                </legend>
                <span>
                  {zonePrescriptionText(zone, report.model.action)[locale]}
                  <span className="help"> {t('planning.whatIf.cadence')}</span>
                </span>
              </fieldset>
            );
          }
          return (
            <fieldset key={zone.id} className="plans-zone-fieldset">
              <legend>
                <ZoneName name={zone.name[locale]} color={zone.color} />
              </legend>
              <label className="field">
                <span>{t('planning.whatIf.perMonth')}</span>
                <input
                  type="number"
                  className="plans-number"
                  min={0}
                  max={31}
                  step={0.5}
                  data-testid={`zone-frequency-${zone.id}`}
                  value={visits ?? ''}
                  onChange={(event) => {
                    const value = numberOrNull(event.target.value);
                    if (value === undefined) return;
                    update({ visitsPerMonth: value, ...(cells ? { cellVisitsPerMonth: cells } : {}) });
                  }}
                />
              </label>
              {Object.entries(cells ?? {}).map(([cell, value]) => (
                <label key={cell} className="field">
                  <span>{t('planning.whatIf.cellFrequency', { cell })}</span>
                  <input
                    type="number"
                    className="plans-number"
                    min={0}
                    max={31}
                    step={0.5}
                    data-testid={`cell-frequency-${cell}`}
                    value={value}
                    onChange={(event) => {
                      const parsed = numberOrNull(event.target.value);
                      if (parsed === undefined || parsed === null) return;
                      update({ visitsPerMonth: visits, cellVisitsPerMonth: { ...cells, [cell]: parsed } });
                    }}
                  />
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
      <div className="plans-actions">
        <button type="button" className="button" disabled={!zonesChanged && !repsChanged} onClick={() => onChange({})} data-testid="whatif-reset">
          {t('planning.whatIf.reset')}
        </button>
        {repsChanged ? (
          <button type="button" className="button button-primary" disabled={saveReps.isPending} onClick={() => saveReps.mutate()} data-testid="whatif-save-reps">
            {t('planning.whatIf.saveRep', {
              rep: report.reps
                .filter((rep) => String(rep.repId) in repChanges)
                .map((rep) => rep.repName)
                .join('、'),
            })}
          </button>
        ) : null}
        {zonesChanged && !report.model.builtin ? (
          <button type="button" className="button button-primary" disabled={saveZones.isPending} onClick={() => saveZones.mutate()} data-testid="whatif-save-zones">
            {t('planning.whatIf.saveZones')}
          </button>
        ) : null}
      </div>
      {zonesChanged && report.model.builtin ? (
        <div className="notice notice-info" data-testid="whatif-builtin">
          <p>{t('planning.whatIf.builtin', { model: report.model.name[locale] })}</p>
          <button type="button" className="button button-primary" disabled={saveZones.isPending} onClick={() => saveZones.mutate()} data-testid="whatif-clone">
            {t('planning.whatIf.cloneAndSave')}
          </button>
        </div>
      ) : null}
      {saveReps.error ? <ErrorMessage error={saveReps.error} /> : null}
      {saveZones.error ? <ErrorMessage error={saveZones.error} /> : null}
      {message && !zonesChanged && !repsChanged ? (
        <p className="result-ok" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
