import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

async function demo(): Promise<{ api: Api; core: Core }> {
  core = await openTestCore(tempDir(), { seedDemo: true });
  return { api: createApi(core.router), core };
}

async function firstClientIn(api: Api, cell: string) {
  for (let offset = 0; ; offset += 500) {
    const page = await api.call('clients.list', { offset, limit: 500 });
    const found = page.rows.find((row) => row.cell === cell && row.overrideCell === null);
    if (found) return found;
    if (offset + 500 >= page.total) throw new Error(`no client in ${cell}`);
  }
}

describe('overrides', () => {
  it('moves a client by hand with a reason, shows the formula beside it, and records one change', async () => {
    const { api, core } = await demo();
    const client = await firstClientIn(api, 'A3');
    const before = await api.call('stats.summary', {});
    const result = await api.call('grades.override', { clientIds: [client.id], cell: 'A2', reason: '实际处方量高于模型判断' });
    expect(result.count).toBe(1);
    const row = (await api.call('clients.list', { offset: 0, limit: 500, search: client.name })).rows.find((r) => r.id === client.id)!;
    expect(row).toMatchObject({ formulaCell: 'A3', overrideCell: 'A2', cell: 'A2', overrideReason: '实际处方量高于模型判断', overrideAgrees: false });
    const after = await api.call('stats.summary', {});
    const count = (stats: typeof before, code: string) => stats.cells.find((c) => c.code === code)!.count;
    expect(count(after, 'A3')).toBe(count(before, 'A3') - 1);
    expect(count(after, 'A2')).toBe(count(before, 'A2') + 1);
    expect(after.totals.overridden).toBe(1);
    expect(after.totals.monthlyVisits).toBe(before.totals.monthlyVisits - 4 + 8);
    const explained = await api.call('grades.explain', { clientId: client.id });
    expect(explained.history[0]).toMatchObject({ command: 'grades.override', kind: 'override', from: 'A3', to: 'A2', reason: '实际处方量高于模型判断' });
    expect(explained.trace.length).toBeGreaterThan(0);
    const log = core.context.db.prepare("SELECT count(*) AS n FROM change_log WHERE command = 'grades.override'").get();
    expect(log).toEqual({ n: 1 });
  });

  it('refuses an empty reason, an unknown cell and a missing client, and changes nothing', async () => {
    const { api } = await demo();
    const client = await firstClientIn(api, 'B3');
    await expect(api.call('grades.override', { clientIds: [client.id], cell: 'A2', reason: '   ' })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
    await expect(api.call('grades.override', { clientIds: [client.id], cell: 'Z9', reason: '其他' })).rejects.toMatchObject({ error: { code: 'grades.unknownCell' } });
    await expect(api.call('grades.override', { clientIds: [client.id, 999_999], cell: 'A2', reason: '其他' })).rejects.toMatchObject({
      error: { code: 'clients.notFound', params: { count: 1 } },
    });
    expect((await api.call('stats.summary', {})).totals.overridden).toBe(0);
  });

  it('moves several clients with one reason as one change, and clears them back to the formula', async () => {
    const { api, core } = await demo();
    const page = await api.call('clients.list', { offset: 0, limit: 20 });
    const ids = page.rows.map((row) => row.id);
    const moved = await api.call('grades.override', { clientIds: ids, cell: 'C3', reason: '多次拜访无进展：半年无处方' });
    expect(moved.count).toBe(20);
    expect(core.context.db.prepare("SELECT count(*) AS n FROM change_log_rows WHERE change_id = ? AND tbl = 'overrides'").get(moved.changeId)).toEqual({ n: 20 });
    const cleared = await api.call('grades.clearOverride', { clientIds: ids });
    expect(cleared.count).toBe(20);
    const after = await api.call('clients.list', { offset: 0, limit: 20 });
    expect(after.rows.map((row) => row.cell)).toEqual(page.rows.map((row) => row.formulaCell));
    expect(after.rows.every((row) => row.overrideCell === null)).toBe(true);
  });

  it('keeps an override through attribute edits and regrades, and flags it when it agrees with the formula', async () => {
    const { api, core } = await demo();
    const client = await firstClientIn(api, 'A3');
    await api.call('grades.override', { clientIds: [client.id], cell: 'A1', reason: '科室外专家' });
    // The doctor now prescribes more of ours than of the competitor's: the formula says A1 too.
    core.context.db.prepare("UPDATE clients SET behaviour = '首选' WHERE id = ?").run(client.id);
    core.context.grading.invalidate();
    await api.call('models.activate', { id: 'pharma-nine-grid' });
    const { regradeAll } = await import('../../../../electron/core/services/regrade');
    regradeAll(core.context.db, core.context.grading.model().definition, core.context.grading.dictionaries());
    const row = (await api.call('clients.list', { offset: 0, limit: 500, search: client.name })).rows.find((r) => r.id === client.id)!;
    expect(row).toMatchObject({ formulaCell: 'A1', overrideCell: 'A1', overrideAgrees: true });
  });
});
