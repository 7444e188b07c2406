import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/core/log/logger';

function capture(home = '/home/wangjl') {
  const lines: string[] = [];
  const log = createLogger((line) => lines.push(line), { home });
  return { log, lines };
}

describe('createLogger', () => {
  it('writes one line per entry: time, level, message and JSON fields', () => {
    const { log, lines } = capture();
    log.info('import committed', { changeId: 3, added: 2 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO import committed \{"changeId":3,"added":2\}$/);
  });

  it('scrubs string fields and errors, and writes the home folder as ~', () => {
    const { log, lines } = capture();
    const error = new Error('cannot open "/home/wangjl/客户/王经理名单.xlsx"');
    log.error('failed', { error, detail: '张伟 13912345678', path: '/home/wangjl/x', nested: { hospital: '协和医院' } });
    const line = lines[0] ?? '';
    for (const secret of ['王经理', '张伟', '13912345678', '协和', 'wangjl', '.xlsx']) expect(line).not.toContain(secret);
    expect(line).toContain('"message":"cannot open \\"…\\""');
    expect(line).toContain('"path":"~/x"');
  });

  it('honours the minimum level, also given as a bare level', () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line), 'warn');
    log.info('quiet');
    log.warn('loud');
    expect(lines).toHaveLength(1);
  });

  it('keeps an entry whose fields cannot be serialised', () => {
    const { log, lines } = capture();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => log.warn('odd', { cyclic })).not.toThrow();
    expect(lines[0]).toContain('WARN odd {"fields":"unserialisable"}');
  });
});
