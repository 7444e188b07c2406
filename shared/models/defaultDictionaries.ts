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

/** 客户生命周期 → R retained / D developing / A acquiring (DOMAIN 3.1, b2b-lifecycle preset). */
export const LIFECYCLE_DICTIONARY: Dictionary = {
  id: 'lifecycle',
  name: { 'zh-CN': '客户生命周期', en: 'Client lifecycle' },
  entries: entries({
    R: ['已保有', '保有', '保有中', '保有客户', '已保有客户', 'retained', 'retention', 'retain', 'existing client', 'existing customer'],
    D: ['发展中', '发展', '发展客户', '培育中', 'developing', 'development', 'develop'],
    A: ['获取中', '获取', '获取客户', '新接触', '刚接触', 'acquiring', 'acquisition', 'acquire', 'new contact'],
  }),
};

/** 成交时机 → A–E (DOMAIN 3.2, deal-timing preset); E only for no need / no chance. */
export const DEAL_TIMING_DICTIONARY: Dictionary = {
  id: 'dealTiming',
  name: { 'zh-CN': '成交时机', en: 'Deal timing' },
  entries: entries({
    A: ['1个月内', '一个月内', '本月成交', '需求明确', 'within 1 month', 'within a month', 'this month'],
    B: ['3个月内', '三个月内', 'within 3 months'],
    C: ['6个月内', '六个月内', '半年内', 'within 6 months'],
    D: ['6个月以上', '六个月以上', '半年以上', '潜在需求', 'over 6 months', 'more than 6 months', 'potential need'],
    E: ['无需求', '无机会', '死单', '没有需求', '没有机会', 'no need', 'no chance', 'dead'],
  }),
};

/** 跟进级别 → a–e (DOMAIN 3.3, follow-up-cadence preset). */
export const FOLLOW_UP_GRADE_DICTIONARY: Dictionary = {
  id: 'followUpGrade',
  name: { 'zh-CN': '跟进级别', en: 'Follow-up grade' },
  entries: entries({
    a: ['订单客户', '下单客户', '成交客户', 'order client', 'ordering client', 'order'],
    b: ['样品客户', '寄样客户', '打样客户', 'sample client', 'sample'],
    c: ['重要潜在客户', '重点潜在客户', '重要意向客户', 'important prospect'],
    d: ['一般潜在客户', '普通潜在客户', '一般意向客户', 'ordinary prospect', 'prospect'],
    e: ['暂无潜力', '无明显潜力', '看不到潜力', 'no visible potential', 'no potential'],
  }),
};

/** 合作状态 → A signed a programme / B open course / C closed or renewed / D not closed (DOMAIN 3.4). */
export const DEAL_STATUS_DICTIONARY: Dictionary = {
  id: 'dealStatus',
  name: { 'zh-CN': '合作状态', en: 'Deal status' },
  entries: entries({
    A: ['签约项目', '已签项目', '签订项目', '签约方案', 'signed a programme', 'signed programme', 'programme'],
    B: ['参加公开课', '公开课', '已参加公开课', 'attended an open course', 'open course'],
    C: ['已成交', '成交', '续约', '已续约', '成交或续约', 'closed', 'renewed', 'closed or renewed'],
    D: ['未成交', '没有成交', '尚未成交', 'not closed', 'open'],
  }),
};

/** 利润档次 → 1 (over 1000万) / 2 (200–1000万) / 3 (under 200万) (DOMAIN 3.4). */
export const PROFIT_TIER_DICTIONARY: Dictionary = {
  id: 'profitTier',
  name: { 'zh-CN': '利润档次', en: 'Profit tier' },
  entries: entries({
    '1': ['一档', '1000万以上', 'tier 1', 'over 10m'],
    '2': ['二档', '200-1000万', '200万-1000万', 'tier 2', '2m-10m'],
    '3': ['三档', '200万以下', 'tier 3', 'under 2m'],
  }),
};

/** 对我方做法的接受度 → E high / F low (DOMAIN 3.4, acceptance-pain preset). */
export const ACCEPTANCE_DICTIONARY: Dictionary = {
  id: 'acceptance',
  name: { 'zh-CN': '接受度', en: 'Acceptance' },
  entries: entries({
    E: ['高', '接受度高', '认可', '高认可', 'high', 'high acceptance', 'accepts'],
    F: ['低', '接受度低', '不认可', '低认可', 'low', 'low acceptance', 'rejects'],
  }),
};

/** 痛苦程度 → 1 much / 2 little (DOMAIN 3.4, acceptance-pain preset). */
export const PAIN_DICTIONARY: Dictionary = {
  id: 'pain',
  name: { 'zh-CN': '痛苦程度', en: 'Pain' },
  entries: entries({
    '1': ['多', '痛苦多', '痛点多', '痛苦大', 'much', 'much pain', 'high pain', 'a lot'],
    '2': ['少', '痛苦少', '痛点少', '痛苦小', 'little', 'little pain', 'low pain'],
  }),
};

/** 销售阶段 → funnel stage id (DOMAIN 3.5); a stage's win probability also names it. */
export const FUNNEL_STAGE_DICTIONARY: Dictionary = {
  id: 'funnelStage',
  name: { 'zh-CN': '销售阶段', en: 'Funnel stage' },
  entries: entries({
    understand: ['了解', '了解需求', '了解阶段', 'understand', 'understanding', '10%'],
    confirm: ['确认', '确认需求', '确认阶段', 'confirm', 'confirmation', '25%'],
    prove: ['证明', '方案证明', '证明阶段', 'prove', 'proof', '50%'],
    negotiate: ['谈判', '商务谈判', '谈判阶段', 'negotiate', 'negotiation', '75%'],
    close: ['成交', '签约', '成交阶段', 'close', 'closing', '90%'],
    handover: ['交接', '回款', '交接回款', '交付回款', 'handover', 'collect', 'handover / collect', '100%'],
  }),
};

/** 零售户合规等级 → A / B / C (DOMAIN 3.6, retail-compliance preset). */
export const RETAIL_GRADE_DICTIONARY: Dictionary = {
  id: 'retailGrade',
  name: { 'zh-CN': '零售户等级', en: 'Retailer grade' },
  entries: entries({
    A: ['A类', 'A级', 'A档', 'class a', 'grade a'],
    B: ['B类', 'B级', 'B档', 'class b', 'grade b'],
    C: ['C类', 'C级', 'C档', 'class c', 'grade c'],
  }),
};

/** 高 / 中 / 低 → high / medium / low (employee nine-grid ability and performance). */
export const LEVEL_DICTIONARY: Dictionary = {
  id: 'level',
  name: { 'zh-CN': '高中低', en: 'High / medium / low' },
  entries: entries({
    high: ['高', '强', '优', '优秀', '高绩效', '高能力', 'h', 'strong', 'excellent'],
    medium: ['中', '中等', '一般', '良', '中绩效', '中能力', 'm', 'mid', 'average'],
    low: ['低', '弱', '差', '待改进', '低绩效', '低能力', 'l', 'weak', 'poor'],
  }),
};

/** 满意度 → A–E, F sensitive party, G crisis (DOMAIN 3.8, satisfaction preset). */
export const SATISFACTION_DICTIONARY: Dictionary = {
  id: 'satisfaction',
  name: { 'zh-CN': '满意度', en: 'Satisfaction' },
  entries: entries({
    A: ['非常满意', '很满意', 'very satisfied'],
    B: ['满意', '比较满意', 'satisfied'],
    C: ['一般', '中立', '无所谓', 'neutral'],
    D: ['不满意', '不太满意', 'dissatisfied'],
    E: ['非常不满意', '很不满意', 'very dissatisfied'],
    F: ['敏感', '敏感人士', '媒体', '记者', '律师', '政府', '主管部门', 'sensitive', 'press', 'media', 'lawyer', 'authorities'],
    G: ['危机', '危机客户', '投诉升级', 'crisis'],
  }),
};

export const DEFAULT_DICTIONARIES: Readonly<Record<string, Dictionary>> = {
  hospitalClass: HOSPITAL_CLASS_DICTIONARY,
  title: TITLE_DICTIONARY,
  behaviour: BEHAVIOUR_DICTIONARY,
  lifecycle: LIFECYCLE_DICTIONARY,
  dealTiming: DEAL_TIMING_DICTIONARY,
  followUpGrade: FOLLOW_UP_GRADE_DICTIONARY,
  dealStatus: DEAL_STATUS_DICTIONARY,
  profitTier: PROFIT_TIER_DICTIONARY,
  acceptance: ACCEPTANCE_DICTIONARY,
  pain: PAIN_DICTIONARY,
  funnelStage: FUNNEL_STAGE_DICTIONARY,
  retailGrade: RETAIL_GRADE_DICTIONARY,
  level: LEVEL_DICTIONARY,
  satisfaction: SATISFACTION_DICTIONARY,
};

export const DEFAULT_DICTIONARY_IDS: readonly string[] = Object.keys(DEFAULT_DICTIONARIES);
