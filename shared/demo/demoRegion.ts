import type { Random } from './seededRandom';
import { GIVEN_NAME_CHARS, SURNAMES } from './demoVocabulary';

/** An organisation of a demo region: a hospital (pharma), a company (B2B); the hospitals table holds both. */
export interface DemoHospital {
  name: string;
  /** The class as a manager would type it (三甲, 社区卫生服务中心); null where the model does not read it. */
  hospitalClass: string | null;
  revenueWan: number | null;
  beds: number | null;
}

export interface DemoClient {
  /** The organisation's name (one of the region's hospitals), or null (a shop, an employee). */
  hospital: string | null;
  department: string | null;
  name: string;
  title: string | null;
  bedsManaged: number | null;
  volumeOurs: number | null;
  volumeCompetitor: number | null;
  behaviour: string | null;
  rep: string;
  /** Inputs that are not built-in columns (annualSpend, complianceScore …), as the client's `attributes` JSON. */
  attributes: Record<string, string | number>;
}

export interface DemoRep {
  name: string;
  visitsPerDay: number;
}

export interface DemoRegion {
  manager: string;
  reps: DemoRep[];
  hospitals: DemoHospital[];
  clients: DemoClient[];
}

/** A common Chinese name: a surname and one or two given-name characters. */
export function personName(random: Random): string {
  const given = random.chance(0.7)
    ? random.pick(GIVEN_NAME_CHARS) + random.pick(GIVEN_NAME_CHARS)
    : random.pick(GIVEN_NAME_CHARS);
  return random.pick(SURNAMES) + given;
}

/** Draws names until one is new under `scope` (a hospital and department, or the whole region). */
export function uniqueName(random: Random, seen: Set<string>, scope: string, draw: (random: Random) => string): string {
  for (;;) {
    const name = draw(random);
    const key = `${scope}|${name}`;
    if (!seen.has(key)) {
      seen.add(key);
      return name;
    }
  }
}

/** Fisher–Yates with the region's generator, so the order is the same on every run. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A value rounded to `step` (amounts are entered as round numbers). */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
