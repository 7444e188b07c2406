import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import { openConnection } from '../../../../electron/core/db/connection';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf } from '../transfer/transferHarness';

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function demo(): Promise<{ core: Core; api: ReturnType<typeof apiOf>; dir: string }> {
  const dir = tempDir();
  const core = await openTestCore(dir, { seedDemo: true });
  cores.push(core);
  return { core, api: apiOf(core), dir };
}

const count = (core: Core, sql: string, ...params: unknown[]) => core.context.db.prepare(sql).pluck().get(...params) as number;

describe('the command pipeline', () => {
  it('undoes a delete of a client whose plan has manual changes: the client and its plan changes come back', async () => {
    const { core, api } = await demo();
    const rep = (await api.call('reps.list', {}))[0]!;
    const client = (await api.call('clients.page', { query: { repIds: [rep.id] }, limit: 1 })).rows[0]!;
    const days = (await api.call('planning.schedule', { period: '2026-12', repIds: [rep.id] })).reps[0]!.months[0]!.days;
    const free = days.find((day) => day.visits.every((visit) => visit.clientId !== client.id))!;
    await api.call('planning.editVisit', { repId: rep.id, clientId: client.id, kind: 'add', date: free.date });
    expect(count(core, 'SELECT count(*) FROM plan_edits WHERE client_id = ?', client.id)).toBe(1);
    await api.call('clients.delete', { ids: [client.id] });
    expect(count(core, 'SELECT count(*) FROM plan_edits WHERE client_id = ?', client.id)).toBe(0);
    await api.call('history.undo', {});
    expect(count(core, 'SELECT count(*) FROM clients WHERE id = ?', client.id)).toBe(1);
    expect(count(core, 'SELECT count(*) FROM plan_edits WHERE client_id = ?', client.id)).toBe(1);
  });

  it('从空数据库开始 is one undo step: undo brings the region back, later undos keep working', async () => {
    const { core, api } = await demo();
    const clients = count(core, 'SELECT count(*) FROM clients');
    await api.call('grades.override', { clientIds: [1], cell: 'C3', reason: '测试' });
    await api.call('data.startEmpty', {});
    expect(count(core, 'SELECT count(*) FROM clients')).toBe(0);
    expect(await api.call('history.state', {})).toMatchObject({ canUndo: true, undoCommand: 'data.startEmpty' });
    await api.call('history.undo', {});
    expect(count(core, 'SELECT count(*) FROM clients')).toBe(clients);
    expect((await api.call('app.info', {})).demo).toBe(true);
    await api.call('history.undo', {});
    expect(count(core, 'SELECT count(*) FROM overrides')).toBe(0);
    expect((await api.call('db.check', {})).ok).toBe(true);
  });

  it('undo of a model activation gives back every model’s grades, not only the active one', async () => {
    const { core, api } = await demo();
    const grades = () => JSON.stringify(core.context.db.prepare('SELECT * FROM grades ORDER BY model_id, client_id').raw().all());
    const before = grades();
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'copy', name: { 'zh-CN': '副本', en: 'Copy' } });
    await api.call('models.activate', { id: 'copy' });
    expect(count(core, "SELECT count(*) FROM grades WHERE model_id = 'copy'")).toBeGreaterThan(0);
    await api.call('clients.delete', { ids: [1, 2, 3] });
    await api.call('history.undo', {});
    await api.call('history.undo', {});
    await api.call('history.undo', {});
    expect(grades()).toBe(before);
    expect((await api.call('models.list', {})).find((model) => model.active)!.id).toBe('pharma-nine-grid');
  });

  it('announces one event per command, naming the clients an edit touched', async () => {
    const { core, api } = await demo();
    const events: EventPayload<'data:changed'>[] = [];
    core.router.subscribe('data:changed', (payload) => events.push(payload as EventPayload<'data:changed'>));
    await api.call('clients.update', { id: 5, changes: { volumeOurs: 1234 } });
    await api.call('settings.update', { locale: 'en' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ scopes: expect.arrayContaining(['clients', 'history']), clientIds: [5] });
    expect(events[0]!.clientSetChanged).toBeUndefined();
    expect(events[1]).toEqual({ scopes: ['settings'] });
  });

  it('runs two commands one after the other even when the first waits for a backup', async () => {
    const { core, api } = await demo();
    const order: string[] = [];
    const activate = api.call('models.activate', { id: 'b2b-lifecycle' }).then(() => order.push('activate'));
    const edit = api.call('clients.update', { id: 7, changes: { volumeOurs: 99 } }).then(() => order.push('edit'));
    await Promise.all([activate, edit]);
    expect(order).toEqual(['activate', 'edit']);
    expect(count(core, "SELECT count(*) FROM change_log WHERE replayable = 1 AND undone = 0")).toBe(2);
  });

  it('refuses a second opening of the same database file with db.busy', async () => {
    const { dir } = await demo();
    expect(() => openConnection(join(dir, 'test.sqlite'))).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'db.busy' }) }));
  });
});
