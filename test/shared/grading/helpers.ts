import type { ModelDefinition } from '../../../shared/grading';
import { PHARMA_NINE_GRID } from '../../../shared/models';

/** A deep copy of the pharma preset that a test may change freely. */
export function pharmaCopy(): ModelDefinition {
  return JSON.parse(JSON.stringify(PHARMA_NINE_GRID)) as ModelDefinition;
}
