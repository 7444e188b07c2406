import type { Axis, ModelDefinition, Ranking } from '../grading/modelShape';
import { axisCells, band, label, strategy } from './presetParts';
import { PRESET_VOCABULARIES } from './vocabulary';

const compliance: Axis = {
  id: 'compliance',
  name: label('合规等级', 'Compliance grade'),
  values: [
    { value: 'A', label: label('A 合规优秀（≥ 90 分）', 'A compliant (score ≥ 90)') },
    { value: 'B', label: label('B 基本合规（75–89 分）', 'B mostly compliant (75–89)') },
    { value: 'C', label: label('C 待整改（< 75 分）', 'C needs correction (< 75)') },
  ],
  rule: {
    kind: 'firstOf',
    rules: [
      {
        kind: 'thresholds',
        attribute: 'complianceScore',
        // A 100-point score; fractional scores fall in the band below the next whole mark.
        bands: [band('C', 0, 75), band('B', 75, 90), band('A', 90, 100, true, true)],
      },
      // Without a score, a grade already given by the licensing office is taken as entered.
      { kind: 'entered', attribute: 'complianceGrade', dictionary: 'retailGrade' },
    ],
  },
};

/**
 * Star retailers: the top 40 A-class retailers by business score (DOMAIN 3.6). Ranking compares
 * retailers with each other, which a per-client rule cannot do, so it is declared as a model
 * ranking and computed with applyRanking over the graded clients.
 */
export const RETAIL_STAR_RANKING: Ranking = {
  id: 'stars',
  name: label('星级零售户', 'Star retailers'),
  cells: ['A'],
  attribute: 'businessScore',
  top: 40,
};

/**
 * 零售户分级 (DOMAIN 3.6, tobacco retail): a 100-point compliance score gives A ≥ 90,
 * B 75–89, C < 75. A-class retailers are also scored on business (`businessScore`) and the top
 * 40 of them get stars (RETAIL_STAR_RANKING); the business score never changes the grade.
 */
export const RETAIL_COMPLIANCE: ModelDefinition = {
  id: 'retail-compliance',
  name: label('零售户合规分级', 'Retail licence-holder compliance'),
  description: label(
    '按合规得分分级：A ≥ 90 分，B 75–89 分，C < 75 分。A 类零售户另按经营得分（businessScore）排名，前 40 名评星；等级决定每季度紧俏货源的分配。',
    'Graded by compliance score: A ≥ 90, B 75–89, C < 75. A-class retailers are also ranked by business score (businessScore) and the top 40 get stars; the grade drives each quarter’s allocation of scarce goods.',
  ),
  // 2: declares inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  axes: [compliance],
  cells: axisCells(compliance),
  zones: [
    {
      id: 'priority',
      name: label('A 类：优先供货', 'A: first in allocation'),
      color: '#2e9d5b',
      cells: ['A'],
      visitsPerMonth: 4,
      strategy: strategy([
        ['紧俏货源优先分配', 'First in line for scarce goods each quarter'],
        [
          `每季度评定经营得分（${RETAIL_STAR_RANKING.attribute}），前 ${RETAIL_STAR_RANKING.top} 名评为星级零售户`,
          `Score business each quarter (${RETAIL_STAR_RANKING.attribute}); the top ${RETAIL_STAR_RANKING.top} become star retailers`,
        ],
        ['星级零售户作为示范店，分享经营经验', 'Use star retailers as model shops that pass on their practice'],
      ]),
    },
    {
      id: 'standard',
      name: label('B 类：常规供货', 'B: standard allocation'),
      color: '#e6a23c',
      cells: ['B'],
      visitsPerMonth: 2,
      strategy: strategy([
        ['按常规比例分配货源', 'Allocate goods at the standard share'],
        ['指出扣分项，帮助提升到 A 类', 'Point out where points were lost and help them reach A'],
      ]),
    },
    {
      id: 'correct',
      name: label('C 类：限量供货并整改', 'C: limited allocation, correction'),
      color: '#d9363e',
      cells: ['C'],
      visitsPerMonth: 2,
      strategy: strategy([
        ['紧俏货源少分或不分', 'Little or no scarce goods'],
        ['逐项列出违规问题，限期整改', 'List each breach and set a deadline to correct it'],
        ['上门复查整改情况，合格后重新评级', 'Check the correction on site and re-grade once it passes'],
      ]),
    },
  ],
  layout: { rows: { axis: 'compliance', order: ['A', 'B', 'C'] }, columns: null },
  rankings: [RETAIL_STAR_RANKING],
  inputs: [
    // The grade bands are on a 100-point score (A ≥ 90, B 75–89, C < 75).
    {
      attribute: 'complianceScore',
      label: label('合规得分', 'Compliance score'),
      type: 'number',
      unit: label('分', 'points'),
      min: 0,
      max: 100,
      headers: ['合规分', '合规评分', '诚信得分', 'compliance score', 'compliance'],
    },
    {
      attribute: 'complianceGrade',
      label: label('合规等级', 'Compliance grade'),
      type: 'choice',
      dictionary: 'retailGrade',
      values: [
        { value: 'A', label: label('A 类', 'Class A') },
        { value: 'B', label: label('B 类', 'Class B') },
        { value: 'C', label: label('C 类', 'Class C') },
      ],
      headers: ['零售户等级', '合规级别', 'compliance grade', 'retailer grade'],
    },
    {
      attribute: 'businessScore',
      label: label('经营得分', 'Business score'),
      type: 'number',
      unit: label('分', 'points'),
      min: 0,
      headers: ['经营分', '经营评分', '经营业绩得分', 'business score'],
    },
  ],
  vocabulary: PRESET_VOCABULARIES['retail-compliance'],
};
