import { describe, it, expect } from 'vitest';
import { applyRanking, attributesOfModel, gradeAll, rankingAttributesOfModel, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { DEFAULT_DICTIONARIES, RETAIL_COMPLIANCE, RETAIL_STAR_RANKING } from '../../../shared/models';
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
    expect(rankingAttributesOfModel(RETAIL_COMPLIANCE)).toEqual(['businessScore']);
    expect(RETAIL_COMPLIANCE.description?.en).toContain('businessScore');
    const a = zoneOfCell(RETAIL_COMPLIANCE, 'A');
    expect(a?.strategy.en.some((line) => line.includes('businessScore') && line.includes('top 40'))).toBe(true);
    expect(a?.strategy['zh-CN'].some((line) => line.includes('businessScore') && line.includes('前 40 名'))).toBe(true);
  });

  it('declares the star ranking as data: the top 40 A-class retailers by business score', () => {
    expect(RETAIL_COMPLIANCE.rankings).toEqual([
      { id: 'stars', name: { 'zh-CN': '星级零售户', en: 'Star retailers' }, cells: ['A'], attribute: 'businessScore', top: 40 },
    ]);
    expect(RETAIL_COMPLIANCE.rankings?.[0]).toBe(RETAIL_STAR_RANKING);
  });

  it('stars the top 40 of 50 graded A-class retailers, ties broken by id', () => {
    // 50 A-class retailers (ids 1–50) scored 100 − ⌊id / 2⌋, so pairs tie; 10 B/C retailers score higher.
    const retailers = [
      ...Array.from({ length: 50 }, (_, i) => ({ id: i + 1, attrs: { complianceScore: 90 + (i % 11), businessScore: 100 - Math.floor((i + 1) / 2) } })),
      ...Array.from({ length: 10 }, (_, i) => ({ id: 100 + i, attrs: { complianceScore: 60 + i * 3, businessScore: 1000 } })),
      { id: 200, attrs: { complianceScore: 95 } },
      { id: 201, attrs: { complianceScore: 95, businessScore: 'n/a' } },
      { id: 202, attrs: { businessScore: 1000 } },
    ];
    const grades = gradeAll(RETAIL_COMPLIANCE, DEFAULT_DICTIONARIES, retailers.map((r) => r.attrs));
    const graded = retailers.map((r, i) => {
      const g = grades[i];
      return { id: r.id, cell: g?.ok ? g.cell : null, attributes: r.attrs };
    });
    expect(graded.filter((r) => r.cell === 'A')).toHaveLength(52);
    const stars = applyRanking(RETAIL_STAR_RANKING, graded);
    expect(stars).toHaveLength(40);
    // Score 100 (id 1), then 99 (ids 2, 3), 98 (4, 5) … 81 (38, 39), 80 (40; 41 just misses out).
    expect(stars).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(stars).not.toContain(41);
    expect(stars.some((id) => id >= 100)).toBe(false);
  });
});
