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

/** Everything the database says about a client, to compare before an edit and after its undo. */
function snapshot(core: Core, id: number) {
  const db = core.context.db;
  return {
    client: db.prepare('SELECT * FROM clients WHERE id = ?').get(id),
    grade: db.prepare('SELECT * FROM grades WHERE client_id = ?').all(id),
    override: db.prepare('SELECT * FROM overrides WHERE client_id = ?').all(id),
  };
}

describe('client commands and undo', () => {
  it('an edit of the title regrades the client at once; undo restores value and grade; redo repeats it', async () => {
    const { api, core } = await demo();
    const client = (await api.call('clients.page', { query: { search: '临江市第一人民医院', conditions: [{ kind: 'text', field: 'title', op: 'equals', value: '住院医师' }] }, limit: 1 })).rows[0]!;
    expect(client.formulaCell).toMatch(/^B/);
    const before = snapshot(core, client.id);
    const edited = await api.call('clients.update', { id: client.id, changes: { title: '主任医师' } });
    expect(edited.title).toBe('主任医师');
    expect(edited.formulaCell).toMatch(/^A/);
    expect((await api.call('history.state', {})).undoCommand).toBe('clients.update');

    await api.call('history.undo', {});
    expect(snapshot(core, client.id)).toEqual(before);
    expect((await api.call('clients.rows', { ids: [client.id] }))[0]!.formulaCell).toBe(client.formulaCell);

    const redone = await api.call('history.redo', {});
    expect(redone.command).toBe('clients.update');
    expect((await api.call('clients.rows', { ids: [client.id] }))[0]!).toMatchObject({ title: '主任医师', formulaCell: edited.formulaCell });
    expect(redone.state.canRedo).toBe(false);
  });

  it('refuses negative or fractional volumes and unknown words, and saves nothing', async () => {
    const { api, core } = await demo();
    const client = (await api.call('clients.page', { limit: 1 })).rows[0]!;
    const before = snapshot(core, client.id);
    await expect(api.call('clients.update', { id: client.id, changes: { volumeOurs: -5 } })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
    await expect(api.call('clients.update', { id: client.id, changes: { volumeOurs: 2.5 } })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
    await expect(api.call('clients.update', { id: client.id, changes: { title: '院长' } })).rejects.toMatchObject({
      error: { code: 'clients.unknownValue', params: { field: '职称', value: '院长' } },
    });
    await expect(api.call('clients.update', { id: client.id, changes: { repId: 9999 } })).rejects.toMatchObject({ error: { code: 'reps.notFound' } });
    expect(snapshot(core, client.id)).toEqual(before);
    expect((await api.call('history.state', {})).canUndo).toBe(false);
  });

  it('bulk-sets a rep on 10 rows as one undo step', async () => {
    const { api } = await demo();
    const reps = await api.call('reps.list', {});
    const rows = (await api.call('clients.page', { query: { repIds: [reps[0]!.id] }, limit: 10 })).rows;
    const target = reps[1]!;
    const result = await api.call('clients.bulkUpdate', { ids: rows.map((r) => r.id), changes: { repId: target.id } });
    expect(result.count).toBe(10);
    expect((await api.call('clients.rows', { ids: rows.map((r) => r.id) })).every((r) => r.repName === target.name)).toBe(true);
    await api.call('history.undo', {});
    expect((await api.call('clients.rows', { ids: rows.map((r) => r.id) })).every((r) => r.repId === reps[0]!.id)).toBe(true);
  });

  it('changing a hospital’s class regrades all its doctors, and undo restores the hospital', async () => {
    const { api } = await demo();
    // A community health centre (class 1, small revenue): its residents are C; as a 三甲 they would be B.
    const page = await api.call('clients.page', { query: { conditions: [{ kind: 'text', field: 'hospitalName', op: 'equals', value: '城南街道社区卫生服务中心' }] }, limit: 1000 });
    const residents = page.rows.filter((r) => r.title === '住院医师');
    expect(residents.length).toBeGreaterThan(0);
    expect(residents.every((r) => r.formulaCell?.startsWith('C'))).toBe(true);
    await api.call('clients.update', { id: page.rows[0]!.id, changes: { hospitalClass: '三甲' } });
    const after = await api.call('clients.rows', { ids: residents.map((r) => r.id) });
    expect(after.every((r) => r.hospitalClass === '三甲' && r.formulaCell?.startsWith('B'))).toBe(true);
    await api.call('history.undo', {});
    const undone = await api.call('clients.rows', { ids: residents.map((r) => r.id) });
    expect(undone.every((r) => r.hospitalClass === '社区卫生服务中心' && r.formulaCell?.startsWith('C'))).toBe(true);
  });

  it('adds a client (validated like an edit) and deletes clients with their overrides; undo brings them back whole', async () => {
    const { api, core } = await demo();
    const created = await api.call('clients.create', {
      client: { name: '欧阳晨', hospitalName: '临江市第一人民医院', department: '心内科', title: '副主任医师', volumeOurs: 500, volumeCompetitor: 300 },
    });
    expect(created).toMatchObject({ formulaCell: 'A1', hospitalClass: '三甲' });
    await expect(api.call('clients.create', { client: { name: '新医生', behaviour: '很好' } })).rejects.toMatchObject({ error: { code: 'clients.unknownValue' } });

    const victims = (await api.call('clients.page', { limit: 3 })).rows.map((r) => r.id);
    await api.call('grades.override', { clientIds: [victims[0]!], cell: 'C3', reason: '多次拜访无进展：已转岗' });
    const before = victims.map((id) => snapshot(core, id));
    const total = (await api.call('clients.page', { limit: 1 })).total;
    await api.call('clients.delete', { ids: victims });
    expect((await api.call('clients.page', { limit: 1 })).total).toBe(total - 3);
    await api.call('history.undo', {});
    expect(victims.map((id) => snapshot(core, id))).toEqual(before);
    expect((await api.call('clients.rows', { ids: [victims[0]!] }))[0]!.overrideCell).toBe('C3');
  });

  it('a new command after an undo ends the redo stack', async () => {
    const { api } = await demo();
    const id = (await api.call('clients.page', { limit: 1 })).rows[0]!.id;
    await api.call('clients.update', { id, changes: { department: '老年病科' } });
    await api.call('history.undo', {});
    expect((await api.call('history.state', {})).canRedo).toBe(true);
    await api.call('clients.update', { id, changes: { bedsManaged: 12 } });
    expect((await api.call('history.state', {})).canRedo).toBe(false);
    await expect(api.call('history.redo', {})).rejects.toMatchObject({ error: { code: 'history.nothingToRedo' } });
  });

  it('undo of a board move and of a model change restores the cells', async () => {
    const { api } = await demo();
    const client = (await api.call('clients.page', { query: { cells: ['A3'], overriddenOnly: false }, limit: 1 })).rows[0]!;
    await api.call('grades.override', { clientIds: [client.id], cell: 'A2', reason: '实际处方量高于模型判断' });
    await api.call('history.undo', {});
    expect((await api.call('clients.rows', { ids: [client.id] }))[0]).toMatchObject({ cell: 'A3', overrideCell: null });
    await api.call('models.activate', { id: 'pharma-beds' });
    expect((await api.call('stats.summary', {})).model.id).toBe('pharma-beds');
    await api.call('history.undo', {});
    expect((await api.call('stats.summary', {})).model.id).toBe('pharma-nine-grid');
    expect((await api.call('clients.rows', { ids: [client.id] }))[0]!.cell).toBe('A3');
  });
});
