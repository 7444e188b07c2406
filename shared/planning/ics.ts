/**
 * iCalendar (RFC 5545) for a rep's phone calendar, written by hand (no dependency).
 *
 * Choices: each event is an all-day event (DTSTART;VALUE=DATE, DTEND the next day), so there is
 * no time zone to get wrong: a visit day is a civil date wherever the phone is, and the rep
 * picks the hour. Events are per day and hospital (one trip), listing the clients. UIDs are
 * stable (rep, date, hospital), so importing a newer plan updates events instead of doubling
 * them. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character;
 * text escapes backslash, semicolon, comma and newlines.
 */

export interface IcsEvent {
  uid: string;
  /** 'YYYY-MM-DD' */
  date: string;
  summary: string;
  description: string;
  categories?: string[];
}

export interface IcsCalendar {
  name: string;
  events: readonly IcsEvent[];
}

/** Octets of one character (code point) in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no physical line exceeds 75 octets (continuations start with a space). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  const limit = 75;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compactDate = (date: string) => date.replaceAll('-', '');

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return `${next.getUTCFullYear()}${String(next.getUTCMonth() + 1).padStart(2, '0')}${String(next.getUTCDate()).padStart(2, '0')}`;
}

/** '2026-11-23T16:42:08.380Z' → '20261123T164208Z' (DTSTAMP is UTC). */
export function icsTimestamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/^(\d{8}T\d{6}).*$/, '$1Z');
}

export function buildIcs(calendar: IcsCalendar, nowIso: string): string {
  const stamp = icsTimestamp(nowIso);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Territory Grid//Visit plan 1.0//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${nextDay(event.date)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
