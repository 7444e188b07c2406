import type { DataScope } from '../../../shared/contract';

/** The scope each captured table belongs to: what a 'data:changed' event says changed. */
const SCOPE_OF_TABLE: Readonly<Record<string, DataScope>> = {
  clients: 'clients',
  grades: 'grades',
  overrides: 'grades',
  reps: 'reps',
  hospitals: 'hospitals',
  models: 'models',
  dictionaries: 'dictionaries',
  calendar_days: 'calendar',
  rep_days_off: 'calendar',
  plan_edits: 'plans',
  snapshots: 'snapshots',
  snapshot_grades: 'snapshots',
  period_signoffs: 'snapshots',
  import_mappings: 'imports',
  settings: 'settings',
};

/**
 * The scopes of a change, from the tables it wrote. A table without a scope is a schema
 * change this list has not caught up with: every scope then, so nothing shows stale data.
 */
export function scopesOfTables(tables: readonly string[], all: readonly DataScope[]): DataScope[] {
  const scopes = new Set<DataScope>();
  for (const table of tables) {
    const scope = SCOPE_OF_TABLE[table];
    if (scope === undefined) return [...all];
    scopes.add(scope);
  }
  return [...scopes].sort();
}
