import type { LocalizedText } from '../domain/schemas';
import { generateB2bRegion } from './b2bRegion';
import type { DemoRegion } from './demoRegion';
import { generatePharmaRegion } from './pharmaRegion';
import { generateRetailRegion } from './retailRegion';
import { generateStaffRegion } from './staffRegion';

export const DEMO_REGION_IDS = ['pharma', 'b2b', 'retail', 'staff'] as const;
export type DemoRegionId = (typeof DEMO_REGION_IDS)[number];

/** The region a new database gets unless told otherwise. */
export const DEFAULT_DEMO_REGION: DemoRegionId = 'pharma';

export interface DemoRegionInfo {
  id: DemoRegionId;
  name: LocalizedText;
  /** One line for the welcome dialog and 设置. */
  description: LocalizedText;
  /** The built-in model the region is graded with; loading the region activates it. */
  modelId: string;
  /** The same region on every call (each generator has a fixed default seed). */
  generate(): DemoRegion;
}

const label = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Every demo region, in the order the app lists them (docs/demo-regions.md describes each). */
export const DEMO_REGIONS: readonly DemoRegionInfo[] = [
  {
    id: 'pharma',
    name: label('医药代表区域', 'Pharma sales region'),
    description: label(
      '6 名代表、1,500 位医生，分布在医院和社区卫生院；12 月有人超负荷、有人接近满负荷、有人还有余力（医药九宫格）。',
      '6 reps and 1,500 doctors at hospitals and community clinics; in December one rep is over capacity, some are near it, one has room (pharma nine-grid).',
    ),
    modelId: 'pharma-nine-grid',
    generate: () => generatePharmaRegion(),
  },
  {
    id: 'b2b',
    name: label('B2B 大客户区域', 'B2B accounts region'),
    description: label(
      '4 名销售、200 家企业客户，按生命周期（已保有、发展中、获取中）和年采购额、毛利分级（客户分类九宫格）。',
      '4 sales reps and 200 company accounts, graded by lifecycle (retained, developing, acquiring), annual spend and gross margin (B2B nine-grid).',
    ),
    modelId: 'b2b-lifecycle',
    generate: () => generateB2bRegion(),
  },
  {
    id: 'retail',
    name: label('烟草零售户', 'Tobacco retailers'),
    description: label(
      '4 名客户经理、590 家持证零售户，按合规得分分 A/B/C，A 类按经营得分前 40 名评星（零售户合规分级）。',
      '4 account managers and 590 licensed retailers, graded A/B/C by compliance score; the top 40 A-class shops by business score get stars (retail compliance).',
    ),
    modelId: 'retail-compliance',
    generate: () => generateRetailRegion(),
  },
  {
    id: 'staff',
    name: label('团队人才盘点', 'Team talent review'),
    description: label(
      '2 名主管带 48 名员工，按能力 × 绩效放进员工九宫格，从超级明星到问题员工（员工九宫格）。',
      '2 managers and 48 employees placed by ability × performance on the employee nine-grid, from super star to problem employee.',
    ),
    modelId: 'employee-nine-grid',
    generate: () => generateStaffRegion(),
  },
];

export function isDemoRegionId(value: unknown): value is DemoRegionId {
  return typeof value === 'string' && (DEMO_REGION_IDS as readonly string[]).includes(value);
}

export function demoRegionInfo(id: DemoRegionId): DemoRegionInfo {
  const info = DEMO_REGIONS.find((region) => region.id === id);
  if (!info) throw new Error(`unknown demo region ${id}`);
  return info;
}
