import type { ModelDefinition } from '../grading/modelShape';
import { gridCells, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

const ACCEPTANCE = ['E', 'F'];
const PAIN = ['1', '2'];

/**
 * The further split of DOMAIN 3.4: acceptance of our approach (E high / F low) × pain
 * (1 much / 2 little), cells E1 E2 F1 F2, both entered. Each cell is its own zone because each
 * needs a different conversation.
 */
export const ACCEPTANCE_PAIN: ModelDefinition = {
  id: 'acceptance-pain',
  name: label('接受度 × 痛苦程度', 'Acceptance × pain'),
  description: label(
    '接受度：E 认可我方做法，F 不认可；痛苦程度：1 问题多、压力大，2 问题少。',
    'Acceptance of our approach: E high, F low. Pain: 1 much, 2 little.',
  ),
  // 2: declares inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  axes: [
    {
      id: 'acceptance',
      name: label('接受度', 'Acceptance'),
      values: [
        { value: 'E', label: label('E 接受度高', 'E high acceptance') },
        { value: 'F', label: label('F 接受度低', 'F low acceptance') },
      ],
      rule: { kind: 'entered', attribute: 'acceptance', dictionary: 'acceptance' },
    },
    {
      id: 'pain',
      name: label('痛苦程度', 'Pain'),
      values: [
        { value: '1', label: label('1 痛苦多', '1 much pain') },
        { value: '2', label: label('2 痛苦少', '2 little pain') },
      ],
      rule: { kind: 'entered', attribute: 'pain', dictionary: 'pain' },
    },
  ],
  cells: gridCells('acceptance', ACCEPTANCE, 'pain', PAIN),
  zones: [
    {
      id: 'ready',
      name: label('趁热推进', 'Ready to move'),
      color: '#d9363e',
      cells: ['E1'],
      visitsPerMonth: 4,
      strategy: strategy([
        ['认可我方且问题迫切：尽快提出方案', 'They accept our approach and hurt now: propose a solution soon'],
        ['明确时间表和决策流程', 'Agree the timetable and how the decision is made'],
      ]),
    },
    {
      id: 'raise-pain',
      name: label('放大痛点', 'Make the pain visible'),
      color: '#e6a23c',
      cells: ['E2'],
      visitsPerMonth: 2,
      strategy: strategy([
        ['认可我方但不觉得急：帮客户看清问题的代价', 'They like our approach but feel no urgency: show what the problem costs them'],
        ['用同行案例说明不改变的风险', 'Use peers’ cases to show the risk of standing still'],
      ]),
    },
    {
      id: 'build-trust',
      name: label('建立认可', 'Build acceptance'),
      color: '#2e9d5b',
      cells: ['F1'],
      visitsPerMonth: 2,
      strategy: strategy([
        ['有痛苦但不认可我方：先弄清顾虑', 'They hurt but doubt our approach: find out their doubts first'],
        ['用试点、案例和推荐人证明做法有效', 'Prove the approach with a pilot, cases and references'],
      ]),
    },
    {
      id: 'wait',
      name: label('保持联系', 'Keep in touch'),
      color: '#909399',
      cells: ['F2'],
      visitsPerMonth: 0.5,
      strategy: strategy([
        ['既不急也不认可：少投入，定期保持联系', 'Neither urgent nor convinced: spend little and keep in touch now and then'],
        ['情况变化时重新评估', 'Re-assess when things change'],
      ]),
    },
  ],
  layout: {
    rows: { axis: 'acceptance', order: [...ACCEPTANCE] },
    columns: { axis: 'pain', order: [...PAIN] },
  },
  inputs: [
    {
      attribute: 'acceptance',
      label: label('接受度', 'Acceptance'),
      type: 'choice',
      dictionary: 'acceptance',
      values: [
        { value: 'E', label: label('接受度高', 'High acceptance') },
        { value: 'F', label: label('接受度低', 'Low acceptance') },
      ],
      headers: ['认可度', '对我方接受度', 'acceptance'],
    },
    {
      attribute: 'pain',
      label: label('痛苦程度', 'Pain'),
      type: 'choice',
      dictionary: 'pain',
      values: [
        { value: '1', label: label('痛苦多', 'Much pain') },
        { value: '2', label: label('痛苦少', 'Little pain') },
      ],
      headers: ['痛点', '痛点程度', 'pain', 'pain level'],
    },
  ],
  vocabulary: PRESET_VOCABULARIES['acceptance-pain'],
};
