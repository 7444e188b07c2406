import type { Dictionary } from '../../shared/grading/dictionaries';
import type { ModelDefinition } from '../../shared/grading/modelShape';
import { childRules, type Band, type Rule } from '../../shared/grading/rules';
import { seededRandom, type Random } from '../../shared/demo/seededRandom';

type Value = string | number;

/** What a rule tree says an attribute can hold: dictionary words, or numbers around band edges. */
interface AttributeSpace {
  words: Set<string>;
  numbers: Set<number>;
}

function numbersAround(bands: readonly Band[], into: Set<number>): void {
  for (const band of bands) {
    const low = band.min ?? (band.max === null ? 0 : band.max - Math.max(1, Math.abs(band.max)));
    const high = band.max ?? low + Math.max(1, Math.abs(low));
    // One value inside every band (its middle) and the edges themselves, so each band is hit.
    into.add(Math.round(((low + high) / 2) * 100) / 100);
    if (band.min !== null) into.add(band.min);
    if (band.max !== null) into.add(band.max);
  }
}

function collect(rule: Rule, dictionaries: ReadonlyMap<string, Dictionary>, spaces: Map<string, AttributeSpace>): void {
  const space = (name: string): AttributeSpace => {
    let found = spaces.get(name);
    if (!found) spaces.set(name, (found = { words: new Set(), numbers: new Set() }));
    return found;
  };
  const wordsOf = (name: string, dictionary: string | undefined, fallback: readonly string[]) => {
    const entries = dictionary ? dictionaries.get(dictionary)?.entries : undefined;
    for (const word of entries ? entries.map((e) => e.match) : fallback) space(name).words.add(word);
  };
  switch (rule.kind) {
    case 'entered':
      wordsOf(rule.attribute, rule.dictionary, []);
      break;
    case 'when':
      wordsOf(rule.attribute, rule.dictionary, rule.cases.flatMap((c) => c.equals));
      break;
    case 'thresholds':
      numbersAround(rule.bands, space(rule.attribute).numbers);
      break;
    case 'compare':
      for (const n of [0, 10, 50, 200, 800]) {
        space(rule.left).numbers.add(n);
        space(rule.right).numbers.add(n);
      }
      break;
    default:
      break;
  }
  for (const child of childRules(rule)) collect(child.rule, dictionaries, spaces);
}

/**
 * Test data for any model: for every attribute its rules read, the words its dictionaries know
 * (or the `when` cases list) and numbers in and at the edges of every band. Benchmarks and
 * end-to-end tests use it to fill clients for models that have no demo region of their own.
 */
export function attributeSpaces(model: ModelDefinition, dictionaries: Readonly<Record<string, Dictionary>>): Map<string, Value[]> {
  const byId = new Map([...Object.values(dictionaries), ...(model.dictionaries ?? [])].map((d) => [d.id, d]));
  const spaces = new Map<string, AttributeSpace>();
  for (const axis of model.axes) collect(axis.rule, byId, spaces);
  for (const ranking of model.rankings ?? []) {
    const space = spaces.get(ranking.attribute) ?? { words: new Set<string>(), numbers: new Set<number>() };
    for (const n of [10, 40, 70, 95]) space.numbers.add(n);
    spaces.set(ranking.attribute, space);
  }
  return new Map(
    [...spaces].map(([name, space]) => [name, space.words.size > 0 ? [...space.words] : [...space.numbers].sort((a, b) => a - b)]),
  );
}

/** `count` attribute sets for `model`, deterministic from `seed`; about 5% of values left blank. */
export function sampleAttributes(
  model: ModelDefinition,
  dictionaries: Readonly<Record<string, Dictionary>>,
  count: number,
  seed = 20261206,
): Record<string, Value | null>[] {
  const spaces = [...attributeSpaces(model, dictionaries)];
  const random: Random = seededRandom(seed);
  const rows: Record<string, Value | null>[] = [];
  for (let i = 0; i < count; i++) {
    const row: Record<string, Value | null> = {};
    for (const [name, values] of spaces) row[name] = random.chance(0.05) ? null : random.pick(values);
    rows.push(row);
  }
  return rows;
}
