import { useTranslation } from 'react-i18next';
import type { PlanZone } from '../../../../shared/contract/planningMethods';
import type { LocalizedText } from '../../../../shared/domain/schemas';
import { zonePrescriptionText } from '../../../../shared/grading/cadenceText';
import type { ModelAction } from '../../../../shared/grading/modelShape';
import { ZoneName } from '../../components/ZoneName';
import { useLocale } from '../../i18n/useLocale';

/** Per zone and its cells, what the model prescribes, in the model's own words (每月拜访8次, 每天跟进, 第1、2、4…天跟进). */
export function ZonePrescriptions({ zones, action, model }: { zones: readonly PlanZone[]; action: ModelAction; model: LocalizedText }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="plans-prescriptions" aria-labelledby="plans-prescriptions-title" data-testid="zone-prescriptions">
      <h2 id="plans-prescriptions-title">{t('planning.prescriptions.title', { model: model[locale] })}</h2>
      <ul>
        {zones.map((zone) => (
          <li key={zone.id} data-testid={`zone-prescription-${zone.id}`}>
            <ZoneName name={zone.name[locale]} color={zone.color} /> <span className="plans-prescription-cells">{zone.cells.join(' ')}</span>{' '}
            <strong>{zonePrescriptionText(zone, action)[locale]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
