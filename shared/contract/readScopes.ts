import { DATA_SCOPES, type DataScope } from './events';

/** What any view of graded clients reads: the clients, their grades, the model, reps and hospitals. */
export const GRADED: readonly DataScope[] = ['clients', 'grades', 'models', 'reps', 'hospitals'];

/** Plans read the graded clients plus the calendar, days off, manual plan changes and settings. */
export const PLANNING: readonly DataScope[] = [...GRADED, 'calendar', 'plans', 'settings'];

export { DATA_SCOPES };
