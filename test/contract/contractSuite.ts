import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api, type Transport } from '../../shared/contract';

export interface TransportFixture {
  transport: Transport;
  close(): Promise<void>;
}

/**
 * One behaviour suite for every transport (in-process router, loopback HTTP): if a
 * transport drifts from the contract, the same assertion fails for it alone.
 */
export function runContractSuite(name: string, open: () => Promise<TransportFixture>): void {
  describe(`contract over ${name}`, () => {
    let fixture: TransportFixture;
    let api: Api;
    beforeAll(async () => {
      fixture = await open();
      api = createApi(fixture.transport);
    });
    afterAll(async () => fixture.close());

    it('app.info describes the open database', async () => {
      const info = await api.call('app.info', {});
      expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
      expect(info.demo).toBe(true);
      expect(info.dbPath).toMatch(/\.sqlite$/);
    });

    it('stats.summary counts agree with clients.list and with each other', async () => {
      const stats = await api.call('stats.summary', {});
      const page = await api.call('clients.list', { offset: 0, limit: 10 });
      expect(stats.totals.clients).toBe(page.total);
      expect(stats.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(stats.totals.graded);
      expect(stats.perRep.reduce((sum, rep) => sum + rep.clients, 0)).toBe(stats.totals.clients);
      expect(stats.layout.rows).toEqual([
        ['A3', 'A2', 'A1'],
        ['B3', 'B2', 'B1'],
        ['C3', 'C2', 'C1'],
      ]);
      expect(page.rows).toHaveLength(10);
    });

    it('stats.summary for one rep only counts that rep', async () => {
      const reps = await api.call('reps.list', {});
      const stats = await api.call('stats.summary', { repId: reps[0]!.id });
      expect(stats.perRep).toHaveLength(1);
      expect(stats.perRep[0]!.repId).toBe(reps[0]!.id);
    });

    it('clients.list searches name, hospital and department', async () => {
      const page = await api.call('clients.list', { offset: 0, limit: 500, search: '社区卫生服务中心' });
      expect(page.total).toBeGreaterThan(0);
      expect(page.rows.every((row) => row.hospitalName?.includes('社区卫生服务中心'))).toBe(true);
    });

    it('refuses invalid input with a readable input.invalid error', async () => {
      await expect(api.call('clients.list', { offset: -1, limit: 10 })).rejects.toMatchObject({
        error: { code: 'input.invalid' },
      });
      const raw = await fixture.transport.invoke('clients.list', { offset: 0, limit: 10, unexpected: true });
      expect(raw).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    });

    it('refuses an unknown method', async () => {
      const raw = await fixture.transport.invoke('clients.dropAll' as never, {});
      expect(raw).toMatchObject({ ok: false, error: { code: 'method.unknown' } });
    });

    it('settings.update persists and announces data:changed', async () => {
      const received: unknown[] = [];
      const unsubscribe = api.on('data:changed', (payload) => received.push(payload));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await api.call('settings.update', { locale: 'en' })).toEqual({ locale: 'en' });
      expect(await api.call('settings.get', {})).toEqual({ locale: 'en' });
      await expect.poll(() => received).toContainEqual({ scopes: ['settings'] });
      unsubscribe();
      await api.call('settings.update', { locale: 'zh-CN' });
    });

    it('db.check reports a healthy database', async () => {
      const check = await api.call('db.check', {});
      expect(check).toMatchObject({ ok: true, integrity: 'ok', foreignKeyViolations: 0 });
      expect(check.schemaVersion).toBe(check.latestVersion);
    });

    it('models.list has exactly one active model', async () => {
      const models = await api.call('models.list', {});
      expect(models.filter((model) => model.active)).toHaveLength(1);
    });
  });
}
