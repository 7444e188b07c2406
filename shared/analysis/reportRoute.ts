import { QUARTER_PATTERN, monthsOfPeriod } from '../planning/dates';

/**
 * What a printed 季度客户分级报告 is about: a quarter, the two points in time its movement
 * runs between (a snapshot, and a later snapshot or today's grades), and optionally one rep
 * and one region. The renderer prints it from '#/print/report?…'.
 */
export interface ReportRequest {
  /** The quarter: '2026-Q4'. */
  period: string;
  /** The earlier snapshot (usually the end of the previous quarter). */
  fromId: number;
  /** The later snapshot, or null for today's grades. */
  toId: number | null;
  /** One rep's clients; every rep when absent. */
  repId?: number;
  /** One region's clients ('' = the clients without a region); every region when absent. */
  region?: string;
}

/** As the contract's analysis filter allows. */
export const MAX_REGION_CHARS = 100;
const ID_TEXT = /^[1-9]\d{0,11}$/;
const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value < 1e12;
// Control characters have no place in a region name, and would only smuggle things into a URL or a log.
// eslint-disable-next-line no-control-regex
const isRegion = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_REGION_CHARS && !/[\u0000-\u001f\u007f]/.test(value);

export const REPORT_ROUTE_PREFIX = '#/print/report';

/** True when the address is the report's print route (valid or not): the print page dispatches on it. */
export function isReportRoute(hash: string): boolean {
  return hash === REPORT_ROUTE_PREFIX || hash.startsWith(`${REPORT_ROUTE_PREFIX}?`);
}

/** The renderer's address of the printable report: '#/print/report?period=2026-Q4&from=3&to=now&rep=2&region=%E5%8D%8E%E4%B8%9C'. */
export function reportRouteHash(request: ReportRequest): string {
  const parts = [`period=${encodeURIComponent(request.period)}`, `from=${request.fromId}`, `to=${request.toId ?? 'now'}`];
  if (request.repId !== undefined) parts.push(`rep=${request.repId}`);
  if (request.region !== undefined) parts.push(`region=${encodeURIComponent(request.region)}`);
  return `${REPORT_ROUTE_PREFIX}?${parts.join('&')}`;
}

function queryParams(query: string): Map<string, string> | null {
  const params = new Map<string, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const key = at < 0 ? part : part.slice(0, at);
    const raw = at < 0 ? '' : part.slice(at + 1);
    if (params.has(key)) return null;
    try {
      params.set(key, decodeURIComponent(raw));
    } catch {
      return null;
    }
  }
  return params;
}

/** The request in a report address, or null when the address is not a valid report route. */
export function parseReportRoute(hash: string): ReportRequest | null {
  if (!hash.startsWith(`${REPORT_ROUTE_PREFIX}?`)) return null;
  const params = queryParams(hash.slice(REPORT_ROUTE_PREFIX.length + 1));
  if (!params) return null;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!ID_TEXT.test(from) || (to !== 'now' && !ID_TEXT.test(to))) return null;
  const rep = params.get('rep');
  if (rep !== undefined && !ID_TEXT.test(rep)) return null;
  return checkReportRequest({
    period: params.get('period'),
    fromId: Number(from),
    toId: to === 'now' ? null : Number(to),
    ...(rep === undefined ? {} : { repId: Number(rep) }),
    ...(params.has('region') ? { region: params.get('region') } : {}),
  });
}

/** A request that crossed a boundary (IPC, an address): checked field by field, or null. */
export function checkReportRequest(value: unknown): ReportRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { period, fromId, toId, repId, region } = value as Record<string, unknown>;
  if (typeof period !== 'string' || !QUARTER_PATTERN.test(period)) return null;
  if (!isId(fromId) || (toId !== null && !isId(toId)) || fromId === toId) return null;
  if (repId !== undefined && !isId(repId)) return null;
  if (region !== undefined && !isRegion(region)) return null;
  return { period, fromId, toId, ...(repId === undefined ? {} : { repId }), ...(region === undefined ? {} : { region }) };
}

/** The quarter a date is in, by the local calendar: 2026-11-03 → '2026-Q4'. */
export function quarterOf(date: Date): string {
  return `${date.getFullYear()}-Q${Math.ceil((date.getMonth() + 1) / 3)}`;
}

/** The quarter `count` quarters after `period` (negative goes back): ('2026-Q1', -1) → '2025-Q4'. */
export function addQuarters(period: string, count: number): string {
  const match = QUARTER_PATTERN.exec(period);
  if (!match) throw new RangeError(`not a quarter: ${period}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + count;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter's last month, whose visit plan the report shows: '2026-Q4' → '2026-12'. */
export function lastMonthOfQuarter(period: string): string {
  return monthsOfPeriod(period)[2]!;
}
