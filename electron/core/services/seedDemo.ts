import type { DemoRegion } from '../../../shared/demo/generateDemoRegion';
import type { Db } from '../db/connection';
import { writeSetting } from '../db/repos/settingsRepo';

/** Writes a demo region into an empty database in one transaction and marks the data as demo. */
export function insertDemoRegion(db: Db, region: DemoRegion, now: string): { reps: number; hospitals: number; clients: number } {
  const insertRep = db.prepare(
    'INSERT INTO reps (name, visits_per_day, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const insertHospital = db.prepare(
    'INSERT INTO hospitals (name, class, revenue_wan, beds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertClient = db.prepare(
    `INSERT INTO clients (hospital_id, department, name, title, beds_managed, volume_ours, volume_competitor,
                          behaviour, rep_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    const repIds = new Map<string, number>();
    for (const rep of region.reps) {
      repIds.set(rep.name, Number(insertRep.run(rep.name, rep.visitsPerDay, now, now).lastInsertRowid));
    }
    const hospitalIds = new Map<string, number>();
    for (const hospital of region.hospitals) {
      const id = insertHospital.run(hospital.name, hospital.hospitalClass, hospital.revenueWan, hospital.beds, now, now).lastInsertRowid;
      hospitalIds.set(hospital.name, Number(id));
    }
    for (const client of region.clients) {
      insertClient.run(
        hospitalIds.get(client.hospital) ?? null,
        client.department,
        client.name,
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
