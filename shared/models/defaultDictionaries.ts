import type { Dictionary } from '../grading/dictionaries';

/** Many spellings → one value; keeps the word lists below readable. */
function entries(groups: Record<string, readonly string[]>): Dictionary['entries'] {
  return Object.entries(groups).flatMap(([value, matches]) => matches.map((match) => ({ match, value })));
}

/** 医院级别 → hospital tier '3' | '2' | '1' (DOMAIN 2.1: class 1 is everything below 二级). */
export const HOSPITAL_CLASS_DICTIONARY: Dictionary = {
  id: 'hospitalClass',
  name: { 'zh-CN': '医院级别', en: 'Hospital class' },
  entries: entries({
    '3': [
      '三级', '三甲', '三乙', '三丙', '三级甲等', '三级乙等', '三级丙等', '三级医院', '三级特等',
      'tertiary', 'tertiary hospital', 'class 3', 'grade 3', 'grade iii', 'level 3',
    ],
    '2': [
      '二级', '二甲', '二乙', '二丙', '二级甲等', '二级乙等', '二级丙等', '二级医院',
      'secondary', 'secondary hospital', 'class 2', 'grade 2', 'grade ii', 'level 2',
    ],
    '1': [
      '一级', '一甲', '一乙', '一丙', '一级甲等', '一级乙等', '一级丙等', '一级医院', '二级以下',
      '社区卫生服务中心', '社区卫生服务站', '社区', '社区医院', '卫生院', '乡镇卫生院', '卫生室', '诊所', '门诊部',
      'primary', 'primary care', 'class 1', 'grade 1', 'grade i', 'level 1', 'community health center', 'clinic',
    ],
  }),
};

/** 职称 → title category; 主任 and 副主任 both count as 副主任以上 (DOMAIN 6). */
export const TITLE_DICTIONARY: Dictionary = {
  id: 'title',
  name: { 'zh-CN': '职称', en: 'Title' },
  entries: entries({
    senior: [
      '主任医师', '副主任医师', '主任医师(教授)', '副主任医师(副教授)', '主任医师(副教授)', '教授', '副教授',
      '主任', '副主任', '副主任以上', 'chief physician', 'associate chief physician', 'professor', 'associate professor',
    ],
    attending: ['主治医师', '主治', '主治医生', '主治医师(讲师)', 'attending', 'attending physician'],
    resident: ['住院医师', '住院', '住院医生', '医师', 'resident', 'resident physician'],
  }),
};

/** 处方行为 → digit (DOMAIN 2.2). */
export const BEHAVIOUR_DICTIONARY: Dictionary = {
  id: 'behaviour',
  name: { 'zh-CN': '处方行为', en: 'Prescribing behaviour' },
  entries: entries({
    '1': ['首选', '首选用药', 'first choice', 'first'],
    '2': ['次选', '二线', '二线使用', 'second choice', 'second line', 'second'],
    '3': ['竞品', '未用', '未使用', '其他', '试用', 'competitor', 'not using', 'trial', 'trying'],
  }),
};

export const DEFAULT_DICTIONARIES: Readonly<Record<string, Dictionary>> = {
  hospitalClass: HOSPITAL_CLASS_DICTIONARY,
  title: TITLE_DICTIONARY,
  behaviour: BEHAVIOUR_DICTIONARY,
};

export const DEFAULT_DICTIONARY_IDS: readonly string[] = Object.keys(DEFAULT_DICTIONARIES);
