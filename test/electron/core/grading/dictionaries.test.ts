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

describe('dictionaries in the database', () => {
  it('reports a title no dictionary knows instead of grading it low, and grades it once the user adds the word', async () => {
    core = await openTestCore(tempDir(), { seedDemo: true });
    const api = createApi(core.router);
    const client = (await api.call('clients.list', { offset: 0, limit: 1 })).rows[0]!;
    core.context.db.prepare("UPDATE clients SET title = '主任医生' WHERE id = ?").run(client.id);
    const { regradeAll } = await import('../../../../electron/core/services/regrade');
    regradeAll(core.context.db, core.context.grading.model().definition, core.context.grading.dictionaries());

    const unknown = await api.call('grades.explain', { clientId: client.id });
    expect(unknown.formulaCell).toBeNull();
    expect(unknown.unknown).toEqual([{ attribute: 'title', value: '主任医生' }]);
    expect((await api.call('stats.summary', {})).totals.ungraded).toBe(1);

    const titles = (await api.call('dictionaries.list', {})).find((d) => d.id === 'title')!;
    await api.call('dictionaries.save', { dictionary: { ...titles, entries: [...titles.entries, { match: '主任医生', value: 'senior' }] } });
    const known = await api.call('grades.explain', { clientId: client.id });
    expect(known.formulaCell).toMatch(/^A/);
    expect((await api.call('stats.summary', {})).totals.ungraded).toBe(0);
    // The edit survives a restart: dictionaries are data in the database.
    const path = core.context.dbPath;
    core.close();
    core = await openTestCore(path.replace(/[\\/][^\\/]+$/, ''), { file: path.split(/[\\/]/).pop()! });
    expect((await createApi(core.router).call('dictionaries.list', {})).find((d) => d.id === 'title')!.entries).toContainEqual({ match: '主任医生', value: 'senior' });
  });
});
