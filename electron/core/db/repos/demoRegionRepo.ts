import type { DemoRegion } from '../../../../shared/demo/generateDemoRegion';
import type { Db } from '../connection';
import { writeSetting } from './settingsRepo';
import { searchKeys } from '../../clients/searchKeys';

/** Writes a demo region into an empty database in one transaction and marks the data as demo. */
export function insertDemoRegion(db: Db, region: DemoRegion, now: string): { reps: number; hospitals: number; clients: number } {
  const insertRep = db.prepare(
    'INSERT INTO reps (name, name_key, visits_per_day, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertHospital = db.prepare(
    'INSERT INTO hospitals (name, name_key, name_initials, class, revenue_wan, beds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertClient = db.prepare(
    `INSERT INTO clients (hospital_id, department, department_key, name, name_key, name_initials, title, beds_managed,
                          volume_ours, volume_competitor, behaviour, rep_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    for (const client of region.clients) {
      const name = searchKeys(client.name);
      insertClient.run(
        hospitalIds.get(client.hospital) ?? null,
        client.department,
        searchKeys(client.department).key,
        client.name,
        name.key,
        name.initials,
        client.title,
        client.bedsManaged,
        client.volumeOurs,
        client.volumeCompetitor,
        client.behaviour,
        repIds.get(client.rep) ?? null,
        now,
        now,
      );
    }
    writeSetting(db, 'demo', { manager: region.manager, createdAt: now });
  })();
  return { reps: region.reps.length, hospitals: region.hospitals.length, clients: region.clients.length };
}

/** Removes every client, hospital and rep (the caller takes a verified backup first). */
export function clearDomainData(db: Db): void {
  db.transaction(() => {
    db.exec('DELETE FROM overrides; DELETE FROM grades; DELETE FROM clients; DELETE FROM hospitals; DELETE FROM reps;');
    db.prepare("DELETE FROM settings WHERE key = 'demo'").run();
  })();
}
