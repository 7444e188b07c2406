import type { Migration } from './migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-dictionaries-and-grade-history';
import { migration0003 } from './0003-search-keys';
import { migration0004 } from './0004-visit-planning';
import { migration0005 } from './0005-import-export';
import { migration0006 } from './0006-change-rows';
import { migration0007 } from './0007-period-signoffs';

/** Append-only, strictly increasing; asserted at start-up by assertMigrationList. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007];

export const LATEST_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function assertMigrationList(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration list is out of order at ${migration.name}: expected version ${index + 1}`);
    }
  });
}
