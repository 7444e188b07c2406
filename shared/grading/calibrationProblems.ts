import type { LocalizedText } from '../domain/schemas';

/**
 * Problems of a model's calibration block (calibration.ts), merged into MODEL_PROBLEM_MESSAGES.
 * `target` names the target as the model writes it: its zone id or its cells (A1+A2).
 */
export const CALIBRATION_PROBLEM_MESSAGES = {
  'calibration.targetScope': {
    'zh-CN': '校准目标 {{target}} 必须指定格子或区域中的一种（不能两者都有或都没有）',
    en: 'Calibration target {{target}} must name either cells or a zone (not both, not neither)',
  },
  'calibration.noCells': { 'zh-CN': '校准目标 {{target}} 没有列出任何格子', en: 'Calibration target {{target}} lists no cells' },
  'calibration.unknownCell': {
    'zh-CN': '校准目标 {{target}} 引用了不存在的格子“{{cell}}”',
    en: 'Calibration target {{target}} refers to an unknown cell "{{cell}}"',
  },
  'calibration.unknownZone': {
    'zh-CN': '校准目标 {{target}} 引用了不存在的区域“{{zone}}”',
    en: 'Calibration target {{target}} refers to an unknown zone "{{zone}}"',
  },
  'calibration.noBound': {
    'zh-CN': '校准目标 {{target}} 需要设置占比上限或下限',
    en: 'Calibration target {{target}} needs a maximum or a minimum share',
  },
  'calibration.shareOutOfRange': {
    'zh-CN': '校准目标 {{target}} 的占比必须在 0 到 1 之间（即 0%–100%），当前为 {{value}}',
    en: 'Calibration target {{target}} needs shares between 0 and 1 (0%–100%); it has {{value}}',
  },
  'calibration.minAboveMax': {
    'zh-CN': '校准目标 {{target}} 的占比下限 {{min}} 高于上限 {{max}}',
    en: 'Calibration target {{target}} has a minimum share {{min}} above its maximum {{max}}',
  },
  'calibration.stepsTooSmall': {
    'zh-CN': '校准设置“{{field}}”至少为 {{min}}（当前为 {{value}}）',
    en: 'The calibration setting "{{field}}" must be at least {{min}} (it is {{value}})',
  },
} as const satisfies Record<string, LocalizedText>;
