import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import { whileImporting } from '../../../../electron/core/commands/activity';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, importFixture } from '../transfer/transferHarness';

const tempDir = useTempDir();

/** Events are delivered on setImmediate: let them through. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('activity:changed (the host never installs an update while an import runs)', () => {
  it('brackets an import: importing, then not, and nothing for other commands', async () => {
    const core = await openTestCore(tempDir(), { seedDemo: true });
    try {
      const api = apiOf(core);
      const seen: EventPayload<'activity:changed'>[] = [];
      core.router.subscribe('activity:changed', (payload) => seen.push(payload as EventPayload<'activity:changed'>));
      await api.call('grades.override', { clientIds: [1], cell: 'C3', reason: '测试' });
      await settle();
      expect(seen).toEqual([]);
      const report = await importFixture(api, 'manager-wps.xlsx');
      await settle();
      expect(report.counts.added).toBeGreaterThan(0);
      expect(seen).toEqual([{ importing: true }, { importing: false }]);
    } finally {
      core.close();
    }
  });

  it('brackets a restore too (it replaces every table)', async () => {
    const core = await openTestCore(tempDir(), { seedDemo: true });
    try {
      const api = apiOf(core);
      const backup = await api.call('db.backup', {});
      const seen: EventPayload<'activity:changed'>[] = [];
      core.router.subscribe('activity:changed', (payload) => seen.push(payload as EventPayload<'activity:changed'>));
      await api.call('backups.restore', { id: backup.id });
      await settle();
      expect(seen).toEqual([{ importing: true }, { importing: false }]);
    } finally {
      core.close();
    }
  });

  it('says the import ended also when it fails', async () => {
    const emitted: unknown[] = [];
    const bus = { emit: (event: string, payload: unknown) => emitted.push([event, payload]) };
    await expect(whileImporting(bus, () => Promise.reject(new Error('parser died')))).rejects.toThrow('parser died');
    expect(emitted).toEqual([
      ['activity:changed', { importing: true }],
      ['activity:changed', { importing: false }],
    ]);
  });
});
