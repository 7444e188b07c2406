import type { DemoClient, DemoRegion } from './demoRegion';
import { personName, shuffled, uniqueName } from './demoRegion';
import { seededRandom, type Random } from './seededRandom';

type Level = 'high' | 'medium' | 'low';
/** A box of the employee nine-grid: ability then performance initials (HM = high ability, medium performance). */
export type StaffBox = 'HH' | 'HM' | 'HL' | 'MH' | 'MM' | 'ML' | 'LH' | 'LM' | 'LL';

export interface StaffManagerProfile {
  name: string;
  /** Reviews (面谈) a working day. */
  visitsPerDay: number;
  team: string;
  /** Employees per box; together close to the usual 20 / 70 / 10 of a calibrated review. */
  boxes: Readonly<Record<StaffBox, number>>;
}

/**
 * Two first-line managers of the 临江 sales office, each with a team: 吴婷's hospital team is
 * seasoned (more in the top boxes), 郑凯's primary-care team is newer (more to act on).
 */
export const STAFF_MANAGERS: readonly StaffManagerProfile[] = [
  { name: '吴婷', visitsPerDay: 3, team: '医院推广组', boxes: { HH: 2, HM: 3, MH: 1, HL: 2, MM: 10, LH: 3, ML: 2, LM: 2, LL: 1 } },
  { name: '郑凯', visitsPerDay: 3, team: '基层推广组', boxes: { HH: 1, HM: 1, MH: 1, HL: 2, MM: 9, LH: 2, ML: 3, LM: 2, LL: 1 } },
];

export const STAFF_MANAGER = '周建华';
export const STAFF_SEED = 20261126;

const JOB_TITLES = [['医药代表', 50], ['高级医药代表', 30], ['资深医药代表', 12], ['学术专员', 8]] as const;
const LEVEL_OF: Record<string, Level> = { H: 'high', M: 'medium', L: 'low' };
/** Ratings (1–5, one decimal) inside each level's band: 4–5 high, 3–<4 medium, below 3 low. */
const RATING: Record<Level, readonly [number, number]> = { high: [40, 50], medium: [30, 39], low: [15, 29] };

function rating(random: Random, level: Level): number {
  const [low, high] = RATING[level];
  return random.int(low, high) / 10;
}

/**
 * 员工九宫格 demo (employee-nine-grid model): 48 employees in two teams. Each has a performance
 * rating and an ability rating (1–5, from the last review), drawn inside the bands of the box
 * the profile puts them in; for about one in five the manager gave the ability as a level
 * (高 / 中 / 低) instead. Each team is the employees' organisation; the managers are the "reps",
 * their reviews (面谈) the visits. Deterministic from the seed.
 */
export function generateStaffRegion(seed: number = STAFF_SEED): DemoRegion {
  const random = seededRandom(seed);
  const clients: DemoClient[] = [];
  const names = new Set<string>();
  for (const profile of STAFF_MANAGERS) {
    const team: DemoClient[] = [];
    for (const [box, count] of Object.entries(profile.boxes)) {
      const ability = LEVEL_OF[box[0]!]!;
      const performance = LEVEL_OF[box[1]!]!;
      for (let i = 0; i < count; i++) {
        const attributes: Record<string, string | number> = { performanceRating: rating(random, performance) };
        // The level is kept as its canonical value, as an edit or an import of 高 / 中 / 低 stores it.
        if (random.chance(0.2)) attributes.ability = ability;
        else attributes.abilityRating = rating(random, ability);
        team.push({
          hospital: profile.team,
          department: null,
          name: uniqueName(random, names, 'staff', personName),
          title: random.weighted(JOB_TITLES),
          bedsManaged: null,
          volumeOurs: null,
          volumeCompetitor: null,
          behaviour: null,
          rep: profile.name,
          attributes,
        });
      }
    }
    clients.push(...shuffled(random, team));
  }
  return {
    manager: STAFF_MANAGER,
    reps: STAFF_MANAGERS.map((profile) => ({ name: profile.name, visitsPerDay: profile.visitsPerDay })),
    hospitals: STAFF_MANAGERS.map((profile) => ({ name: profile.team, hospitalClass: null, revenueWan: null, beds: null })),
    clients,
  };
}
