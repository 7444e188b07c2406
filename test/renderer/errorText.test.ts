import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract';
import { errorText } from '../../renderer/src/components/errorText';

describe('errorText', () => {
  it('gives a core error in the user’s language, and any other failure by its message', () => {
    const busy = new ApiError({ code: 'db.busy' });
    expect(errorText(busy, 'zh-CN')).toContain('另一个程序');
    expect(errorText(busy, 'en')).toContain('another program');
    expect(errorText(new Error('offline'), 'en')).toBe('offline');
    expect(errorText('plain', 'zh-CN')).toBe('plain');
  });
});
