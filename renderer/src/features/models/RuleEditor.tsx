import { useTranslation } from 'react-i18next';
import { attributesOfRule, type CompareRule, type Dictionary, type Rule } from '../../../../shared/grading';
import { useLocale } from '../../i18n/useLocale';
import { BandsEditor } from './BandsEditor';
import { categoryHint, dictionaryIdOf, expectedOfChild, matrixAxes, wordsByValue } from './categories';
import type { Path } from './definitionEdit';
import { useEditor } from './EditorContext';
import { InlineProblems } from './ProblemList';
import { problemsUnder } from './problemText';
import { ScoreMatrix } from './ScoreMatrix';

const KNOWN_KINDS = ['entered', 'lookup', 'thresholds', 'compare', 'scoreTable', 'firstOf', 'maxOf', 'when'] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

function isKnownKind(kind: unknown): kind is KnownKind {
  return typeof kind === 'string' && (KNOWN_KINDS as readonly string[]).includes(kind);
}

interface RuleEditorProps {
  rule: Rule;
  /** Path of this rule in the definition. */
  path: Path;
  /** Categories the rule must produce, when known (for the choices of a compare rule). */
  expected: string[] | null;
  /** How to show a category this rule produces ('B' → 'B 中潜力'). */
  labelOf(category: string): string;
  /** The axis-level rule draws no box of its own. */
  top?: boolean;
}

/** A labeller from a dictionary's words: '3' → '3 · 三级'. */
function useDictionaryLabeller() {
  const locale = useLocale();
  const { dictionaries } = useEditor();
  return (dictionaryId: string | null, fallback: (category: string) => string) => {
    const dictionary = dictionaryId ? dictionaries.get(dictionaryId) : undefined;
    return (category: string) => {
      const hint = categoryHint(dictionary, category, locale);
      return hint && hint !== category ? `${category} · ${hint}` : fallback(category);
    };
  };
}

/** A rule of any kind, rendered by its kind; sub-rules nest. Kinds this editor does not know are shown as they are. */
export function RuleEditor(props: RuleEditorProps) {
  const { t } = useTranslation();
  const { problems } = useEditor();
  const kind: unknown = (props.rule as { kind?: unknown }).kind;
  const title = isKnownKind(kind) ? t(`models.kind.${kind}`) : t('models.kind.unknown', { kind: String(kind) });
  const own = problemsUnder(problems, props.path, true);
  return (
    <div className={props.top ? 'rule rule-top' : 'rule rule-nested'} data-rule-kind={String(kind)} data-path={props.path.join('.')}>
      <div className="rule-kind">{title}</div>
      <RuleBody {...props} />
      <InlineProblems problems={own} />
    </div>
  );
}

function RuleBody(props: RuleEditorProps) {
  const { rule } = props;
  switch (rule.kind) {
    case 'entered':
      return <EnteredRuleView attribute={rule.attribute} dictionaryId={rule.dictionary} />;
    case 'lookup':
      return <LookupRuleView {...props} rule={rule} />;
    case 'thresholds':
      return <ThresholdsRuleView {...props} rule={rule} />;
    case 'compare':
      return <CompareRuleEditor {...props} rule={rule} />;
    case 'scoreTable':
      return <ScoreTableRuleEditor {...props} rule={rule} />;
    case 'firstOf':
    case 'maxOf':
      return <ListRuleView {...props} rule={rule} />;
    case 'when':
      return <WhenRuleView {...props} rule={rule} />;
    default:
      return <UnknownRuleView rule={rule} />;
  }
}

function DictionaryWords({ dictionary, labelOf }: { dictionary: Dictionary; labelOf?: (category: string) => string }) {
  const { t } = useTranslation();
  const words = wordsByValue(dictionary);
  return (
    <details className="dictionary-words">
      <summary>{t('models.rule.words', { n: dictionary.entries.length })}</summary>
      <dl>
        {[...words].map(([value, matches]) => (
          <div key={value}>
            <dt>{labelOf ? labelOf(value) : value}</dt>
            <dd>{matches.join('、')}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function EnteredRuleView({ attribute, dictionaryId }: { attribute: string; dictionaryId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { dictionaries, attributeLabel, words } = useEditor();
  const dictionary = dictionaries.get(dictionaryId);
  const labeller = useDictionaryLabeller();
  return (
    <>
      <p className="rule-text">
        {t('models.rule.entered', { ...words, attribute: attributeLabel(attribute), dictionary: dictionary ? dictionary.name[locale] : dictionaryId })}
      </p>
      {dictionary ? (
        <DictionaryWords dictionary={dictionary} labelOf={labeller(dictionaryId, (c) => c)} />
      ) : (
        <p className="inline-error">{t('models.rule.noDictionary', { dictionary: dictionaryId })}</p>
      )}
    </>
  );
}

function LookupRuleView(props: RuleEditorProps & { rule: Extract<Rule, { kind: 'lookup' }> }) {
  const { t } = useTranslation();
  const { dictionaries } = useEditor();
  const { rule, path } = props;
  const labeller = useDictionaryLabeller();
  const sourceLabel = labeller(dictionaryIdOf(rule.source), (c) => c);
  return (
    <>
      <p className="rule-text">{t('models.rule.lookup')}</p>
      <RuleEditor
        rule={rule.source}
        path={[...path, 'source']}
        expected={expectedOfChild(rule, ['source'], props.expected, dictionaries)}
        labelOf={sourceLabel}
      />
      <table className="lookup-table">
        <caption>{t('models.rule.lookupTable')}</caption>
        <tbody>
          {Object.entries(rule.table).map(([from, to]) => (
            <tr key={from}>
              <th scope="row">{sourceLabel(from)}</th>
              <td aria-hidden="true">→</td>
              <td>{props.labelOf(to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ThresholdsRuleView(props: RuleEditorProps & { rule: Extract<Rule, { kind: 'thresholds' }> }) {
  const { t } = useTranslation();
  const { attributeLabel } = useEditor();
  const { rule, path } = props;
  const subject = attributeLabel(rule.attribute);
  return (
    <>
      <p className="rule-text">{t('models.rule.thresholds', { attribute: subject })}</p>
      <BandsEditor bands={rule.bands} path={[...path, 'bands']} subject={subject} labelOf={props.labelOf} />
    </>
  );
}

function CompareRuleEditor(props: RuleEditorProps & { rule: CompareRule }) {
  const { t } = useTranslation();
  const { attributeLabel, update, readOnly } = useEditor();
  const { rule, path } = props;
  const left = attributeLabel(rule.left);
  const right = attributeLabel(rule.right);
  const choices = props.expected ?? [...new Set([rule.valueIfGreaterOrEqual, rule.valueIfLess, rule.valueIfZero])];
  const outcomes = [
    ['valueIfZero', t('models.compare.zero', { left })],
    ['valueIfGreaterOrEqual', t('models.compare.ge', { left, right })],
    ['valueIfLess', t('models.compare.less', { left, right })],
  ] as const;
  return (
    <>
      <p className="rule-text">{t('models.rule.compare', { left, right })}</p>
      <dl className="compare-outcomes">
        {outcomes.map(([key, text]) => (
          <div key={key}>
            <dt>{text}</dt>
            <dd>
              <select
                aria-label={t('models.compare.result', { when: text })}
                value={rule[key]}
                disabled={readOnly}
                onChange={(event) => update([...path, key], () => event.target.value)}
              >
                {(choices.includes(rule[key]) ? choices : [rule[key], ...choices]).map((value) => (
                  <option key={value} value={value}>
                    {props.labelOf(value)}
                  </option>
                ))}
              </select>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function ScoreTableRuleEditor(props: RuleEditorProps & { rule: Extract<Rule, { kind: 'scoreTable' }> }) {
  const { t } = useTranslation();
  const { dictionaries, attributeLabel } = useEditor();
  const labeller = useDictionaryLabeller();
  const { rule, path } = props;
  const axes = matrixAxes(rule, dictionaries);
  const rowLabel = labeller(dictionaryIdOf(rule.rows), (c) => c);
  const columnLabel = labeller(dictionaryIdOf(rule.columns), (c) => c);
  const rowTitle = attributesOfRule(rule.rows).map(attributeLabel)[0] ?? t('models.where.rows');
  const columnTitle = attributesOfRule(rule.columns).map(attributeLabel)[0] ?? t('models.where.columns');
  const scoreWord = t('models.rule.score');
  return (
    <>
      <p className="rule-text">{t('models.rule.scoreTable', { rows: rowTitle, columns: columnTitle })}</p>
      <details className="rule-source">
        <summary>{t('models.rule.rowsFrom', { attribute: rowTitle })}</summary>
        <RuleEditor rule={rule.rows} path={[...path, 'rows']} expected={axes.rows} labelOf={rowLabel} />
      </details>
      <details className="rule-source">
        <summary>{t('models.rule.columnsFrom', { attribute: columnTitle })}</summary>
        <RuleEditor rule={rule.columns} path={[...path, 'columns']} expected={axes.columns} labelOf={columnLabel} />
      </details>
      <h4 className="rule-subtitle">{t('models.rule.scores')}</h4>
      <ScoreMatrix
        rule={rule}
        path={path}
        rows={axes.rows}
        columns={axes.columns}
        rowTitle={rowTitle}
        columnTitle={columnTitle}
        rowLabel={rowLabel}
        columnLabel={columnLabel}
        gradeLabel={props.labelOf}
      />
      <h4 className="rule-subtitle">{t('models.rule.scoreBands')}</h4>
      <BandsEditor bands={rule.bands} path={[...path, 'bands']} subject={scoreWord} labelOf={props.labelOf} />
    </>
  );
}

function ListRuleView(props: RuleEditorProps & { rule: Extract<Rule, { kind: 'firstOf' | 'maxOf' }> }) {
  const { t } = useTranslation();
  const { dictionaries } = useEditor();
  const { rule, path } = props;
  return (
    <>
      <p className="rule-text">
        {rule.kind === 'firstOf' ? t('models.rule.firstOf') : t('models.rule.maxOf', { order: rule.order.map(props.labelOf).join(' > ') })}
      </p>
      <ol className="sub-rules">
        {rule.rules.map((sub, i) => (
          <li key={i}>
            <RuleEditor
              rule={sub}
              path={[...path, 'rules', i]}
              expected={expectedOfChild(rule, ['rules', i], props.expected, dictionaries)}
              labelOf={props.labelOf}
            />
          </li>
        ))}
      </ol>
    </>
  );
}

function WhenRuleView(props: RuleEditorProps & { rule: Extract<Rule, { kind: 'when' }> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { dictionaries, attributeLabel } = useEditor();
  const labeller = useDictionaryLabeller();
  const { rule, path } = props;
  const attribute = attributeLabel(rule.attribute);
  const dictionary = rule.dictionary ? dictionaries.get(rule.dictionary) : undefined;
  const branchLabel = labeller(rule.dictionary ?? null, (c) => c);
  return (
    <>
      <p className="rule-text">
        {t('models.rule.when', { attribute })}
        {rule.dictionary ? ` ${t('models.rule.whenDictionary', { dictionary: dictionary ? dictionary.name[locale] : rule.dictionary })}` : ''}
      </p>
      <ol className="sub-rules">
        {rule.cases.map((c, i) => (
          <li key={i}>
            <p className="rule-case">{t('models.rule.whenCase', { attribute, values: c.equals.map(branchLabel).join('、') })}</p>
            <RuleEditor rule={c.rule} path={[...path, 'cases', i, 'rule']} expected={props.expected} labelOf={props.labelOf} />
          </li>
        ))}
        {rule.otherwise ? (
          <li>
            <p className="rule-case">{t('models.rule.otherwise')}</p>
            <RuleEditor rule={rule.otherwise} path={[...path, 'otherwise']} expected={props.expected} labelOf={props.labelOf} />
          </li>
        ) : null}
      </ol>
    </>
  );
}

/** A rule kind this editor does not know yet: kept as it is and shown read-only. */
function UnknownRuleView({ rule }: { rule: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="rule-text">{t('models.rule.unknown')}</p>
      <pre className="rule-json">{JSON.stringify(rule, null, 2)}</pre>
    </>
  );
}
