import type { ModelDefinition } from '../grading/modelShape';
import { PHARMA_NINE_GRID } from './pharmaNineGrid';

/** Presets offered on first start; add a preset by importing it here (the default stays first). */
export const BUILTIN_MODELS: readonly ModelDefinition[] = [PHARMA_NINE_GRID];

export const DEFAULT_MODEL_ID: string = PHARMA_NINE_GRID.id;
