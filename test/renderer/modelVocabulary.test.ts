import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { applyVocabulary } from '../../renderer/src/i18n/modelVocabulary';
import { resources, DEFAULT_NS } from '../../renderer/src/i18n/resources';
import { B2B_LIFECYCLE, DEFAULT_VOCABULARY, EMPLOYEE_NINE_GRID, RETAIL_COMPLIANCE } from '../../shared/models';

async function instance(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: structuredClone(resources), lng, defaultNS: DEFAULT_NS, interpolation: { escapeValue: false }, initAsync: false });
  return i18n;
}

describe('the active model’s words in the app’s texts (i18next nesting over the vocab group)', () => {
  it('speak of doctors’ hospitals by default, exactly as before', async () => {
    const i18n = await instance('zh-CN');
    expect(i18n.t('grid.col.hospitalName')).toBe('医院');
    expect(i18n.t('grid.delete.title', { n: 3 })).toBe('删除 3 位客户？');
    expect(i18n.t('boardView.filters.allHospitals')).toBe('全部医院');
    expect(i18n.t('boardView.totals.volume')).toBe('月处方量');
    expect(applyVocabulary(i18n, DEFAULT_VOCABULARY)).toBe(false);
  });

  it('switch to the staff grid’s, the retail model’s and the B2B model’s words in both languages', async () => {
    const zh = await instance('zh-CN');
    expect(applyVocabulary(zh, EMPLOYEE_NINE_GRID.vocabulary!)).toBe(true);
    expect(zh.t('grid.col.hospitalName')).toBe('团队');
    expect(zh.t('boardView.selection.count', { count: 2 })).toBe('已选 2 位员工');
    expect(zh.t('planning.print.hospital')).toBe('团队');
    expect(zh.t('nav.clients')).toBe('员工');
    applyVocabulary(zh, RETAIL_COMPLIANCE.vocabulary!);
    expect(zh.t('grid.delete.title', { n: 3 })).toBe('删除 3 家零售户？');
    expect(zh.t('boardView.filters.allHospitals')).toBe('全部门店');
    expect(zh.t('boardView.totals.volume')).toBe('月用量');

    const en = await instance('en');
    applyVocabulary(en, B2B_LIFECYCLE.vocabulary!);
    expect(en.t('grid.col.hospitalName')).toBe('Organisation');
    expect(en.t('grid.delete.title', { n: 3 })).toBe('Delete 3 accounts?');
    expect(en.t('boardView.filters.allHospitals')).toBe('All organisations');
    expect(en.t('transfer.fields.hospitalName')).toBe('Organisation');
    // Applying the same words again changes nothing (no re-render).
    expect(applyVocabulary(en, B2B_LIFECYCLE.vocabulary!)).toBe(false);
  });
});
