import type { DemoClient, DemoHospital, DemoRegion } from './demoRegion';
import { personName, shuffled, uniqueName } from './demoRegion';
import { seededRandom, type Random } from './seededRandom';

/** The tier the pharma model reads: the better of the stated class and the tier the annual revenue implies. */
type Tier = 3 | 2 | 1;
type Seniority = 'senior' | 'attending' | 'resident';
type Letter = 'A' | 'B' | 'C';
type Digit = '1' | '2' | '3';
/** Cells a rep's profile sets; C3 takes the rest of the rep's doctors. */
export type PharmaProfileCell = 'A1' | 'A2' | 'A3' | 'B1' | 'B2' | 'B3' | 'C1' | 'C2';

interface PharmaHospital {
  name: string;
  hospitalClass: string;
  /** Annual revenue in 万元; > 20,000 counts as class 3, > 8,000 as class 2 (DOMAIN 2.1). */
  revenueWan: number | null;
  tier: Tier;
}

export interface PharmaRepProfile {
  name: string;
  visitsPerDay: number;
  doctors: number;
  /** Where the rep stands in December 2026 (23 working days), as docs/demo-regions.md tells it. */
  story: 'over' | 'near' | 'between' | 'under';
  hospitals: readonly PharmaHospital[];
  cells: Readonly<Record<PharmaProfileCell, number>>;
}

const h = (name: string, hospitalClass: string, revenueWan: number | null, tier: Tier): PharmaHospital => ({ name, hospitalClass, revenueWan, tier });
const community = (street: string) => h(`${street}街道社区卫生服务中心`, '社区卫生服务中心', null, 1);
const township = (town: string) => h(`${town}卫生院`, '卫生院', null, 1);

/**
 * The six reps of 临江市. Each covers one or two big hospitals (a few target departments) and
 * the community health centres and township clinics around them, where most doctors are of low
 * potential (C). The cell counts are chosen so that, with the pharma frequencies (red 8, A3 4,
 * B3 2, C1 1, C2 0.5, C3 0), December 2026's load against capacity tells the planning story:
 * 王磊 about 25% over, 李静 and 张伟 near capacity, 陈晨 and 赵敏 in between, 刘洋 under-used.
 */
export const PHARMA_REPS: readonly PharmaRepProfile[] = [
  {
    name: '王磊',
    visitsPerDay: 8,
    doctors: 320,
    story: 'over',
    hospitals: [
      h('临江市第一人民医院', '三甲', 380000, 3),
      h('临江市第三人民医院', '三级', 120000, 3),
      h('城东区人民医院', '二甲', 18000, 2),
      community('城南'), community('城北'), community('东湖'), community('城东'),
      township('白沙镇'), township('石桥镇'),
      h('仁和门诊部', '门诊部', 1200, 1),
      h('江畔老年护理院', '一级', 1500, 1),
    ],
    cells: { A1: 5, A2: 7, B1: 2, B2: 4, A3: 8, B3: 10, C1: 14, C2: 40 },
  },
  {
    name: '李静',
    visitsPerDay: 9,
    doctors: 260,
    story: 'near',
    hospitals: [
      h('临江医科大学附属医院', '三级甲等', 520000, 3),
      h('高新区人民医院', '二甲', 17000, 2),
      h('江南区中西医结合医院', '二乙', 11000, 2),
      h('高新区社区卫生服务中心', '社区卫生服务中心', null, 1), community('江南'), community('南湖'),
      township('桃源镇中心'), township('龙泉镇'),
      h('临江市疗养院', '一级', 2600, 1),
    ],
    cells: { A1: 4, A2: 6, B1: 2, B2: 3, A3: 7, B3: 9, C1: 13, C2: 32 },
  },
  {
    name: '张伟',
    visitsPerDay: 8,
    doctors: 300,
    story: 'near',
    hospitals: [
      h('临江市中心医院', '三甲', 300000, 3),
      h('城西区人民医院', '二甲', 15000, 2),
      h('临江市铁路医院', '二级', 9000, 2),
      // The revenue is not known: the stated class alone decides.
      h('临江钢铁集团职工医院', '二级', null, 2),
      community('西岭'), community('城西'), community('金沙'),
      township('青山镇'), township('柳湾乡'), township('凤凰镇'), township('双桥镇'),
    ],
    cells: { A1: 4, A2: 5, B1: 1, B2: 3, A3: 6, B3: 9, C1: 13, C2: 36 },
  },
  {
    name: '刘洋',
    visitsPerDay: 10,
    doctors: 200,
    story: 'under',
    hospitals: [
      // A 二甲 hospital with over 2亿 revenue counts as class 3 (DOMAIN 2.1).
      h('江北区人民医院', '二甲', 26000, 3),
      h('江北区第二人民医院', '二乙', 9500, 2),
      community('江北'), community('望江'), community('新华'),
      township('长乐镇'),
    ],
    cells: { A1: 3, A2: 4, B1: 1, B2: 2, A3: 5, B3: 8, C1: 10, C2: 28 },
  },
  {
    name: '陈晨',
    visitsPerDay: 9,
    doctors: 240,
    story: 'between',
    hospitals: [
      h('临江市中医院', '三甲', 210000, 3),
      h('青山县人民医院', '二甲', 16000, 2),
      h('青山县中医院', '二乙', 8500, 2),
      h('青山县城关社区卫生服务中心', '社区卫生服务中心', null, 1),
      township('青山县马坪镇'), township('青山县石门乡'),
      community('文昌'), community('春江'),
    ],
    cells: { A1: 4, A2: 5, B1: 1, B2: 2, A3: 6, B3: 9, C1: 12, C2: 40 },
  },
  {
    name: '赵敏',
    visitsPerDay: 10,
    doctors: 180,
    story: 'between',
    hospitals: [
      h('临江市第二人民医院', '三乙', 150000, 3),
      h('白沙县人民医院', '二甲', 14000, 2),
      h('白沙县中医院', '二乙', 7000, 2),
      h('白沙县城关社区卫生服务中心', '社区卫生服务中心', null, 1),
      township('白沙县沙河镇'),
      community('枫林'), community('梅园'),
    ],
    cells: { A1: 4, A2: 5, B1: 2, B2: 3, A3: 7, B3: 9, C1: 12, C2: 20 },
  },
];

export const PHARMA_MANAGER = '周建华';
export const PHARMA_SEED = 20261123;

const DEPARTMENTS = ['心内科', '神经内科', '内分泌科', '老年病科', '肾内科', '急诊科', '全科医学科', '呼吸内科'] as const;
const PRIMARY_CARE_DEPARTMENTS = ['全科医学科', '内科', '中医科', '老年病科'] as const;
const TITLES: Record<Seniority, readonly string[]> = {
  senior: ['主任医师', '副主任医师', '主任医师(教授)'],
  attending: ['主治医师'],
  resident: ['住院医师'],
};
const BEDS: Record<Tier, readonly [number, number]> = { 3: [800, 2500], 2: [200, 700], 1: [20, 120] };
const BEDS_MANAGED: Record<Seniority, readonly [number, number]> = { senior: [8, 30], attending: [4, 15], resident: [0, 6] };
const COMPETITOR_VOLUME: Record<Tier, readonly [number, number]> = { 3: [200, 1500], 2: [80, 700], 1: [10, 150] };
const BEHAVIOUR_WORDS: Record<Digit, readonly string[]> = { '1': ['首选'], '2': ['次选', '二线'], '3': ['竞品', '未用'] };

/** Where a doctor of each potential letter works (DOMAIN 2.1: A = 7–9, B = 3–6, C = 1–2 points), with weights. */
function slotsOf(letter: Letter, hospitals: readonly PharmaHospital[]): (readonly [{ hospital: PharmaHospital; seniority: Seniority }, number])[] {
  const slots: (readonly [{ hospital: PharmaHospital; seniority: Seniority }, number])[] = [];
  const add = (hospital: PharmaHospital, seniority: Seniority, weight: number) => slots.push([{ hospital, seniority }, weight]);
  for (const hospital of hospitals) {
    if (letter === 'A' && hospital.tier === 3) {
      add(hospital, 'senior', 45);
      add(hospital, 'attending', 55);
    } else if (letter === 'A' && hospital.tier === 2) add(hospital, 'senior', 15);
    else if (letter === 'B' && hospital.tier === 3) add(hospital, 'resident', 30);
    else if (letter === 'B' && hospital.tier === 2) {
      add(hospital, 'attending', 20);
      add(hospital, 'resident', 12);
    } else if (letter === 'B' && hospital.tier === 1) add(hospital, 'senior', 4);
    else if (letter === 'C' && hospital.tier === 1) {
      add(hospital, 'attending', 45);
      add(hospital, 'resident', 55);
    }
  }
  return slots;
}

/** Monthly volumes (units) that give the behaviour digit by the volume rule (DOMAIN 2.2). */
function volumes(random: Random, tier: Tier, digit: Digit): { ours: number; competitor: number } {
  const [low, high] = COMPETITOR_VOLUME[tier];
  const competitor = random.int(low, high);
  if (digit === '1') return { ours: Math.round(competitor * (1 + random.next() * 0.8)), competitor };
  if (digit === '2') return { ours: Math.max(1, Math.min(competitor - 1, Math.round(competitor * (0.15 + random.next() * 0.8)))), competitor };
  return { ours: 0, competitor };
}

function doctor(random: Random, seen: Set<string>, rep: string, hospital: PharmaHospital, seniority: Seniority, digit: Digit): DemoClient {
  const department = random.pick(hospital.tier === 1 ? PRIMARY_CARE_DEPARTMENTS : DEPARTMENTS);
  const name = uniqueName(random, seen, `${hospital.name}|${department}`, personName);
  // Some managers enter the behaviour as a word, others leave it to the volumes; both agree when both are there.
  const entersBehaviour = random.chance(0.35);
  const knowsVolumes = !entersBehaviour || random.chance(0.6);
  const { ours, competitor } = volumes(random, hospital.tier, digit);
  const [minBeds, maxBeds] = BEDS_MANAGED[seniority];
  return {
    hospital: hospital.name,
    department,
    name,
    title: random.pick(TITLES[seniority]),
    bedsManaged: random.int(minBeds, maxBeds),
    volumeOurs: knowsVolumes ? ours : null,
    volumeCompetitor: knowsVolumes ? competitor : null,
    behaviour: entersBehaviour ? random.pick(BEHAVIOUR_WORDS[digit]) : null,
    rep,
    attributes: {},
  };
}

/** Every cell of a profile with its count, C3 being the doctors left over. */
export function profileCellCounts(profile: PharmaRepProfile): Record<string, number> {
  const set = Object.values(profile.cells).reduce((sum, n) => sum + n, 0);
  return { ...profile.cells, C3: profile.doctors - set };
}

/**
 * 医药九宫格 demo (the default): 1 manager, the 6 reps of PHARMA_REPS with 180–320 doctors each
 * and 8–10 visits a day, at 2 to 4 hospitals of class 三级/二级 and the community health centres
 * and township clinics around them. Each rep's doctors fall into exactly the cells of the
 * profile; names, departments, titles, volumes and which doctors have the behaviour entered as
 * a word are drawn from the seed, so the same seed always gives the same region.
 */
export function generatePharmaRegion(seed: number = PHARMA_SEED): DemoRegion {
  const random = seededRandom(seed);
  const hospitals: DemoHospital[] = [];
  const clients: DemoClient[] = [];
  const seen = new Set<string>();
  for (const profile of PHARMA_REPS) {
    for (const hospital of profile.hospitals) {
      const [minBeds, maxBeds] = BEDS[hospital.tier];
      hospitals.push({ name: hospital.name, hospitalClass: hospital.hospitalClass, revenueWan: hospital.revenueWan, beds: random.int(minBeds, maxBeds) });
    }
    const slots = { A: slotsOf('A', profile.hospitals), B: slotsOf('B', profile.hospitals), C: slotsOf('C', profile.hospitals) };
    const doctors: DemoClient[] = [];
    for (const [cell, count] of Object.entries(profileCellCounts(profile))) {
      const letter = cell[0] as Letter;
      const digit = cell[1] as Digit;
      for (let i = 0; i < count; i++) {
        const { hospital, seniority } = random.weighted(slots[letter]);
        doctors.push(doctor(random, seen, profile.name, hospital, seniority, digit));
      }
    }
    // The list a manager keeps: hospital by hospital, the cells mixed within each.
    const order = new Map(profile.hospitals.map((hospital, index) => [hospital.name, index]));
    const mixed = shuffled(random, doctors);
    clients.push(...mixed.sort((a, b) => order.get(a.hospital!)! - order.get(b.hospital!)!));
  }
  return {
    manager: PHARMA_MANAGER,
    reps: PHARMA_REPS.map((profile) => ({ name: profile.name, visitsPerDay: profile.visitsPerDay })),
    hospitals,
    clients,
  };
}
