import { useTranslation } from 'react-i18next';
import type { ScoreTableRule } from '../../../../shared/grading';
import { bandIndexOf } from './bandText';
import { setScore, type Path } from './definitionEdit';
import { useEditor } from './EditorContext';
import { NumberField } from './fields';
import { InlineProblems } from './ProblemList';
import { problemsUnder } from './problemText';

interface ScoreMatrixProps {
  rule: ScoreTableRule;
  /** Path of the scoreTable rule. */
  path: Path;
  rows: readonly string[];
  columns: readonly string[];
  rowTitle: string;
  columnTitle: string;
  rowLabel(category: string): string;
  columnLabel(category: string): string;
  /** The grade a score gets, to show beside it. */
  gradeLabel(category: string): string;
}

/** The score of every row × column category, with the grade each score falls in. */
export function ScoreMatrix(props: ScoreMatrixProps) {
  const { t } = useTranslation();
  const { update, problems } = useEditor();
  const { rule, path } = props;
  return (
    <div className="score-matrix-wrap">
      <table className="score-matrix" data-testid="score-matrix">
        <thead>
          <tr>
            <th scope="col" className="score-corner">
              <span className="score-corner-rows">{props.rowTitle}</span>
              <span aria-hidden="true"> \ </span>
              <span className="score-corner-columns">{props.columnTitle}</span>
            </th>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {props.columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row}>
              <th scope="row">{props.rowLabel(row)}</th>
              {props.columns.map((column) => {
                const score = rule.scores[row]?.[column];
                const band = score === undefined ? -1 : bandIndexOf(rule.bands, score);
                const grade = band >= 0 ? rule.bands[band]?.value : undefined;
                return (
                  <td key={column} data-score-cell={`${row}:${column}`}>
                    <span className="score-cell">
                      <NumberField
                        value={score ?? null}
                        ariaLabel={t('models.score.cell', { row: props.rowLabel(row), column: props.columnLabel(column) })}
                        className="score-input"
                        onChange={(value) => {
                          if (value !== null) update([...path, 'scores'], (old) => setScore(old as ScoreTableRule['scores'], row, column, value));
                        }}
                      />
                      <span className="score-grade" title={grade ? props.gradeLabel(grade) : t('models.score.noBand')}>
                        → {grade ?? '?'}
                      </span>
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <InlineProblems problems={problemsUnder(problems, [...path, 'scores'])} />
    </div>
  );
}
