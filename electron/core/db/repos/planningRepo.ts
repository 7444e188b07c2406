import type { CalendarDayKind, CalendarEntry } from '../../../../shared/planning/chinaHolidays';
import type { PlanRep } from '../../../../shared/planning/capacity';
import type { PlanClient } from '../../../../shared/planning/load';
import type { Db } from '../connection';
import { EFFECTIVE_CELL, GRADE_JOINS } from './effectiveGrade';

/** A client as plans show it: the planning fields plus what a rep needs to find the doctor. */
export interface PlanClientRow extends PlanClient {
  name: string;
  department: string | null;
  title: string | null;
  hospitalName: string | null;
}

/** Every client with its effective cell under the model (override first, else formula). */
export function readPlanClients(db: Db, modelId: string, repIds?: readonly number[]): PlanClientRow[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.rep_id AS repId, c.hospital_id AS hospitalId, h.name AS hospitalName, c.department, c.name,
              c.title, c.volume_ours AS volume, ${EFFECTIVE_CELL} AS cell
       FROM clients c
       LEFT JOIN hospitals h ON h.id = c.hospital_id
       ${GRADE_JOINS}
       WHERE c.rep_id IS NOT NULL
       ORDER BY c.id`,
    )
    .all({ modelId }) as PlanClientRow[];
  if (!repIds) return rows;
  const wanted = new Set(repIds);
  return rows.filter((row) => row.repId !== null && wanted.has(row.repId));
}

/** Reps with their days off (within `fromDate`…`toDate` when given). */
export function readPlanReps(db: Db, range?: { from: string; to: string }): PlanRep[] {
  const reps = db
    .prepare(
      `SELECT id, name, visits_per_day AS visitsPerDay, working_days_override AS workingDaysOverride
       FROM reps ORDER BY name COLLATE NOCASE, id`,
    )
    .all() as Omit<PlanRep, 'daysOff'>[];
  const off = db
    .prepare(
      range
        ? 'SELECT rep_id AS repId, date FROM rep_days_off WHERE date BETWEEN @from AND @to ORDER BY date'
        : 'SELECT rep_id AS repId, date FROM rep_days_off ORDER BY date',
    )
    .all(range ?? {}) as { repId: number; date: string }[];
  const byRep = new Map<number, string[]>();
  for (const row of off) {
    const list = byRep.get(row.repId) ?? [];
    list.push(row.date);
    byRep.set(row.repId, list);
  }
  return reps.map((rep) => ({ ...rep, daysOff: byRep.get(rep.id) ?? [] }));
}

export interface StoredCalendarEntry extends CalendarEntry {
  builtin: boolean;
}

export function readCalendar(db: Db, year?: number): StoredCalendarEntry[] {
  const rows = db
    .prepare(
      `SELECT date, kind, name, provisional, builtin FROM calendar_days
       ${year === undefined ? '' : "WHERE date LIKE @prefix || '-%'"} ORDER BY date`,
    )
    .all(year === undefined ? {} : { prefix: String(year) }) as {
    date: string;
    kind: CalendarDayKind;
    name: string;
    provisional: number;
    builtin: number;
  }[];
  return rows.map((row) => ({ date: row.date, kind: row.kind, name: row.name, provisional: row.provisional === 1, builtin: row.builtin === 1 }));
}

/** Sets (or, with kind null, removes) the calendar's entry of a date. A user edit is never provisional. */
export function writeCalendarDay(db: Db, date: string, kind: CalendarDayKind | null, name: string, now: string): void {
  if (kind === null) {
    db.prepare('DELETE FROM calendar_days WHERE date = ?').run(date);
    return;
  }
  db.prepare(
    `INSERT INTO calendar_days (date, kind, name, provisional, builtin, updated_at) VALUES (?, ?, ?, 0, 0, ?)
     ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, name = excluded.name, provisional = 0, builtin = 0,
       updated_at = excluded.updated_at`,
  ).run(date, kind, name, now);
}

export function readRepDaysOff(db: Db, repId: number, range?: { from: string; to: string }): { date: string; note: string }[] {
  return db
    .prepare(
      `SELECT date, note FROM rep_days_off WHERE rep_id = @repId ${range ? 'AND date BETWEEN @from AND @to' : ''} ORDER BY date`,
    )
    .all({ repId, ...(range ?? {}) }) as { date: string; note: string }[];
}

export function writeRepDayOff(db: Db, repId: number, date: string, off: boolean, note: string, now: string): void {
  if (!off) {
    db.prepare('DELETE FROM rep_days_off WHERE rep_id = ? AND date = ?').run(repId, date);
    return;
  }
  db.prepare(
    `INSERT INTO rep_days_off (rep_id, date, note, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(rep_id, date) DO UPDATE SET note = excluded.note`,
  ).run(repId, date, note, now);
}

export type PlanEditKind = 'add' | 'drop' | 'move';

export interface PlanEditRow {
  id: number;
  repId: number;
  clientId: number;
  month: string;
  kind: PlanEditKind;
  date: string;
  toDate: string | null;
}

export function readPlanEdits(db: Db, months: readonly string[], repIds?: readonly number[]): PlanEditRow[] {
  if (months.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id, rep_id AS repId, client_id AS clientId, month, kind, date, to_date AS toDate
       FROM plan_edits WHERE month IN (${months.map(() => '?').join(', ')}) ORDER BY id`,
    )
    .all(...months) as PlanEditRow[];
  if (!repIds) return rows;
  const wanted = new Set(repIds);
  return rows.filter((row) => wanted.has(row.repId));
}

export function insertPlanEdit(db: Db, edit: Omit<PlanEditRow, 'id'>, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO plan_edits (rep_id, client_id, month, kind, date, to_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(edit.repId, edit.clientId, edit.month, edit.kind, edit.date, edit.toDate, now).lastInsertRowid,
  );
}

export function deletePlanEdits(db: Db, months: readonly string[], repId?: number, clientId?: number): number {
  if (months.length === 0) return 0;
  const clauses = [`month IN (${months.map(() => '?').join(', ')})`];
  const params: (string | number)[] = [...months];
  if (repId !== undefined) {
    clauses.push('rep_id = ?');
    params.push(repId);
  }
  if (clientId !== undefined) {
    clauses.push('client_id = ?');
    params.push(clientId);
  }
  return db.prepare(`DELETE FROM plan_edits WHERE ${clauses.join(' AND ')}`).run(...params).changes;
}

/** A rep's planning settings; only the given fields change. */
export function updateRepPlanning(db: Db, repId: number, changes: { visitsPerDay?: number | undefined; workingDaysOverride?: number | null | undefined }, now: string): void {
  if (changes.visitsPerDay !== undefined) db.prepare('UPDATE reps SET visits_per_day = ?, updated_at = ? WHERE id = ?').run(changes.visitsPerDay, now, repId);
  if (changes.workingDaysOverride !== undefined) {
    db.prepare('UPDATE reps SET working_days_override = ?, updated_at = ? WHERE id = ?').run(changes.workingDaysOverride, now, repId);
  }
}

export function readRepPlanning(db: Db, repId: number): { visitsPerDay: number; workingDaysOverride: number | null } | undefined {
  return db.prepare('SELECT visits_per_day AS visitsPerDay, working_days_override AS workingDaysOverride FROM reps WHERE id = ?').get(repId) as
    | { visitsPerDay: number; workingDaysOverride: number | null }
    | undefined;
}

/** The rep a client belongs to; undefined when the client does not exist. */
export function clientRep(db: Db, clientId: number): { repId: number | null } | undefined {
  return db.prepare('SELECT rep_id AS repId FROM clients WHERE id = ?').get(clientId) as { repId: number | null } | undefined;
}
