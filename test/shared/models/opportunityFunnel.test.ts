import { describe, it, expect } from 'vitest';
import { axisValueOf, ModelDefinitionSchema, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { FUNNEL_WIN_PROBABILITY, OPPORTUNITY_FUNNEL } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

const STAGES = ['understand', 'confirm', 'prove', 'negotiate', 'close', 'handover'];

describe('opportunity funnel preset (opportunity-funnel)', () => {
  presetBasics(OPPORTUNITY_FUNNEL, STAGES.map((s) => [s]));

  it('has the win probabilities of DOMAIN 3.5, written into every stage label', () => {
    expect(FUNNEL_WIN_PROBABILITY).toEqual({ understand: 10, confirm: 25, prove: 50, negotiate: 75, close: 90, handover: 100 });
    for (const value of OPPORTUNITY_FUNNEL.axes[0]?.values ?? []) {
      const percent = `${FUNNEL_WIN_PROBABILITY[value.value]}%`;
      expect(value.label['zh-CN']).toContain(percent);
      expect(value.label.en).toContain(percent);
    }
    const negotiate = OPPORTUNITY_FUNNEL.cells.find((c) => c.code === 'negotiate');
    expect(negotiate?.label?.en).toBe('Negotiate (win 75%)');
  });

  it('carries the win probabilities as data on the stage values, the source of FUNNEL_WIN_PROBABILITY', () => {
    const values = OPPORTUNITY_FUNNEL.axes[0]?.values ?? [];
    expect(Object.fromEntries(values.map((v) => [v.value, v.probability]))).toEqual({
      understand: 0.1,
      confirm: 0.25,
      prove: 0.5,
      negotiate: 0.75,
      close: 0.9,
      handover: 1,
    });
    for (const v of values) expect(FUNNEL_WIN_PROBABILITY[v.value]).toBe(Math.round((v.probability ?? NaN) * 100));
    expect(axisValueOf(OPPORTUNITY_FUNNEL, 'stage', 'prove')?.probability).toBe(0.5);
    // Stored models keep the figures (zod does not strip them).
    const stored = ModelDefinitionSchema.parse(JSON.parse(JSON.stringify(OPPORTUNITY_FUNNEL)));
    expect(stored.axes[0]?.values.find((v) => v.value === 'close')?.probability).toBe(0.9);
    expect(OPPORTUNITY_FUNNEL.description?.en).toBe(
      'Graded by funnel stage with win probability: understand 10%, confirm 25%, prove 50%, negotiate 75%, close 90%, handover / collect 100%.',
    );
    expect(OPPORTUNITY_FUNNEL.description?.['zh-CN']).toBe('按销售阶段分级，赢率：了解 10%，确认 25%，证明 50%，谈判 75%，成交 90%，交接回款 100%。');
  });

  it('bands a CRM probability at the stage figures', () => {
    const rule = OPPORTUNITY_FUNNEL.axes[0]?.rule;
    const bands = rule?.kind === 'firstOf' && rule.rules[1]?.kind === 'thresholds' ? rule.rules[1].bands : [];
    expect(bands.map((b) => [b.value, b.min, b.max, b.minInclusive, b.maxInclusive])).toEqual([
      ['understand', 0, 25, true, false],
      ['confirm', 25, 50, true, false],
      ['prove', 50, 75, true, false],
      ['negotiate', 75, 90, true, false],
      ['close', 90, 100, true, false],
      ['handover', 100, 100, true, true],
    ]);
  });

  const cases: [string, GradeAttributes, string, number][] = [
    ["stage 'negotiate' → 75%", { stage: 'negotiate' }, 'negotiate', 75],
    ['stage 谈判 → 75%', { stage: '谈判' }, 'negotiate', 75],
    ["stage '75%' → negotiate", { stage: '75%' }, 'negotiate', 75],
    ['stage 了解需求 → 10%', { stage: '了解需求' }, 'understand', 10],
    ['stage Confirm → 25%', { stage: 'Confirm' }, 'confirm', 25],
    ['stage 证明 → 50%', { stage: '证明' }, 'prove', 50],
    ['stage 签约 → 90%', { stage: '签约' }, 'close', 90],
    ['stage 回款 → 100%', { stage: '回款' }, 'handover', 100],
    ['winProbability 10 → understand', { winProbability: 10 }, 'understand', 10],
    ['winProbability 50 → prove', { winProbability: 50 }, 'prove', 50],
    ['winProbability 80 → negotiate', { winProbability: 80 }, 'negotiate', 75],
    ['winProbability 95 → close', { winProbability: 95 }, 'close', 90],
    ['winProbability 100 → handover', { winProbability: 100 }, 'handover', 100],
    ['stage wins over probability', { stage: 'prove', winProbability: 100 }, 'prove', 50],
  ];
  it.each(cases)('%s', (_name, attrs, cell, percent) => {
    expect(cellOf(OPPORTUNITY_FUNNEL, attrs)).toBe(cell);
    expect(FUNNEL_WIN_PROBABILITY[cell]).toBe(percent);
  });

  it('rejects probabilities outside 0–100 and reports what is missing', () => {
    expect(cellOf(OPPORTUNITY_FUNNEL, { winProbability: 120 })).toMatchObject({ ok: false, unknown: [{ attribute: 'winProbability', value: 120 }] });
    expect(cellOf(OPPORTUNITY_FUNNEL, {})).toMatchObject({ ok: false, missing: ['stage', 'winProbability'] });
  });

  it('keeps values best first while the board draws the funnel top-down', () => {
    expect(OPPORTUNITY_FUNNEL.axes[0]?.values.map((v) => v.value)).toEqual([...STAGES].reverse());
    expect(zoneOfCell(OPPORTUNITY_FUNNEL, 'understand')?.id).toBe('qualify');
    expect(zoneOfCell(OPPORTUNITY_FUNNEL, 'negotiate')?.id).toBe('advance');
    expect(zoneOfCell(OPPORTUNITY_FUNNEL, 'handover')?.id).toBe('deliver');
  });
});
