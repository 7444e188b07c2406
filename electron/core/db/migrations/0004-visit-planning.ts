import type { Migration } from './migration';

/** Tables of visit planning (calendar edits, rep days off, plans and manual changes). */
export const migration0004: Migration = {
  version: 4,
  name: 'visit-planning',
  up() {},
};
