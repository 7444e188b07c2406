import { DEFAULT_DICTIONARY_IDS } from '../models/defaultDictionaries';
import { bandContains, checkBands } from './bands';
import { checkCalibration } from './calibration';
import { enteredAttributesOfModel } from './modelAttributes';
import { isBuiltinAttribute } from './modelInputs';
import type { ModelDefinition } from './modelShape';
import { modelProblem } from './problemMessages';
import type { ModelProblem, ProblemParams } from './problemMessages';
import { childRules } from './rules';
import type { Band, Rule } from './rules';

/** Deep enough for any real model; stops a pasted definition from recursing without end. */
export const MAX_RULE_DEPTH = 8;

export interface ValidateOptions {
  /** Dictionaries available besides the model's own; defaults to the built-in ones. */
  knownDictionaryIds?: Iterable<string>;
}

type Path = (string | number)[];

interface RuleContext {
  where: string;
  path: Path;
  /** Values the consumer of this rule understands; null when anything goes. */
  accepts: ReadonlySet<string> | null;
  depth: number;
}

/** How a rule reads an attribute, for checking the model's inputs against it. */
interface AttributeUse {
  attribute: string;
  /** 'choice': through a dictionary (entered, or when with a dictionary); 'number': thresholds, compare; 'text': when without one. */
  reads: 'choice' | 'number' | 'text';
  dictionary?: string;
  /** The values an entered rule's consumer understands; null when anything goes. */
  accepts: ReadonlySet<string> | null;
  where: string;
}

const list = (values: Iterable<string>): string => [...values].join(', ');

/** Every problem of a model definition that has the right shape; empty when it is usable. */
export function validateModel(def: ModelDefinition, options: ValidateOptions = {}): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const add = (code: ModelProblem['code'], params: ProblemParams, path: Path): void => {
    problems.push(modelProblem(code, params, path));
  };

  const dictionaryIds = new Set(options.knownDictionaryIds ?? DEFAULT_DICTIONARY_IDS);
  const ownIds = new Set<string>();
  (def.dictionaries ?? []).forEach((dict, i) => {
    if (ownIds.has(dict.id)) add('dictionary.duplicateId', { dictionary: dict.id }, ['dictionaries', i, 'id']);
    ownIds.add(dict.id);
    dictionaryIds.add(dict.id);
  });

  const uses: AttributeUse[] = [];
  const axisValues = new Map<string, string[]>();
  def.axes.forEach((axis, i) => {
    if (axisValues.has(axis.id)) add('axis.duplicateId', { axis: axis.id }, ['axes', i, 'id']);
    const values = axis.values.map((v) => v.value);
    values.forEach((value, j) => {
      if (values.indexOf(value) !== j) add('axis.duplicateValue', { axis: axis.id, value }, ['axes', i, 'values', j]);
    });
    axisValues.set(axis.id, values);
    checkRule(axis.rule, { where: axis.id, path: ['axes', i, 'rule'], accepts: new Set(values), depth: 1 });
  });

  checkCells(def, axisValues, add);
  checkZones(def, add);
  checkLayout(def, axisValues, add);
  checkRankings(def, add);
  checkCalibration(def, add);
  checkInputs(def, uses, dictionaryIds, add);
  return problems;

  function checkRule(rule: Rule, ctx: RuleContext): void {
    if (ctx.depth > MAX_RULE_DEPTH) {
      add('rule.tooDeep', { where: ctx.where, max: MAX_RULE_DEPTH }, ctx.path);
      return;
    }
    const reported = new Set<string>();
    const produces = (value: string, path: Path): void => {
      if (ctx.accepts === null || ctx.accepts.has(value) || reported.has(value)) return;
      reported.add(value);
      add('rule.undeclaredValue', { where: ctx.where, value, expected: list(ctx.accepts) }, path);
    };
    let childAccepts: ReadonlySet<string>[] = [];
    switch (rule.kind) {
      case 'entered':
        uses.push({ attribute: rule.attribute, reads: 'choice', dictionary: rule.dictionary, accepts: ctx.accepts, where: ctx.where });
        // What a dictionary yields can change as users edit it, so grading checks it per client.
        if (!dictionaryIds.has(rule.dictionary)) {
          add('dictionary.unknown', { where: ctx.where, dictionary: rule.dictionary }, [...ctx.path, 'dictionary']);
        }
        break;
      case 'thresholds':
        uses.push({ attribute: rule.attribute, reads: 'number', accepts: null, where: ctx.where });
        checkBandList(rule.bands, ctx);
        rule.bands.forEach((band, i) => produces(band.value, [...ctx.path, 'bands', i, 'value']));
        break;
      case 'compare':
        for (const attribute of [rule.left, rule.right]) uses.push({ attribute, reads: 'number', accepts: null, where: ctx.where });
        produces(rule.valueIfZero, [...ctx.path, 'valueIfZero']);
        produces(rule.valueIfGreaterOrEqual, [...ctx.path, 'valueIfGreaterOrEqual']);
        produces(rule.valueIfLess, [...ctx.path, 'valueIfLess']);
        break;
      case 'lookup':
        for (const [key, value] of Object.entries(rule.table)) produces(value, [...ctx.path, 'table', key]);
        childAccepts = [new Set(Object.keys(rule.table))];
        break;
      case 'scoreTable': {
        const rows = Object.keys(rule.scores);
        const columns = new Set(rows.flatMap((row) => Object.keys(rule.scores[row] ?? {})));
        for (const row of rows) {
          for (const column of columns) {
            const score = rule.scores[row]?.[column];
            if (score === undefined) {
              add('scoreTable.missingScore', { where: ctx.where, row, column }, [...ctx.path, 'scores', row]);
            } else if (!rule.bands.some((band) => bandContains(band, score))) {
              add('scoreTable.scoreNotBanded', { where: ctx.where, score }, [...ctx.path, 'scores', row, column]);
            }
          }
        }
        checkBandList(rule.bands, ctx);
        rule.bands.forEach((band, i) => produces(band.value, [...ctx.path, 'bands', i, 'value']));
        childAccepts = [new Set(rows), columns];
        break;
      }
      case 'firstOf':
        childAccepts = rule.rules.map(() => ctx.accepts ?? new Set<string>());
        break;
      case 'maxOf':
        rule.order.forEach((value, i) => {
          if (rule.order.indexOf(value) !== i) add('maxOf.duplicateOrder', { where: ctx.where, value }, [...ctx.path, 'order', i]);
          produces(value, [...ctx.path, 'order', i]);
        });
        childAccepts = rule.rules.map(() => new Set(rule.order));
        break;
      case 'when': {
        uses.push({
          attribute: rule.attribute,
          reads: rule.dictionary === undefined ? 'text' : 'choice',
          ...(rule.dictionary === undefined ? {} : { dictionary: rule.dictionary }),
          accepts: null,
          where: ctx.where,
        });
        if (rule.dictionary !== undefined && !dictionaryIds.has(rule.dictionary)) {
          add('dictionary.unknown', { where: ctx.where, dictionary: rule.dictionary }, [...ctx.path, 'dictionary']);
        }
        const caseOf = new Map<string, number>();
        rule.cases.forEach((c, i) => {
          c.equals.forEach((value, j) => {
            const first = caseOf.get(value);
            if (first === undefined) caseOf.set(value, i);
            else add('when.duplicateCase', { where: ctx.where, value, first: `cases[${first}]`, case: `cases[${i}]` }, [...ctx.path, 'cases', i, 'equals', j]);
          });
        });
        break;
      }
    }
    childRules(rule).forEach((child, i) => {
      // firstOf and when pass their own constraint (possibly none) down unchanged.
      const accepts = rule.kind === 'firstOf' || rule.kind === 'when' ? ctx.accepts : (childAccepts[i] ?? null);
      checkRule(child.rule, {
        where: ctx.where + child.suffix,
        path: [...ctx.path, ...child.key],
        accepts,
        depth: ctx.depth + 1,
      });
    });
  }

  function checkBandList(bands: Band[], ctx: RuleContext): void {
    for (const problem of checkBands(bands)) {
      const { code, ...params } = problem;
      add(code, { where: ctx.where, ...params }, [...ctx.path, 'bands']);
    }
  }
}

type Add = (code: ModelProblem['code'], params: ProblemParams, path: Path) => void;

function checkCells(def: ModelDefinition, axisValues: Map<string, string[]>, add: Add): void {
  const axisIds = def.axes.map((a) => a.id);
  const codes = new Set<string>();
  const byCombination = new Map<string, string>();
  def.cells.forEach((cell, i) => {
    if (codes.has(cell.code)) add('cell.duplicateCode', { cell: cell.code }, ['cells', i, 'code']);
    codes.add(cell.code);
    let complete = true;
    for (const axis of Object.keys(cell.axisValues)) {
      if (!axisValues.has(axis)) {
        add('cell.unknownAxis', { cell: cell.code, axis }, ['cells', i, 'axisValues', axis]);
        complete = false;
      }
    }
    for (const axis of axisIds) {
      const value = cell.axisValues[axis];
      if (value === undefined) {
        add('cell.missingAxisValue', { cell: cell.code, axis }, ['cells', i, 'axisValues']);
        complete = false;
      } else if (!(axisValues.get(axis) ?? []).includes(value)) {
        add('cell.undeclaredValue', { cell: cell.code, axis, value }, ['cells', i, 'axisValues', axis]);
        complete = false;
      }
    }
    if (!complete) return;
    const combination = describeCombination(axisIds.map((axis) => [axis, cell.axisValues[axis] ?? '']));
    const other = byCombination.get(combination);
    if (other !== undefined) add('cell.duplicateCombination', { cell: cell.code, other, combination }, ['cells', i, 'axisValues']);
    else byCombination.set(combination, cell.code);
  });
  for (const combo of combinations(def.axes.map((a) => [a.id, axisValues.get(a.id) ?? []] as const))) {
    const combination = describeCombination(combo);
    if (!byCombination.has(combination)) add('cell.missingCombination', { combination }, ['cells']);
  }
}

function describeCombination(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([axis, value]) => `${axis}=${value}`).join(', ');
}

function combinations(axes: readonly (readonly [string, readonly string[]])[]): [string, string][][] {
  let result: [string, string][][] = [[]];
  for (const [axis, values] of axes) {
    result = result.flatMap((prefix) => [...new Set(values)].map((value): [string, string][] => [...prefix, [axis, value]]));
  }
  return result;
}

function checkZones(def: ModelDefinition, add: Add): void {
  const cellCodes = new Set(def.cells.map((c) => c.code));
  const zonesOfCell = new Map<string, string[]>();
  const zoneIds = new Set<string>();
  def.zones.forEach((zone, i) => {
    if (zoneIds.has(zone.id)) add('zone.duplicateId', { zone: zone.id }, ['zones', i, 'id']);
    zoneIds.add(zone.id);
    zone.cells.forEach((code, j) => {
      if (!cellCodes.has(code)) add('zone.unknownCell', { zone: zone.id, cell: code }, ['zones', i, 'cells', j]);
      const zones = zonesOfCell.get(code) ?? [];
      if (!zones.includes(zone.id)) zones.push(zone.id);
      zonesOfCell.set(code, zones);
    });
    for (const code of Object.keys(zone.cellVisitsPerMonth ?? {})) {
      if (!zone.cells.includes(code)) add('zone.overrideOutsideZone', { zone: zone.id, cell: code }, ['zones', i, 'cellVisitsPerMonth', code]);
    }
    const cadence = zone.cadence;
    if (cadence?.kind === 'caseByCase') {
      // "Not planned" and a monthly figure contradict each other; load figures would be wrong.
      if (zone.visitsPerMonth !== null) add('zone.caseByCaseWithVisits', { zone: zone.id }, ['zones', i, 'visitsPerMonth']);
      else if (Object.keys(zone.cellVisitsPerMonth ?? {}).length > 0) add('zone.caseByCaseWithVisits', { zone: zone.id }, ['zones', i, 'cellVisitsPerMonth']);
    }
    if (cadence?.kind === 'phases') {
      const phaseIds = new Set<string>();
      cadence.phases.forEach((phase, j) => {
        if (phaseIds.has(phase.id)) add('cadence.duplicatePhase', { zone: zone.id, phase: phase.id }, ['zones', i, 'cadence', 'phases', j, 'id']);
        phaseIds.add(phase.id);
      });
    }
  });
  def.cells.forEach((cell, i) => {
    const zones = zonesOfCell.get(cell.code) ?? [];
    if (zones.length === 0) add('cell.noZone', { cell: cell.code }, ['cells', i]);
    if (zones.length > 1) add('cell.multipleZones', { cell: cell.code, zones: list(zones) }, ['cells', i]);
  });
}

function checkLayout(def: ModelDefinition, axisValues: Map<string, string[]>, add: Add): void {
  const { rows, columns } = def.layout;
  const checkLine = (line: { axis: string; order: string[] }, key: 'rows' | 'columns'): void => {
    const values = axisValues.get(line.axis);
    if (values === undefined) {
      add('layout.unknownAxis', { axis: line.axis }, ['layout', key, 'axis']);
      return;
    }
    const sameSet = line.order.length === values.length && new Set(line.order).size === values.length && values.every((v) => line.order.includes(v));
    if (!sameSet) add('layout.orderMismatch', { axis: line.axis, found: list(line.order), expected: list(values) }, ['layout', key, 'order']);
  };
  checkLine(rows, 'rows');
  if (columns === null) {
    if (def.axes.length === 2) add('layout.columnsRequired', {}, ['layout', 'columns']);
    return;
  }
  if (def.axes.length === 1) {
    add('layout.unexpectedColumns', {}, ['layout', 'columns']);
    return;
  }
  if (columns.axis === rows.axis) add('layout.sameAxis', { axis: rows.axis }, ['layout', 'columns', 'axis']);
  else checkLine(columns, 'columns');
}

function checkRankings(def: ModelDefinition, add: Add): void {
  const cellCodes = new Set(def.cells.map((c) => c.code));
  const ids = new Set<string>();
  (def.rankings ?? []).forEach((ranking, i) => {
    if (ids.has(ranking.id)) add('ranking.duplicateId', { ranking: ranking.id }, ['rankings', i, 'id']);
    ids.add(ranking.id);
    if (ranking.cells.length === 0) add('ranking.noCells', { ranking: ranking.id }, ['rankings', i, 'cells']);
    ranking.cells.forEach((code, j) => {
      if (!cellCodes.has(code)) add('ranking.unknownCell', { ranking: ranking.id, cell: code }, ['rankings', i, 'cells', j]);
    });
    if (!(ranking.top >= 1)) add('ranking.topTooSmall', { ranking: ranking.id, top: ranking.top }, ['rankings', i, 'top']);
  });
}

/**
 * The model's inputs against what its rules read: each attribute declared once, every
 * attribute the model reads declared (or a built-in field), each input of the type its rules
 * read, a choice through the dictionary its rules use, offering every value they accept.
 * A model without `inputs` (stored before they existed) is not checked: inputsOfModel derives them.
 */
function checkInputs(def: ModelDefinition, uses: readonly AttributeUse[], dictionaryIds: ReadonlySet<string>, add: Add): void {
  const inputs = def.inputs;
  if (inputs === undefined) return;
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const path = ['inputs', i];
    if (seen.has(input.attribute)) add('input.duplicate', { attribute: input.attribute }, [...path, 'attribute']);
    seen.add(input.attribute);
    if (input.type === 'choice') {
      if (input.dictionary === undefined) add('input.choiceWithoutDictionary', { attribute: input.attribute }, [...path, 'dictionary']);
      else if (!isBuiltinAttribute(input.attribute) && !dictionaryIds.has(input.dictionary)) add('input.unknownDictionary', { attribute: input.attribute, dictionary: input.dictionary }, [...path, 'dictionary']);
      const values = (input.values ?? []).map((v) => v.value);
      values.forEach((value, j) => {
        if (values.indexOf(value) !== j) add('input.duplicateValue', { attribute: input.attribute, value }, [...path, 'values', j]);
      });
    } else if (input.values !== undefined || input.dictionary !== undefined) {
      add('input.valuesWithoutChoice', { attribute: input.attribute }, [...path, 'type']);
    }
    if (input.type !== 'number' && (input.min !== undefined || input.max !== undefined || input.integer !== undefined || input.headerUnits !== undefined)) {
      add('input.rangeWithoutNumber', { attribute: input.attribute }, [...path, 'type']);
    }
    if (input.min !== undefined && input.max !== undefined && input.min > input.max) {
      add('input.emptyRange', { attribute: input.attribute, min: input.min, max: input.max }, [...path, 'min']);
    }
  });

  const byAttribute = new Map(inputs.map((input, i) => [input.attribute, { input, i }]));
  const reported = new Set<string>();
  for (const attribute of enteredAttributesOfModel(def)) {
    if (!byAttribute.has(attribute) && !isBuiltinAttribute(attribute)) add('input.undeclared', { attribute }, ['inputs']);
  }
  for (const use of uses) {
    const found = byAttribute.get(use.attribute);
    // Built-in fields keep their own editors and dictionaries whatever a model declares for them.
    if (!found || isBuiltinAttribute(use.attribute)) continue;
    const { input, i } = found;
    const fits = use.reads === 'number' ? input.type === 'number' : use.reads === 'choice' ? input.type === 'choice' : input.type === 'choice' || input.type === 'text';
    if (!fits) {
      // Once per input: a rule tree may read the same attribute in several branches.
      if (!reported.has(use.attribute)) add('input.typeMismatch', { attribute: use.attribute, type: input.type, where: use.where, expected: use.reads }, ['inputs', i, 'type']);
      reported.add(use.attribute);
      continue;
    }
    if (use.reads !== 'choice' || input.type !== 'choice') continue;
    if (use.dictionary !== undefined && input.dictionary !== undefined && input.dictionary !== use.dictionary) {
      add('input.dictionaryMismatch', { attribute: use.attribute, dictionary: input.dictionary, where: use.where, expected: use.dictionary }, ['inputs', i, 'dictionary']);
      continue;
    }
    // Without listed values the input offers whatever the dictionary knows.
    if (use.accepts === null || input.values === undefined || input.values.length === 0) continue;
    const offered = new Set(input.values.map((v) => v.value));
    const missing = [...use.accepts].filter((value) => !offered.has(value));
    if (missing.length > 0) add('input.missingValues', { attribute: use.attribute, where: use.where, values: list(missing) }, ['inputs', i, 'values']);
    input.values.forEach((choice, j) => {
      if (!use.accepts!.has(choice.value)) add('input.unacceptedValue', { attribute: use.attribute, value: choice.value, where: use.where }, ['inputs', i, 'values', j]);
    });
  }
}
