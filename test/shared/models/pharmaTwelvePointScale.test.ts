import { describe, it, expect } from 'vitest';
import { bandValueOf, gradeClient } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { DEFAULT_DICTIONARIES, PHARMA_NINE_GRID, PHARMA_TWELVE_POINT_SCALE } from '../../../shared/models';
import { cellOf, presetBasics } from './presetChecks';

describe('pharma 1–12 scale preset (pharma-12-point)', () => {
  presetBasics(PHARMA_TWELVE_POINT_SCALE, [
    ['A3', 'A2', 'A1'],
    ['B3', 'B2', 'B1'],
    ['C3', 'C2', 'C1'],
  ]);

  const rule = PHARMA_TWELVE_POINT_SCALE.axes[0]?.rule;
  const bands = rule?.kind === 'scoreTable' ? rule.bands : [];

  it.each([
    [1, 'C'], [2, 'C'], [3, 'C'], [4, 'B'], [5, 'B'], [6, 'B'], [7, 'B'], [8, 'A'], [9, 'A'], [10, 'A'], [11, 'A'], [12, 'A'],
  ])('score %i → %s (A 8–12, B 4–7, C 1–3)', (score, letter) => {
    expect(bandValueOf(bands, score)).toBe(letter);
  });

  it('uses only scores 1..12 and spans the whole scale', () => {
    const scores = rule?.kind === 'scoreTable' ? Object.values(rule.scores).flatMap((row) => Object.values(row)) : [];
    expect(scores).toHaveLength(9);
    expect(Math.min(...scores)).toBe(1);
    expect(Math.max(...scores)).toBe(12);
    expect(bandValueOf(bands, 0)).toBeUndefined();
    expect(bandValueOf(bands, 13)).toBeUndefined();
  });

  const cases: [string, GradeAttributes, string, number][] = [
    ['三甲 + 主任医师 scores 12', { hospitalClass: '三甲', title: '主任医师', behaviour: '首选' }, 'A1', 12],
    ['三甲 + 主治医师 scores 10', { hospitalClass: '三甲', title: '主治医师', behaviour: '次选' }, 'A2', 10],
    ['三甲 + 住院医师 scores 7', { hospitalClass: '三甲', title: '住院医师', behaviour: '竞品' }, 'B3', 7],
    ['二级 + 副主任医师 scores 9', { hospitalClass: '二级', title: '副主任医师', behaviour: '首选' }, 'A1', 9],
    ['二级 + 主治 scores 6', { hospitalClass: '二甲', title: '主治', behaviour: '首选' }, 'B1', 6],
    ['二级 + 住院 scores 4', { hospitalClass: '二级', title: '住院', behaviour: '首选' }, 'B1', 4],
    ['社区 + 主任 scores 4', { hospitalClass: '社区', title: '主任', behaviour: '首选' }, 'B1', 4],
    ['诊所 + 主治 scores 2', { hospitalClass: '诊所', title: '主治医师', behaviour: '首选' }, 'C1', 2],
    ['卫生院 + 住院 scores 1', { hospitalClass: '卫生院', title: '住院医师', volumeOurs: 0 }, 'C3', 1],
    ['revenue 25000万 lifts 一级 to class 3', { hospitalClass: '一级', hospitalRevenueWan: 25000, title: '住院医师', behaviour: '1' }, 'B1', 7],
  ];
  it.each(cases)('%s', (_name, attrs, cell, score) => {
    expect(cellOf(PHARMA_TWELVE_POINT_SCALE, attrs)).toBe(cell);
    const result = gradeClient(PHARMA_TWELVE_POINT_SCALE, DEFAULT_DICTIONARIES, attrs);
    expect(result.trace.find((step) => step.kind === 'scoreTable')?.score).toBe(score);
  });

  it('gives every hospital/title pair the same letter as the 9-point default', () => {
    for (const hospitalClass of ['三级', '二级', '一级']) {
      for (const title of ['主任医师', '主治医师', '住院医师']) {
        const attrs = { hospitalClass, title, behaviour: '首选' };
        expect(cellOf(PHARMA_TWELVE_POINT_SCALE, attrs), `${hospitalClass} ${title}`).toBe(cellOf(PHARMA_NINE_GRID, attrs));
      }
    }
  });
});
