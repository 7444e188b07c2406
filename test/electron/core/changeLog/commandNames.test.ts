import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandKey } from '../../../../renderer/src/features/history/historyKeys';
import { translator } from '../../../renderer/clients/translate';

const CORE = join(import.meta.dirname, '../../../../electron/core');

describe('commands in the change log', () => {
  it('each have a name of their own in the Undo button, not 上一步操作', () => {
    const sources = readdirSync(CORE, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(CORE, file), 'utf8'))
      .join('\n');
    const recorded = new Set(
      [...sources.matchAll(/command: '([a-z]+\.[a-zA-Z]+)'/g), ...sources.matchAll(/updateClients\([^)]*'([a-z]+\.[a-zA-Z]+)'\)/g)].map((match) => match[1]!),
    );
    expect(recorded).toContain('transfer.import');
    expect(recorded).toContain('clients.bulkUpdate');
    expect([...recorded].filter((command) => commandKey(command) === 'history.command.other')).toEqual([]);
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      for (const command of recorded) expect(t(commandKey(command))).not.toBe(commandKey(command));
    }
    expect(translator('zh-CN')('history.undoCommand', { command: translator('zh-CN')(commandKey('transfer.import')) })).toBe('撤销 导入文件');
  });
});
