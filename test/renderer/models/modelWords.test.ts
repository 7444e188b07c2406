import { describe, expect, it } from 'vitest';
import { BUILTIN_MODELS } from '../../../shared/models';
import { attributeLabeller, editorWords } from '../../../renderer/src/features/models/modelWords';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';
import { en } from '../../../renderer/src/i18n/en';

const byId = (id: string) => BUILTIN_MODELS.find((model) => model.id === id)!;
const KNOWN_ZH = zhCN.models.attr as Record<string, string>;
const KNOWN_EN = en.models.attr as Record<string, string>;

describe('the 模型 page names what a model reads in its own words', () => {
  it('the staff model’s inputs by their labels and units, never by their ids', () => {
    const label = attributeLabeller(byId('employee-nine-grid'), 'zh-CN', KNOWN_ZH);
    expect(label('abilityRating')).toBe('能力评分（分）');
    expect(label('performance')).toBe('绩效');
    expect(attributeLabeller(byId('employee-nine-grid'), 'en', KNOWN_EN)('performanceRating')).toBe('Performance rating (points)');
  });

  it('B2B inputs with their units; the pharma fields keep their names under a pharma model', () => {
    expect(attributeLabeller(byId('b2b-lifecycle'), 'zh-CN', KNOWN_ZH)('annualSpend')).toBe('年采购额（元）');
    const pharma = attributeLabeller(byId('pharma-nine-grid'), 'zh-CN', KNOWN_ZH);
    expect(pharma('hospitalClass')).toBe('医院级别');
    expect(pharma('hospitalRevenueWan')).toBe('医院年收入（万元）');
  });

  it('no model but the pharma ones names a hospital or a doctor for what it reads', () => {
    for (const model of BUILTIN_MODELS.filter((m) => !m.id.startsWith('pharma-'))) {
      const label = attributeLabeller(model, 'zh-CN', KNOWN_ZH);
      const names = model.axes.flatMap((axis) => JSON.stringify(axis.rule).match(/"(?:attribute|left|right)":"([^"]+)"/g) ?? []).map((m) => label(m.split('":"')[1]!.slice(0, -1)));
      expect(names.join(' '), model.id).not.toMatch(/医院|医生|处方|科室/);
      expect(names.every((name) => !/^[a-z][A-Za-z]+$/.test(name)), `${model.id}: ${names.join(', ')}`).toBe(true);
    }
  });

  it('an attribute the model does not declare falls back to the app’s table, then to itself', () => {
    const label = attributeLabeller(byId('employee-nine-grid'), 'zh-CN', KNOWN_ZH);
    expect(label('grossMargin')).toBe('年毛利（元）');
    expect(label('somethingElse')).toBe('somethingElse');
  });

  it('the editor speaks of the edited model’s clients and contacts', () => {
    expect(editorWords(byId('employee-nine-grid'), 'zh-CN')).toMatchObject({ counted: '位员工', clients: '员工', measure: '位', nouns: '面谈' });
    expect(editorWords(byId('pharma-nine-grid'), 'zh-CN')).toMatchObject({ counted: '位客户', nouns: '拜访' });
    expect(editorWords(byId('retail-compliance'), 'en')).toMatchObject({ clients: 'retailers' });
  });
});
