import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { ModelDefinition } from '../../../../shared/grading';
import type { Core } from '../../../../electron/core/openCore';
import { band, withPotentialBands } from '../../../bench/editedModel';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function demo(): Promise<{ api: Api; core: Core; dir: string }> {
  const dir = tempDir();
  core = await openTestCore(dir, { seedDemo: true });
  return { api: createApi(core.router), core, dir };
}

const stricterB = (model: ModelDefinition) => withPotentialBands(model, [band('C', 1, 4), band('B', 4, 7), band('A', 7, 9, true)]);

describe('model changes', () => {
  it('refuses to edit a built-in preset in place', async () => {
    const { api } = await demo();
    const { definition } = await api.call('models.get', { id: 'pharma-nine-grid' });
    await expect(api.call('models.save', { definition: stricterB(definition) })).rejects.toMatchObject({ error: { code: 'model.builtinReadOnly' } });
  });

  it('previews an edited copy without writing, then saves and activates it with a backup and a regrade', async () => {
    const { api, core, dir } = await demo();
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'my-grid', name: { 'zh-CN': '我的九宫格', en: 'My grid' } });
    const { definition } = await api.call('models.get', { id: 'my-grid' });
    const edited = stricterB(definition);
    const statsBefore = await api.call('stats.summary', {});
    const changesBefore = core.context.db.prepare('SELECT count(*) AS n FROM change_log').get();

    const preview = await api.call('models.preview', { definition: edited });
    expect(preview.problems).toEqual([]);
    expect(preview.movers.total).toBeGreaterThan(0);
    expect(preview.movers.rows.every((m) => m.from?.startsWith('B') && m.to?.startsWith('C') && m.direction === -1)).toBe(true);
    expect(preview.after.C3! + preview.after.C2! + preview.after.C1!).toBe(preview.before.C3! + preview.before.C2! + preview.before.C1! + preview.movers.total);
    // The preview wrote nothing.
    expect(core.context.db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual(changesBefore);
    expect(await api.call('stats.summary', {})).toEqual(statsBefore);

    const saved = await api.call('models.save', { definition: edited });
    expect(saved).toMatchObject({ saved: true, model: { id: 'my-grid', version: 2, active: false } });
    const activated = await api.call('models.activate', { id: 'my-grid' });
    expect(activated.active).toBe(true);
    const statsAfter = await api.call('stats.summary', {});
    expect(statsAfter.model.id).toBe('my-grid');
    expect(statsAfter.cells.find((c) => c.code === 'C3')!.count).toBe(preview.after.C3);
    expect(readdirSync(join(dir, 'backups')).some((f) => f.startsWith('before-model-change-') && f.endsWith('.sqlite'))).toBe(true);
    expect((await api.call('models.list', {})).filter((m) => m.active).map((m) => m.id)).toEqual(['my-grid']);
  });

  it('rejects an invalid definition with messages that name the problem, in both languages', async () => {
    const { api } = await demo();
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'broken', name: { 'zh-CN': '坏模型', en: 'Broken' } });
    const { definition } = await api.call('models.get', { id: 'broken' });
    const overlapping = withPotentialBands(definition, [band('C', 1, 4), band('B', 3, 7), band('A', 7, 9, true)]);
    const result = await api.call('models.save', { definition: overlapping });
    expect(result.saved).toBe(false);
    if (result.saved) return;
    expect(result.problems.map((p) => p.code)).toContain('bands.overlap');
    expect(result.problems[0]!.message['zh-CN']).toMatch(/重叠/);
    expect(result.problems[0]!.message.en).toMatch(/overlap/);
  });

  it('keeps overrides through a model change and flags those made under an older version', async () => {
    const { api } = await demo();
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'my-grid', name: { 'zh-CN': '我的九宫格', en: 'My grid' } });
    await api.call('models.activate', { id: 'my-grid' });
    const page = await api.call('clients.list', { offset: 0, limit: 3 });
    const ids = page.rows.map((r) => r.id);
    // A jump of two steps needs the manager's own words (calibration), not only a quick pick.
    await api.call('grades.override', { clientIds: ids, cell: 'B1', reason: '实际处方量高于模型判断：季度复核' });
    const { definition } = await api.call('models.get', { id: 'my-grid' });
    await api.call('models.save', { definition: stricterB(definition) });
    const after = await api.call('clients.list', { offset: 0, limit: 3 });
    expect(after.rows.map((r) => r.cell)).toEqual(['B1', 'B1', 'B1']);
    expect(after.rows.every((r) => r.overrideFromOlderModel)).toBe(true);
  });

  it('records who moved with the model change in each client’s history', async () => {
    const { api } = await demo();
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'my-grid', name: { 'zh-CN': '我的九宫格', en: 'My grid' } });
    await api.call('models.activate', { id: 'my-grid' });
    const { definition } = await api.call('models.get', { id: 'my-grid' });
    const preview = await api.call('models.preview', { definition: stricterB(definition) });
    await api.call('models.save', { definition: stricterB(definition) });
    const mover = preview.movers.rows[0]!;
    const explained = await api.call('grades.explain', { clientId: mover.clientId });
    expect(explained.history[0]).toMatchObject({ command: 'models.save', kind: 'formula', from: mover.from, to: mover.to });
  });
});
