import { searchKeys } from '../../clients/searchKeys';
import type { Migration } from './migration';

/**
 * Pinyin keys for the text columns the client grid sorts and searches in SQL (SQLite has no
 * Chinese collation), with indexes for the sorts. Existing rows are filled in here.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'search-keys',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN name_key TEXT;
      ALTER TABLE clients ADD COLUMN name_initials TEXT;
      ALTER TABLE clients ADD COLUMN department_key TEXT;
      ALTER TABLE hospitals ADD COLUMN name_key TEXT;
      ALTER TABLE hospitals ADD COLUMN name_initials TEXT;
      ALTER TABLE reps ADD COLUMN name_key TEXT;
      CREATE INDEX clients_name_key ON clients(name_key, id);
      CREATE INDEX clients_department_key ON clients(department_key, id);
      CREATE INDEX hospitals_name_key ON hospitals(name_key);
    `);
    const clients = db.prepare('SELECT id, name, department FROM clients').all() as { id: number; name: string; department: string | null }[];
    const updateClient = db.prepare('UPDATE clients SET name_key = ?, name_initials = ?, department_key = ? WHERE id = ?');
    for (const row of clients) {
      const name = searchKeys(row.name);
      updateClient.run(name.key, name.initials, searchKeys(row.department).key, row.id);
    }
    const hospitals = db.prepare('SELECT id, name FROM hospitals').all() as { id: number; name: string }[];
    const updateHospital = db.prepare('UPDATE hospitals SET name_key = ?, name_initials = ? WHERE id = ?');
    for (const row of hospitals) {
      const keys = searchKeys(row.name);
      updateHospital.run(keys.key, keys.initials, row.id);
    }
    const reps = db.prepare('SELECT id, name FROM reps').all() as { id: number; name: string }[];
    const updateRep = db.prepare('UPDATE reps SET name_key = ? WHERE id = ?');
    for (const row of reps) updateRep.run(searchKeys(row.name).key, row.id);
  },
};
