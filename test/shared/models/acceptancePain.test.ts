import { describe, it, expect } from 'vitest';
import type { GradeAttributes } from '../../../shared/grading';
import { ACCEPTANCE_PAIN } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('acceptance × pain preset (acceptance-pain)', () => {
  presetBasics(ACCEPTANCE_PAIN, [
    ['E1', 'E2'],
    ['F1', 'F2'],
  ]);

  const cases: [string, GradeAttributes, string][] = [
    ['high acceptance, much pain → E1', { acceptance: '高', pain: '多' }, 'E1'],
    ['accepts, little pain → E2', { acceptance: '认可', pain: '痛苦少' }, 'E2'],
    ['low acceptance, much pain → F1', { acceptance: '接受度低', pain: '痛点多' }, 'F1'],
    ['letters and digits → F2', { acceptance: 'F', pain: 2 }, 'F2'],
    ['English words → E1', { acceptance: 'High', pain: 'much pain' }, 'E1'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(ACCEPTANCE_PAIN, attrs)).toBe(cell);
  });

  it('reports what is missing', () => {
    expect(cellOf(ACCEPTANCE_PAIN, {})).toMatchObject({ ok: false, missing: ['acceptance', 'pain'] });
  });

  it('gives each of the four cells its own zone', () => {
    expect(ACCEPTANCE_PAIN.zones.map((z) => z.cells)).toEqual([['E1'], ['E2'], ['F1'], ['F2']]);
  });
});
