import { describe, it, expect } from 'vitest';
import { gradeAll, gradeClient } from '../../../shared/grading';
import type { Dictionary, GradeAttributes } from '../../../shared/grading';
import { DEFAULT_DICTIONARIES, PHARMA_NINE_GRID } from '../../../shared/models';

describe('gradeClient trace', () => {
  it('explains each axis rule by rule, children first', () => {
    const result = gradeClient(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, {
      hospitalClass: '二级',
      hospitalRevenueWan: '25000',
      title: '主治医师',
      volumeOurs: 720,
      volumeCompetitor: 900,
    });
    expect(result.ok && result.cell).toBe('A2');
    expect(result.ok && result.axisValues).toEqual({ potential: 'A', behaviour: '2' });
    expect(result.trace.map((s) => [s.path, s.kind, s.status, s.value])).toEqual([
      ['potential.rows.rules[0]', 'entered', 'value', '2'],
      ['potential.rows.rules[1]', 'thresholds', 'value', '3'],
      ['potential.rows', 'maxOf', 'value', '3'],
      ['potential.columns', 'entered', 'value', 'attending'],
      ['potential', 'scoreTable', 'value', 'A'],
      ['behaviour.rules[0]', 'entered', 'missing', null],
      ['behaviour.rules[1]', 'compare', 'value', '2'],
      ['behaviour', 'firstOf', 'value', '2'],
    ]);
    const [classStep, revenueStep, maxStep, , scoreStep, , compareStep] = result.trace;
    expect(classStep).toMatchObject({ axis: 'potential', inputs: { hospitalClass: '二级' }, dictionary: 'hospitalClass' });
    expect(revenueStep?.inputs).toEqual({ hospitalRevenueWan: '25000' });
    expect(maxStep?.inputs).toEqual({ 'rules[0]': '2', 'rules[1]': '3' });
    expect(scoreStep).toMatchObject({ inputs: { row: '3', column: 'attending' }, score: 8 });
    expect(compareStep).toMatchObject({ axis: 'behaviour', inputs: { volumeOurs: 720, volumeCompetitor: 900 } });
  });

  it('traces failures too', () => {
    const result = gradeClient(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, { hospitalClass: '五星医院', title: '主任医师', behaviour: 1 });
    expect(result.ok).toBe(false);
    expect(result.trace.find((s) => s.path === 'potential.rows.rules[0]')).toMatchObject({ status: 'unknown', value: null });
  });
});

describe('gradeClient with user dictionaries', () => {
  it('uses the given dictionary over the built-in one', () => {
    const behaviour: Dictionary = { id: 'behaviour', name: { 'zh-CN': '行为', en: 'Behaviour' }, entries: [{ match: '偶尔', value: '2' }] };
    const dicts = { ...DEFAULT_DICTIONARIES, behaviour };
    const result = gradeClient(PHARMA_NINE_GRID, dicts, { hospitalClass: '三甲', title: '主任医师', behaviour: '偶尔' });
    expect(result.ok && result.cell).toBe('A2');
    const strict = gradeClient(PHARMA_NINE_GRID, dicts, { hospitalClass: '三甲', title: '主任医师', behaviour: '首选' });
    expect(strict.ok).toBe(false);
  });

  it('reports a dictionary value the axis does not declare as unknown', () => {
    const behaviour: Dictionary = { id: 'behaviour', name: { 'zh-CN': '行为', en: 'Behaviour' }, entries: [{ match: '很好', value: '0' }] };
    const result = gradeClient(PHARMA_NINE_GRID, { behaviour }, { hospitalClass: '三甲', title: '主任医师', behaviour: '很好' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.unknown).toEqual([{ attribute: 'behaviour', value: '0' }]);
  });
});

const CLASSES = ['三甲', '二级', '社区', '五星医院', null];
const TITLES = ['主任医师', '主治医师', '住院医师', null];
const BEHAVIOURS = ['首选', '次选', '竞品', null];

function clients(n: number): GradeAttributes[] {
  return Array.from({ length: n }, (_, i) => ({
    hospitalClass: CLASSES[i % CLASSES.length],
    hospitalRevenueWan: i % 7 === 0 ? 30000 : null,
    title: TITLES[i % TITLES.length],
    behaviour: BEHAVIOURS[i % BEHAVIOURS.length],
    volumeOurs: i % 11,
    volumeCompetitor: i % 13,
  }));
}

describe('gradeAll', () => {
  it('matches gradeClient client by client', () => {
    const batch = clients(500);
    const all = gradeAll(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, batch);
    batch.forEach((attrs, i) => {
      const { trace: _trace, ...one } = gradeClient(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, attrs);
      const { trace: _none, ...bulk } = all[i] ?? { trace: [] };
      expect(bulk).toEqual(one);
    });
    expect(gradeAll(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, batch, { trace: true })[0]?.trace.length).toBeGreaterThan(0);
  });
});
