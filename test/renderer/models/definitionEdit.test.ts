import { describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../../shared/grading';
import { PHARMA_NINE_GRID } from '../../../shared/models/pharmaNineGrid';
import {
  axisRulePath,
  colorForInput,
  copyId,
  getAt,
  linesFromText,
  MODEL_ID_PATTERN,
  sameDefinition,
  setAt,
  setBandBound,
  setBandInclusive,
  setCellVisits,
  setDescription,
  setScore,
  setZoneCell,
  setZoneVisits,
  stableStringify,
  textFromLines,
  updateAt,
} from '../../../renderer/src/features/models/definitionEdit';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A frozen copy: any mutation by a helper throws. */
const model = (): ModelDefinition => deepFreeze(structuredClone(PHARMA_NINE_GRID));

describe('updateAt / setAt', () => {
  it('replaces one value and copies only the containers on the path', () => {
    const def = model();
    const path = axisRulePath(0, ['bands', 1, 'min']);
    const next = setAt(def, path, 4);
    expect(getAt(next, path)).toBe(4);
    expect(getAt(def, path)).toBe(3);
    expect(next).not.toBe(def);
    expect(next.axes).not.toBe(def.axes);
    // Untouched branches are shared, not copied.
    expect(next.zones).toBe(def.zones);
    expect(next.axes[1]).toBe(def.axes[1]);
    expect(next.layout).toBe(def.layout);
  });

  it('returns the same object when nothing changes', () => {
    const def = model();
    expect(setAt(def, ['name', 'en'], def.name.en)).toBe(def);
  });

  it('fails loudly on a path that does not exist', () => {
    const def = model();
    expect(() => setAt(def, ['axes', 5, 'rule'], null)).toThrow();
    expect(() => updateAt(def, ['version', 'x'], () => 1)).toThrow();
  });
});

describe('band and score edits', () => {
  const rule = PHARMA_NINE_GRID.axes[0]!.rule;
  if (rule.kind !== 'scoreTable') throw new Error('the pharma potential rule is a score table');

  it('sets a bound or opens it (null)', () => {
    const bands = deepFreeze(structuredClone(rule.bands));
    const next = setBandBound(bands, 1, 'min', 4);
    expect(next[1]).toMatchObject({ value: 'B', min: 4, max: 7 });
    expect(bands[1]?.min).toBe(3);
    expect(setBandBound(bands, 0, 'min', null)[0]?.min).toBeNull();
  });

  it('sets the inclusive flag of one end', () => {
    const bands = deepFreeze(structuredClone(rule.bands));
    const next = setBandInclusive(bands, 2, 'max', false);
    expect(next[2]).toMatchObject({ value: 'A', maxInclusive: false, minInclusive: true });
    expect(bands[2]?.maxInclusive).toBe(true);
  });

  it('sets one score of the matrix', () => {
    const scores = deepFreeze(structuredClone(rule.scores));
    const next = setScore(scores, '2', 'resident', 4);
    expect(next['2']).toEqual({ senior: 7, attending: 5, resident: 4 });
    expect(next['3']).toBe(scores['3']);
    expect(scores['2']?.resident).toBe(3);
  });
});

describe('zone edits', () => {
  const zoneIndex = (def: ModelDefinition, id: string) => def.zones.findIndex((zone) => zone.id === id);

  it('moves a cell into a zone, out of its other zone, with that zone’s visits exception', () => {
    const def = model();
    const next = setZoneCell(def, zoneIndex(def, 'red'), 'A3', true);
    expect(next.zones.find((z) => z.id === 'red')?.cells).toEqual(['A1', 'A2', 'A3', 'B1', 'B2']);
    const yellow = next.zones.find((z) => z.id === 'yellow');
    expect(yellow?.cells).toEqual(['B3']);
    expect(yellow?.cellVisitsPerMonth).toEqual({ B3: 2 });
    expect(def.zones.find((z) => z.id === 'yellow')?.cells).toEqual(['A3', 'B3']);
  });

  it('takes a cell out of a zone (leaving it in no zone, which validation reports)', () => {
    const def = model();
    const next = setZoneCell(def, zoneIndex(def, 'blue'), 'C3', false);
    expect(next.zones.find((z) => z.id === 'blue')?.cells).toEqual(['C1', 'C2']);
    expect(next.zones.find((z) => z.id === 'blue')?.cellVisitsPerMonth).toEqual({ C1: 1, C2: 0.5 });
    expect(next.zones.some((z) => z.cells.includes('C3'))).toBe(false);
  });

  it('is a no-op for a cell already where it should be', () => {
    const def = model();
    expect(setZoneCell(def, zoneIndex(def, 'red'), 'A1', true).zones[0]).toBe(def.zones[0]);
  });

  it('sets visits per month (fractions allowed, null for no monthly figure)', () => {
    const def = model();
    expect(setZoneVisits(def, zoneIndex(def, 'blue'), 0.5).zones[2]?.visitsPerMonth).toBe(0.5);
    expect(setZoneVisits(def, zoneIndex(def, 'blue'), null).zones[2]?.visitsPerMonth).toBeNull();
  });

  it('adds, changes and removes per-cell visits, dropping an empty exception list', () => {
    const def = model();
    const red = zoneIndex(def, 'red');
    const withA1 = setCellVisits(def, red, 'A1', 12);
    expect(withA1.zones[red]?.cellVisitsPerMonth).toEqual({ A1: 12 });
    const without = setCellVisits(withA1, red, 'A1', null);
    expect(without.zones[red]).not.toHaveProperty('cellVisitsPerMonth');
    const yellow = zoneIndex(def, 'yellow');
    expect(setCellVisits(def, yellow, 'A3', null).zones[yellow]?.cellVisitsPerMonth).toEqual({ B3: 2 });
  });
});

describe('text helpers', () => {
  it('reads one strategy line per line, dropping blanks and spaces', () => {
    expect(linesFromText('  先建立认知 \n\n提供样品\r\n  ')).toEqual(['先建立认知', '提供样品']);
    expect(textFromLines(['a', 'b'])).toBe('a\nb');
    expect(linesFromText(textFromLines(['x', 'y']))).toEqual(['x', 'y']);
  });

  it('keeps a description with text and drops an empty one', () => {
    const def = model();
    const cleared = setDescription(setDescription(def, 'zh-CN', ''), 'en', ' ');
    expect(cleared).not.toHaveProperty('description');
    expect(setDescription(cleared, 'en', 'Mine').description).toEqual({ 'zh-CN': '', en: 'Mine' });
  });

  it('expands #rgb for the colour input', () => {
    expect(colorForInput('#D9363E')).toBe('#d9363e');
    expect(colorForInput('#abc')).toBe('#aabbcc');
  });
});

describe('comparing definitions', () => {
  it('ignores key order and the version number', () => {
    const def = model();
    const reordered = JSON.parse(stableStringify(def)) as ModelDefinition;
    expect(sameDefinition(def, { ...reordered, version: 7 })).toBe(true);
    expect(sameDefinition(def, setAt(def, ['zones', 0, 'visitsPerMonth'], 6))).toBe(false);
    expect(stableStringify({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });
});

describe('copyId', () => {
  it('suggests -copy, then -copy-2 …, always a valid slug', () => {
    expect(copyId('pharma-nine-grid', new Set())).toBe('pharma-nine-grid-copy');
    expect(copyId('pharma-nine-grid', new Set(['pharma-nine-grid-copy', 'pharma-nine-grid-copy-2']))).toBe('pharma-nine-grid-copy-3');
    const long = copyId('a'.repeat(63), new Set());
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(MODEL_ID_PATTERN);
  });
});
