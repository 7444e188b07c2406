import { PERIOD_PATTERN } from './dates';

/** What a printed plan shows: a period and some reps (or all of them). */
export interface PrintRequest {
  period: string;
  repIds: number[] | 'all';
}

const MAX_REPS = 1000;

/** The renderer's address of the printable plan: '#/print/plan?period=2026-12&reps=1,2' (or reps=all). */
export function printRouteHash(request: PrintRequest): string {
  const reps = request.repIds === 'all' ? 'all' : request.repIds.join(',');
  return `#/print/plan?period=${encodeURIComponent(request.period)}&reps=${reps}`;
}

/** The request in a print address, or null when the address is not a valid print route. */
export function parsePrintRoute(hash: string): PrintRequest | null {
  const match = /^#\/print\/plan\?(.*)$/.exec(hash);
  if (!match) return null;
  const params = new Map<string, string>();
  for (const part of (match[1] ?? '').split('&')) {
    const [key, value = ''] = part.split('=');
    if (key) params.set(key, decodeURIComponent(value));
  }
  const period = params.get('period') ?? '';
  if (!PERIOD_PATTERN.test(period)) return null;
  const reps = params.get('reps') ?? 'all';
  if (reps === 'all') return { period, repIds: 'all' };
  if (!/^\d{1,12}(,\d{1,12})*$/.test(reps)) return null;
  const repIds = [...new Set(reps.split(',').map(Number))].filter((id) => id > 0);
  if (repIds.length === 0 || repIds.length > MAX_REPS) return null;
  return { period, repIds };
}

/** A request that crossed a boundary (IPC): checked field by field, or null. */
export function checkPrintRequest(value: unknown): PrintRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { period, repIds } = value as { period?: unknown; repIds?: unknown };
  if (typeof period !== 'string' || !PERIOD_PATTERN.test(period)) return null;
  if (repIds === 'all') return { period, repIds };
  if (!Array.isArray(repIds) || repIds.length === 0 || repIds.length > MAX_REPS) return null;
  if (!repIds.every((id) => Number.isSafeInteger(id) && (id as number) > 0)) return null;
  return { period, repIds: repIds as number[] };
}
