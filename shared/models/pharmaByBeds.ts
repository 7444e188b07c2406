import type { ModelDefinition } from '../grading/modelShape';
import { PHARMA_NINE_GRID } from './pharmaNineGrid';
import { axisOf, band, label } from './presetParts';
import { builtinInputs } from './builtinInputs';
import { DEFAULT_VOCABULARY } from './vocabulary';

const potential = axisOf(PHARMA_NINE_GRID, 'potential');

/**
 * 医药九宫格（管床数）, DOMAIN 2.1 alternative: potential from the beds the doctor manages
 * directly in the target department (A > 8, B 4–8, C < 4). Behaviour, cells, zones, visit
 * frequencies and layout are those of the default pharma nine-grid.
 */
export const PHARMA_BY_BEDS: ModelDefinition = {
  id: 'pharma-beds',
  name: label('医药九宫格（管床数）', 'Pharma nine-grid (beds managed)'),
  description: label(
    '按客户直接管理的病床数评估潜力（A > 8 张，B 4–8 张，C < 4 张），处方行为与分区同医药九宫格。病床数很少变化，潜力在短期内稳定。',
    'Potential from beds the doctor manages directly (A > 8, B 4–8, C < 4); behaviour and zones as in the pharma nine-grid. Beds rarely change, so potential is stable in the short term.',
  ),
  // 2: declares inputs and words (a stored version 1 is replaced at start-up).
  version: 2,
  axes: [
    {
      id: potential.id,
      name: label('客户潜力（管床数）', 'Potential (beds managed)'),
      values: potential.values,
      rule: {
        kind: 'thresholds',
        attribute: 'bedsManaged',
        // Written without gaps so a fractional average (3.5 beds) still falls in a band.
        bands: [band('C', 0, 4), band('B', 4, 8, true, true), band('A', 8, null, false)],
      },
    },
    axisOf(PHARMA_NINE_GRID, 'behaviour'),
  ],
  cells: PHARMA_NINE_GRID.cells,
  zones: PHARMA_NINE_GRID.zones,
  layout: PHARMA_NINE_GRID.layout,
  inputs: builtinInputs('bedsManaged', 'behaviour', 'volumeOurs', 'volumeCompetitor'),
  vocabulary: DEFAULT_VOCABULARY,
};
