import { useTranslation } from 'react-i18next';
import type { Band } from '../../../../shared/grading';
import { bandRangeText } from './bandText';
import { setBandBound, setBandInclusive, type BandSide, type Path } from './definitionEdit';
import { useEditor } from './EditorContext';
import { NumberField } from './fields';
import { InlineProblems } from './ProblemList';
import { problemsUnder } from './problemText';

interface BandsEditorProps {
  bands: readonly Band[];
  /** Path of the bands array in the definition. */
  path: Path;
  /** What the bands measure, e.g. 分值 or 医院年收入（万元）. */
  subject: string;
  labelOf(category: string): string;
}

/** Each band as an editable inequality: [3] [≤] 分值 [<] [7] → B. */
export function BandsEditor({ bands, path, subject, labelOf }: BandsEditorProps) {
  const { t } = useTranslation();
  const { update, readOnly, problems } = useEditor();
  const change = (fn: (bands: Band[]) => Band[]) => update(path, (old) => fn(old as Band[]));
  const here = problemsUnder(problems, path);

  const operator = (band: Band, index: number, side: BandSide, label: string) => (
    <select
      className="band-op"
      aria-label={t(side === 'min' ? 'models.band.minOp' : 'models.band.maxOp', { value: label })}
      value={(side === 'min' ? band.minInclusive : band.maxInclusive) ? 'inclusive' : 'exclusive'}
      disabled={readOnly || (side === 'min' ? band.min : band.max) === null}
      onChange={(event) => change((all) => setBandInclusive(all, index, side, event.target.value === 'inclusive'))}
    >
      <option value="inclusive">≤</option>
      <option value="exclusive">&lt;</option>
    </select>
  );

  return (
    <div className="bands">
      <table className="bands-table">
        <thead>
          <tr>
            <th scope="col">{t('models.band.value')}</th>
            <th scope="col">{t('models.band.range')}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, index) => {
            const label = labelOf(band.value);
            return (
              <tr key={`${band.value}-${index}`} data-band={band.value}>
                <th scope="row">{label}</th>
                <td>
                  <div className="band-range">
                    <NumberField
                      value={band.min}
                      allowEmpty
                      ariaLabel={t('models.band.min', { value: label })}
                      placeholder="−∞"
                      className="band-bound"
                      testId={`band-min-${path.join('.')}-${band.value}`}
                      onChange={(value) => change((all) => setBandBound(all, index, 'min', value))}
                    />
                    {operator(band, index, 'min', label)}
                    <span className="band-subject">{subject}</span>
                    {operator(band, index, 'max', label)}
                    <NumberField
                      value={band.max}
                      allowEmpty
                      ariaLabel={t('models.band.max', { value: label })}
                      placeholder="+∞"
                      className="band-bound"
                      testId={`band-max-${path.join('.')}-${band.value}`}
                      onChange={(value) => change((all) => setBandBound(all, index, 'max', value))}
                    />
                  </div>
                  <output className="band-text" data-testid={`band-text-${band.value}`}>
                    {bandRangeText(band, subject, t('models.band.any'))}
                  </output>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {readOnly ? null : <p className="help">{t('models.band.help')}</p>}
      <InlineProblems problems={here} />
    </div>
  );
}
