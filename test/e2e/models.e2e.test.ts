import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardCells, boardLayout, neighbourCell, positionOf, type BoardDirection } from '../../shared/board/boardLayout';
import { actionOfModel, actionWords, cellPrescriptionText } from '../../shared/grading/cadenceText';
import { isBuiltinAttribute, type ModelInput, type OrganisationKind } from '../../shared/grading/modelInputs';
import type { ModelDefinition, Zone } from '../../shared/grading/modelShape';
import type { ClientRow } from '../../shared/domain/schemas';
import { BUILTIN_MODELS, DEFAULT_MODEL_ID } from '../../shared/models/builtinModels';
import { DEFAULT_DICTIONARIES } from '../../shared/models/defaultDictionaries';
import { inputsOfModel, modelHasVolume } from '../../shared/models/inputsOfModel';
import { vocabularyOfModel, vocabularyTexts } from '../../shared/models/vocabulary';
import { sampleAttributes } from '../harness/modelSamples';
import { activateModel, commitImport, openImportMapping, printPlan } from './harness/appSteps';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

/**
 * Issue 15.5: every built-in model end to end, from its own data: activated on the 模型 page, a
 * list of its inputs (header words and values taken from the model) imported through the wizard,
 * its board in its layout and words, one card moved with a written reason, its plan printed.
 */

const MONTH = '2026-12';
const OUT = 'test-results';
const CLIENTS = 12;
const SLOW = { timeout: 20_000 };
const REASON = '实地核实后调整，比公式判断更符合现状';

/** docs/ board pictures for the README, one per model family (1280×800, after the import). */
const SCREENSHOTS: Readonly<Record<string, string>> = {
  'pharma-nine-grid': 'docs/board-pharma.png',
  'b2b-lifecycle': 'docs/board-b2b.png',
  'deal-timing': 'docs/board-deal-timing.png',
  'retail-compliance': 'docs/board-retail.png',
  'employee-nine-grid': 'docs/board-staff.png',
};

// Names for the imported lists: row i of model k is SURNAMES[i] + GIVEN[(i + k) % 12], unique over all models.
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['思远', '雨桐', '子墨', '浩然', '欣怡', '梓涵', '俊杰', '晓雯', '嘉怡', '文博', '若曦', '志强'];
const PLACES = ['临江', '滨海', '云山', '青石', '南湖', '北川', '西岭', '东岸', '金沙', '白鹭', '星河', '松原'];
const STEMS = ['华康', '远大', '长风', '恒信', '博雅', '东方', '瑞丰', '嘉禾', '明德', '新元', '同创', '安泰'];
const REPS = ['林晓燕', '郑海涛', '何丽娜', '高志远', '罗文静', '梁建华', '宋雨欣', '谢明辉', '韩雪梅', '唐国强', '冯佳琪', '曹永军'];
const ORG_SUFFIX: Readonly<Record<OrganisationKind, string>> = { hospital: '医院', organisation: '科技公司', department: '事业部', team: '项目组', store: '便利店' };

/** The header an import file would have for an input: its first header synonym, else its label. */
const headerOf = (input: ModelInput) => input.headers?.[0] ?? input.label['zh-CN'];
/** Where the wizard puts such a column: a built-in client field by its name, any other input as an attribute. */
const targetOf = (input: ModelInput) => (isBuiltinAttribute(input.attribute) ? input.attribute : `attr:${input.attribute}`);

const csvField = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

interface ModelList {
  csv: string;
  rep: string;
  names: string[];
  samples: Record<string, string | number | null>[];
}

/** The model's client list: name, organisation and rep columns in the model's words, then one column per input. */
function listFor(model: ModelDefinition, k: number, inputs: readonly ModelInput[]): ModelList {
  const words = vocabularyTexts(vocabularyOfModel(model), 'zh-CN');
  const suffix = ORG_SUFFIX[vocabularyOfModel(model).organisation];
  const samples = sampleAttributes(model, DEFAULT_DICTIONARIES, CLIENTS, 20261206 + k);
  const rep = REPS[k]!;
  const names = samples.map((_, i) => `${SURNAMES[i]}${GIVEN[(i + k) % GIVEN.length]}`);
  const header = [words.client, words.org, '代表', ...inputs.map(headerOf)];
  const lines = samples.map((sample, i) => [names[i]!, `${PLACES[k]}${STEMS[i]}${suffix}`, rep, ...inputs.map((input) => sample[input.attribute] ?? null)]);
  const csv = `\uFEFF${[header, ...lines].map((line) => line.map(csvField).join(',')).join('\n')}\n`;
  return { csv, rep, names, samples };
}

/** The default model is active at start: it is tested last, after a switch away from it. */
const ORDER = [...BUILTIN_MODELS.filter((model) => model.id !== DEFAULT_MODEL_ID), BUILTIN_MODELS.find((model) => model.id === DEFAULT_MODEL_ID)!];
const DIRECTIONS: readonly BoardDirection[] = ['right', 'left', 'down', 'up'];
const NOT_SCHEDULED = new Set(['followOrders', 'caseByCase', 'none']);
const zoneOf = (model: ModelDefinition, cell: string): Zone => model.zones.find((zone) => zone.cells.includes(cell))!;
/** Whether the plan gives the zone's clients dates: not when the model follows orders, decides case by case or plans none. */
const isScheduled = (zone: Zone) => !NOT_SCHEDULED.has(zone.cadence?.kind ?? '') && zone.visitsPerMonth !== null && zone.visitsPerMonth > 0;

async function boxOf(page: Page, code: string) {
  return (await page.locator(`[data-cell="${code}"]`).boundingBox())!;
}

describe('every built-in model end to end in Chromium, on the real core', () => {
  let app: RunningApp;
  const started = Date.now();
  beforeAll(async () => {
    // An empty database: each board holds the imported list only.
    app = await startApp({ seedDemo: false });
    mkdirSync(OUT, { recursive: true });
    mkdirSync('docs', { recursive: true });
  });
  afterAll(async () => {
    console.log(`models e2e: ${BUILTIN_MODELS.length} models in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await app?.close();
  });

  it('tests each of the built-in models', () => {
    expect(ORDER.map((model) => model.id).sort()).toEqual(BUILTIN_MODELS.map((model) => model.id).sort());
  });

  it.each(ORDER.map((model, k) => ({ id: model.id, model, k })))('$id: activate, import its inputs, its board, a move with a reason, its plan', async ({ model, k }) => {
    // The previous model's list goes: each board shows this model's list only.
    const previous = await app.api.call('clients.ids', {});
    if (previous.length > 0) await app.api.call('clients.delete', { ids: previous });
    const { page, problems } = await app.openPage();
    try {
      await checkModel(page, problems, model, k);
    } finally {
      await page.close();
    }
  });

  async function checkModel(page: Page, problems: string[], model: ModelDefinition, k: number) {
    const inputs = inputsOfModel(model);
    const vocabulary = vocabularyOfModel(model);
    const words = vocabularyTexts(vocabulary, 'zh-CN');
    const layout = boardLayout(model);

    await activateModel(page, model);

    // The import: every input's header is matched to its input, the rows are added under a new rep.
    const list = listFor(model, k, inputs);
    const file = join(app.dataDir, `${model.id}.csv`);
    writeFileSync(file, list.csv);
    expect(await openImportMapping(page, file)).toEqual(['name', 'hospitalName', 'repName', ...inputs.map(targetOf)]);
    await commitImport(page, CLIENTS);
    const rep = (await app.api.call('reps.list', {})).find((r) => r.name === list.rep)!;
    const { rows } = await app.api.call('clients.list', { repId: rep.id, limit: 100 });
    expect(rows.map((row) => row.name).sort()).toEqual([...list.names].sort());
    for (const input of inputs.filter((i) => i.type === 'number' && !isBuiltinAttribute(i.attribute))) {
      for (const [i, name] of list.names.entries()) {
        expect(rows.find((row) => row.name === name)!.attributes[input.attribute] ?? null, `${name} ${input.attribute}`).toBe(list.samples[i]![input.attribute] ?? null);
      }
    }
    const graded = rows.filter((row) => row.cell !== null);
    expect(graded.length).toBeGreaterThan(CLIENTS / 2);

    // The board in the model's layout: its axes, every cell where the layout puts it, the model's words.
    await page.getByRole('navigation').getByRole('link', { name: '九宫格', exact: true }).click();
    const board = page.locator('.page-board');
    const codes = boardCells(layout);
    for (const code of codes) await page.locator(`[data-cell="${code}"]`).waitFor(SLOW);
    expect(await page.locator('[data-cell]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-cell')))).toEqual(codes);
    for (const code of new Set(graded.map((row) => row.cell!))) await page.locator(`[data-cell="${code}"] [data-client-id]`).first().waitFor(SLOW);
    if (layout.rowAxis) expect(await page.locator('.board-axis-y').textContent()).toContain(layout.rowAxis['zh-CN']);
    else expect(await page.locator('.board-axis-y').count()).toBe(0);
    if (layout.columnAxis) expect(await page.locator('.board-axis-x').textContent()).toContain(layout.columnAxis['zh-CN']);
    else expect(await page.locator('.board-axis-x').count()).toBe(0);
    expect(await page.locator('.board-label-row').allTextContents()).toEqual(layout.rowLabels.map((label) => label['zh-CN']));
    expect(await page.locator('.board-label-column').allTextContents()).toEqual(layout.columnLabels.map((label) => label['zh-CN']));
    for (const code of codes) {
      const at = positionOf(layout, code)!;
      const box = await boxOf(page, code);
      const right = layout.rows[at.row]![at.column + 1];
      const below = layout.rows[at.row + 1]?.[at.column];
      if (right) expect((await boxOf(page, right)).x, `${right} right of ${code}`).toBeGreaterThan(box.x + box.width / 2);
      if (below) expect((await boxOf(page, below)).y, `${below} below ${code}`).toBeGreaterThan(box.y + box.height / 2);
    }
    const text = (await board.textContent()) ?? '';
    expect(text).toContain(`全部${words.orgs}`);
    expect(text).toContain(words.clients);
    for (const zone of model.zones) expect(text).toContain(zone.name['zh-CN']);
    // Monthly figures in the model's word for a contact (拜访 / 跟进 / 面谈).
    const action = actionWords(actionOfModel(model), 'zh-CN');
    expect(text).toContain(`每月${action.nouns}`);
    if (action.noun !== '拜访') expect(text).not.toContain('拜访');
    if (vocabulary.client !== 'doctor') expect(text).not.toMatch(/医生|医院|处方/);
    if (vocabulary.organisation !== 'hospital') expect(text).not.toMatch(/医院|科室/);
    // Cards sort by volume only where the model has one.
    const sorts = await page.getByTestId('board-sort').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(sorts.includes('volume')).toBe(modelHasVolume(model));

    const picture = SCREENSHOTS[model.id];
    if (picture) {
      await page.mouse.move(5, 5);
      await page.screenshot({ path: picture });
    }

    // One graded client to a neighbouring cell through its card's "移动到…" menu, with written words;
    // into a cell the model does not schedule when it has one, so the plan must say so in its words.
    const moves = graded.flatMap((row) => DIRECTIONS.map((d) => ({ client: row, target: neighbourCell(layout, row.cell!, d) })));
    const possible = moves.filter((move): move is { client: ClientRow; target: string } => move.target !== null);
    const { client, target } = possible.find((move) => !isScheduled(zoneOf(model, move.target))) ?? possible[0]!;
    const zone = zoneOf(model, target);
    console.log(`models e2e: ${model.id} moves ${client.cell} → ${target} (${isScheduled(zone) ? 'scheduled' : 'not scheduled'})`);
    await page.locator('.board-search').fill(client.name);
    await expect.poll(() => page.locator('.board-card[data-client-id]').count()).toBe(1);
    const card = page.locator(`[data-cell="${client.cell}"] [data-client-id="${client.id}"]`);
    await card.getByRole('button', { name: /移动到/ }).click();
    await page.getByRole('menu').locator(`[data-menu-cell="${target}"]`).click();
    const dialog = page.getByTestId('reason-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe(`调整到 ${target}`);
    expect(await dialog.textContent()).toContain(`每月${action.nouns}需求变化`);
    expect(await dialog.getByRole('textbox').getAttribute('placeholder')).toContain(action.noun);
    await dialog.getByRole('textbox').fill(REASON);
    await dialog.getByRole('button', { name: '确认调整' }).click();
    await expect.poll(async () => (await app.api.call('clients.rows', { ids: [client.id] }))[0]).toMatchObject({
      cell: target,
      formulaCell: client.cell,
      overrideCell: target,
      overrideReason: REASON,
    });
    await page.locator(`[data-cell="${target}"] [data-client-id="${client.id}"] [data-testid="override-reason"]`).waitFor();

    // Its rep's plan, printed: the model's title for a contact plan, the client, or what the model says instead of a date.
    const pdf = await printPlan(page, { period: MONTH, repIds: [rep.id] }, join(OUT, `models-${model.id}-plan.pdf`));
    const flat = pdf.replace(/\s+/g, '');
    expect(pdf).toContain(`${action.printTitle} · ${rep.name}`);
    expect(flat).toContain(client.name);
    if (!isScheduled(zone)) {
      expect(flat).toContain(cellPrescriptionText(zone, target, actionOfModel(model))['zh-CN'].replace(/\s+/g, ''));
    }
    if (vocabulary.client !== 'doctor') expect(flat).not.toMatch(/医生|医院|处方/);

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  }
});
