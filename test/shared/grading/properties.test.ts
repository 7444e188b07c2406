import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { bandValueOf, checkBands, gradeAll, gradeClient, ModelDefinitionSchema, normaliseKey, zoneOfCell } from '../../../shared/grading';
import type { Band, GradeAttributes, ModelDefinition } from '../../../shared/grading';
import { B2B_LIFECYCLE, DEFAULT_DICTIONARIES, PHARMA_NINE_GRID } from '../../../shared/models';
import { pharmaCopy } from './helpers';

const potentialRule = PHARMA_NINE_GRID.axes[0]?.rule;
if (potentialRule?.kind !== 'scoreTable') throw new Error('pharma potential is a score table');
const letters = PHARMA_NINE_GRID.axes[0]?.values.map((v) => v.value) ?? [];
/** 0 = best letter. */
const rankOf = (letter: string | undefined): number => letters.indexOf(letter ?? '');

describe('potential is monotonic in the score', () => {
  it('over the band table', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 9, noNaN: true }), fc.double({ min: 1, max: 9, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rankOf(bandValueOf(potentialRule.bands, high))).toBeLessThanOrEqual(rankOf(bandValueOf(potentialRule.bands, low)));
      }),
    );
  });

  it('through grading of every class × title', () => {
    const classes = ['三甲', '二级', '社区'];
    const titles = ['主任医师', '主治医师', '住院医师'];
    const graded = classes.flatMap((hospitalClass) =>
      titles.map((title) => {
        const result = gradeClient(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, { hospitalClass, title, behaviour: '1' });
        const score = result.trace.find((s) => s.kind === 'scoreTable')?.score ?? NaN;
        return { score, rank: rankOf(result.ok ? result.axisValues.potential : undefined) };
      }),
    );
    for (const a of graded) for (const b of graded) if (a.score <= b.score) expect(b.rank).toBeLessThanOrEqual(a.rank);
  });
});

describe('bands', () => {
  it('that tile a range pass validation and place every number once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (points, t) => {
        const cuts = [...points].sort((a, b) => a - b);
        const bands: Band[] = cuts.slice(1).map((max, i) => ({ min: cuts[i] ?? 0, max, minInclusive: true, maxInclusive: i === cuts.length - 2, value: `v${i}` }));
        expect(checkBands(bands)).toEqual([]);
        const lo = cuts[0] ?? 0;
        const hi = cuts[cuts.length - 1] ?? 0;
        const x = lo + (hi - lo) * t;
        expect(bands.filter((b) => bandValueOf([b], x) !== undefined)).toHaveLength(1);
        // Widening one band into its neighbour is always caught.
        const widened = bands.map((b, i) => (i === 0 ? { ...b, max: (b.max ?? 0) + 0.5 } : b));
        if (bands.length > 1) expect(checkBands(widened).map((p) => p.code)).toContain('bands.overlap');
      }),
    );
  });
});

/** A random but valid model: 1–2 axes of 1–4 values, cells for every combination, zones partitioning them. */
const validModel: fc.Arbitrary<ModelDefinition> = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
    zoneCount: fc.integer({ min: 1, max: 4 }),
    seed: fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
  })
  .map(({ sizes, zoneCount, seed }) => {
    const t = (s: string) => ({ 'zh-CN': s, en: s });
    const axes = sizes.map((size, a) => {
      const values = Array.from({ length: size }, (_, i) => `${'xy'[a]}${i}`);
      return {
        id: `axis${a}`,
        name: t(`axis${a}`),
        values: values.map((value) => ({ value, label: t(value) })),
        rule: { kind: 'entered' as const, attribute: `attr${a}`, dictionary: 'behaviour' },
      };
    });
    const combos = axes.reduce<Record<string, string>[]>(
      (acc, axis) => acc.flatMap((prefix) => axis.values.map((v) => ({ ...prefix, [axis.id]: v.value }))),
      [{}],
    );
    const cells = combos.map((axisValues) => ({ code: Object.values(axisValues).join(''), axisValues }));
    const zones = Array.from({ length: zoneCount }, (_, z) => ({
      id: `zone${z}`,
      name: t(`zone${z}`),
      color: '#123456',
      cells: cells.filter((_, i) => (seed[i] ?? i) % zoneCount === z).map((c) => c.code),
      visitsPerMonth: z,
      strategy: { 'zh-CN': [], en: [] },
    }));
    const line = (axis: (typeof axes)[number]) => ({ axis: axis.id, order: axis.values.map((v) => v.value).reverse() });
    const [rows, columns] = axes;
    return {
      id: 'random',
      name: t('random'),
      version: 1,
      axes,
      cells,
      zones,
      layout: { rows: line(rows ?? axes[0]!), columns: columns ? line(columns) : null },
    } satisfies ModelDefinition;
  });

describe('zones of a valid model', () => {
  it('hold every cell exactly once, and breaking that is rejected', () => {
    fc.assert(
      fc.property(validModel, fc.nat(), (model, pick) => {
        expect(ModelDefinitionSchema.safeParse(model).success).toBe(true);
        for (const cell of model.cells) {
          expect(model.zones.filter((z) => z.cells.includes(cell.code))).toHaveLength(1);
          expect(zoneOfCell(model, cell.code)).toBeDefined();
        }
        const cell = model.cells[pick % model.cells.length];
        if (!cell) return;
        const orphaned: ModelDefinition = { ...model, zones: model.zones.map((z) => ({ ...z, cells: z.cells.filter((c) => c !== cell.code) })) };
        expect(ModelDefinitionSchema.safeParse(orphaned).success).toBe(false);
        if (model.zones.length > 1) {
          const doubled: ModelDefinition = { ...model, zones: model.zones.map((z) => ({ ...z, cells: [...new Set([...z.cells, cell.code])] })) };
          expect(ModelDefinitionSchema.safeParse(doubled).success).toBe(false);
        }
      }),
    );
  });
});

const attribute = <T,>(values: T[]) => fc.option(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 4 })), { nil: undefined });
const clientAttrs: fc.Arbitrary<GradeAttributes> = fc.record({
  hospitalClass: attribute(['三甲', '二级', '社区', '三级甲等', '五星医院', '']),
  hospitalRevenueWan: fc.option(fc.oneof(fc.double(), fc.integer({ min: 0, max: 40000 }), fc.constantFrom('25000', '9,000', 'n/a')), { nil: null }),
  title: attribute(['主任医师', '主治医师（讲师）', '住院医师', '药师']),
  behaviour: attribute(['首选', '次选', '竞品', '1', '2', '3']),
  volumeOurs: fc.option(fc.oneof(fc.nat(2000), fc.constantFrom('720', 'x')), { nil: null }),
  volumeCompetitor: fc.option(fc.oneof(fc.nat(2000), fc.constant('900')), { nil: null }),
});

describe('grading', () => {
  it('is deterministic, and gradeAll agrees with gradeClient', () => {
    fc.assert(
      fc.property(fc.array(clientAttrs, { maxLength: 20 }), (clients) => {
        const once = clients.map((c) => gradeClient(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, c));
        const again = clients.map((c) => gradeClient(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, c));
        expect(again).toEqual(once);
        const bulk = gradeAll(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, clients, { trace: true });
        expect(bulk).toEqual(once);
      }),
    );
  });

  it('gives the same grades for a deep copy of the preset under another id', () => {
    const copy = { ...pharmaCopy(), id: 'pharma-copy' };
    fc.assert(
      fc.property(clientAttrs, (attrs) => {
        expect(gradeClient(copy, DEFAULT_DICTIONARIES, attrs)).toEqual(gradeClient(PHARMA_NINE_GRID, DEFAULT_DICTIONARIES, attrs));
      }),
    );
  });
});

describe('normaliseKey', () => {
  const tricky = fc.constantFrom('（', '）', '(', ')', ' ', '\u3000', '\u00a0', '\u200b', '\u200d', '\u2060', '\ufeff', 'Ａ', 'a', 'Z', '主', '\u0301', 'e', '\t', 'ﬁ', '㈱');
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: tricky, maxLength: 30 })), (raw) => {
        const once = normaliseKey(raw);
        expect(normaliseKey(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("b2b 'when' rule", () => {
  const tierOf = (result: ReturnType<typeof gradeClient>): string | undefined => (result.ok ? result.axisValues.power : undefined);
  const money = fc.oneof(fc.integer({ min: -200_000, max: 3_000_000 }), fc.constant(null));
  const lifecycle = fc.constantFrom('已保有', '发展中', '获取中', 'R', 'd', 'acquiring', '流失', '', null);

  it('lets the gross margin matter only for retained clients, and only upwards', () => {
    fc.assert(
      fc.property(lifecycle, money, money, (stage, annualSpend, grossMargin) => {
        const withMargin = gradeClient(B2B_LIFECYCLE, DEFAULT_DICTIONARIES, { lifecycle: stage, annualSpend, grossMargin });
        const withoutMargin = gradeClient(B2B_LIFECYCLE, DEFAULT_DICTIONARIES, { lifecycle: stage, annualSpend });
        // Not retained (or not graded): the margin changes nothing.
        if (!withMargin.ok || withMargin.axisValues.lifecycle !== 'R') {
          const { trace: _a, ...a } = withMargin;
          const { trace: _b, ...b } = withoutMargin;
          expect(a).toEqual(b);
        }
        // Retained: a margin can only lift the tier (higher digit = more purchasing power).
        if (withoutMargin.ok) {
          expect(withMargin.ok).toBe(true);
          expect(Number(tierOf(withMargin))).toBeGreaterThanOrEqual(Number(tierOf(withoutMargin)));
        }
        const bulk = gradeAll(B2B_LIFECYCLE, DEFAULT_DICTIONARIES, [{ lifecycle: stage, annualSpend, grossMargin }], { trace: true });
        expect(bulk[0]).toEqual(withMargin);
      }),
    );
  });
});
