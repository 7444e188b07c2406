import { describe, expect, it } from 'vitest';
import { generateB2bRegion, B2B_REPS } from '../../../shared/demo/b2bRegion';
import { DEMO_REGIONS, DEMO_REGION_IDS, demoRegionInfo } from '../../../shared/demo/demoRegions';
import type { DemoRegion } from '../../../shared/demo/demoRegion';
import { generatePharmaRegion, PHARMA_REPS, profileCellCounts } from '../../../shared/demo/pharmaRegion';
import { generateRetailRegion } from '../../../shared/demo/retailRegion';
import { generateStaffRegion, STAFF_MANAGERS } from '../../../shared/demo/staffRegion';
import { applyRanking, type ModelDefinition } from '../../../shared/grading';
import { parseInputValue } from '../../../shared/grading/inputValues';
import { BUILTIN_MODELS, DEFAULT_DICTIONARIES, RETAIL_STAR_RANKING } from '../../../shared/models';
import { attributeInputsOfModel } from '../../../shared/models/inputsOfModel';
import { gradeRegion, regionMonthLoads } from './demoGrading';

const MONTH = '2026-12';

function modelOf(id: string): ModelDefinition {
  const model = BUILTIN_MODELS.find((m) => m.id === id);
  if (!model) throw new Error(`no built-in model ${id}`);
  return model;
}

const GENERATORS: Record<(typeof DEMO_REGION_IDS)[number], (seed?: number) => DemoRegion> = {
  pharma: generatePharmaRegion,
  b2b: generateB2bRegion,
  retail: generateRetailRegion,
  staff: generateStaffRegion,
};

describe.each(DEMO_REGIONS.map((info) => [info.id, info] as const))('demo region %s', (id, info) => {
  const region = info.generate();
  const model = modelOf(info.modelId);

  it('is the same on every run, and another seed gives another region', () => {
    expect(info.generate()).toEqual(region);
    expect(GENERATORS[id]()).toEqual(region);
    expect(GENERATORS[id](12345).clients.map((c) => c.name)).not.toEqual(region.clients.map((c) => c.name));
  });

  it('grades every client into a cell of its model, with no input missing or unknown', () => {
    const results = gradeRegion(region, model);
    const cells = new Set(model.cells.map((cell) => cell.code));
    const failures = results.flatMap((result, i) => (result.ok ? [] : [{ client: i, missing: result.missing, unknown: result.unknown }]));
    expect(failures).toEqual([]);
    for (const result of results) if (result.ok) expect(cells.has(result.cell)).toBe(true);
    // Every cell of a nine-grid is used, so the board shows the whole model.
    expect(new Set(results.map((r) => (r.ok ? r.cell : null))).size).toBe(cells.size);
  });

  it('stores every model input as an edit or an import would (canonical choices, numbers in range)', () => {
    const inputs = attributeInputsOfModel(model);
    for (const client of region.clients) {
      for (const input of inputs) {
        const raw = client.attributes[input.attribute];
        if (raw === undefined) continue;
        const dictionary = input.dictionary === undefined ? undefined : DEFAULT_DICTIONARIES[input.dictionary];
        expect(parseInputValue(input, raw, { dictionary })).toEqual({ ok: true, value: raw });
      }
    }
  });

  it('has its counts in the registry’s description, reps and organisations consistent', () => {
    const format = (n: number) => n.toLocaleString('en-US');
    expect(info.description['zh-CN']).toContain(`${format(region.reps.length)} 名`);
    expect(info.description['zh-CN']).toContain(format(region.clients.length));
    expect(info.description.en).toContain(format(region.clients.length));
    const repNames = new Set(region.reps.map((rep) => rep.name));
    const hospitalNames = new Set(region.hospitals.map((h) => h.name));
    expect(repNames.size).toBe(region.reps.length);
    expect(hospitalNames.size).toBe(region.hospitals.length);
    for (const client of region.clients) {
      expect(repNames.has(client.rep)).toBe(true);
      if (client.hospital !== null) expect(hospitalNames.has(client.hospital)).toBe(true);
    }
  });

  it('keeps every rep within capacity’s reach in December 2026 (no rep idle, none hopelessly over)', () => {
    // A model whose zones follow date cadences (the staff reviews) plans from when each client entered the cell, not by these sums.
    if (model.zones.some((zone) => zone.cadence !== undefined)) return;
    for (const load of regionMonthLoads(region, model, MONTH)) {
      expect(load.load / load.capacity).toBeGreaterThan(0.5);
      expect(load.load / load.capacity).toBeLessThan(1.35);
    }
  });
});

describe('the pharma demo region', () => {
  const region = generatePharmaRegion();
  const model = modelOf(demoRegionInfo('pharma').modelId);

  it('has 6 reps with 180–320 doctors each and 8–10 visits a day', () => {
    expect(region.reps).toHaveLength(6);
    for (const rep of region.reps) {
      const doctors = region.clients.filter((c) => c.rep === rep.name).length;
      expect(doctors).toBeGreaterThanOrEqual(180);
      expect(doctors).toBeLessThanOrEqual(320);
      expect(rep.visitsPerDay).toBeGreaterThanOrEqual(8);
      expect(rep.visitsPerDay).toBeLessThanOrEqual(10);
    }
  });

  it('puts each rep’s doctors into exactly the cells of the rep’s profile', () => {
    const results = gradeRegion(region, model);
    for (const profile of PHARMA_REPS) {
      const counts: Record<string, number> = {};
      region.clients.forEach((client, i) => {
        const result = results[i]!;
        if (client.rep === profile.name && result.ok) counts[result.cell] = (counts[result.cell] ?? 0) + 1;
      });
      const expected = Object.fromEntries(Object.entries(profileCellCounts(profile)).filter(([, n]) => n > 0));
      expect(counts).toEqual(expected);
    }
  });

  it('tells the planning story in December 2026: two reps near capacity, one about 25% over, one under-used, the rest in between', () => {
    const loads = regionMonthLoads(region, model, MONTH);
    const ratio = (name: string) => {
      const load = loads.find((l) => l.repName === name)!;
      return load.load / load.capacity;
    };
    const near = loads.filter((l) => l.load / l.capacity >= 0.9 && l.load / l.capacity <= 1);
    const over = loads.filter((l) => l.load / l.capacity >= 1.2 && l.load / l.capacity <= 1.3);
    const under = loads.filter((l) => l.load / l.capacity < 0.7);
    const between = loads.filter((l) => l.load / l.capacity >= 0.7 && l.load / l.capacity < 0.9);
    expect(near).toHaveLength(2);
    expect(over).toHaveLength(1);
    expect(under).toHaveLength(1);
    expect(between).toHaveLength(2);
    // The profiles say who is who; docs/demo-regions.md tells the same.
    for (const profile of PHARMA_REPS) {
      const r = ratio(profile.name);
      if (profile.story === 'over') expect(r).toBeGreaterThanOrEqual(1.2);
      if (profile.story === 'near') expect(r).toBeGreaterThanOrEqual(0.9);
      if (profile.story === 'under') expect(r).toBeLessThan(0.7);
    }
    // December has 23 working days in the built-in calendar: capacity = 23 × visits a day.
    for (const load of loads) expect(load.capacity).toBe(23 * load.visitsPerDay);
    // Only the over-capacity rep has cuts, blue first.
    const cut = loads.filter((l) => l.cuts.length > 0);
    expect(cut.map((l) => l.repName)).toEqual(over.map((l) => l.repName));
    expect(cut[0]!.cuts[0]!.zoneId).toBe('blue');
  });

  it('has the hospitals of every class a manager deals with', () => {
    const classes = new Set(region.hospitals.map((h) => h.hospitalClass));
    for (const word of ['三甲', '三级甲等', '二甲', '二乙', '社区卫生服务中心', '卫生院', '一级']) expect(classes.has(word)).toBe(true);
    // Some doctors have the behaviour entered as a word, others only volumes.
    expect(region.clients.some((c) => c.behaviour !== null && c.volumeOurs === null)).toBe(true);
    expect(region.clients.some((c) => c.behaviour === null && c.volumeOurs !== null)).toBe(true);
  });
});

describe('the other demo regions', () => {
  it('B2B: a handful of sales reps with 40–60 accounts each, every lifecycle, the margin lifting some retained accounts', () => {
    const region = generateB2bRegion();
    const model = modelOf('b2b-lifecycle');
    expect(region.reps).toHaveLength(B2B_REPS.length);
    for (const rep of region.reps) {
      const accounts = region.clients.filter((c) => c.rep === rep.name).length;
      expect(accounts).toBeGreaterThanOrEqual(40);
      expect(accounts).toBeLessThanOrEqual(60);
    }
    expect(new Set(region.clients.map((c) => c.attributes.lifecycle))).toEqual(new Set(['R', 'D', 'A']));
    // Acquiring accounts have no margin yet; every retained one has.
    for (const client of region.clients) expect(client.attributes.grossMargin === undefined).toBe(client.attributes.lifecycle === 'A');
    const spendOnly = gradeRegion({ ...region, clients: region.clients.map((c) => ({ ...c, attributes: { ...c.attributes, grossMargin: 0 } })) }, model);
    const withMargin = gradeRegion(region, model);
    expect(withMargin.filter((r, i) => r.ok && spendOnly[i]!.ok && r.cell !== (spendOnly[i] as { cell: string }).cell).length).toBeGreaterThan(0);
  });

  it('retail: A-class shops have a business score and more than 40 of them compete for the stars', () => {
    const region = generateRetailRegion();
    const model = modelOf('retail-compliance');
    const results = gradeRegion(region, model);
    const aClass = region.clients.filter((_, i) => results[i]!.ok && (results[i] as { cell: string }).cell === 'A');
    expect(aClass.length).toBeGreaterThan(RETAIL_STAR_RANKING.top);
    for (const shop of aClass) expect(typeof shop.attributes.businessScore).toBe('number');
    const stars = applyRanking(
      RETAIL_STAR_RANKING,
      region.clients.map((client, i) => ({ id: i, cell: results[i]!.ok ? (results[i] as { cell: string }).cell : null, attributes: client.attributes })),
    );
    expect(stars).toHaveLength(RETAIL_STAR_RANKING.top);
  });

  it('staff: 30–60 employees under one or two managers, in the boxes of the profiles', () => {
    const region = generateStaffRegion();
    const model = modelOf('employee-nine-grid');
    expect(region.clients.length).toBeGreaterThanOrEqual(30);
    expect(region.clients.length).toBeLessThanOrEqual(60);
    expect(region.reps.length).toBeLessThanOrEqual(2);
    const results = gradeRegion(region, model);
    for (const profile of STAFF_MANAGERS) {
      const counts: Record<string, number> = {};
      region.clients.forEach((client, i) => {
        const result = results[i]!;
        if (client.rep === profile.name && result.ok) counts[result.cell] = (counts[result.cell] ?? 0) + 1;
      });
      expect(counts).toEqual(Object.fromEntries(Object.entries(profile.boxes).filter(([, n]) => n > 0)));
    }
  });
});
