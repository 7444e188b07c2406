import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract';
import { useTestCores } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';
import { apiOf, fixture, stageAndInspect, storedClients } from './transferHarness';

const freshCore = useTestCores(useTempDir());

const MAPPED = [
  { dictionary: 'title', match: '主管医师', value: 'attending' },
  { dictionary: 'title', match: '专家', value: 'senior' },
  { dictionary: 'hospitalClass', match: '省级医院', value: '3' },
  { dictionary: 'behaviour', match: '主用', value: '1' },
  { dictionary: 'behaviour', match: '偶尔用', value: '2' },
];

describe('the value-mapping step (unknown-words.xlsx, written by LibreOffice, on a real SQLite file)', () => {
  it('lists each unknown word once with its count and rows; mapped once, saved to the dictionary as one undo step, the preview grades the rows', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const staged = await stageAndInspect(api, 'unknown-words.xlsx', fixture('unknown-words.xlsx'));
    const before = await api.call('transfer.preview', { token: staged.token, settings: staged.settings });
    expect(before.unknownValues.map(({ dictionary, column, value, count, rows }) => [dictionary, column, value, count, rows])).toEqual([
      ['title', '职称', '主管医师', 2, [2, 4]],
      ['title', '职称', '专家', 1, [5]],
      ['hospitalClass', '医院级别', '省级医院', 2, [2, 3]],
      ['behaviour', '处方行为', '主用', 3, [2, 4, 6]],
      ['behaviour', '处方行为', '偶尔用', 1, [7]],
    ]);
    expect(before.rows.find((row) => row.name === '赵刚')).toMatchObject({ titleValue: null, cell: null });

    const saved = await api.call('dictionaries.addEntries', { entries: MAPPED });
    expect(saved).toEqual({ added: 5, dictionaries: ['title', 'hospitalClass', 'behaviour'] });
    const after = await api.call('transfer.preview', { token: staged.token, settings: staged.settings });
    expect(after.unknownValues).toEqual([]);
    // 赵刚: 主管医师 (attending) at a 省级医院 (tier 3) who 主用 (first choice).
    expect(after.rows.find((row) => row.name === '赵刚')).toMatchObject({ titleValue: 'attending', hospitalClassValue: '3', behaviourValue: '1', cell: 'A1' });
    await api.call('transfer.commit', { token: staged.token, settings: staged.settings });
    expect(storedClients(core).filter((client) => client.cell === null)).toEqual([]);
    // The words stay as written on the clients; only the dictionary learned them.
    expect(storedClients(core).find((client) => client.name === '赵刚')).toMatchObject({ title: '主管医师', hospitalClass: '省级医院', behaviour: '主用' });

    // Undo the import, then the dictionary step: the words are unknown again.
    await api.call('history.undo', {});
    await api.call('history.undo', {});
    const dictionaries = await api.call('dictionaries.list', {});
    expect(dictionaries.find((d) => d.id === 'title')!.entries.some((entry) => entry.match === '主管医师')).toBe(false);
    const again = await stageAndInspect(api, 'unknown-words.xlsx', fixture('unknown-words.xlsx'));
    expect((await api.call('transfer.preview', { token: again.token, settings: again.settings })).unknownValues).toHaveLength(5);
  });

  it('a word with a note is saved by its base word, so every note of it resolves', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const csv = Buffer.from('医院,姓名,职称\n第一医院,甲,主管医师（返聘）\n第一医院,乙,主管医师\n第一医院,丙, 主管医师 (外聘)\n', 'utf8');
    const staged = await stageAndInspect(api, 'notes.csv', csv);
    const preview = await api.call('transfer.preview', { token: staged.token, settings: staged.settings });
    expect(preview.unknownValues).toMatchObject([{ dictionary: 'title', value: '主管医师（返聘）', match: '主管医师', count: 3 }]);
  });

  it('refuses an unknown dictionary, a category the dictionary lacks, and a word that already means something else; nothing is saved', async () => {
    const core = await freshCore();
    const api = apiOf(core);
    const codeOf = async (entries: { dictionary: string; match: string; value: string }[]) => {
      try {
        await api.call('dictionaries.addEntries', { entries });
      } catch (error) {
        if (error instanceof ApiError) return error.error.code;
        throw error;
      }
      return 'saved';
    };
    const listBefore = await api.call('dictionaries.list', {});
    expect(await codeOf([{ dictionary: 'nope', match: 'x', value: 'y' }])).toBe('dictionary.notFound');
    expect(await codeOf([{ dictionary: 'title', match: '主管医师', value: 'nurse' }])).toBe('dictionary.unknownCategory');
    expect(await codeOf([{ dictionary: 'title', match: '主管医师', value: 'attending' }, { dictionary: 'title', match: '主任医师', value: 'resident' }])).toBe('dictionary.conflict');
    expect(await api.call('dictionaries.list', {})).toEqual(listBefore);
    // A spelling already there with the same category is not added twice.
    expect(await api.call('dictionaries.addEntries', { entries: [{ dictionary: 'title', match: '主任医师', value: 'senior' }] })).toEqual({ added: 0, dictionaries: [] });
  });
});
