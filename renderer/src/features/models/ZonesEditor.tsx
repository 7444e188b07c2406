import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { boardGrid, type ModelDefinition, type Zone } from '../../../../shared/grading';
import type { Locale } from '../../../../shared/i18n/locales';
import { useLocale } from '../../i18n/useLocale';
import { colorForInput, setCellVisits, setLocalized, setZoneCell, setZoneVisits } from './definitionEdit';
import { useEditor } from './EditorContext';
import { LinesField, NumberField, TextField } from './fields';
import { InlineProblems } from './ProblemList';
import { problemsUnder } from './problemText';

interface ZonesEditorProps {
  definition: ModelDefinition;
  onChange(fn: (def: ModelDefinition) => ModelDefinition): void;
}

/** Every zone: names, colour, cells, visits per month (with per-cell exceptions) and strategy lines. */
export function ZonesEditor({ definition, onChange }: ZonesEditorProps) {
  const { problems } = useEditor();
  // Problems about cells and zones in general (a cell in no zone, in two zones).
  const general = problems.filter((p) => p.code === 'cell.noZone' || p.code === 'cell.multipleZones');
  return (
    <div className="zones">
      <InlineProblems problems={general} />
      {definition.zones.map((zone, index) => (
        <ZoneCard key={zone.id} zone={zone} index={index} definition={definition} onChange={onChange} />
      ))}
    </div>
  );
}

function ZoneCard({ zone, index, definition, onChange }: { zone: Zone; index: number } & ZonesEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { readOnly, problems, words } = useEditor();
  const colorId = useId();
  const headingId = useId();
  const grid = boardGrid(definition);
  const zoneOf = (code: string) => definition.zones.find((z) => z.cells.includes(code));
  const setName = (lng: Locale, value: string) =>
    onChange((def) => ({ ...def, zones: def.zones.map((z, i) => (i === index ? { ...z, name: setLocalized(z.name, lng, value) } : z)) }));
  const setStrategy = (lng: Locale, lines: string[]) =>
    onChange((def) => ({ ...def, zones: def.zones.map((z, i) => (i === index ? { ...z, strategy: { ...z.strategy, [lng]: lines } } : z)) }));
  const setColor = (color: string) => onChange((def) => ({ ...def, zones: def.zones.map((z, i) => (i === index ? { ...z, color } : z)) }));
  const columns = Math.max(1, ...grid.rows.map((row) => row.length));

  return (
    <section className="zone-card" aria-labelledby={headingId} data-zone={zone.id}>
      <h3 id={headingId} className="zone-card-title">
        <span className="swatch swatch-large" aria-hidden="true" style={{ backgroundColor: zone.color }} />
        {zone.name[locale] || zone.id}
      </h3>
      <div className="zone-row">
        <TextField label={t('models.zone.nameZh')} lang="zh-CN" value={zone.name['zh-CN']} onChange={(v) => setName('zh-CN', v)} />
        <TextField label={t('models.zone.nameEn')} lang="en" value={zone.name.en} onChange={(v) => setName('en', v)} />
        <span className="field">
          <label htmlFor={colorId}>{t('models.zone.color')}</label>
          <input id={colorId} type="color" className="color-input" value={colorForInput(zone.color)} disabled={readOnly} onChange={(event) => setColor(event.target.value)} />
        </span>
      </div>

      <fieldset className="zone-cells">
        <legend>{t('models.zone.cells')}</legend>
        <div className="zone-cell-grid" style={{ gridTemplateColumns: `repeat(${columns}, max-content)` }}>
          {grid.rows.flat().map((code, i) => {
            if (!code) return <span key={`gap-${i}`} />;
            const owner = zoneOf(code);
            const checked = zone.cells.includes(code);
            return (
              <label key={code} className="zone-cell-choice" title={owner && owner !== zone ? t('models.zone.inOther', { zone: owner.name[locale] }) : undefined}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={readOnly}
                  onChange={(event) => onChange((def) => setZoneCell(def, index, code, event.target.checked))}
                />
                <span>{code}</span>
                {owner && owner !== zone ? (
                  <span className="swatch" aria-hidden="true" style={{ backgroundColor: owner.color }} />
                ) : null}
              </label>
            );
          })}
        </div>
        {readOnly ? null : <p className="help">{t('models.zone.cellsHelp')}</p>}
      </fieldset>

      <div className="zone-row zone-visits">
        <NumberField
          label={t('models.zone.visits', words)}
          value={zone.visitsPerMonth}
          allowEmpty
          min={0}
          className="visits-input"
          testId={`zone-visits-${zone.id}`}
          onChange={(value) => onChange((def) => setZoneVisits(def, index, value))}
        />
        <p className="help zone-visits-help">{t('models.zone.visitsHelp')}</p>
      </div>
      {zone.cells.length > 0 ? (
        <fieldset className="zone-cell-visits">
          <legend>{t('models.zone.cellVisits', words)}</legend>
          <div className="zone-cell-visits-list">
            {zone.cells.map((code) => (
              <NumberField
                key={code}
                label={code}
                value={zone.cellVisitsPerMonth?.[code] ?? null}
                allowEmpty
                min={0}
                placeholder={zone.visitsPerMonth === null ? '' : String(zone.visitsPerMonth)}
                className="visits-input"
                testId={`cell-visits-${code}`}
                onChange={(value) => onChange((def) => setCellVisits(def, index, code, value))}
              />
            ))}
          </div>
          {readOnly ? null : <p className="help">{t('models.zone.cellVisitsHelp')}</p>}
        </fieldset>
      ) : null}
      {zone.cadence ? <p className="help">{t('models.zone.cadence')}</p> : null}

      <div className="zone-row zone-strategy">
        <LinesField label={t('models.zone.strategyZh')} lang="zh-CN" lines={zone.strategy['zh-CN']} onChange={(lines) => setStrategy('zh-CN', lines)} />
        <LinesField label={t('models.zone.strategyEn')} lang="en" lines={zone.strategy.en} onChange={(lines) => setStrategy('en', lines)} />
      </div>
      <InlineProblems problems={problemsUnder(problems, ['zones', index])} />
    </section>
  );
}
