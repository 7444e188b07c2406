import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../../shared/contract';
import { commandKey } from '../../../../renderer/src/features/history/historyKeys';
import { createCommandTable } from '../../../../electron/core/commands/commandTable';
import { TransferStore } from '../../../../electron/core/transfer/transferStore';
import { translator } from '../../../renderer/clients/translate';
import { openTestCore } from '../../../harness/openTestCore';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
const cores: { close(): void }[] = [];
afterEach(() => cores.splice(0).forEach((core) => core.close()));

describe('commands in the change log', () => {
  it('every undoable command has a name of its own in the Undo button, in both languages', async () => {
    const core = await openTestCore(tempDir());
    cores.push(core);
    const table = createCommandTable(core.context, new TransferStore());
    expect(Object.keys(table).sort()).toEqual([...COMMAND_NAMES].sort());
    const undoable = COMMAND_NAMES.filter((name) => table[name].kind === 'undoable');
    expect(undoable).toEqual(expect.arrayContaining(['transfer.commit', 'clients.bulkUpdate', 'data.startEmpty', 'models.activate']));
    expect(undoable.filter((command) => commandKey(command) === 'history.command.other')).toEqual([]);
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      for (const command of undoable) expect(t(commandKey(command))).not.toBe(commandKey(command));
    }
    expect(translator('zh-CN')('history.undoCommand', { command: translator('zh-CN')(commandKey('transfer.commit')) })).toBe('撤销 导入文件');
  });
});
