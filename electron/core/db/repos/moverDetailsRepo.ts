import type { Db } from '../connection';

export interface ClientLabel {
  clientId: number;
  name: string;
  hospitalName: string | null;
  department: string | null;
  repName: string | null;
}

/** Names to show beside a list of client ids (movers, previews), in the order given. */
export function clientLabels(db: Db, clientIds: readonly number[]): ClientLabel[] {
  if (clientIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT c.id AS clientId, c.name, h.name AS hospitalName, c.department, r.name AS repName
       FROM json_each(?) j JOIN clients c ON c.id = j.value
       LEFT JOIN hospitals h ON h.id = c.hospital_id LEFT JOIN reps r ON r.id = c.rep_id`,
    )
    .all(JSON.stringify(clientIds)) as ClientLabel[];
  const byId = new Map(rows.map((row) => [row.clientId, row]));
  return clientIds.flatMap((id) => byId.get(id) ?? []);
}
