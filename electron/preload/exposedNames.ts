import type { EventName } from '../../shared/contract/events';
import type { MethodName } from '../../shared/contract/methods';

// The preload runs sandboxed and cannot require npm packages, and the contract's runtime
// lists live in zod modules. These lists are type-checked against the contract: a method
// or event added there fails `tsc` here until it is added, which is also the review point
// for exposing a new IPC channel to the page.

const CORE_METHODS = {
  'app.info': true,
  'stats.summary': true,
  'reps.list': true,
  'hospitals.list': true,
  'clients.list': true,
  'clients.page': true,
  'clients.facets': true,
  'clients.ids': true,
  'clients.rows': true,
  'clients.update': true,
  'clients.bulkUpdate': true,
  'clients.create': true,
  'clients.delete': true,
  'history.state': true,
  'history.undo': true,
  'history.redo': true,
  'models.list': true,
  'models.get': true,
  'models.preview': true,
  'models.save': true,
  'models.clone': true,
  'models.activate': true,
  'dictionaries.list': true,
  'dictionaries.save': true,
  'dictionaries.addEntries': true,
  'grades.override': true,
  'grades.clearOverride': true,
  'grades.explain': true,
  'snapshots.take': true,
  'snapshots.list': true,
  'snapshots.compare': true,
  'calibration.state': true,
  'calibration.bigMovers': true,
  'periods.signOff': true,
  'periods.unlock': true,
  'settings.get': true,
  'settings.update': true,
  'db.check': true,
  'data.startEmpty': true,
} as const;

// One block per feature, so features added in parallel never edit the same lines.
const BOARD_METHODS = {
  'board.summary': true,
} as const;
const PLANNING_METHODS = {
  'planning.capacity': true,
  'planning.load': true,
  'planning.updateRep': true,
  'planning.calendar': true,
  'planning.setCalendarDay': true,
  'planning.daysOff': true,
  'planning.setDayOff': true,
  'planning.schedule': true,
  'planning.editVisit': true,
  'planning.resetEdits': true,
  'planning.exportXlsx': true,
  'planning.exportIcs': true,
} as const;
const TRANSFER_METHODS = {
  'transfer.stageBegin': true,
  'transfer.stageChunk': true,
  'transfer.inspect': true,
  'transfer.preview': true,
  'transfer.commit': true,
  'transfer.reportFile': true,
  'transfer.discard': true,
  'transfer.export': true,
  'transfer.regions': true,
  'transfer.conflicts': true,
  'transfer.imports': true,
} as const;

const ANALYSIS_METHODS = {
  'analysis.pareto': true,
  'analysis.visitsByZone': true,
  'analysis.repDistribution': true,
  'analysis.zoneTrend': true,
  'analysis.movement': true,
  'analysis.regions': true,
} as const;

const BACKUP_METHODS = {
  'backups.list': true,
  'db.backup': true,
  'backups.restore': true,
} as const;

const DIAGNOSTICS_METHODS = {
  'diagnostics.info': true,
  'diagnostics.export': true,
} as const;

const DEMO_METHODS = {
  'demo.regions': true,
  'demo.markChosen': true,
  'data.loadDemo': true,
} as const;

const METHODS = {
  ...CORE_METHODS,
  ...BACKUP_METHODS,
  ...BOARD_METHODS,
  ...PLANNING_METHODS,
  ...TRANSFER_METHODS,
  ...ANALYSIS_METHODS,
  ...DIAGNOSTICS_METHODS,
  ...DEMO_METHODS,
} as const satisfies Record<MethodName, true>;

const EVENTS = {
  'data:changed': true,
  'menu:commandRequested': true,
  'activity:changed': true,
  'core:restarted': true,
} as const satisfies Record<EventName, true>;

export const PRELOAD_METHOD_NAMES = Object.keys(METHODS) as MethodName[];
export const PRELOAD_EVENT_NAMES = Object.keys(EVENTS) as EventName[];
