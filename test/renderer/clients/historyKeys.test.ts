import { describe, expect, it } from 'vitest';
import { commandKey, historyShortcut, isDuplicate, isTextEditing } from '../../../renderer/src/features/history/historyKeys';
import { translator } from './translate';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}, code?: string) => ({
  key: k,
  code,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  shiftKey: Boolean(mods.shift),
  altKey: Boolean(mods.alt),
});

describe('undo/redo shortcuts', () => {
  it('Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y on Windows and Linux', () => {
    expect(historyShortcut(key('z', { ctrl: true }), false)).toBe('undo');
    expect(historyShortcut(key('Z', { ctrl: true, shift: true }), false)).toBe('redo');
    expect(historyShortcut(key('y', { ctrl: true }), false)).toBe('redo');
    expect(historyShortcut(key('z'), false)).toBeNull();
    expect(historyShortcut(key('z', { ctrl: true, alt: true }), false)).toBeNull();
    expect(historyShortcut(key('z', { meta: true }), false)).toBeNull();
  });

  it('Cmd+Z and Cmd+Shift+Z on a Mac (Cmd+Y is not redo there)', () => {
    expect(historyShortcut(key('z', { meta: true }), true)).toBe('undo');
    expect(historyShortcut(key('z', { meta: true, shift: true }), true)).toBe('redo');
    expect(historyShortcut(key('y', { meta: true }), true)).toBeNull();
    expect(historyShortcut(key('z', { ctrl: true }), true)).toBeNull();
  });

  it('uses the physical key when the layout has no Latin letters', () => {
    expect(historyShortcut(key('я', { ctrl: true }, 'KeyZ'), false)).toBe('undo');
  });
});

describe('where undo belongs to typing', () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, closest: () => null, ...extra });
  it('text fields, text areas, editable elements and grid cell editors keep their own undo', () => {
    expect(isTextEditing(el('INPUT', { type: 'text' }))).toBe(true);
    expect(isTextEditing(el('input', { type: 'search' }))).toBe(true);
    expect(isTextEditing(el('TEXTAREA'))).toBe(true);
    expect(isTextEditing(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTextEditing(el('DIV', { closest: (s: string) => (s.includes('ag-popup-editor') ? {} : null) }))).toBe(true);
  });
  it('buttons, checkboxes, grid cells and the page are the app’s', () => {
    expect(isTextEditing(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTextEditing(el('INPUT', { type: 'text', readOnly: true }))).toBe(false);
    expect(isTextEditing(el('BUTTON'))).toBe(false);
    expect(isTextEditing(el('DIV'))).toBe(false);
    expect(isTextEditing(null)).toBe(false);
  });
});

describe('history commands', () => {
  it('are named in both languages ("撤销 修改客户")', () => {
    const zh = translator('zh-CN');
    expect(zh('history.undoCommand', { command: zh(commandKey('clients.update')) })).toBe('撤销 修改客户');
    expect(zh(commandKey('clients.bulkUpdate'))).toBe('批量修改客户');
    expect(zh(commandKey('something.new'))).toBe('上一步操作');
    expect(translator('en')(commandKey('clients.delete'))).toBe('delete clients');
  });
  it('a key press reported by both the menu and the page is done once', () => {
    expect(isDuplicate({ action: 'undo', source: 'keyboard', at: 100 }, { action: 'undo', source: 'menu', at: 150 })).toBe(true);
    expect(isDuplicate({ action: 'undo', source: 'keyboard', at: 100 }, { action: 'undo', source: 'keyboard', at: 150 })).toBe(false);
    expect(isDuplicate({ action: 'undo', source: 'keyboard', at: 100 }, { action: 'undo', source: 'menu', at: 1000 })).toBe(false);
    expect(isDuplicate(null, { action: 'redo', source: 'menu', at: 0 })).toBe(false);
  });
});
