import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../../shared/contract';
import { localDateText } from '../../../../shared/contract/calibrationMethods';
import type { ClientRow } from '../../../../shared/domain/schemas';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore, type memoryLogger } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

const PICK = '实际处方量高于模型判断';
const WRITTEN = `${PICK}：首月即开 900 支`;
const SIGNER = '周建华';

async function demo(): Promise<{ api: Api; core: Core }> {
  core = await openTestCore(tempDir(), { seedDemo: true });
  return { api: createApi(core.router), core };
}

async function allRows(api: Api): Promise<ClientRow[]> {
  const rows: ClientRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await api.call('clients.list', { offset, limit: 500 });
    rows.push(...page.rows);
    if (offset + 500 >= page.total) return rows;
  }
}

const row = async (api: Api, id: number) => (await api.call('clients.rows', { ids: [id] }))[0]!;
const inCell = (rows: ClientRow[], cell: string) => rows.filter((r) => r.cell === cell && r.overrideCell === null);

describe('calibration guard-rails on the real core', () => {
  it('tells the board the active model’s targets and rules', async () => {
    const { api } = await demo();
    const state = await api.call('calibration.state', {});
    expect(state).toMatchObject({ model: { id: 'pharma-nine-grid' }, signOff: null, locked: false });
    expect(state.rules).toMatchObject({ writtenReasonBeyondSteps: 1, bigMoverSteps: 2 });
    expect(state.rules.targets.map((t) => [t.key, t.cells, t.maxShare])).toEqual([
      ['cells:A1', ['A1'], 0.1],
      ['zone:red', ['A1', 'A2', 'B1', 'B2'], 0.4],
    ]);
  });

  it('refuses a move of more than one step with only a quick pick, typed and in both languages; a written reason passes', async () => {
    const { api } = await demo();
    const rows = await allRows(api);
    const [a3, other] = inCell(rows, 'A3');
    const history = await api.call('history.state', {});

    const refused = api.call('grades.override', { clientIds: [a3!.id], cell: 'A1', reason: PICK });
    await expect(refused).rejects.toMatchObject({ error: { code: 'grades.writtenReasonRequired', params: { from: 'A3', to: 'A1', steps: 2, max: 1 } } });
    // A batch with one jump in it is refused whole.
    const a2 = inCell(rows, 'A2')[0]!;
    await expect(api.call('grades.override', { clientIds: [a2.id, other!.id], cell: 'A1', reason: PICK })).rejects.toMatchObject({
      error: { code: 'grades.writtenReasonRequired' },
    });
    expect(await row(api, a3!.id)).toMatchObject({ cell: 'A3', overrideCell: null });
    expect(await row(api, a2.id)).toMatchObject({ cell: 'A2', overrideCell: null });
    expect(await api.call('history.state', {})).toEqual(history);

    // One step needs any reason, as before; more needs the manager's words.
    await api.call('grades.override', { clientIds: [a2.id], cell: 'A1', reason: PICK });
    await api.call('grades.override', { clientIds: [a3!.id], cell: 'A1', reason: WRITTEN });
    expect(await row(api, a3!.id)).toMatchObject({ cell: 'A1', overrideCell: 'A1', overrideReason: WRITTEN });
    // The distance is from the cell the client is in now (its override), not from the formula.
    await api.call('grades.override', { clientIds: [a3!.id], cell: 'A2', reason: PICK });
    expect(await row(api, a3!.id)).toMatchObject({ cell: 'A2', overrideCell: 'A2' });
  });

  it('asks for no written reason under a model whose calibration turns it off', async () => {
    const { api } = await demo();
    await api.call('models.clone', { id: 'pharma-nine-grid', newId: 'free-grid', name: { 'zh-CN': '不设校准', en: 'No calibration' } });
    const { definition } = await api.call('models.get', { id: 'free-grid' });
    await api.call('models.save', { definition: { ...definition, calibration: { writtenReasonBeyondSteps: null } } });
    await api.call('models.activate', { id: 'free-grid' });
    expect((await api.call('calibration.state', {})).rules).toMatchObject({ writtenReasonBeyondSteps: null, targets: [] });
    const c3 = inCell(await allRows(api), 'C3')[0]!;
    await api.call('grades.override', { clientIds: [c3.id], cell: 'A1', reason: PICK });
    expect(await row(api, c3.id)).toMatchObject({ cell: 'A1' });
  });

  it('signs off a period: records who and when, freezes a snapshot, and refuses moves until an unlock with a reason', async () => {
    const { api, core } = await demo();
    const rows = await allRows(api);
    const [a3, b3] = inCell(rows, 'A3');
    await api.call('grades.override', { clientIds: [b3!.id], cell: 'A2', reason: PICK });

    const signed = await api.call('periods.signOff', { period: '2026-Q3', signedBy: SIGNER, snapshotLabel: '签核' });
    expect(signed).toMatchObject({ period: '2026-Q3', signedBy: SIGNER, modelId: 'pharma-nine-grid', unlockedAt: null, unlockReason: null });
    const snapshots = await api.call('snapshots.list', {});
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ id: signed.snapshotId, period: '2026-Q3', label: '签核', clients: rows.length });
    expect(await api.call('calibration.state', {})).toMatchObject({ locked: true, signOff: { id: signed.id } });
    expect(await api.call('history.state', {})).toMatchObject({ undoCommand: 'periods.signOff' });
    // The schema itself allows one locked sign-off at a time.
    expect(() =>
      core.context.db
        .prepare("INSERT INTO period_signoffs (period, model_id, model_version, signed_by, signed_at) VALUES ('2026-Q4', 'x', 1, 'y', 'z')")
        .run(),
    ).toThrow(/UNIQUE/);

    // Locked: a move, a clear and a second sign-off are refused, and nothing changes.
    const locked = { code: 'periods.locked', params: { period: '2026-Q3', signedBy: SIGNER, date: localDateText(signed.signedAt) } };
    await expect(api.call('grades.override', { clientIds: [a3!.id], cell: 'A2', reason: PICK })).rejects.toMatchObject({ error: locked });
    await expect(api.call('grades.clearOverride', { clientIds: [b3!.id] })).rejects.toMatchObject({ error: locked });
    await expect(api.call('periods.signOff', { period: '2026-Q4', signedBy: SIGNER })).rejects.toMatchObject({ error: { code: 'periods.alreadySignedOff' } });
    await expect(api.call('periods.unlock', { period: '2026-Q2', reason: '复核' })).rejects.toMatchObject({ error: { code: 'periods.notSignedOff' } });
    await expect(api.call('periods.unlock', { period: '2026-Q3', reason: '  ' })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
    expect(await row(api, a3!.id)).toMatchObject({ cell: 'A3' });
    expect(await row(api, b3!.id)).toMatchObject({ cell: 'A2', overrideCell: 'A2' });

    // Unlock with a reason: kept on the sign-off and in the history; moves work again.
    const unlocked = await api.call('periods.unlock', { period: '2026-Q3', reason: '总部要求复核 B 类客户' });
    expect(unlocked).toMatchObject({ id: signed.id, unlockReason: '总部要求复核 B 类客户' });
    expect(unlocked.unlockedAt).not.toBeNull();
    const logged = core.context.db.prepare("SELECT summary FROM change_log WHERE command = 'periods.unlock'").pluck().get() as string;
    expect(JSON.parse(logged)).toEqual({ period: '2026-Q3', reason: '总部要求复核 B 类客户' });
    await api.call('grades.override', { clientIds: [a3!.id], cell: 'A2', reason: PICK });
    expect(await row(api, a3!.id)).toMatchObject({ cell: 'A2' });

    // Undo the move, then the unlock: locked again; then the sign-off: open, its snapshot gone.
    await api.call('history.undo', {});
    expect(await row(api, a3!.id)).toMatchObject({ cell: 'A3' });
    expect((await api.call('history.undo', {})).command).toBe('periods.unlock');
    expect(await api.call('calibration.state', {})).toMatchObject({ locked: true, signOff: { unlockedAt: null } });
    await expect(api.call('grades.override', { clientIds: [a3!.id], cell: 'A2', reason: PICK })).rejects.toMatchObject({ error: { code: 'periods.locked' } });
    expect((await api.call('history.undo', {})).command).toBe('periods.signOff');
    expect(await api.call('calibration.state', {})).toMatchObject({ locked: false, signOff: null });
    expect(await api.call('snapshots.list', {})).toEqual([]);
    await api.call('grades.clearOverride', { clientIds: [b3!.id] });
    expect(await row(api, b3!.id)).toMatchObject({ cell: 'A3', overrideCell: null });

    // Redo is gone after a new step; a fresh sign-off locks again.
    await api.call('periods.signOff', { period: '2026-Q3', signedBy: SIGNER });
    expect((await api.call('calibration.state', {})).locked).toBe(true);
    // The signer's name is data, never a log line.
    const lines = (core.context.log as ReturnType<typeof memoryLogger>).lines;
    expect(lines.some((line) => line.includes(SIGNER))).toBe(false);
    expect(lines.some((line) => line.includes('periods.signOff'))).toBe(true);
  });

  it('tells the board what changed when a period is signed off', async () => {
    const { api, core } = await demo();
    const events: { scopes: string[] }[] = [];
    core.context.bus.subscribe('data:changed', (payload) => events.push(payload as { scopes: string[] }));
    await api.call('periods.signOff', { period: '2026-10', signedBy: SIGNER });
    await new Promise((resolve) => setImmediate(resolve));
    // The board's calibration state reads 'snapshots'; no grade changed.
    expect(events.map((event) => [...event.scopes].sort())).toEqual([['history', 'snapshots']]);
  });

  it('lists big movers since the last snapshot, most steps first, with the board’s filters', async () => {
    const { api } = await demo();
    expect(await api.call('calibration.bigMovers', {})).toEqual({ baseline: null, minSteps: 2, total: 0, movers: [] });
    const before = await api.call('snapshots.take', { period: '2026-Q2' });
    const rows = await allRows(api);
    const [jump, small] = inCell(rows, 'A3');
    const c3 = inCell(rows, 'C3').find((r) => r.repId !== jump!.repId)!;
    await api.call('grades.override', { clientIds: [jump!.id], cell: 'A1', reason: WRITTEN });
    await api.call('grades.override', { clientIds: [small!.id], cell: 'A2', reason: PICK });
    await api.call('grades.override', { clientIds: [c3.id], cell: 'A1', reason: '院长推荐，已大量使用' });

    const movers = await api.call('calibration.bigMovers', {});
    expect(movers.baseline).toMatchObject({ id: before.id, period: '2026-Q2' });
    expect(movers.total).toBe(2);
    expect(movers.movers.map((m) => [m.clientId, m.from, m.to, m.steps, m.direction]).sort()).toEqual(
      [
        [jump!.id, 'A3', 'A1', 2, 1],
        [c3.id, 'C3', 'A1', 2, 1],
      ].sort(),
    );
    expect(movers.movers.find((m) => m.clientId === jump!.id)).toMatchObject({ name: jump!.name, repName: jump!.repName });
    const oneRep = await api.call('calibration.bigMovers', { query: { repIds: [jump!.repId] } });
    expect(oneRep.movers.map((m) => m.clientId)).toEqual([jump!.id]);
    expect((await api.call('calibration.bigMovers', { repId: c3.repId! })).movers.map((m) => m.clientId)).toEqual([c3.id]);
    expect((await api.call('calibration.bigMovers', { limit: 1 })).movers).toHaveLength(1);

    // A sign-off freezes the grading: nobody has moved since; the older snapshot still says who did.
    await api.call('periods.signOff', { period: '2026-Q3', signedBy: SIGNER });
    expect((await api.call('calibration.bigMovers', {})).total).toBe(0);
    expect((await api.call('calibration.bigMovers', { snapshotId: before.id })).total).toBe(2);
    await expect(api.call('calibration.bigMovers', { snapshotId: 999 })).rejects.toMatchObject({ error: { code: 'notFound' } });
  });
});
