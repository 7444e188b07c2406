import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type Api, type EventPayload } from '../../../../shared/contract';
import { DEMO_REGIONS, type DemoRegionId } from '../../../../shared/demo/demoRegions';
import type { Core, CoreOptions } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function open(seedDemo: CoreOptions['seedDemo'], dir = tempDir()): Promise<{ core: Core; api: Api }> {
  const core = await openTestCore(dir, { seedDemo });
  cores.push(core);
  return { core, api: createApi(core.router) };
}

const count = (core: Core, sql: string) => core.context.db.prepare(sql).pluck().get() as number;
/** Every row of the domain tables, as undo must give them back. */
const snapshotOf = (core: Core) =>
  JSON.stringify(
    ['reps', 'hospitals', 'clients', 'grades', 'overrides', 'models'].map((table) =>
      core.context.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all(),
    ),
  );

async function activeModelId(api: Api): Promise<string | undefined> {
  return (await api.call('models.list', {})).find((model) => model.active)?.id;
}

describe('demo regions in the core, on a real SQLite file', () => {
  it('a new database gets the pharma region by default, and the first-start choice is still open', async () => {
    const { api } = await open(true);
    const info = await api.call('demo.regions', {});
    expect(info.regions.map((r) => r.id)).toEqual(['pharma', 'b2b', 'retail', 'staff']);
    expect(info).toMatchObject({ current: 'pharma', choicePending: true });
    const pharma = info.regions.find((r) => r.id === 'pharma')!;
    expect((await api.call('stats.summary', {})).totals).toMatchObject({ clients: pharma.clients, reps: pharma.reps });
    expect(await activeModelId(api)).toBe('pharma-nine-grid');
    // Answering it once closes it for good.
    await api.call('demo.markChosen', {});
    expect((await api.call('demo.regions', {})).choicePending).toBe(false);
  });

  it('a region chosen by whoever opens the database (CLI, test harness) is not asked about again', async () => {
    const { api } = await open('b2b');
    expect(await api.call('demo.regions', {})).toMatchObject({ current: 'b2b', choicePending: false });
    expect(await activeModelId(api)).toBe('b2b-lifecycle');
    const empty = await open(false);
    expect(await empty.api.call('demo.regions', {})).toMatchObject({ current: null, choicePending: false });
    expect((await empty.api.call('app.info', {})).demo).toBe(false);
  });

  it('the pharma region tells the planning story through the core’s own planning in December 2026', async () => {
    const { api } = await open('pharma');
    const capacity = await api.call('planning.capacity', { month: '2026-12' });
    const ratios = capacity.map((rep) => rep.load / rep.capacity).sort((a, b) => a - b);
    expect(ratios.filter((r) => r >= 0.9 && r <= 1)).toHaveLength(2);
    expect(ratios.filter((r) => r >= 1.2 && r <= 1.3)).toHaveLength(1);
    expect(ratios.filter((r) => r < 0.7)).toHaveLength(1);
    expect(ratios.filter((r) => r >= 0.7 && r < 0.9)).toHaveLength(2);
    expect(capacity.filter((rep) => rep.over)).toHaveLength(1);
  });

  it.each(DEMO_REGIONS.filter((r) => r.id !== 'pharma').map((r) => [r.id, r.modelId] as const))(
    'loads the %s region after a verified backup, activates %s, and one undo gives the pharma data back',
    async (region: DemoRegionId, modelId: string) => {
      const { core, api } = await open(true);
      await api.call('grades.override', { clientIds: [1], cell: 'C3', reason: '示例：手动调整' });
      const before = snapshotOf(core);
      const events: EventPayload<'data:changed'>[] = [];
      core.router.subscribe('data:changed', (payload) => events.push(payload as EventPayload<'data:changed'>));

      const loaded = await api.call('data.loadDemo', { region });
      const summary = (await api.call('demo.regions', {})).regions.find((r) => r.id === region)!;
      expect(loaded).toMatchObject({ region, modelId, clients: summary.clients, reps: summary.reps });
      expect(existsSync(loaded.backupPath)).toBe(true);
      // Named and listed for what it was taken before, not as a clearing.
      expect(basename(loaded.backupPath)).toMatch(/^before-load-demo-/);
      expect((await api.call('backups.list', {})).entries.find((entry) => entry.id === basename(loaded.backupPath))?.reason).toBe('before-load-demo');
      expect(await activeModelId(api)).toBe(modelId);
      expect((await api.call('demo.regions', {})).current).toBe(region);
      expect((await api.call('stats.summary', {})).totals).toMatchObject({ clients: summary.clients, reps: summary.reps });
      expect((await api.call('reps.list', {})).map((rep) => rep.name).sort()).toEqual(
        DEMO_REGIONS.find((r) => r.id === region)!.generate().reps.map((rep) => rep.name).sort(),
      );
      // Regraded under the new model: every client has a cell, none is left over from pharma.
      expect(count(core, `SELECT count(*) FROM grades WHERE model_id = '${modelId}' AND cell IS NOT NULL`)).toBe(summary.clients);
      expect(count(core, 'SELECT count(*) FROM overrides')).toBe(0);
      // New clients never take the id of a removed one, whose history would then show as theirs.
      expect(count(core, 'SELECT min(id) FROM clients')).toBeGreaterThan(1500);
      expect(await api.call('history.state', {})).toMatchObject({ canUndo: true, undoCommand: 'data.loadDemo' });
      // The first-start question is not answered by loading a region from 设置.
      expect((await api.call('demo.regions', {})).choicePending).toBe(true);
      // Events are delivered after the reply.
      await new Promise((resolve) => setImmediate(resolve));
      expect(events.some((e) => (['clients', 'models', 'settings'] as const).every((scope) => e.scopes.includes(scope)) && e.clientSetChanged === true)).toBe(true);

      await api.call('history.undo', {});
      expect(snapshotOf(core)).toBe(before);
      expect(await activeModelId(api)).toBe('pharma-nine-grid');
      expect((await api.call('demo.regions', {})).current).toBe('pharma');
      expect((await api.call('db.check', {})).ok).toBe(true);
      // And redo brings the region back.
      await api.call('history.redo', {});
      expect(await activeModelId(api)).toBe(modelId);
      expect((await api.call('stats.summary', {})).totals.clients).toBe(summary.clients);
    },
  );

  it('loading the region already there starts it afresh (hand edits gone), and undo keeps the first-start answer', async () => {
    const { core, api } = await open(true);
    await api.call('demo.markChosen', {});
    const clients = count(core, 'SELECT count(*) FROM clients');
    await api.call('grades.override', { clientIds: [1], cell: 'C3', reason: '示例：手动调整' });
    await api.call('data.loadDemo', { region: 'pharma' });
    expect(count(core, 'SELECT count(*) FROM clients')).toBe(clients);
    expect(count(core, 'SELECT count(*) FROM overrides')).toBe(0);
    await api.call('history.undo', {});
    expect(count(core, 'SELECT count(*) FROM overrides')).toBe(1);
    expect((await api.call('demo.regions', {})).choicePending).toBe(false);
  });

  it('the empty start clears the period snapshots of the removed clients too, and undo brings them back', async () => {
    const { core, api } = await open('pharma');
    await api.call('snapshots.take', { period: '2026-11' });
    await api.call('data.startEmpty', {});
    expect(count(core, 'SELECT count(*) FROM snapshots')).toBe(0);
    expect((await api.call('demo.regions', {})).current).toBe(null);
    await api.call('history.undo', {});
    expect(count(core, 'SELECT count(*) FROM snapshots')).toBe(1);
    expect((await api.call('demo.regions', {})).current).toBe('pharma');
  });

  it('refuses a region it does not know, before any backup is taken', async () => {
    const { core, api } = await open('pharma');
    await expect(api.call('data.loadDemo', { region: 'unknown' as DemoRegionId })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
    expect(count(core, 'SELECT count(*) FROM clients')).toBe(1500);
  });
});
