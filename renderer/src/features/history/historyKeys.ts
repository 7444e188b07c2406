/**
 * App-wide undo and redo: which keys ask for them, when the page should leave them to a text
 * field, and how a command from the change log is named. Pure, so it is unit-tested.
 */
import type { CommandName } from '../../../../shared/contract';

export type HistoryAction = 'undo' | 'redo';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on a Mac, where Cmd+Y is not redo). */
export function historyShortcut(event: KeyLike, isMac: boolean): HistoryAction | null {
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  // Keyboard layouts without Latin letters still report the physical key in `code`.
  const is = (letter: 'z' | 'y') => key === letter || event.code === `Key${letter.toUpperCase()}`;
  if (is('z')) return event.shiftKey ? 'redo' : 'undo';
  if (is('y') && !isMac && !event.shiftKey) return 'redo';
  return null;
}

export interface ElementLike {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  readOnly?: boolean;
  closest?(selector: string): unknown;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'image', 'color', 'range', 'hidden']);

/**
 * Focus is where typing happens (a text field, a text area, an editable element, a grid cell
 * editor): undo there belongs to the typing, not to the app's change log.
 */
export function isTextEditing(element: ElementLike | null | undefined): boolean {
  if (!element) return false;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return !element.readOnly;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase()) && !element.readOnly;
  if (element.isContentEditable) return true;
  return Boolean(element.closest?.('.ag-cell-inline-editing, .ag-popup-editor'));
}

/**
 * The i18n key naming each undoable command ("修改客户"); a test requires one for every command
 * the pipeline records. History written by older versions may name others: a generic name.
 */
export const COMMAND_KEYS: Partial<Record<CommandName, string>> = {
  'clients.update': 'history.command.clientsUpdate',
  'clients.bulkUpdate': 'history.command.clientsBulkUpdate',
  'clients.create': 'history.command.clientsCreate',
  'clients.delete': 'history.command.clientsDelete',
  'grades.override': 'history.command.gradesOverride',
  'grades.clearOverride': 'history.command.gradesClearOverride',
  'models.save': 'history.command.modelsSave',
  'models.clone': 'history.command.modelsClone',
  'models.activate': 'history.command.modelsActivate',
  'dictionaries.save': 'history.command.dictionariesSave',
  'dictionaries.addEntries': 'history.command.dictionariesAddEntries',
  'transfer.commit': 'history.command.transferImport',
  'data.startEmpty': 'history.command.dataStartEmpty',
  'data.loadDemo': 'history.command.dataLoadDemo',
  'snapshots.take': 'history.command.snapshotsTake',
  'periods.signOff': 'history.command.periodsSignOff',
  'periods.unlock': 'history.command.periodsUnlock',
  'backups.restore': 'history.command.backupsRestore',
  'planning.updateRep': 'history.command.planningUpdateRep',
  'planning.setCalendarDay': 'history.command.planningCalendarDay',
  'planning.setDayOff': 'history.command.planningDayOff',
  'planning.editVisit': 'history.command.planningEditVisit',
  'planning.resetEdits': 'history.command.planningResetEdits',
};

export function commandKey(command: string | null | undefined): string {
  return (command && COMMAND_KEYS[command as CommandName]) || 'history.command.other';
}

/**
 * The menu and the keyboard can both report one key press (Electron delivers the accelerator
 * to the menu and the key to the page on some platforms): a second request from the other
 * source within this window is the same press.
 */
export const DUPLICATE_WINDOW_MS = 350;

export function isDuplicate(last: { action: HistoryAction; source: string; at: number } | null, next: { action: HistoryAction; source: string; at: number }): boolean {
  return last !== null && last.action === next.action && last.source !== next.source && next.at - last.at < DUPLICATE_WINDOW_MS;
}
