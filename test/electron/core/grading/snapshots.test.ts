import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../shared/contract';
import type { Core } from '../../../../electron/core/openCore';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('period snapshots', () => {
  it('compares two quarters as a from × to matrix with the list of movers', async () => {
    core = await openTestCore(tempDir(), { seedDemo: true });
    const api = createApi(core.router);
    const q3 = await api.call('snapshots.take', { period: '2026-Q3', label: '三季度' });
    const page = await api.call('clients.list', { offset: 0, limit: 500 });
    const fromA3 = page.rows.filter((r) => r.cell === 'A3').slice(0, 4).map((r) => r.id);
    const fromA1 = page.rows.filter((r) => r.cell === 'A1').slice(0, 2).map((r) => r.id);
    await api.call('grades.override', { clientIds: fromA3, cell: 'A2', reason: '实际处方量高于模型判断' });
    await api.call('grades.override', { clientIds: fromA1, cell: 'B1', reason: '其他' });
    const q4 = await api.call('snapshots.take', { period: '2026-Q4' });
    expect(q4.clients).toBe(q3.clients);

    const comparison = await api.call('snapshots.compare', { fromId: q3.id, toId: q4.id });
    const at = (from: string, to: string) => comparison.matrix[comparison.cells.indexOf(from)]![comparison.cells.indexOf(to)];
    expect(comparison.cells).toEqual(['A3', 'A2', 'A1', 'B3', 'B2', 'B1', 'C3', 'C2', 'C1']);
    expect(at('A3', 'A2')).toBe(4);
    expect(at('A1', 'B1')).toBe(2);
    expect(comparison.up).toBe(4);
    expect(comparison.down).toBe(2);
    expect(comparison.same).toBe(q3.clients - 6);
    expect(comparison.movers.total).toBe(6);
    expect(comparison.movers.rows.filter((m) => m.direction === 1).map((m) => m.clientId).sort()).toEqual([...fromA3].sort());
    expect(comparison.matrix.flat().reduce((a, b) => a + b, 0)).toBe(q3.clients);
    expect((await api.call('snapshots.list', {})).map((s) => s.period)).toEqual(['2026-Q4', '2026-Q3']);
    await expect(api.call('snapshots.take', { period: '2026-13' })).rejects.toMatchObject({ error: { code: 'input.invalid' } });
  });
});
