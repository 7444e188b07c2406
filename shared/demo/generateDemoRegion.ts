import { seededRandom, type Random } from './seededRandom';
import {
  DEMO_HOSPITALS,
  DEMO_REPS,
  DEPARTMENTS,
  GIVEN_NAME_CHARS,
  SURNAMES,
  TITLES_BY_SENIORITY,
} from './demoVocabulary';

export interface DemoHospital {
  name: string;
  hospitalClass: string;
  revenueWan: number | null;
  beds: number;
}

export interface DemoClient {
  hospital: string;
  department: string;
  name: string;
  title: string;
  bedsManaged: number;
  volumeOurs: number | null;
  volumeCompetitor: number | null;
  behaviour: string | null;
  rep: string;
}

export interface DemoRegion {
  manager: string;
  reps: { name: string; visitsPerDay: number }[];
  hospitals: DemoHospital[];
  clients: DemoClient[];
}

export const DEMO_SEED = 20261123;

type Tier = 3 | 2 | 1;

function tierOf(hospitalClass: string): Tier {
  if (hospitalClass.startsWith('三')) return 3;
  if (hospitalClass.startsWith('二')) return 2;
  return 1;
}

const DOCTORS_PER_HOSPITAL: Record<Tier, readonly [number, number]> = { 3: [60, 80], 2: [38, 52], 1: [12, 22] };
const SENIORITY_WEIGHTS: Record<Tier, readonly (readonly ['senior' | 'attending' | 'resident', number])[]> = {
  3: [['senior', 35], ['attending', 40], ['resident', 25]],
  2: [['senior', 25], ['attending', 45], ['resident', 30]],
  1: [['senior', 10], ['attending', 40], ['resident', 50]],
};
const COMPETITOR_VOLUME: Record<Tier, readonly [number, number]> = { 3: [200, 1500], 2: [80, 700], 1: [10, 150] };
const BEHAVIOUR_WORDS = { 1: ['首选'], 2: ['次选', '二线'], 3: ['竞品', '未用'] } as const;

function personName(random: Random): string {
  const given = random.chance(0.7)
    ? random.pick(GIVEN_NAME_CHARS) + random.pick(GIVEN_NAME_CHARS)
    : random.pick(GIVEN_NAME_CHARS);
  return random.pick(SURNAMES) + given;
}

function volumes(random: Random, tier: Tier, stance: 1 | 2 | 3): { ours: number; competitor: number } {
  const [low, high] = COMPETITOR_VOLUME[tier];
  const competitor = random.int(low, high);
  if (stance === 1) return { ours: Math.round(competitor * (1 + random.next() * 0.8)), competitor };
  if (stance === 2) return { ours: Math.max(1, Math.round(competitor * (0.15 + random.next() * 0.8))), competitor };
  return { ours: 0, competitor };
}

/**
 * A deterministic demo region: 1 manager, 6 reps, 40 hospitals of every class and
 * about 1,500 doctors whose grades spread over all nine cells. Behaviour is entered as
 * words for some doctors and left to be derived from volumes for the others.
 */
export function generateDemoRegion(seed: number = DEMO_SEED): DemoRegion {
  const random = seededRandom(seed);
  const hospitals: DemoHospital[] = DEMO_HOSPITALS.map(([name, hospitalClass, revenueWan]) => {
    const tier = tierOf(hospitalClass);
    return { name, hospitalClass, revenueWan, beds: tier === 3 ? random.int(800, 2500) : tier === 2 ? random.int(200, 700) : random.int(20, 120) };
  });

  const clients: DemoClient[] = [];
  const seen = new Set<string>();
  hospitals.forEach((hospital, index) => {
    const tier = tierOf(hospital.hospitalClass);
    const rep = DEMO_REPS[index % DEMO_REPS.length]!;
    const departments = tier === 1 ? DEPARTMENTS.filter((d) => d === '全科医学科' || d === '心内科' || d === '老年病科') : DEPARTMENTS;
    const [min, max] = DOCTORS_PER_HOSPITAL[tier];
    const doctors = random.int(min, max);
    for (let i = 0; i < doctors; i++) {
      const department = random.pick(departments);
      let name = personName(random);
      while (seen.has(`${hospital.name}|${department}|${name}`)) name = personName(random);
      seen.add(`${hospital.name}|${department}|${name}`);
      const seniority = random.weighted(SENIORITY_WEIGHTS[tier]);
      const stance = random.weighted<1 | 2 | 3>([[1, 20], [2, 25], [3, 55]]);
      const { ours, competitor } = volumes(random, tier, stance);
      const entersBehaviour = random.chance(0.35);
      const knowsVolumes = !entersBehaviour || random.chance(0.6);
      clients.push({
        hospital: hospital.name,
        department,
        name,
        title: random.pick(TITLES_BY_SENIORITY[seniority]),
        bedsManaged: seniority === 'senior' ? random.int(8, 30) : seniority === 'attending' ? random.int(4, 15) : random.int(0, 6),
        volumeOurs: knowsVolumes ? ours : null,
        volumeCompetitor: knowsVolumes ? competitor : null,
        behaviour: entersBehaviour ? random.pick(BEHAVIOUR_WORDS[stance]) : null,
        rep,
      });
    }
  });

  return {
    manager: '周建华',
    reps: DEMO_REPS.map((name) => ({ name, visitsPerDay: 8 })),
    hospitals,
    clients,
  };
}
