import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** All reps or one; the value is the rep id or undefined. */
export function RepSelect({ value, onChange }: { value: number | undefined; onChange: (repId: number | undefined) => void }) {
  const { t } = useTranslation();
  const reps = useApiQuery('reps.list', {});
  return (
    <label className="field field-inline">
      <span>{t('board.rep')}</span>
      <select
        value={value === undefined ? '' : String(value)}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      >
        <option value="">{t('common.allReps')}</option>
        {(reps.data ?? []).map((rep) => (
          <option key={rep.id} value={String(rep.id)}>
            {rep.name}
          </option>
        ))}
      </select>
    </label>
  );
}
