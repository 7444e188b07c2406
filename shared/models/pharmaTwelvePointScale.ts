import type { ModelDefinition } from '../grading/modelShape';
import { PHARMA_NINE_GRID } from './pharmaNineGrid';
import { axisOf, band, label } from './presetParts';
import { DEFAULT_VOCABULARY } from './vocabulary';

const potential = axisOf(PHARMA_NINE_GRID, 'potential');
if (potential.rule.kind !== 'scoreTable') throw new Error('pharma nine-grid potential is expected to be a score table');
const { rows: hospitalTier, columns: title } = potential.rule;

/**
 * 医药九宫格（12 分制）, DOMAIN 2.1 third scale: hospital tier × title scored 1–12, then
 * A = 8–12, B = 4–7, C = 1–3. The matrix spreads the 1–12 range over the same table as the
 * 9-point default, chosen so every hospital/title pair keeps the letter it gets there:
 *
 * | tier \ title | 副主任以上 | 主治 | 住院 |
 * |---|---|---|---|
 * | 3 (三级 or revenue > 2亿)   | 12 A | 10 A | 7 B |
 * | 2 (二级 or revenue > 0.8亿) |  9 A |  6 B | 4 B |
 * | 1 (二级以下)                |  4 B |  2 C | 1 C |
 *
 * Hospital tier and title are read exactly as in the default (revenue can lift the tier).
 */
export const PHARMA_TWELVE_POINT_SCALE: ModelDefinition = {
  id: 'pharma-12-point',
  name: label('医药九宫格（12 分制）', 'Pharma nine-grid (12-point scale)'),
  description: label(
    '医院级别 × 职称按 1–12 分计分：A = 8–12 分，B = 4–7 分，C = 1–3 分；处方行为与分区同医药九宫格。',
    'Hospital class × title scored 1–12: A = 8–12, B = 4–7, C = 1–3; behaviour and zones as in the pharma nine-grid.',
  ),
  // 2: declares inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  axes: [
    {
      id: potential.id,
      name: label('客户潜力（12 分制）', 'Potential (12-point scale)'),
      values: potential.values,
      rule: {
        kind: 'scoreTable',
        rows: hospitalTier,
        columns: title,
        scores: {
          '3': { senior: 12, attending: 10, resident: 7 },
          '2': { senior: 9, attending: 6, resident: 4 },
          '1': { senior: 4, attending: 2, resident: 1 },
        },
        // Integer scores written as [1, 4) [4, 8) [8, 12] so no band leaves a gap.
        bands: [band('C', 1, 4), band('B', 4, 8), band('A', 8, 12, true, true)],
      },
    },
    axisOf(PHARMA_NINE_GRID, 'behaviour'),
  ],
  cells: PHARMA_NINE_GRID.cells,
  zones: PHARMA_NINE_GRID.zones,
  layout: PHARMA_NINE_GRID.layout,
  inputs: PHARMA_NINE_GRID.inputs,
  vocabulary: DEFAULT_VOCABULARY,
};
