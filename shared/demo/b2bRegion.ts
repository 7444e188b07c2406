import type { DemoClient, DemoHospital, DemoRegion } from './demoRegion';
import { personName, roundTo, uniqueName } from './demoRegion';
import { seededRandom, type Random } from './seededRandom';

type Lifecycle = 'R' | 'D' | 'A';
type Power = '3' | '2' | '1';

export interface B2bRepProfile {
  name: string;
  visitsPerDay: number;
  accounts: number;
  /** Share of the rep's accounts retained / developing / acquiring. */
  lifecycle: Readonly<Record<Lifecycle, number>>;
}

/**
 * Four sales reps of an industrial-supplies distributor around 临江. Reps with a long-standing
 * book (孙浩, 林雪) hold mostly retained accounts; 郭鹏 is building his territory (mostly
 * acquiring). B2B visits are long, so 4–5 visits a day.
 */
export const B2B_REPS: readonly B2bRepProfile[] = [
  { name: '孙浩', visitsPerDay: 5, accounts: 52, lifecycle: { R: 50, D: 30, A: 20 } },
  { name: '林雪', visitsPerDay: 4, accounts: 46, lifecycle: { R: 45, D: 35, A: 20 } },
  { name: '郭鹏', visitsPerDay: 5, accounts: 58, lifecycle: { R: 20, D: 30, A: 50 } },
  { name: '何佳', visitsPerDay: 4, accounts: 44, lifecycle: { R: 35, D: 35, A: 30 } },
];

export const B2B_MANAGER = '宋立新';
export const B2B_SEED = 20261124;

const PLACES = ['临江', '江北', '城东', '高新', '滨江', '青山', '白沙', '江南', '南湖', '龙泉'] as const;
const BRAND_WORDS = ['恒达', '华通', '鑫源', '远航', '瑞丰', '宏业', '永安', '金桥', '天成', '博创', '东升', '嘉禾', '联信', '正泰', '华鑫', '立诚', '同力', '卓越', '新锐', '明阳', '晨光', '盛世', '长城', '海川'] as const;
const INDUSTRIES = ['精密机械', '汽车零部件', '电子科技', '新材料', '食品', '包装', '化工', '纺织', '医疗器械', '建材', '物流', '电气设备'] as const;
const FORMS = ['有限公司', '股份有限公司', '有限责任公司', '集团有限公司'] as const;
/** The account's contact: where they sit in the company and their position. */
const CONTACTS: readonly (readonly [readonly [department: string, title: string], number])[] = [
  [['采购部', '采购经理'], 40],
  [['采购部', '采购总监'], 15],
  [['设备部', '设备主管'], 20],
  [['生产部', '生产经理'], 10],
  [['总经办', '总经理'], 10],
  [['总经办', '副总经理'], 5],
];

/** Annual spend (RMB) in each purchasing-power tier, kept away from the 300,000 and 2,000,000 marks. */
const SPEND: Record<Power, readonly [number, number]> = { '3': [2_200_000, 12_000_000], '2': [350_000, 1_900_000], '1': [40_000, 280_000] };
const POWER_WEIGHTS = [['3', 20], ['2', 45], ['1', 35]] as const;

interface Company {
  name: string;
  industry: string;
}

function company(random: Random): Company {
  const industry = random.pick(INDUSTRIES);
  return { name: `${random.pick(PLACES)}${random.pick(BRAND_WORDS)}${industry}${random.pick(FORMS)}`, industry };
}

/** Our annual gross margin where we already sell: 8–25% on the share of the spend that comes to us (retained 50–90%, developing 10–40%). */
function grossMargin(random: Random, annualSpend: number, lifecycle: 'R' | 'D'): number {
  const share = lifecycle === 'R' ? 0.5 + random.next() * 0.4 : 0.1 + random.next() * 0.3;
  return annualSpend * share * (0.08 + random.next() * 0.17);
}

/**
 * One retained account in eight buys a specialty line from us alone: a mid spend (1.4–1.9M, tier 2)
 * at a 37–45% margin (over 500,000, tier 3), so the margin lifts it to R3 (the maxOf rule).
 */
function specialty(random: Random): { annualSpend: number; grossMargin: number } {
  const annualSpend = roundTo(1_400_000 + random.next() * 500_000, 1000);
  return { annualSpend, grossMargin: roundTo(annualSpend * (0.37 + random.next() * 0.08), 1000) };
}

function account(random: Random, seen: Set<string>, rep: string, { name: companyName, industry }: Company, lifecycle: Lifecycle): DemoClient {
  // A choice is kept as its canonical value, as an edit or an import stores it (已保有 → R).
  const attributes: Record<string, string | number> = { lifecycle };
  if (lifecycle === 'R' && random.chance(0.125)) Object.assign(attributes, specialty(random));
  else {
    const [low, high] = SPEND[random.weighted<Power>(POWER_WEIGHTS)];
    const annualSpend = roundTo(low + random.next() * (high - low), 1000);
    attributes.annualSpend = annualSpend;
    if (lifecycle !== 'A') attributes.grossMargin = roundTo(grossMargin(random, annualSpend, lifecycle), 1000);
  }
  // A free column, as an imported sheet would bring it.
  attributes['行业'] = industry;
  const [department, title] = random.weighted(CONTACTS);
  return {
    hospital: companyName,
    department,
    name: uniqueName(random, seen, companyName, personName),
    title,
    bedsManaged: null,
    volumeOurs: null,
    volumeCompetitor: null,
    behaviour: null,
    rep,
    attributes,
  };
}

/**
 * 客户分类九宫格 demo (b2b-lifecycle model): 200 company accounts of an industrial-supplies
 * distributor under 4 sales reps. Each account is one company (its organisation, 单位) with its
 * contact (the client: name, department and position), the lifecycle (R 已保有 / D 发展中 /
 * A 获取中), the annual spend and, where we already sell, our annual gross margin (元).
 * Deterministic from the seed.
 */
export function generateB2bRegion(seed: number = B2B_SEED): DemoRegion {
  const random = seededRandom(seed);
  const hospitals: DemoHospital[] = [];
  const clients: DemoClient[] = [];
  const companies = new Set<string>();
  const people = new Set<string>();
  for (const profile of B2B_REPS) {
    const lifecycles = Object.entries(profile.lifecycle) as [Lifecycle, number][];
    for (let i = 0; i < profile.accounts; i++) {
      const found = uniqueCompany(random, companies);
      hospitals.push({ name: found.name, hospitalClass: null, revenueWan: null, beds: null });
      clients.push(account(random, people, profile.name, found, random.weighted(lifecycles)));
    }
  }
  return {
    manager: B2B_MANAGER,
    reps: B2B_REPS.map((profile) => ({ name: profile.name, visitsPerDay: profile.visitsPerDay })),
    hospitals,
    clients,
  };
}

function uniqueCompany(random: Random, seen: Set<string>): Company {
  for (;;) {
    const found = company(random);
    if (!seen.has(found.name)) {
      seen.add(found.name);
      return found;
    }
  }
}
