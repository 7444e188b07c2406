import { describe, it, expect } from 'vitest';
import { gradeClient, ModelDefinitionSchema, validateModel, visitsPerMonthOfCell, zoneOfCell } from '../../../shared/grading';
import type { GradeAttributes } from '../../../shared/grading';
import { BUILTIN_MODELS, DEFAULT_DICTIONARIES, DEFAULT_MODEL_ID, PHARMA_NINE_GRID } from '../../../shared/models';

const grade = (attrs: GradeAttributes) => gradeClient(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, attrs);

describe('pharma nine-grid preset', () => {
  it('is a valid model and the default', () => {
    expect(validateModel(PHARMA_NINE_GRID)).toEqual([]);
    expect(() => ModelDefinitionSchema.parse(PHARMA_NINE_GRID)).not.toThrow();
    expect(DEFAULT_MODEL_ID).toBe('pharma-nine-grid');
    expect(BUILTIN_MODELS[0]).toBe(PHARMA_NINE_GRID);
  });

  const graded: [string, GradeAttributes, string][] = [
    ['三甲 + 主任医师 + 首选', { hospitalClass: '三甲', title: '主任医师', behaviour: '首选' }, 'A1'],
    ['二级 + 主治医师 scores 5 → B', { hospitalClass: '二级', title: '主治医师', behaviour: '次选' }, 'B2'],
    ['社区 + 住院医师 scores 1 → C', { hospitalClass: '社区', title: '住院医师', behaviour: '竞品' }, 'C3'],
    ['revenue 25000万 lifts 二级 to class 3 (8 → A)', { hospitalClass: '二级', hospitalRevenueWan: 25000, title: '主治医师', behaviour: '首选' }, 'A1'],
    ['revenue as a string', { hospitalClass: '一级', hospitalRevenueWan: '25,000', title: '住院医师', behaviour: '1' }, 'B1'],
    ['revenue alone gives the tier', { hospitalRevenueWan: 9000, title: '主任医师', behaviour: 2 }, 'A2'],
    ['revenue exactly 20000 is still class 2', { hospitalRevenueWan: 20000, title: '主治医师', behaviour: '首选' }, 'B1'],
    ['主任医师（教授） with full-width parentheses', { hospitalClass: '三甲', title: '主任医师（教授）', behaviour: '首选' }, 'A1'],
    ['主任医师 (教授) with a space', { hospitalClass: '三级甲等', title: '主任医师 (教授)', behaviour: '首选' }, 'A1'],
    ['stray ideographic spaces and zero-width characters', { hospitalClass: '\u3000三甲\u200b', title: '副主任\u00a0', behaviour: '首选' }, 'A1'],
    ['English words', { hospitalClass: 'Tertiary', title: ' Attending  Physician ', behaviour: 'Second choice' }, 'A2'],
    ['二级 + 住院医师 scores 3 → B', { hospitalClass: '二乙', title: '住院', behaviour: '未用' }, 'B3'],
    ['一级 + 主任 scores 3 → B', { hospitalClass: '卫生院', title: '主任', behaviour: '首选' }, 'B1'],
    ['一级 + 主治 scores 2 → C', { hospitalClass: '诊所', title: '主治', behaviour: '二线' }, 'C2'],
    ['ours 720 vs competitor 900, no behaviour → 2', { hospitalClass: '三甲', title: '主任医师', volumeOurs: 720, volumeCompetitor: 900 }, 'A2'],
    ['volumes as strings', { hospitalClass: '三甲', title: '主任医师', volumeOurs: '720', volumeCompetitor: '900' }, 'A2'],
    ['ours 0 → 3, competitor not needed', { hospitalClass: '三甲', title: '主任医师', volumeOurs: 0 }, 'A3'],
    ['ours 900 vs 900 → 1', { hospitalClass: '三甲', title: '主任医师', volumeOurs: 900, volumeCompetitor: 900 }, 'A1'],
    ['entered behaviour wins over volumes', { hospitalClass: '三甲', title: '主任医师', behaviour: '竞品', volumeOurs: 900, volumeCompetitor: 10 }, 'A3'],
    ['blank behaviour falls back to volumes', { hospitalClass: '三甲', title: '主任医师', behaviour: '  ', volumeOurs: 900, volumeCompetitor: 10 }, 'A1'],
    ['an unknown class is outranked by revenue above 2亿', { hospitalClass: '五星医院', hospitalRevenueWan: 30000, title: '主治医师', behaviour: '1' }, 'A1'],
  ];
  it.each(graded)('%s', (_name, attrs, cell) => {
    const result = grade(attrs);
    expect(result.ok ? result.cell : result).toBe(cell);
  });

  const failing: [string, GradeAttributes, string[], { attribute: string; value: string | number }[]][] = [
    ['unknown class 五星医院', { hospitalClass: '五星医院', title: '主任医师', behaviour: '首选' }, [], [{ attribute: 'hospitalClass', value: '五星医院' }]],
    ['unknown class with revenue that cannot settle it', { hospitalClass: '五星医院', hospitalRevenueWan: 9000, title: '主任医师', behaviour: '首选' }, [], [{ attribute: 'hospitalClass', value: '五星医院' }]],
    ['missing title', { hospitalClass: '三甲', behaviour: '首选' }, ['title'], []],
    ['nothing about behaviour', { hospitalClass: '三甲', title: '主任医师' }, ['behaviour', 'volumeOurs', 'volumeCompetitor'], []],
    ['ours known, competitor missing', { hospitalClass: '三甲', title: '主任医师', volumeOurs: 500 }, ['behaviour', 'volumeCompetitor'], []],
    ['unknown behaviour is reported, not replaced by volumes', { hospitalClass: '三甲', title: '主任医师', behaviour: '偶尔', volumeOurs: 9, volumeCompetitor: 1 }, [], [{ attribute: 'behaviour', value: '偶尔' }]],
    ['non-numeric volume', { hospitalClass: '三甲', title: '主任医师', volumeOurs: 'lots', volumeCompetitor: 1 }, [], [{ attribute: 'volumeOurs', value: 'lots' }]],
    ['negative revenue is outside every band', { hospitalRevenueWan: -5, title: '主任医师', behaviour: '1' }, [], [{ attribute: 'hospitalRevenueWan', value: -5 }]],
    ['unknown title and missing class', { title: '药师', behaviour: '1' }, ['hospitalClass', 'hospitalRevenueWan'], [{ attribute: 'title', value: '药师' }]],
  ];
  it.each(failing)('%s → not graded', (_name, attrs, missing, unknown) => {
    const result = grade(attrs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual(missing);
    expect(result.unknown).toEqual(unknown);
  });

  it('has the zones and visit frequencies of DOMAIN 2.4', () => {
    const zones = Object.fromEntries(PHARMA_NINE_GRID.cells.map((c) => [c.code, zoneOfCell(PHARMA_NINE_GRID, c.code)?.id]));
    expect(zones).toEqual({ A1: 'red', A2: 'red', B1: 'red', B2: 'red', A3: 'yellow', B3: 'yellow', C1: 'blue', C2: 'blue', C3: 'blue' });
    const visits = Object.fromEntries(PHARMA_NINE_GRID.cells.map((c) => [c.code, visitsPerMonthOfCell(PHARMA_NINE_GRID, c.code)]));
    expect(visits).toEqual({ A1: 8, A2: 8, B1: 8, B2: 8, A3: 4, B3: 2, C1: 1, C2: 0.5, C3: 0 });
    for (const zone of PHARMA_NINE_GRID.zones) {
      expect(zone.strategy['zh-CN'].length).toBeGreaterThan(0);
      expect(zone.strategy.en.length).toBe(zone.strategy['zh-CN'].length);
    }
  });
});
