import type { DemoRegion } from '../../../../shared/demo/demoRegion';
import type { Db } from '../connection';
import { readSetting, writeSetting } from './settingsRepo';
import { searchKeys } from '../../clients/searchKeys';

export interface DemoCounts {
  reps: number;
  hospitals: number;
  clients: number;
}

/** The `demo` setting: which demo region the data is (null for a generated one, e.g. a benchmark's). */
export interface DemoSetting {
  region: string | null;
  manager: string;
  createdAt: string;
}

/**
 * The first client id neither a client nor the recorded history names. Taken before clearing:
 * SQLite would hand out ids from 1 again, and a new client would then show the grade history,
 * or stand in the undo rows, of a removed one.
 */
export function firstFreeClientId(db: Db): number {
  const used = db
    .prepare(
      `SELECT max(coalesce((SELECT max(id) FROM clients), 0),
                  coalesce((SELECT max(client_id) FROM grade_changes), 0),
                  coalesce((SELECT max(client_id) FROM change_log_rows WHERE client_id IS NOT NULL), 0))`,
    )
    .pluck()
    .get() as number;
  return used + 1;
}

export interface InsertDemoOptions {
  /** The registry id of the region (null: a generated one, e.g. a benchmark's). */
  regionId?: string | null;
  /** The first client id (firstFreeClientId before the old clients were cleared); default: the first free one now. */
  firstClientId?: number;
}

/**
 * Writes a demo region into a database without clients, in one transaction, and marks the
 * data as that demo region. Inputs that are not columns go into each client's attributes.
 */
export function insertDemoRegion(db: Db, region: DemoRegion, now: string, options: InsertDemoOptions = {}): DemoCounts {
  const insertRep = db.prepare(
    'INSERT INTO reps (name, name_key, visits_per_day, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertHospital = db.prepare(
    'INSERT INTO hospitals (name, name_key, name_initials, class, revenue_wan, beds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertClient = db.prepare(
    `INSERT INTO clients (id, hospital_id, department, department_key, name, name_key, name_initials, title, beds_managed,
                          volume_ours, volume_competitor, behaviour, rep_id, attributes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    const repIds = new Map<string, number>();
    for (const rep of region.reps) {
      repIds.set(rep.name, Number(insertRep.run(rep.name, searchKeys(rep.name).key, rep.visitsPerDay, now, now).lastInsertRowid));
    }
    const hospitalIds = new Map<string, number>();
    for (const hospital of region.hospitals) {
      const keys = searchKeys(hospital.name);
      const id = insertHospital.run(hospital.name, keys.key, keys.initials, hospital.hospitalClass, hospital.revenueWan, hospital.beds, now, now).lastInsertRowid;
      hospitalIds.set(hospital.name, Number(id));
    }
    let nextId = options.firstClientId ?? firstFreeClientId(db);
    for (const client of region.clients) {
      const name = searchKeys(client.name);
      insertClient.run(
        nextId++,
        client.hospital === null ? null : (hospitalIds.get(client.hospital) ?? null),
        client.department,
        client.department === null ? null : searchKeys(client.department).key,
        client.name,
        name.key,
        name.initials,
        client.title,
        client.bedsManaged,
        client.volumeOurs,
        client.volumeCompetitor,
        client.behaviour,
        repIds.get(client.rep) ?? null,
        JSON.stringify(client.attributes),
        now,
        now,
      );
    }
    const setting: DemoSetting = { region: options.regionId ?? null, manager: region.manager, createdAt: now };
    writeSetting(db, 'demo', setting);
  })();
  return { reps: region.reps.length, hospitals: region.hospitals.length, clients: region.clients.length };
}

/** The demo region the data is, if it is one (null once the data was cleared or for a database without demo). */
export function currentDemoRegion(db: Db): string | null {
  const setting = readSetting(db, 'demo') as Partial<DemoSetting> | undefined;
  if (setting === undefined) return null;
  // Databases from before the regions were named hold the pharma demo.
  return typeof setting.region === 'string' ? setting.region : setting.region === null ? null : 'pharma';
}

/**
 * Removes every client, hospital and rep with what hangs on them (grades, overrides, plan
 * changes, days off) and the period snapshots taken of them; models, dictionaries, the
 * calendar and settings stay. The caller takes a verified backup first.
 */
export function clearDomainData(db: Db): void {
  db.transaction(() => {
    db.exec(
      'DELETE FROM snapshots; DELETE FROM overrides; DELETE FROM grades; DELETE FROM clients; DELETE FROM hospitals; DELETE FROM reps;',
    );
    db.prepare("DELETE FROM settings WHERE key = 'demo'").run();
  })();
}

const CHOICE_KEY = 'demoChoice';

/** A new database got the default demo region without anyone choosing it: the app asks once. */
export function markDemoChoicePending(db: Db, at: string): void {
  writeSetting(db, CHOICE_KEY, { pending: true, at });
}

export function demoChoicePending(db: Db): boolean {
  const value = readSetting(db, CHOICE_KEY) as { pending?: unknown } | undefined;
  return value?.pending === true;
}

/** The first-start question is answered; returns whether it was still open. */
export function settleDemoChoice(db: Db): boolean {
  return db.prepare('DELETE FROM settings WHERE key = ?').run(CHOICE_KEY).changes > 0;
}
