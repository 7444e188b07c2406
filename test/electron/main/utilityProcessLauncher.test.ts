import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const forked: { script: string; args: string[]; options: Record<string, unknown>; child: EventEmitter & { postMessage: ReturnType<typeof vi.fn>; kill: ReturnType<typeof vi.fn> } }[] = [];

vi.mock('electron', () => ({
  utilityProcess: {
    fork: (script: string, args: string[], options: Record<string, unknown>) => {
      const child = Object.assign(new EventEmitter(), { postMessage: vi.fn(), kill: vi.fn() });
      forked.push({ script, args, options, child });
      return child;
    },
  },
}));

const { utilityProcessLauncher } = await import('../../../electron/importer/utilityProcessLauncher');

describe('utilityProcessLauncher', () => {
  it('forks the built child with a heap cap and a minimal environment, and adapts its events', () => {
    const launch = utilityProcessLauncher('/app/out/main/importerChild.js');
    const process = launch({ tempDir: '/tmp/tg-x', maxOldSpaceMb: 256 });
    const { script, options, child } = forked[0]!;
    expect(script).toBe('/app/out/main/importerChild.js');
    expect(options.execArgv).toEqual(['--max-old-space-size=256']);
    expect(options.env).toEqual({ TMPDIR: '/tmp/tg-x', TMP: '/tmp/tg-x', TEMP: '/tmp/tg-x' });

    const messages: unknown[] = [];
    const exits: unknown[] = [];
    process.onMessage((message) => messages.push(message));
    process.onExit((info) => exits.push(info));
    child.emit('message', { type: 'done' });
    child.emit('exit', 134);
    expect(messages).toEqual([{ type: 'done' }]);
    expect(exits).toEqual([{ code: 134, signal: null }]);

    process.post({ type: 'parse' } as never);
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'parse' });
    process.kill();
    expect(child.kill).toHaveBeenCalled();
  });
});
