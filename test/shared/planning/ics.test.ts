import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, icsTimestamp } from '../../../shared/planning/ics';

/** RFC 5545 3.1: unfold by removing CRLF followed by one space. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('iCalendar writer (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character, and unfolds back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '临', '江', '😀', 'é', ' ', ';'), maxLength: 200 }), (value) => {
        const line = `DESCRIPTION:${value}`;
        const folded = foldLine(line);
        for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });

  it('writes all-day events with stable UIDs, DTSTAMP in UTC and CRLF line ends', () => {
    const text = buildIcs(
      { name: '拜访计划 · 王磊', events: [{ uid: 'tg-1-2026-12-31-h3@territory-grid.local', date: '2026-12-31', summary: '拜访 临江市第二人民医院（2）', description: '心内科 · 张三\n肾内科 · 李四', categories: ['红区'] }] },
      '2026-11-23T16:42:08.380Z',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('DTSTAMP:20261123T164208Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('DESCRIPTION:心内科 · 张三\\n肾内科 · 李四');
    expect(lines).toContain('UID:tg-1-2026-12-31-h3@territory-grid.local');
    expect(lines).toContain('CATEGORIES:红区');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(icsTimestamp('2027-01-02T03:04:05Z')).toBe('20270102T030405Z');
  });
});
