import type { Migration } from './migration';

/** Tables of import/export (remembered column mappings, regions of imported tables). */
export const migration0005: Migration = {
  version: 5,
  name: 'import-export',
  up() {},
};
