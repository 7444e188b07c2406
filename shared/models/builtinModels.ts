import type { ModelDefinition } from '../grading/modelShape';
import { ACCEPTANCE_PAIN } from './acceptancePain';
import { B2B_LIFECYCLE } from './b2bLifecycle';
import { DEAL_STATUS_PROFIT } from './dealStatusProfit';
import { DEAL_TIMING } from './dealTiming';
import { EMPLOYEE_NINE_GRID } from './employeeNineGrid';
import { FOLLOW_UP_CADENCE } from './followUpCadence';
import { OPPORTUNITY_FUNNEL } from './opportunityFunnel';
import { PHARMA_BY_BEDS } from './pharmaByBeds';
import { PHARMA_NINE_GRID } from './pharmaNineGrid';
import { PHARMA_TWELVE_POINT_SCALE } from './pharmaTwelvePointScale';
import { RETAIL_COMPLIANCE } from './retailCompliance';
import { SATISFACTION } from './satisfaction';

/** Presets offered on first start; add a preset by importing it here (the default stays first). */
export const BUILTIN_MODELS: readonly ModelDefinition[] = [
  PHARMA_NINE_GRID,
  PHARMA_BY_BEDS,
  PHARMA_TWELVE_POINT_SCALE,
  B2B_LIFECYCLE,
  DEAL_TIMING,
  FOLLOW_UP_CADENCE,
  DEAL_STATUS_PROFIT,
  ACCEPTANCE_PAIN,
  OPPORTUNITY_FUNNEL,
  RETAIL_COMPLIANCE,
  EMPLOYEE_NINE_GRID,
  SATISFACTION,
];

export const DEFAULT_MODEL_ID: string = PHARMA_NINE_GRID.id;
