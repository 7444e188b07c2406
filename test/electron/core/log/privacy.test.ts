import { describe, expect, it } from 'vitest';
import { issueSummary, loggedError, redactHome, redactPath, scrubText } from '../../../../electron/core/log/privacy';

describe('redactHome', () => {
  it('writes a POSIX home as ~ wherever it appears', () => {
    expect(redactHome('db at /home/wangjl/.config/Territory Grid/x.sqlite and /home/wangjl', '/home/wangjl')).toBe(
      'db at ~/.config/Territory Grid/x.sqlite and ~',
    );
  });

  it('leaves a longer folder that only starts like the home alone', () => {
    expect(redactHome('/home/al/a /home/alice/b', '/home/al')).toBe('~/a /home/alice/b');
  });

  it('finds a Windows home with either slash, in any case, and JSON-escaped', () => {
    const home = 'C:\\Users\\王建国';
    expect(redactHome('C:\\Users\\王建国\\AppData\\Roaming', home)).toBe('~\\AppData\\Roaming');
    expect(redactHome('file:///c:/users/王建国/AppData', home)).toBe('file:///~/AppData');
    expect(redactHome(JSON.stringify({ path: 'C:\\Users\\王建国\\x' }), home)).toBe('{"path":"~\\\\x"}');
  });

  it('does nothing for a root or empty home', () => {
    expect(redactHome('/etc/passwd', '/')).toBe('/etc/passwd');
    expect(redactHome('/etc/passwd', '')).toBe('/etc/passwd');
  });
});

describe('redactPath', () => {
  it('keeps the shape of a path and hides the home and non-ASCII folder names', () => {
    expect(redactPath('/home/u/客户资料/王经理.sqlite', '/home/u')).toBe('~/…/….sqlite');
  });
});

describe('scrubText', () => {
  const home = '/home/wangjl';
  it.each([
    ['quoted values', 'Unexpected token \'张\', "张伟主任" is not valid JSON', 'Unexpected token "…", "…" is not valid JSON'],
    ['Chinese names without quotes', 'no hospital for 协和医院 row 12', 'no hospital for … row 12'],
    ['phone numbers', 'call 138-1234-5678 or +86 13912345678', 'call # or #'],
    ['paths', "ENOENT: no such file or directory, open /data/exports/list.xlsx", 'ENOENT: no such file or directory, open <path>'],
    ['file names', 'cannot read 华东客户.xlsx now', 'cannot read <file> now'],
    ['the home folder', 'at /home/wangjl', 'at ~'],
  ])('removes %s', (_what, input, output) => {
    expect(scrubText(input, home)).toBe(output);
  });

  it('keeps the plain English shape of a message', () => {
    expect(scrubText('SQLITE_BUSY: database is locked', home)).toBe('SQLITE_BUSY: database is locked');
    expect(scrubText('core worker exited with code 134', home)).toBe('core worker exited with code 134');
  });
});

describe('loggedError', () => {
  it('keeps the name, the code and the stack frames, not the message’s data', () => {
    const error = Object.assign(new Error('UNIQUE constraint failed for "王芳" at 13800138000'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    error.stack = `Error: UNIQUE constraint failed for "王芳"\n    at insert (/home/wangjl/app/out/main/coreWorker.js:10:5)\n    at run (node:internal/x:1:1)`;
    expect(loggedError(error, '/home/wangjl')).toEqual({
      name: 'Error',
      code: 'SQLITE_CONSTRAINT_UNIQUE',
      message: 'UNIQUE constraint failed for "…" at #',
      stack: ['at insert (~/app/out/main/coreWorker.js:10:5)', 'at run (node:internal/x:1:1)'],
    });
  });

  it('drops a code that is not an identifier', () => {
    const error = Object.assign(new Error('x'), { code: '王芳' });
    expect(loggedError(error, '/h')).not.toHaveProperty('code');
  });
});

describe('issueSummary', () => {
  it('gives paths and codes, with keys that are not identifiers hidden', () => {
    const issues = [
      { path: ['settings', 'mapping', '客户姓名'], code: 'invalid_value', message: 'Invalid option: "张伟"' },
      { path: ['rows', 3, 'name'], code: 'too_big', message: 'Too big' },
      { path: [], code: 'custom', message: 'x' },
    ];
    expect(issueSummary(issues)).toBe('settings.mapping.*: invalid_value; rows.3.name: too_big; (root): custom');
  });
});
