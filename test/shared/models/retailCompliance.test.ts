import { describe, it, expect } from 'vitest';
import { attributesOfModel, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { RETAIL_COMPLIANCE } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('retail licence-holder compliance preset (retail-compliance)', () => {
  presetBasics(RETAIL_COMPLIANCE, [['A'], ['B'], ['C']]);

  const cases: [string, GradeAttributes, string][] = [
    ['score 95 → A', { complianceScore: 95 }, 'A'],
    ['score 90 → A', { complianceScore: 90 }, 'A'],
    ['score 100 → A', { complianceScore: '100' }, 'A'],
    ['score 89.5 → B', { complianceScore: 89.5 }, 'B'],
    ['score 75 → B', { complianceScore: 75 }, 'B'],
    ['score 74 → C', { complianceScore: 74 }, 'C'],
    ['score 0 → C', { complianceScore: 0 }, 'C'],
    ['no score, entered A类 → A', { complianceGrade: 'A类' }, 'A'],
    ['no score, entered letter c → C', { complianceGrade: 'c' }, 'C'],
    ['the score wins over an entered grade', { complianceScore: 60, complianceGrade: 'A类' }, 'C'],
    ['the business score does not change the grade', { complianceScore: 80, businessScore: 99 }, 'B'],
  ];
  it.each(cases)('%s', (_name, attrs, cell) => {
    expect(cellOf(RETAIL_COMPLIANCE, attrs)).toBe(cell);
  });

  it('rejects scores outside 0–100 and reports what is missing', () => {
    expect(cellOf(RETAIL_COMPLIANCE, { complianceScore: 101 })).toMatchObject({ ok: false, unknown: [{ attribute: 'complianceScore', value: 101 }] });
    expect(cellOf(RETAIL_COMPLIANCE, {})).toMatchObject({ ok: false, missing: ['complianceScore', 'complianceGrade'] });
  });

  it('names the business score and the top-40 stars, which rules cannot rank', () => {
    expect(attributesOfModel(RETAIL_COMPLIANCE)).not.toContain('businessScore');
    expect(RETAIL_COMPLIANCE.description?.en).toContain('businessScore');
    const a = zoneOfCell(RETAIL_COMPLIANCE, 'A');
    expect(a?.strategy.en.some((line) => line.includes('businessScore') && line.includes('top 40'))).toBe(true);
    expect(a?.strategy['zh-CN'].some((line) => line.includes('businessScore') && line.includes('前 40 名'))).toBe(true);
  });
});
