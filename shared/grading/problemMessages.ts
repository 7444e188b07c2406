import type { LocalizedText } from '../domain/schemas';
import { interpolate } from '../i18n/interpolate';
import { CALIBRATION_PROBLEM_MESSAGES } from './calibrationProblems';

/** Every way a model definition can be wrong, with its message in both UI languages. */
export const MODEL_PROBLEM_MESSAGES = {
  'axis.duplicateId': { 'zh-CN': '轴“{{axis}}”重复定义', en: 'Axis "{{axis}}" is declared twice' },
  'axis.duplicateValue': { 'zh-CN': '轴“{{axis}}”的取值“{{value}}”重复', en: 'Axis "{{axis}}" lists the value "{{value}}" twice' },
  'rule.tooDeep': {
    'zh-CN': '{{where}}的规则嵌套过深（最多 {{max}} 层）',
    en: 'The rule at {{where}} is nested too deeply (at most {{max}} levels)',
  },
  'rule.undeclaredValue': {
    'zh-CN': '{{where}}的规则会产生“{{value}}”，但允许的取值只有：{{expected}}',
    en: 'The rule at {{where}} produces "{{value}}", which is not one of: {{expected}}',
  },
  'dictionary.unknown': {
    'zh-CN': '{{where}}的规则引用了不存在的字典“{{dictionary}}”',
    en: 'The rule at {{where}} refers to an unknown dictionary "{{dictionary}}"',
  },
  'dictionary.duplicateId': { 'zh-CN': '模型中的字典“{{dictionary}}”重复定义', en: 'The model declares dictionary "{{dictionary}}" twice' },
  'bands.empty': {
    'zh-CN': '{{where}}中“{{value}}”的区间为空（下限高于上限）',
    en: 'At {{where}}, the band for "{{value}}" is empty (its minimum is above its maximum)',
  },
  'bands.overlap': {
    'zh-CN': '{{where}}中“{{a}}”与“{{b}}”的区间重叠',
    en: 'At {{where}}, the bands for "{{a}}" and "{{b}}" overlap',
  },
  'bands.gap': {
    'zh-CN': '{{where}}的区间在 {{from}} 与 {{to}} 之间有空缺',
    en: 'At {{where}}, the bands leave a gap between {{from}} and {{to}}',
  },
  'scoreTable.missingScore': {
    'zh-CN': '{{where}}的分值表缺少“{{row}}”×“{{column}}”的分值',
    en: 'At {{where}}, the score table has no score for "{{row}}" × "{{column}}"',
  },
  'scoreTable.scoreNotBanded': {
    'zh-CN': '{{where}}中分值 {{score}} 不在任何区间内',
    en: 'At {{where}}, the score {{score}} falls in no band',
  },
  'maxOf.duplicateOrder': {
    'zh-CN': '{{where}}的优先顺序中“{{value}}”重复',
    en: 'At {{where}}, the order lists "{{value}}" twice',
  },
  'when.duplicateCase': {
    'zh-CN': '{{where}}的条件分支中“{{value}}”已出现在 {{first}}，{{case}} 中的这一项永远不会生效',
    en: 'At {{where}}, "{{value}}" is already listed in {{first}}, so it never reaches {{case}}',
  },
  'cell.duplicateCode': { 'zh-CN': '格子“{{cell}}”重复定义', en: 'Cell "{{cell}}" is declared twice' },
  'cell.unknownAxis': { 'zh-CN': '格子“{{cell}}”使用了未定义的轴“{{axis}}”', en: 'Cell "{{cell}}" uses an undeclared axis "{{axis}}"' },
  'cell.missingAxisValue': { 'zh-CN': '格子“{{cell}}”缺少轴“{{axis}}”的取值', en: 'Cell "{{cell}}" has no value for axis "{{axis}}"' },
  'cell.undeclaredValue': {
    'zh-CN': '格子“{{cell}}”的 {{axis}} =“{{value}}”不是该轴定义的取值',
    en: 'Cell "{{cell}}" has {{axis}} = "{{value}}", which the axis does not declare',
  },
  'cell.duplicateCombination': {
    'zh-CN': '格子“{{cell}}”与“{{other}}”是同一组合（{{combination}}）',
    en: 'Cells "{{other}}" and "{{cell}}" are the same combination ({{combination}})',
  },
  'cell.missingCombination': { 'zh-CN': '组合 {{combination}} 没有对应的格子', en: 'No cell covers the combination {{combination}}' },
  'cell.noZone': { 'zh-CN': '格子“{{cell}}”不属于任何区域', en: 'Cell "{{cell}}" is in no zone' },
  'cell.multipleZones': { 'zh-CN': '格子“{{cell}}”同时属于多个区域：{{zones}}', en: 'Cell "{{cell}}" is in more than one zone: {{zones}}' },
  'zone.duplicateId': { 'zh-CN': '区域“{{zone}}”重复定义', en: 'Zone "{{zone}}" is declared twice' },
  'zone.unknownCell': { 'zh-CN': '区域“{{zone}}”包含不存在的格子“{{cell}}”', en: 'Zone "{{zone}}" lists an unknown cell "{{cell}}"' },
  'zone.overrideOutsideZone': {
    'zh-CN': '区域“{{zone}}”为不属于它的格子“{{cell}}”设置了拜访频率',
    en: 'Zone "{{zone}}" sets visits for cell "{{cell}}", which is not in the zone',
  },
  'zone.caseByCaseWithVisits': {
    'zh-CN': '区域“{{zone}}”设为个案处理，不能再设置每月拜访次数（请设为空）',
    en: 'Zone "{{zone}}" is handled case by case, so it cannot also set visits per month (leave them empty)',
  },
  'cadence.duplicatePhase': {
    'zh-CN': '区域“{{zone}}”的跟进节奏中阶段“{{phase}}”重复定义',
    en: 'The cadence of zone "{{zone}}" declares phase "{{phase}}" twice',
  },
  'ranking.duplicateId': { 'zh-CN': '排名“{{ranking}}”重复定义', en: 'Ranking "{{ranking}}" is declared twice' },
  'ranking.noCells': { 'zh-CN': '排名“{{ranking}}”没有指定参与排名的格子', en: 'Ranking "{{ranking}}" names no cells to rank' },
  'ranking.unknownCell': { 'zh-CN': '排名“{{ranking}}”引用了不存在的格子“{{cell}}”', en: 'Ranking "{{ranking}}" refers to an unknown cell "{{cell}}"' },
  'ranking.topTooSmall': {
    'zh-CN': '排名“{{ranking}}”的名额必须至少为 1（当前为 {{top}}）',
    en: 'Ranking "{{ranking}}" must keep at least 1 client (it keeps {{top}})',
  },
  'input.duplicate': { 'zh-CN': '输入项“{{attribute}}”重复定义', en: 'Input "{{attribute}}" is declared twice' },
  'input.undeclared': {
    'zh-CN': '规则读取了“{{attribute}}”，但模型的输入项中没有它（请在输入项中声明）',
    en: 'The rules read "{{attribute}}", but the model declares no input for it',
  },
  'input.choiceWithoutDictionary': {
    'zh-CN': '选项型输入项“{{attribute}}”必须指定字典（同义写法由字典识别）',
    en: 'The choice input "{{attribute}}" needs a dictionary (its synonyms come from it)',
  },
  'input.unknownDictionary': {
    'zh-CN': '输入项“{{attribute}}”引用了不存在的字典“{{dictionary}}”',
    en: 'Input "{{attribute}}" refers to an unknown dictionary "{{dictionary}}"',
  },
  'input.duplicateValue': { 'zh-CN': '输入项“{{attribute}}”的取值“{{value}}”重复', en: 'Input "{{attribute}}" lists the value "{{value}}" twice' },
  'input.valuesWithoutChoice': {
    'zh-CN': '只有选项型输入项才能有取值和字典（“{{attribute}}”）',
    en: 'Only a choice input can have values and a dictionary ("{{attribute}}")',
  },
  'input.rangeWithoutNumber': {
    'zh-CN': '只有数值型输入项才能设置上下限、整数或单位换算（“{{attribute}}”）',
    en: 'Only a number input can have a range, whole numbers or header units ("{{attribute}}")',
  },
  'input.emptyRange': {
    'zh-CN': '输入项“{{attribute}}”的下限 {{min}} 高于上限 {{max}}',
    en: 'Input "{{attribute}}" has a minimum ({{min}}) above its maximum ({{max}})',
  },
  'input.typeMismatch': {
    'zh-CN': '{{where}}的规则把“{{attribute}}”当作 {{expected}} 读取，但输入项的类型是 {{type}}',
    en: 'The rule at {{where}} reads "{{attribute}}" as {{expected}}, but the input is of type {{type}}',
  },
  'input.dictionaryMismatch': {
    'zh-CN': '输入项“{{attribute}}”使用字典“{{dictionary}}”，但{{where}}的规则使用字典“{{expected}}”',
    en: 'Input "{{attribute}}" uses dictionary "{{dictionary}}", but the rule at {{where}} uses "{{expected}}"',
  },
  'input.missingValues': {
    'zh-CN': '输入项“{{attribute}}”缺少{{where}}的规则接受的取值：{{values}}',
    en: 'Input "{{attribute}}" does not offer values the rule at {{where}} accepts: {{values}}',
  },
  'input.unacceptedValue': {
    'zh-CN': '输入项“{{attribute}}”的取值“{{value}}”不被{{where}}的规则接受，选了它的客户无法分级',
    en: 'Input "{{attribute}}" offers "{{value}}", which the rule at {{where}} does not accept, so clients with it cannot be graded',
  },
  'layout.unknownAxis': { 'zh-CN': '布局引用了不存在的轴“{{axis}}”', en: 'The layout refers to an unknown axis "{{axis}}"' },
  'layout.orderMismatch': {
    'zh-CN': '布局中轴“{{axis}}”的顺序（{{found}}）必须恰好列出该轴的取值（{{expected}}）',
    en: 'The layout order for axis "{{axis}}" ({{found}}) must list exactly its values ({{expected}})',
  },
  'layout.columnsRequired': { 'zh-CN': '两个轴的模型必须在布局中指定列轴', en: 'A two-axis model needs a column axis in its layout' },
  'layout.unexpectedColumns': { 'zh-CN': '单轴模型的布局不能有列轴', en: 'A one-axis model cannot have a column axis in its layout' },
  'layout.sameAxis': { 'zh-CN': '布局的行和列不能使用同一个轴“{{axis}}”', en: 'The layout uses axis "{{axis}}" for both rows and columns' },
  ...CALIBRATION_PROBLEM_MESSAGES,
} as const satisfies Record<string, LocalizedText>;

export type ModelProblemCode = keyof typeof MODEL_PROBLEM_MESSAGES;
export type ProblemParams = Record<string, string | number>;

export interface ModelProblem {
  code: ModelProblemCode;
  params: ProblemParams;
  /** Where in the definition, as a zod issue path. */
  path: (string | number)[];
  message: LocalizedText;
}

export function modelProblem(code: ModelProblemCode, params: ProblemParams, path: (string | number)[]): ModelProblem {
  const template = MODEL_PROBLEM_MESSAGES[code];
  return {
    code,
    params,
    path,
    message: { 'zh-CN': interpolate(template['zh-CN'], params), en: interpolate(template.en, params) },
  };
}
